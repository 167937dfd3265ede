/**
 * Pathological input must not blow up: every rule runs in linear time. The
 * bound stated here is generous (the machine may be busy); a quadratic rule
 * takes minutes on these inputs, not seconds. Typical times on a 2-core
 * machine are well under a second each (see `npm run bench`).
 */
import {describe, expect, it} from 'vitest'
import {lint} from '../src/index.js'
import {rules} from '../rules/index.js'

const BOUND_MS = 15_000
const allOn = Object.fromEntries(rules.map((rule) => [rule.meta.id, 'info' as const]))

async function timed(text: string, format: 'txt' | 'md' | 'html') {
  const start = performance.now()
  const messages = await lint(text, {format, rules: allOn})
  const elapsed = performance.now() - start
  for (const m of messages) expect(text.slice(m.offset, m.endOffset)).toBe(m.actual)
  return elapsed
}

describe(`pathological input finishes within ${BOUND_MS / 1000} s`, () => {
  it('a 1 MB line without spaces', async () => {
    expect(await timed('abcäöü'.repeat(175_000), 'txt')).toBeLessThan(BOUND_MS)
  })

  it('a 1 MB line of words without a full stop', async () => {
    expect(await timed('Wort und die '.repeat(80_000), 'txt')).toBeLessThan(BOUND_MS)
  })

  it('100,000 repeated punctuation marks', async () => {
    expect(await timed('!'.repeat(100_000), 'txt')).toBeLessThan(BOUND_MS)
    expect(await timed('.,'.repeat(50_000), 'txt')).toBeLessThan(BOUND_MS)
    expect(await timed('"a" '.repeat(25_000), 'txt')).toBeLessThan(BOUND_MS)
    expect(await timed('1,000'.repeat(20_000), 'txt')).toBeLessThan(BOUND_MS)
  })

  it('deeply nested Markdown', async () => {
    expect(await timed('> '.repeat(2_000) + 'die die Sache', 'md')).toBeLessThan(BOUND_MS)
    expect(await timed(Array.from({length: 500}, (_, i) => '  '.repeat(i) + '- Punkt die die').join('\n'), 'md')).toBeLessThan(BOUND_MS)
    expect(await timed('*'.repeat(20_000) + 'Text' + '*'.repeat(20_000), 'md')).toBeLessThan(BOUND_MS)
  })

  it('deeply nested HTML', async () => {
    expect(await timed('<div>'.repeat(5_000) + 'die die' + '</div>'.repeat(5_000), 'html')).toBeLessThan(BOUND_MS)
  })
})
