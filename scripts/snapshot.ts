/**
 * Part of `npm run build`: start-up snapshots of Hunspell's memory, one per
 * German dictionary, in dist/snapshots/ (see src/lang/hunspell.ts), and the
 * dictionary's stems parsed and sorted (src/lang/speller.ts). Without them
 * korrektor works the same and starts ~0.3 s slower; so a failure here is
 * reported and the build goes on.
 */
import {mkdirSync, renameSync, writeFileSync} from 'node:fs'
import {dirname} from 'node:path'
import {HunspellGroup, snapshotPath} from '../src/lang/hunspell.js'
import {DICTIONARIES, dictionaryStems, loadDictionary, lowerSorted, preparedStemsPath, stemsKey} from '../src/lang/speller.js'

try {
  const english = await loadDictionary('dictionary-en')
  for (const name of new Set(Object.values(DICTIONARIES))) {
    const bytes = await HunspellGroup.snapshot(await loadDictionary(name), english)
    const path = snapshotPath(name)
    mkdirSync(dirname(path), {recursive: true})
    // Written aside and renamed: a reader never sees half a file.
    writeFileSync(`${path}.tmp`, bytes)
    renameSync(`${path}.tmp`, path)
    // The stems, parsed and sorted once (see preparedStems in src/lang/speller.ts).
    const {dic} = await loadDictionary(name)
    const stems = dictionaryStems(dic)
    const stemsPath = preparedStemsPath(name)
    writeFileSync(`${stemsPath}.tmp`, [stemsKey(dic), stems.join('\n'), lowerSorted(stems).join('\n')].join('\n\n'))
    renameSync(`${stemsPath}.tmp`, stemsPath)
  }
} catch (error) {
  process.stderr.write(`korrektor: Hunspell-Snapshots nicht erstellt (${error instanceof Error ? error.message : String(error)}); korrektor startet ohne sie langsamer.\n`)
}
