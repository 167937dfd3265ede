/**
 * Grounding: src/lang/grounding.ts (numbers, dates), src/io/sources.ts (main
 * text, front matter, manifest) and the rule ungrounded with summary/source
 * pairs written for these tests, through the API and the command line.
 */
import {describe, expect, it} from 'vitest'
import {datesOf, numbersOf, parseNumberWord} from '../src/lang/grounding.js'
import {frontMatterSources, mainText} from '../src/io/sources.js'
import {lint} from '../src/index.js'
import {only} from './helpers/rule.js'
import {cli, tempDir} from './helpers/cli.js'

const SOURCE = [
  'Der russische Außenminister Sergej Lawrow ist am Donnerstag, dem 19. Oktober 2023, in Pjöngjang eingetroffen.',
  'Nach Angaben südkoreanischer Geheimdienste sind bis zu 14.000 nordkoreanische Soldaten in der Region Kursk stationiert.',
  'Die Hilfe kostet Russland 2,5 Millionen Euro im Monat; 30 Prozent davon trägt Moskau allein.',
  'Lawrow sagte: „Unsere Zusammenarbeit wird in allen Bereichen weiter wachsen.“',
  'Die Nachrichtenagentur KCNA meldete, Machthaber Kim Jong Un habe den Gast empfangen.'
].join(' ')

async function check(summary: string, sources = [{path: 'artikel.txt', text: SOURCE}]) {
  const messages = await lint(summary, {rules: only('ungrounded', 'error'), sources})
  for (const m of messages) expect(summary.slice(m.offset, m.endOffset)).toBe(m.actual)
  return messages
}
const flagged = async (summary: string) => (await check(summary)).map((m) => [m.actual, m.severity])

describe('numbers and dates', () => {
  it('reads German number words', () => {
    expect([parseNumberWord('vierzehntausend'), parseNumberWord('dreihundertfünfzig'), parseNumberWord('einundzwanzig'), parseNumberWord('Nacht')]).toEqual([
      14000,
      350,
      21,
      undefined
    ])
  })

  it('normalises formats and finds the counted noun', () => {
    const found = numbersOf('14.000 Soldaten, 14 000 Panzer, vierzehntausend Drohnen, 2,5 Millionen Euro und 30 %')
    expect(found.map((n) => [n.value, n.noun ?? null])).toEqual([
      [14000, 'solda'],
      [14000, 'panze'],
      [14000, 'drohn'],
      [2500000, 'euro'],
      [30, null]
    ])
  })

  it('leaves dates, times, ordinals and years to the date check', () => {
    expect(numbersOf('Am 19. Oktober 2023 um 14:30 Uhr, am 1.11.2024, der 3. Platz.')).toEqual([])
    expect(datesOf('am 19. Oktober 2023, am 1.11.2024, im Juni, am Montag').map((d) => [d.day ?? 0, d.month ?? 0, d.year ?? 0, d.weekday ?? -1])).toEqual([
      [19, 10, 2023, -1],
      [1, 11, 2024, -1],
      [0, 6, 0, -1],
      [0, 0, 0, 1]
    ])
  })
})

describe('ungrounded', () => {
  it('is silent without sources', async () => {
    expect(await lint('Lawrence zählte 99.999 Soldaten.', {rules: only('ungrounded', 'error')})).toEqual([])
  })

  it('accepts a faithful paraphrase with reformatted numbers and inflected names', async () => {
    const summary =
      'Bei Lawrows Besuch in Pjöngjang am 19. Oktober empfing ihn Kim Jong Un. Südkoreanische Geheimdienste zählen vierzehntausend nordkoreanische Soldaten in Kursk, nach anderer Schreibweise 14 000 Soldaten. Die Unterstützung kostet 2,5 Millionen Euro monatlich, Moskau trägt 30 % davon. Lawrow sagte, „Unsere Zusammenarbeit wird in allen Bereichen weiter wachsen“.'
    expect(await flagged(summary)).toEqual([])
  })

  it('accepts another transcription of a name', async () => {
    expect(await flagged('Sergei Lavrov reiste nach Pjöngjang.')).toEqual([])
  })

  it('reports a number no source has, with the source passage', async () => {
    const [message] = await check('Bis zu 11.000 Soldaten sind in Kursk.')
    expect([message.actual, message.severity]).toEqual(['11.000', 'error'])
    expect(message.message).toContain('bis zu 14.000 nordkoreanische Soldaten')
  })

  it('warns when a number of the sources counts something else', async () => {
    expect(await flagged('Russland zahlt 14.000 Euro.')).toEqual([['14.000', 'warning']])
  })

  it('reports a moved date, a wrong weekday and an unknown month', async () => {
    expect(await flagged('Lawrow kam am 20. Oktober 2023 an.')).toEqual([['20. Oktober 2023', 'error']])
    // The 19th of October 2023 was a Thursday: computed from the source's date as well.
    expect(await flagged('Lawrow kam am Donnerstag an.')).toEqual([])
    expect(await flagged('Lawrow kam am Freitag an.')).toEqual([['Freitag', 'warning']])
    expect(await flagged('Im Juni kam Lawrow an.')).toEqual([['Juni', 'error']])
  })

  it('reports an invented name and suggests the source name', async () => {
    const [message] = await check('Lawrence sprach mit Kim Jong Un.')
    expect([message.actual, message.expected]).toEqual(['Lawrence', ['Lawrow']])
  })

  it('reports a changed quote with the words the source lacks, and an invented one', async () => {
    const changed = await check('Lawrow sagte: „Unsere Zusammenarbeit wird in allen Bereichen stark wachsen.“')
    expect(changed.map((m) => m.severity)).toEqual(['warning'])
    expect(changed[0].message).toContain('„stark“ steht dort nicht')
    const invented = await check('Lawrow sagte: „Wir werden den Westen besiegen.“')
    expect(invented.map((m) => [m.actual, m.severity])).toEqual([['„Wir werden den Westen besiegen.“', 'error']])
  })

  it('reports an outlet that is not among the sources, not one that is', async () => {
    expect(await flagged('Wie der Spiegel berichtet, traf Lawrow ein.')).toEqual([['Spiegel', 'warning']])
    expect(await flagged('Wie KCNA meldete, traf Lawrow ein.')).toEqual([])
    const byPath = await check('Wie der Spiegel berichtet, traf Lawrow ein.', [{path: 'https://www.spiegel.de/ausland/lawrow.html', text: SOURCE}])
    expect(byPath).toEqual([])
  })

  it('reads only the main text of an HTML source', async () => {
    const html = `<html><body><nav>Top 99 Artikel</nav><article><p>${SOURCE}</p></article><footer>© 2019</footer></body></html>`
    const text = await mainText(html, 'html')
    expect(text).toContain('bis zu 14.000 nordkoreanische Soldaten')
    expect(text).not.toContain('Top 99')
    const messages = await lint('Es gibt 99 Artikel.', {rules: only('ungrounded', 'error'), sources: [{path: 'a.html', text}]})
    expect(messages.map((m) => m.actual)).toEqual(['99'])
  })

  it('keeps positions exact with CRLF and decomposed umlauts', async () => {
    const summary = 'Die Gespra\u0308che begannen.\r\nLawrence kam mit 11.000 Soldaten.\r\n'
    const messages = await check(summary)
    expect(messages.map((m) => [m.actual, m.line, m.column])).toEqual([
      ['Lawrence', 2, 1],
      ['11.000', 2, 18]
    ])
  })
})

describe('naming sources', () => {
  it('reads sources from Markdown front matter, relative to the summary', async () => {
    expect(await frontMatterSources('---\ntitle: X\nsources: [a.html, ../b.txt]\n---\nText', '/x/y/s.md')).toEqual(['/x/y/a.html', '/x/b.txt'])
    expect(await frontMatterSources('---\nquellen: a.txt\n---\n', '/x/s.md')).toEqual(['/x/a.txt'])
    expect(await frontMatterSources('Kein Front Matter', '/x/s.md')).toEqual([])
  })

  it('takes --source on the command line and names an unreadable source', async () => {
    const dir = tempDir({
      'artikel.txt': SOURCE,
      'kaputt.txt': new Uint8Array([0xff, 0xfe, 0x00, 0x41]),
      'zusammenfassung.txt': 'Bis zu 11.000 Soldaten sind in Kursk.\n'
    })
    const run = await cli(['zusammenfassung.txt', '--source', 'artikel.txt', '--source', 'kaputt.txt', '-f', 'json', '-r', 'unsourced-claim=off'], {cwd: dir})
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/korrektor: kaputt\.txt: Quelle nicht lesbar/)
    const [result] = JSON.parse(run.stdout)
    expect(result.messages.map((m: {ruleId: string; actual: string}) => [m.ruleId, m.actual])).toEqual([['ungrounded', '11.000']])
  })

  it('does not lint the sources themselves when they sit among the summaries', async () => {
    const dir = tempDir({'artikel.txt': SOURCE, 'zusammenfassung.txt': 'Bis zu 14.000 Soldaten sind in Kursk.\n'})
    const run = await cli(['.', '--source', 'artikel.txt', '-f', 'json'], {cwd: dir})
    expect(JSON.parse(run.stdout).map((r: {path: string}) => r.path)).toEqual(['zusammenfassung.txt'])
  })

  it('pairs summaries with sources through a manifest and front matter', async () => {
    const dir = tempDir({
      'quellen/a.txt': SOURCE,
      'quellen/b.txt': 'Ganz andere Meldung ohne Zahlen.',
      'a.txt': 'Bis zu 14.000 Soldaten sind in Kursk.\n',
      'b.txt': 'Bis zu 14.000 Soldaten sind in Kursk.\n',
      'c.md': '---\nsources: [quellen/a.txt]\n---\n\nBis zu 12.000 Soldaten sind in Kursk.\n',
      'manifest.yaml': 'a.txt: [quellen/a.txt]\nb.txt:\n  - quellen/b.txt\n'
    })
    const run = await cli(['a.txt', 'b.txt', 'c.md', '--sources-manifest', 'manifest.yaml', '-f', 'json', '-r', 'unsourced-claim=off'], {cwd: dir})
    const report = JSON.parse(run.stdout) as Array<{path: string; messages: Array<{ruleId: string; actual: string}>}>
    const grounded = (path: string) => report.find((r) => r.path === path)!.messages.filter((m) => m.ruleId === 'ungrounded').map((m) => m.actual)
    expect(grounded('a.txt')).toEqual([])
    expect(grounded('b.txt')).toEqual(['14.000', 'Kursk'])
    expect(grounded('c.md')).toEqual(['12.000'])
  })

  it('reports a broken manifest in one line', async () => {
    const dir = tempDir({'a.txt': 'Text.\n', 'manifest.json': '{"a.txt": [1, 2]}'})
    const run = await cli(['a.txt', '--sources-manifest', 'manifest.json'], {cwd: dir})
    expect(run.code).toBe(2)
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    expect(run.stderr).toContain('Quellen-Manifest')
  })
})
