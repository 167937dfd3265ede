/**
 * Sourcing: the attribution finder (src/lang/attribution.ts) and the rules
 * unsourced-claim, vague-attribution, placeholder-citation and source-list
 * beyond their documentation examples — carried reported speech, named
 * groups, agents of passives, formats, CRLF and positions.
 */
import {describe, expect, it} from 'vitest'
import {parseGermanText} from '../src/lang/segment.js'
import {attributionOf, captureGroups, isAttributed, sourceListsOf} from '../src/lang/attribution.js'
import {dictionaryList} from '../src/lang/data.js'
import {lint} from '../src/index.js'
import {lintRule, only} from './helpers/rule.js'

const run = (rule: string, text: string, options: {format?: 'txt' | 'md' | 'html'} = {}) => lintRule(rule, text, options)
const actuals = async (rule: string, text: string, options: {format?: 'txt' | 'md' | 'html'} = {}) => (await run(rule, text, options)).map((m) => m.actual)

describe('attribution finder', () => {
  it('counts capturing groups as the regular expression engine does', () => {
    const compiled = (source: string) => new RegExp(`${source}|`, 'u').exec('')!.length - 1
    const examples = ['a', '(a)', '(?:a)(b)', '(?<=x)(?<!y)(?=z)(?!w)', '(?<name>a)', '\\(a\\)', '[(](a)', '[\\]](b)', '((a)|(b))']
    for (const source of examples) expect([source, captureGroups(source)]).toEqual([source, compiled(source)])
    // Every pattern of the lists that are combined into one expression.
    const lines = ['attribution-cues.txt', 'vague-sources.txt', 'claim-triggers.txt'].flatMap((name) => dictionaryList(name))
    expect(lines.length).toBeGreaterThan(50)
    for (const line of lines) {
      const source = line.includes(' => ') ? line.slice(0, line.lastIndexOf(' => ')) : line.slice(line.indexOf(':') + 1).trim()
      expect([source, captureGroups(source)]).toEqual([source, compiled(source)])
    }
  })

  const analyse = (text: string) => attributionOf(parseGermanText(text))

  it('finds named sources, vague ones and claims per sentence', () => {
    const [first, second, third] = analyse(
      'Laut Polizei starben 30 Menschen. Berichten zufolge sind es mehr. Insgesamt 40 Soldaten wurden verletzt.'
    )
    expect(first.named.map((c) => c.text)).toEqual(['Laut'])
    expect(first.claims.map((c) => [c.kind, c.text])).toEqual([['figure', '30 Menschen']])
    expect(second.vague.map((c) => [c.grade, c.text])).toEqual([['reports', 'Berichten zufolge']])
    expect(isAttributed(third)).toBe(false)
    expect(third.claims.map((c) => c.text)).toEqual(['Insgesamt 40 Soldaten'])
  })

  it('carries reported speech in Konjunktiv after a named source, not indicative text', () => {
    const sentences = analyse(
      'Der Sprecher sagte, die Lage sei ernst. Es seien mindestens 40 Menschen verletzt worden. Am Abend starben 3 Menschen.'
    )
    expect(sentences.map((s) => isAttributed(s))).toEqual([true, true, false])
    expect(sentences[1].carried).toBe(true)
  })

  it('lets a following sentence that points back name the source', () => {
    const [first] = analyse('Bei dem Unglück starben 12 Menschen. Das teilte die Feuerwehr mit.')
    expect(first.carried).toBe(true)
  })

  it('tells a passive with its agent from one without', () => {
    const [agent, none] = analyse('Der Vorfall wurde von der örtlichen Polizei berichtet. Der Vorfall wurde am Abend berichtet.')
    expect(agent.named.length).toBeGreaterThan(0)
    expect(agent.vague).toEqual([])
    expect(none.vague.map((c) => c.grade)).toEqual(['passive'])
  })

  it('does not take the noun Berichten for the verb berichten', () => {
    const [named, vague] = analyse('Das Treffen war laut Berichten der KCNA herzlich. Das Treffen war laut Berichten kurz.')
    expect(named.named.map((c) => c.text)).toEqual(['laut'])
    // Reports of nobody in particular are vague, and `laut` inside them names no one.
    expect(vague.named).toEqual([])
    expect(vague.vague.map((c) => c.text)).toEqual(['laut Berichten'])
  })

  it('ignores cues and claims inside quotation marks', () => {
    const [sentence] = analyse('Auf dem Plakat stand „Experten warnen: 500 Tote“ in großen Buchstaben.')
    expect(sentence.vague).toEqual([])
    expect(sentence.claims).toEqual([])
  })

  it('never starts a figure inside a number', () => {
    const [sentence] = analyse('Es wurde über die Präsenz von bis zu 14.000 Soldaten berichtet.')
    expect(sentence.claims.map((c) => c.text)).toEqual(['bis zu 14.000 Soldaten'])
  })
})

describe('unsourced-claim', () => {
  it('flags the figure of an agentless report and names the passive', async () => {
    const [message] = await run('unsourced-claim', 'Im Süden wurde über mehr als 2.000 getötete Zivilisten berichtet.')
    expect(message.actual).toBe('mehr als 2.000 getötete Zivilisten')
    expect(message.message).toContain('„wurde … berichtet“ nennt niemanden')
    expect(message.severity).toBe('warning')
  })

  it('leaves figures with a named source, in Konjunktiv after one, and prices alone', async () => {
    const text =
      'Nach Angaben des Roten Kreuzes wurden 300 Menschen verletzt. Die Helfer teilten mit, es seien mindestens 40 Tote geborgen worden. Das Gerät kostet rund 900 Euro.'
    expect(await actuals('unsourced-claim', text)).toEqual([])
  })

  it('leaves capacities and rates alone', async () => {
    expect(await actuals('unsourced-claim', 'Die Halle bietet Platz für bis zu 450 Personen. Es kommen 30 Personen pro Stunde an.')).toEqual([])
  })

  it('reports hearsay with a participle, not a plan with sollen', async () => {
    expect(await actuals('unsourced-claim', 'Der Mann soll drei Autos gestohlen haben. Die Bürger sollen gleiche Chancen haben.')).toEqual([
      'soll drei Autos gestohlen haben'
    ])
  })

  it('says once that a text with figures has no source anywhere', async () => {
    const messages = await run('unsourced-claim', 'Nach dem Beben sind 300 Menschen obdachlos. Laut Polizei ist die Lage ernst.')
    // A named source exists (laut), so no document-level note.
    expect(messages.map((m) => m.message).some((m) => m.includes('ganze Text'))).toBe(false)
    const none = await run('unsourced-claim', 'Es wurden 300 Menschen obdachlos, und 20 Soldaten wurden verletzt.')
    expect(none.filter((m) => m.message.includes('ganze Text'))).toHaveLength(1)
  })

  it('gives the document note as info when every figure is otherwise covered', async () => {
    const text = 'Berichten zufolge starben 300 Menschen.'
    const messages = await run('unsourced-claim', text)
    expect(messages.map((m) => [m.severity, m.actual])).toEqual([['info', '300 Menschen']])
  })

  it('can be limited to some kinds', async () => {
    const text = 'Der Mann soll drei Autos gestohlen haben. Dabei starben 40 Soldaten.'
    expect((await run('unsourced-claim', text)).map((m) => m.actual)).toEqual(['soll drei Autos gestohlen haben', '40 Soldaten'])
    const rules = {...only('unsourced-claim'), 'unsourced-claim': ['warning', {kinds: ['hearsay'], document: false}]}
    expect((await lint(text, {rules} as never)).map((m) => m.actual)).toEqual(['soll drei Autos gestohlen haben'])
  })

  it('keeps positions exact after umlauts and CRLF', async () => {
    const text = 'Übermäßig früh begann es.\r\nÖrtlich wurde über bis zu 500 Verletzte berichtet.\r\n'
    const [message] = await run('unsourced-claim', text)
    expect([message.line, message.column, message.actual]).toEqual([2, 20, 'bis zu 500 Verletzte'])
    expect(text.slice(message.offset, message.endOffset)).toBe('bis zu 500 Verletzte')
  })
})

describe('vague-attribution', () => {
  it('leaves a topic reported on alone, not speculation about one, and leaves a claim in it to unsourced-claim', async () => {
    expect(await actuals('vague-attribution', 'Zum Schluss wird ausführlich über die neue Brücke in der Altstadt berichtet.')).toEqual([])
    expect(await actuals('vague-attribution', 'Im Rathaus wird über einen Rücktritt des Bürgermeisters spekuliert.')).toEqual(['wird über einen Rücktritt des Bürgermeisters spekuliert'])
    expect(await actuals('vague-attribution', 'Es wurde berichtet, dass die Brücke gesperrt ist.')).toHaveLength(1)
    expect(await actuals('unsourced-claim', 'Im Süden wurde über mehr als 2.000 getötete Zivilisten berichtet.')).toEqual(['mehr als 2.000 getötete Zivilisten'])
  })

  it('grades nobody, reports and groups', async () => {
    const messages = await run('vague-attribution', 'Man befürchtet einen Angriff. Medienberichten zufolge ist er geplant. Experten rechnen damit.')
    expect(messages.map((m) => m.message.split(':')[0])).toEqual(['Quelle fehlt', 'Vage Quelle', 'Ungenannte Gruppe'])
  })

  it('counts a group with its institution and references back as named', async () => {
    const text = 'Analysten von Goldman Sachs erwarten Zinsen. Den Kritikern zufolge ist das falsch. Experten der Universität Wien sehen das anders.'
    expect(await actuals('vague-attribution', text)).toEqual([])
  })

  it('reports a bare passive, but leaves it to unsourced-claim in a sentence with a figure', async () => {
    expect(await actuals('vague-attribution', 'Über das Treffen wurde viel spekuliert.')).toEqual(['wurde viel spekuliert'])
    expect(await actuals('vague-attribution', 'Es wurde über 500 Tote berichtet.')).toEqual([])
  })

  it('gives one message per sentence', async () => {
    expect(await actuals('vague-attribution', 'Wie verlautet, ist man aus Regierungskreisen besorgt.')).toHaveLength(1)
  })

  it('leaves quoted speech alone', async () => {
    expect(await actuals('vague-attribution', 'Er sagte: „Es wird vermutet, dass er lügt.“')).toEqual([])
  })
})

describe('placeholder-citation', () => {
  it('finds empty Markdown links and placeholders, not code', async () => {
    const md = 'Wie [ZEIT]() berichtet, traf er ein [Quelle].\n\n```\n(Quelle)\n```\n'
    expect(await actuals('placeholder-citation', md, {format: 'md'})).toEqual(['[ZEIT]()', '[Quelle]'])
  })

  it('finds an HTML link without a target', async () => {
    const html = '<p>Wie <a href="">die ZEIT</a> berichtet, traf er ein.</p>'
    expect(await actuals('placeholder-citation', html, {format: 'html'})).toEqual(['<a href="">'])
  })

  it('accepts footnotes with a reference list and ellipses in quotes', async () => {
    const text = 'Die Zahl stieg [2]. Er sagte: „Wir […] bleiben.“\n\n2. Bericht der Statistik Austria, 2024\n'
    expect(await actuals('placeholder-citation', text)).toEqual([])
  })
})

describe('source-list', () => {
  it('reads entries on the heading line and in the list below', () => {
    const tree = parseGermanText('Text.\nQuellen: ZEIT ONLINE, Stern\n')
    const [list] = sourceListsOf(tree, 'Text.\nQuellen: ZEIT ONLINE, Stern\n')
    expect(list.entries.map((e) => e.text)).toEqual(['ZEIT ONLINE', 'Stern'])
    expect(list.heading.text).toBe('Quellen: ZEIT ONLINE, Stern')
  })

  it('names entries without link when others have one', async () => {
    const text = 'Text.\n\nQuellen:\n- https://www.zeit.de/politik/artikel\n- Stern\n'
    const [message] = await run('source-list', text)
    expect(message.message).toContain('ohne Link oder Titel: „Stern“')
  })

  it('leaves a linked list and the word Quellen in running text alone', async () => {
    const text = 'Die Quellen des Flusses liegen im Gebirge.\n\nQuellen:\n- https://www.zeit.de/a\n- https://www.stern.de/b\n'
    expect(await actuals('source-list', text)).toEqual([])
  })

  it('reads a Markdown heading', async () => {
    const md = 'Text.\n\n## Quellen\n\n- Spiegel\n- Spiegel\n'
    const [message] = await run('source-list', md, {format: 'md'})
    expect(message.actual).toBe('Quellen')
    expect(message.message).toContain('doppelt: „Spiegel“')
  })
})
