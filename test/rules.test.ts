/**
 * Every rule is tested by the examples on its documentation page, so the
 * page and the behaviour cannot drift apart. Also checks that registry,
 * schema and docs agree.
 */
import {existsSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {lint} from '../src/index.js'
import {rules} from '../rules/index.js'
import {docExamples} from './helpers/doc-examples.js'

const schema = JSON.parse(readFileSync(new URL('../schema/korrektorrc.schema.json', import.meta.url), 'utf8'))

describe.each(rules.map((rule) => [rule.meta.id, rule] as const))('rule %s', (id, rule) => {
  const doc = new URL(`../rules/${id}.md`, import.meta.url)

  it('has a documentation page with examples to flag and to leave alone', () => {
    expect(existsSync(doc)).toBe(true)
    const examples = docExamples(doc.pathname)
    expect(examples.filter((e) => e.kind === 'flag').length).toBeGreaterThan(0)
    expect(examples.filter((e) => e.kind === 'ok').length).toBeGreaterThan(0)
    for (const example of examples.filter((e) => e.kind === 'flag')) expect(example.expected.length).toBeGreaterThan(0)
  })

  it('is in the config schema', () => {
    expect(Object.keys(schema.properties.rules.properties)).toContain(id)
  })

  it('has German metadata', () => {
    expect(rule.meta.description).toMatch(/\p{L}/u)
    expect(['error', 'warning', 'info']).toContain(rule.meta.severity)
  })

  const examples = existsSync(doc) ? docExamples(doc.pathname) : []
  for (const [index, example] of examples.entries()) {
    it(`${example.kind === 'flag' ? 'flags' : 'leaves alone'} example ${index + 1}: ${example.text.slice(0, 50)}`, async () => {
      const only = Object.fromEntries(rules.map((r) => [r.meta.id, 'off' as const]))
      const setting = example.options ? [rule.meta.severity, example.options] : rule.meta.severity
      const sources = example.sources?.map((text, i) => ({path: `quelle-${i + 1}.txt`, text}))
      const messages = await lint(example.text, {format: example.format, rules: {...only, [id]: setting as never}, sources})
      // A documented `(Vorschlag: …)` is checked against the first suggestion.
      const got = messages.map((m, i) => {
        const line = `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.severity} ${m.message}`
        return example.expected[i]?.includes(' (Vorschlag: ') ? `${line} (Vorschlag: ${m.expected[0] ?? '–'})` : line
      })
      expect(got).toEqual(example.kind === 'flag' ? example.expected : [])
      for (const m of messages) expect(example.text.slice(m.offset, m.endOffset)).toBe(m.actual)
    })
  }
})

it('the schema lists no rule that does not exist', () => {
  expect(Object.keys(schema.properties.rules.properties).sort()).toEqual(rules.map((r) => r.meta.id).sort())
})
