/**
 * boilerplate, broken-hyphenation, llm-artifact, spelling-variant and
 * duplicate-headline beyond the documentation examples: formats (Markdown,
 * HTML, plain text without a name), CRLF and decomposed umlauts, and the
 * limits of each rule.
 */
import {describe, expect, it} from 'vitest'
import {lintRule} from './helpers/rule.js'

const run = (rule: string, text: string, options: {format?: 'txt' | 'md' | 'html'; path?: string} = {}) => lintRule(rule, text, options)

describe('boilerplate', () => {
  it('finds navigation lines in CRLF text with exact positions', async () => {
    const text = 'Die Regierung hat das Gesetz beschlossen.\r\nWeitere\r\nArtikel\r\nMehr zum Thema:\r\n'
    const messages = await run('boilerplate', text)
    expect(messages.map((m) => [m.actual, m.line, m.column])).toEqual([
      ['Weitere\r\nArtikel', 2, 1],
      ['Mehr zum Thema:', 4, 1]
    ])
  })

  it('reads list items and headings in HTML and Markdown', async () => {
    const html = '<article><p>Die Regierung hat das Gesetz beschlossen.</p><ul><li>Teilen</li><li>Drucken</li></ul><h3>Lesen Sie auch</h3></article>'
    expect((await run('boilerplate', html, {format: 'html'})).map((m) => m.actual)).toEqual(['Teilen', 'Drucken', 'Lesen Sie auch'])
    const md = 'Die Regierung hat das Gesetz beschlossen.\n\n## Weitere Artikel\n'
    expect((await run('boilerplate', md, {format: 'md'})).map((m) => m.actual)).toEqual(['Weitere Artikel'])
  })

  it('does not take a heading with a colon in an article for a link list', async () => {
    const text = 'Die Opposition kritisiert den Plan:\nDie Kosten seien zu hoch und die Fristen zu kurz.\n'
    expect(await run('boilerplate', text)).toEqual([])
  })
})

describe('broken-hyphenation', () => {
  it('keeps positions after decomposed umlauts', async () => {
    const text = 'Die Gru\u0308nen fordern maßge- schneiderte Lösungen.'
    const [message] = await run('broken-hyphenation', text)
    expect(message).toMatchObject({actual: 'maßge- schneiderte', column: 21, expected: ['maßgeschneiderte']})
  })

  it('reports a word with several invisible characters once', async () => {
    const messages = await run('broken-hyphenation', 'Die Ver\u00ADhand\u200Blungen und die Ge\u00ADspräche dauern an.')
    expect(messages.map((m) => [m.actual, m.expected[0]])).toEqual([
      ['Ver\u00ADhand\u200Blungen', 'Verhandlungen'],
      ['Ge\u00ADspräche', 'Gespräche']
    ])
  })

  it('treats a soft hyphen in HTML as intended, a zero-width space never', async () => {
    expect(await run('broken-hyphenation', '<p>Der Be&shy;griff</p>', {format: 'html'})).toEqual([])
    expect((await run('broken-hyphenation', '<p>Der Be\u200Bgriff</p>', {format: 'html'})).map((m) => m.expected[0])).toEqual(['Begriff'])
  })
})

describe('llm-artifact', () => {
  it('counts a preamble only at the top of the text', async () => {
    const late = 'Erste Zeile.\nZweite Zeile.\nDritte Zeile.\nVierte Zeile.\nHier ist die Zusammenfassung:\n'
    expect(await run('llm-artifact', late)).toEqual([])
    expect(await run('llm-artifact', 'Gerne, hier ist die Zusammenfassung des Artikels:\n\nDie Regierung plant eine Reform.')).toHaveLength(1)
  })

  it('treats Markdown as markup in .md files and as debris in plain text and on standard input', async () => {
    const text = 'Die Sendung berichtet über die **Lage**.\n'
    expect(await run('llm-artifact', text, {path: 'summary.md'})).toEqual([])
    expect(await run('llm-artifact', text, {path: 'summary.txt'})).toHaveLength(1)
    expect(await run('llm-artifact', text)).toHaveLength(1)
  })
})

describe('spelling-variant', () => {
  it('leaves names in capitalised runs alone', async () => {
    expect(await run('spelling-variant', 'Das Foto lud er bei Google Photos hoch.')).toEqual([])
  })

  it('suggests the first spelling adapted to the inflection', async () => {
    const [message] = await run('spelling-variant', 'Im Ukraine-Krieg starben viele. Das Ende des Ukrainekrieges ist fern.')
    expect(message).toMatchObject({actual: 'Ukrainekrieges', expected: ['Ukraine-Krieges']})
  })
})

describe('duplicate-headline', () => {
  it('does not merge two headlines about different things', async () => {
    const text = 'Kim Jong Un empfängt Lawrow\nKim Yo Jong warnt Südkorea\n\nDer Besuch dauerte zwei Tage.'
    expect(await run('duplicate-headline', text)).toEqual([])
  })
})
