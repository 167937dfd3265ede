/**
 * Property-based tests: random Unicode text, Markdown and HTML through every
 * rule. Nothing throws, every message lies inside the text, and
 * text.slice(offset, endOffset) === actual with line/column agreeing.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {lint} from '../src/index.js'
import {rules} from '../rules/index.js'
import type {LintMessage} from '../src/types.js'

const allOn = Object.fromEntries(rules.map((rule) => [rule.meta.id, 'info' as const]))

function lineStarts(text: string): number[] {
  const starts = [0]
  for (const match of text.matchAll(/\r\n|\r|\n/g)) starts.push(match.index + match[0].length)
  return starts
}

function assertMessages(raw: string, messages: LintMessage[]) {
  // Offsets index the text after a leading BOM (as read from a file).
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw
  const starts = lineStarts(text)
  for (const m of messages) {
    expect(m.offset).toBeGreaterThanOrEqual(0)
    expect(m.endOffset).toBeGreaterThanOrEqual(m.offset)
    expect(m.endOffset).toBeLessThanOrEqual(text.length)
    expect(text.slice(m.offset, m.endOffset)).toBe(m.actual)
    expect(starts[m.line - 1] + m.column - 1).toBe(m.offset)
    expect(starts[m.endLine - 1] + m.endColumn - 1).toBe(m.endOffset)
  }
}

// Text built from pieces that make rules fire, plus arbitrary Unicode.
const piece = fc.oneof(
  fc.constantFrom(
    'die die', 'Die', ' ', '  ', '\n', '\r\n', '\n\n', '„', '“', '"', '«', '»', '.', ',', ':', '!', '?', '…',
    '14,000', '1,000,000', '3.5 Prozent', 'Nr.', 'Dr.', 'z. B.', '19.', 'ä', 'Ü'.normalize('NFD'), '\u00AD',
    '\u200B', '\uFEFF', 'https://example.org/a.', 'ß', '😀', '`', '**', '#', '<', '>', '&amp;', '-', '–'
  ),
  fc.string({unit: 'grapheme', maxLength: 6}),
  fc.string({unit: 'binary', maxLength: 4})
)
const text = fc.array(piece, {maxLength: 60}).map((parts) => parts.join(''))

const markdown = fc
  .array(
    fc.oneof(
      text,
      fc.constantFrom('# ', '> ', '- ', '1. ', '```\n', '\n```\n', '---\n', '<!-- korrektor-disable -->', '[a](b)', '| a | b |\n|---|---|\n')
    ),
    {maxLength: 20}
  )
  .map((parts) => parts.join(''))

const html = fc
  .array(
    fc.oneof(text, fc.constantFrom('<p>', '</p>', '<script>', '</script>', '<code>', '</code>', '<b>', '</b>', '<!-- x -->', '<br>', '<div>', '</div>')),
    {maxLength: 20}
  )
  .map((parts) => parts.join(''))

describe('every rule on random input', () => {
  it('plain text', async () => {
    await fc.assert(
      fc.asyncProperty(text, async (value) => assertMessages(value, await lint(value, {format: 'txt', rules: allOn}))),
      {numRuns: 300}
    )
  })

  it('Markdown', async () => {
    await fc.assert(
      fc.asyncProperty(markdown, async (value) => assertMessages(value, await lint(value, {format: 'md', rules: allOn}))),
      {numRuns: 200}
    )
  })

  it('HTML', async () => {
    // Found by this property: a paragraph of markup without text has a position without points.
    assertMessages('<code><p></code>" ', await lint('<code><p></code>" ', {format: 'html', rules: allOn}))
    await fc.assert(
      fc.asyncProperty(html, async (value) => assertMessages(value, await lint(value, {format: 'html', rules: allOn}))),
      {numRuns: 200}
    )
  })
})
