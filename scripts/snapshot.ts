/**
 * Part of `npm run build`: start-up snapshots of Hunspell's memory, one per
 * German dictionary, in dist/snapshots/ (see src/lang/hunspell.ts), and the
 * dictionary's stems parsed and sorted (src/lang/speller.ts), and
 * hunspell-asm's runtime split into script and WebAssembly. Without them
 * korrektor works the same and starts ~0.3 s slower; so a failure here is
 * reported and the build goes on.
 */
import {mkdirSync, renameSync, writeFileSync} from 'node:fs'
import {dirname} from 'node:path'
import {HunspellGroup, snapshotPath, splitRuntime, splitRuntimePath, runtimeVersion} from '../src/lang/hunspell.js'
import {DICTIONARIES, loadDictionary, preparedStemsBytes, preparedStemsPath} from '../src/lang/speller.js'

/** Written aside and renamed: a reader never sees half a file. */
function writeWhole(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(path), {recursive: true})
  writeFileSync(`${path}.tmp`, data)
  renameSync(`${path}.tmp`, path)
}

/** Why a build step failed, for the one-line notice. */
const reason = (error: unknown) => (error instanceof Error ? error.message : String(error))

try {
  // hunspell-asm's runtime as script and WebAssembly file (see splitRuntime in src/lang/hunspell.ts); the version last, as the mark.
  const split = splitRuntimePath()
  const {script, wasm} = splitRuntime()
  writeWhole(split.script, script)
  writeWhole(split.wasm, wasm)
  writeWhole(split.version, runtimeVersion())
} catch (error) {
  process.stderr.write(`korrektor: Hunspell-Laufzeit nicht aufgeteilt (${reason(error)}); korrektor nutzt die von hunspell-asm.\n`)
}

try {
  const english = await loadDictionary('dictionary-en')
  for (const name of new Set(Object.values(DICTIONARIES))) {
    const german = await loadDictionary(name)
    writeWhole(snapshotPath(name), await HunspellGroup.snapshot(german, english))
    // The stems, parsed, sorted and indexed once (see preparedStems in src/lang/speller.ts).
    writeWhole(preparedStemsPath(name), preparedStemsBytes(german.dic))
  }
} catch (error) {
  process.stderr.write(`korrektor: Hunspell-Snapshots nicht erstellt (${reason(error)}); korrektor startet ohne sie langsamer.\n`)
}
