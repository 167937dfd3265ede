import {describe, expect, it} from 'vitest'
import {lint} from '../src/index.js'
import type {LintMessage} from '../src/types.js'

function check(text: string, messages: LintMessage[]) {
  for (const m of messages) {
    expect(text.slice(m.offset, m.endOffset)).toBe(m.actual)
    const lines = text.split(/\r\n|\r|\n/)
    // line/column agree with the offset
    let offset = 0
    const lineStarts: number[] = []
    for (const match of text.matchAll(/\r\n|\r|\n/g)) lineStarts.push(match.index + match[0].length)
    offset = m.line === 1 ? 0 : lineStarts[m.line - 2]
    expect(offset + m.column - 1).toBe(m.offset)
    expect(lines.length).toBeGreaterThanOrEqual(m.line)
  }
}

describe('positions', () => {
  it('are exact after umlauts and ß', async () => {
    const text = 'Größere Äpfel für Übermorgen säumen die die Straße.'
    const ms = await lint(text)
    expect(ms).toHaveLength(1)
    expect(ms[0]).toMatchObject({line: 1, column: 37, endColumn: 44, offset: 36, actual: 'die die'})
    check(text, ms)
  })

  it('are exact with CRLF line ends', async () => {
    const text = 'Erste Zeile ohne Befund.\r\nZweite Zeile hat die die Dopplung.\r\n'
    const ms = await lint(text)
    expect(ms).toHaveLength(1)
    expect(ms[0]).toMatchObject({line: 2, column: 18, endLine: 2, endColumn: 25, actual: 'die die'})
    check(text, ms)
  })

  it('are exact with decomposed umlauts (NFD)', async () => {
    const text = 'Ü'.normalize('NFD') + 'ber die die Lage in Österreich'.normalize('NFD') + '.'
    const ms = await lint(text)
    expect(ms).toHaveLength(1)
    expect(ms[0].actual).toBe('die die')
    expect(ms[0].column).toBe(7)
    check(text, ms)
  })

  it('are exact with soft hyphens and zero-width characters', async () => {
    const text = 'Die Re\u00ADgierung und Null\u200Bbreite: hat hat 14,000 Zuschauer.'
    const ms = await lint(text)
    expect(ms.map((m) => m.actual)).toEqual(['Re\u00ADgierung', 'Null\u200Bbreite', 'hat hat', '14,000'])
    check(text, ms)
  })

  it('ignore a BOM in the API and index the text after it', async () => {
    const ms = await lint('\uFEFFdie die')
    expect(ms[0]).toMatchObject({offset: 0, column: 1, actual: 'die die'})
  })

  it('are exact in Markdown with markup', async () => {
    const text = '# Titel\n\nDie **Regierung** hat hat 14,000 Zuschauer.\n'
    const ms = await lint(text, {format: 'md'})
    expect(ms.map((m) => m.actual)).toEqual(['hat hat', '14,000'])
    check(text, ms)
  })
})

describe('markup awareness', () => {
  it('ignores Markdown code, front matter, HTML and URLs', async () => {
    const text = [
      '---',
      'title: die die',
      '---',
      '',
      'Normaler Text mit `die die` im Code.',
      '',
      '```',
      'die die 14,000',
      '```',
      '',
      '<!-- die die -->',
      '',
      'Link: https://beispiel.de/die/die?x=14,000 und [die die](https://a.de) bleibt.'
    ].join('\n')
    const ms = await lint(text, {format: 'md'})
    // Only the link text is prose.
    expect(ms.map((m) => m.actual)).toEqual(['die die'])
    expect(ms[0].line).toBe(13)
  })

  it('ignores script, style, code and pre in HTML', async () => {
    const text =
      '<html><head><style>p{content:"die die"}</style><script>var a = "die die"</script></head>' +
      '<body><p>Der Text <code>die die</code> ist sauber.</p><pre>hat hat</pre><p>Doch hier hat hat er Recht.</p></body></html>'
    const ms = await lint(text, {format: 'html'})
    expect(ms.map((m) => m.actual)).toEqual(['hat hat'])
    check(text, ms)
  })

  it('guesses the format from the path', async () => {
    expect((await lint('`die die`', {path: 'a.md'})).length).toBe(0)
    expect((await lint('`die die`', {path: 'a.txt'})).length).toBe(1)
  })
})

describe('inline control comments', () => {
  it('disable and enable rules in Markdown', async () => {
    const text = [
      'Erstens die die Sache.',
      '',
      '<!-- korrektor-disable repeated-word -->',
      '',
      'Zweitens die die Sache, 14,000 Mal.',
      '',
      '<!-- korrektor-enable repeated-word -->',
      '',
      'Drittens die die Sache.'
    ].join('\n')
    const ms = await lint(text, {format: 'md'})
    expect(ms.map((m) => `${m.line}:${m.ruleId}`)).toEqual(['1:repeated-word', '5:typography', '9:repeated-word'])
  })

  it('disable all rules when none is named', async () => {
    const text = '<!-- korrektor-disable -->\n\nDie die Sache, 14,000 Mal.\n'
    expect(await lint(text, {format: 'md'})).toEqual([])
  })

  it('ignore the next line only', async () => {
    const text = '<!-- korrektor-ignore-next-line -->\nDie die Sache.\n\nDie die Sache.\n'
    const ms = await lint(text, {format: 'md'})
    expect(ms.map((m) => m.line)).toEqual([4])
  })

  it('work in HTML', async () => {
    const text = '<p>Eins die die.</p>\n<!-- korrektor-ignore-next-line repeated-word -->\n<p>Zwei die die.</p>\n<p>Drei die die.</p>'
    const ms = await lint(text, {format: 'html'})
    expect(ms.map((m) => m.line)).toEqual([1, 4])
  })
})

describe('configuration through the API', () => {
  it('turns rules off and changes severity', async () => {
    expect(await lint('die die', {rules: {'repeated-word': 'off'}})).toEqual([])
    expect((await lint('die die', {rules: {'repeated-word': 'error'}}))[0].severity).toBe('error')
    expect((await lint('die die', {config: {extends: 'strict'}}))[0].severity).toBe('error')
  })

  it('passes rule options', async () => {
    expect(await lint('14,000 Zuschauer', {rules: {typography: ['warning', {numbers: false}]}})).toEqual([])
  })
})
