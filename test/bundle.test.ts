/**
 * The command as users run it: bin/korrektor.js loading the CommonJS bundle
 * (dist/bundle/cli.cjs) with V8's code cache. Written by `npm run build`;
 * skipped, saying so, when the bundle is not there.
 */
import {spawnSync} from 'node:child_process'
import {cpSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {packageRoot} from '../src/lang/data.js'
import {asciiOnly} from '../scripts/ascii.js'
import {cli, tempDir} from './helpers/cli.js'

const root = packageRoot()
const bundle = join(root, 'dist', 'bundle', 'cli.cjs')
const text = 'Die Regierung von Ruslands Nachbarn tagte. Russlands Armee rückt vor, Russlands Führung schweigt.\n'

function run(bin: string, cwd: string) {
  return spawnSync(process.execPath, [bin, 'summary.txt', '--format', 'json'], {cwd, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}})
}

describe('asciiOnly (the bundle written in ASCII)', () => {
  // Each case: an expression evaluated before and after escaping, the same value.
  const probe = '["„", "»", "x", "–", "\\\\", "😀", "😀😀", "\\uD83D", "ü", "ß", "Grüße"]'
  const cases = [
    `${probe}.map((s) => /[„»«‚›"“']/g.test(s))`,
    `${probe}.map((s) => /^(?:$|[\\s.,;:!?)\\]…–-])/u.test(s))`,
    `${probe}.map((s) => /[\\–x]/.test(s))`,
    `${probe}.map((s) => /^😀+$/u.test(s))`,
    `${probe}.map((s) => /^[😀x]$/u.test(s))`,
    `${probe}.map((s) => /^[😀x]$/.test(s))`,
    `${probe}.map((s) => new RegExp(/[äöü]/.source + "ß", "u").test(s + "ß"))`,
    '"\\\\ö"',
    '`Grüße ${1 + 1} – ok`',
    '"😀".length'
  ]
  for (const code of cases) {
    it(`keeps ${code}`, () => {
      const escaped = asciiOnly(code)
      expect(/[^\x00-\x7f]/.test(escaped)).toBe(false)
      const evaluate = (source: string) => JSON.stringify(new Function(`return ${source}`)())
      expect(evaluate(escaped)).toBe(evaluate(code))
    })
  }
  it('leaves ASCII alone', () => {
    expect(asciiOnly('const a = /\\d+/g // x')).toBe('const a = /\\d+/g // x')
  })
  it('made the bundle ASCII only', () => {
    if (!existsSync(bundle)) {
      console.log(`skipped: ${bundle} is written by npm run build`)
      return
    }
    expect(/[^\x00-\x7f]/.test(readFileSync(bundle, 'utf8'))).toBe(false)
  })
})

describe('the bundled command', () => {
  it('reports as the sources do', async () => {
    if (!existsSync(bundle)) {
      console.log(`skipped: ${bundle} is written by npm run build`)
      return
    }
    const dir = tempDir({'summary.txt': text})
    const bundled = run(join(root, 'bin', 'korrektor.js'), dir)
    const direct = await cli(['summary.txt', '--format', 'json'], {cwd: dir})
    expect(bundled.stderr).toBe('')
    expect(bundled.status).toBe(direct.code)
    expect(JSON.parse(bundled.stdout)).toEqual(JSON.parse(direct.stdout))
    expect(bundled.stdout).toContain('Ruslands')
  }, 60_000)

  it('runs without its code cache and with a broken one', () => {
    if (!existsSync(bundle)) {
      console.log(`skipped: ${bundle} is written by npm run build`)
      return
    }
    // A copy of the package with the bundle, but another cache beside it.
    const copy = tempDir({'summary.txt': text})
    for (const name of ['bin', 'package.json']) cpSync(join(root, name), join(copy, name), {recursive: true})
    for (const name of ['node_modules', 'dictionaries']) symlinkSync(join(root, name), join(copy, name), 'junction')
    mkdirSync(join(copy, 'dist', 'bundle'), {recursive: true})
    symlinkSync(join(root, 'dist', 'snapshots'), join(copy, 'dist', 'snapshots'), 'junction')
    cpSync(bundle, join(copy, 'dist', 'bundle', 'cli.cjs'))
    const expected = run(join(root, 'bin', 'korrektor.js'), copy)
    const without = run(join(copy, 'bin', 'korrektor.js'), copy)
    expect([without.status, without.stderr]).toEqual([expected.status, ''])
    expect(without.stdout).toBe(expected.stdout)
    writeFileSync(join(copy, 'dist', 'bundle', 'cli.cjs.cache'), 'not a code cache')
    const broken = run(join(copy, 'bin', 'korrektor.js'), copy)
    expect([broken.status, broken.stderr]).toEqual([expected.status, ''])
    expect(broken.stdout).toBe(expected.stdout)
  }, 60_000)
})
