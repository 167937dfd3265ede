#!/usr/bin/env node
// korrektor command-line entry point. `npm install` (prepare script) or
// `npm run build` compiles the TypeScript sources into dist/ and bundles the
// command into one CommonJS file, dist/bundle/cli.cjs, with a V8 code cache
// beside it (dist/bundle/cli.cjs.cache, made by running the command once on
// examples/ at build time): one file instead of ~150 small modules and
// functions already compiled save ~130 ms of start-up (npm run bench). The
// unbundled build is the fallback.
import {existsSync, readFileSync, renameSync, writeFileSync} from 'node:fs'
import {createRequire, Module} from 'node:module'
import {dirname} from 'node:path'
import {fileURLToPath} from 'node:url'
import {setFlagsFromString} from 'node:v8'
import {Script} from 'node:vm'

// Linting allocates much short-lived memory (parse trees, candidate words).
// By default V8 lets the heap grow to several times what is live before it
// collects; growing by 30 % keeps a run over a thousand files under 200 MB
// instead of ~280 MB at the same speed (npm run bench). V8 reads this flag
// each time it sets the next limit, so it works when set here.
setFlagsFromString('--heap-growing-percent=30')
// The attribution and claim lists are large regular expressions, run a few
// times per file: compiled to machine code at once they cost ~100 ms less at
// start-up than interpreted first.
setFlagsFromString('--no-regexp-tier-up')

/**
 * The bundle's `main`, compiled with the code cache when V8 accepts it (same
 * V8, flags and bundle; otherwise compiled as usual). With
 * KORREKTOR_CODE_CACHE=write (the build), the cache is written after the run.
 */
function loadBundle(file) {
  const cacheFile = `${file}.cache`
  const cachedData = existsSync(cacheFile) ? readFileSync(cacheFile) : undefined
  const script = new Script(Module.wrap(readFileSync(file, 'utf8')), {filename: file, cachedData})
  const module = {exports: {}}
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file))
  const writeCache = () => {
    writeFileSync(`${cacheFile}.tmp`, script.createCachedData())
    renameSync(`${cacheFile}.tmp`, cacheFile)
  }
  return {main: module.exports.main, writeCache: process.env.KORREKTOR_CODE_CACHE === 'write' ? writeCache : () => {}}
}

const bundle = fileURLToPath(new URL('../dist/bundle/cli.cjs', import.meta.url))
const modules = new URL('../dist/src/cli.js', import.meta.url)
let cli
if (existsSync(bundle)) cli = loadBundle(bundle)
else if (existsSync(modules)) cli = {main: (await import(modules.href)).main, writeCache: () => {}}
else {
  process.stderr.write('korrektor: nicht gebaut – bitte „npm install“ oder „npm run build“ ausführen\n')
  process.exit(2)
}
process.exitCode = await cli.main(process.argv.slice(2))
cli.writeCache()
