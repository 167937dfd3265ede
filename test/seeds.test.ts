/**
 * The five seed summaries in ../shared/seeds (read at run time, never
 * copied): the JSON report has the documented shape for every file, and
 * every message's `actual` is the flagged slice of the file.
 */
import {readFileSync, readdirSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {cli} from './helpers/cli.js'
import {SHARED, hasShared, sharedNote} from './helpers/shared.js'
import type {FileResult} from '../src/types.js'

sharedNote('Seeds (test/seeds.test.ts)')

describe.skipIf(!hasShared)('seeds', () => {
  it('korrektor <seeds> --format json prints the documented shape for all five', async () => {
    const run = await cli([SHARED + 'seeds/', '--format', 'json'], {cwd: SHARED})
    expect(run.stderr).toBe('')
    const report = JSON.parse(run.stdout) as FileResult[]
    const seeds = readdirSync(SHARED + 'seeds').filter((f) => f.endsWith('.txt')).sort()
    expect(report.map((r) => r.path)).toEqual(seeds.map((f) => 'seeds/' + f))
    for (const file of report) {
      expect(Object.keys(file)).toEqual(['path', 'messages'])
      const text = readFileSync(SHARED + file.path, 'utf8').replace(/^\uFEFF/, '')
      for (const m of file.messages) {
        expect(Object.keys(m)).toEqual([
          'ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'offset', 'endOffset', 'actual', 'expected'
        ])
        expect(['error', 'warning', 'info']).toContain(m.severity)
        expect(text.slice(m.offset, m.endOffset)).toBe(m.actual)
        expect(Array.isArray(m.expected)).toBe(true)
      }
    }
  })

  it('flags the straight quotes of seed 002 as the gold annotation expects', async () => {
    const gold = JSON.parse(readFileSync(SHARED + 'gold/seeds.json', 'utf8'))
    const finding = gold.findings.find((f: {rules: string[]}) => f.rules.includes('typography'))
    const run = await cli([SHARED + 'seeds/' + finding.file, '--format', 'json'], {cwd: SHARED})
    const [file] = JSON.parse(run.stdout) as FileResult[]
    const hit = file.messages.find(
      (m) => m.ruleId === 'typography' && m.offset < finding.offset + finding.quote.length && m.endOffset > finding.offset
    )
    expect(hit?.expected[0]).toMatch(/^„.*“$/)
  })
})
