/**
 * Part of `npm run build`, after the bundle and the snapshots: runs the
 * command once over examples/ (text, Markdown, HTML) with
 * KORREKTOR_CODE_CACHE=write, so that bin/korrektor.js writes V8's code cache
 * of the bundle – with the functions that run compiled – to
 * dist/bundle/cli.cjs.cache. Without it korrektor works the same and starts
 * slower; so a failure here is reported and the build goes on.
 */
import {spawnSync} from 'node:child_process'
import {existsSync, rmSync} from 'node:fs'
import {join} from 'node:path'
import {packageRoot} from '../src/lang/data.js'

const root = packageRoot()
const cache = join(root, 'dist', 'bundle', 'cli.cjs.cache')
// A stale cache would be rejected anyway (V8 checks the source); removed so the run compiles afresh.
rmSync(cache, {force: true})
const run = spawnSync(process.execPath, [join(root, 'bin', 'korrektor.js'), join(root, 'examples'), '--format', 'json'], {
  cwd: root,
  encoding: 'utf8',
  env: {...process.env, KORREKTOR_CODE_CACHE: 'write'}
})
if (run.status === null || run.status > 1 || !existsSync(cache)) {
  process.stderr.write(`korrektor: Code-Cache nicht erstellt (${run.stderr.trim() || `Exit-Code ${run.status}`}); korrektor startet ohne ihn langsamer.\n`)
}
