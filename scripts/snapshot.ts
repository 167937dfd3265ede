/**
 * Part of `npm run build`: start-up snapshots of Hunspell's memory, one per
 * German dictionary, in dist/snapshots/ (see src/lang/hunspell.ts). Without
 * them korrektor works the same and starts ~0.25 s slower; so a failure here
 * is reported and the build goes on.
 */
import {mkdirSync, renameSync, writeFileSync} from 'node:fs'
import {dirname} from 'node:path'
import {HunspellGroup, snapshotPath} from '../src/lang/hunspell.js'
import {DICTIONARIES, loadDictionary} from '../src/lang/speller.js'

try {
  const english = await loadDictionary('dictionary-en')
  for (const name of new Set(Object.values(DICTIONARIES))) {
    const bytes = await HunspellGroup.snapshot(await loadDictionary(name), english)
    const path = snapshotPath(name)
    mkdirSync(dirname(path), {recursive: true})
    // Written aside and renamed: a reader never sees half a file.
    writeFileSync(`${path}.tmp`, bytes)
    renameSync(`${path}.tmp`, path)
  }
} catch (error) {
  process.stderr.write(`korrektor: Hunspell-Snapshots nicht erstellt (${error instanceof Error ? error.message : String(error)}); korrektor startet ohne sie langsamer.\n`)
}
