/**
 * english-in-german and glued-words beyond the documentation examples:
 * merging, embedded posts, contractions, user words, language variants,
 * non-German paragraphs and documents, exact positions in awkward input.
 */
import {describe, expect, it} from 'vitest'
import type {Language} from '../src/index.js'
import {lintRule} from './helpers/rule.js'
import {countLanguage, looksEnglish, looksForeign} from '../src/lang/language.js'

function run(rule: string, text: string, options: {language?: Language; words?: string[]; format?: 'txt' | 'md' | 'html'} = {}) {
  const {language, format, words = []} = options
  return lintRule(rule, text, {language, format, config: {words}}, rule === 'glued-words' ? 'error' : 'warning')
}
const english = (text: string, options?: Parameters<typeof run>[2]) => run('english-in-german', text, options)
const glued = (text: string, options?: Parameters<typeof run>[2]) => run('glued-words', text, options)

describe('english-in-german', () => {
  it('merges an English stretch split by a name into one message', async () => {
    const messages = await english('Er schrieb zum Abschied: Farewell beloved Robert, the great showman who taught me so much.')
    expect(messages.map((m) => m.actual)).toEqual(['Farewell beloved Robert, the great showman who taught me so much'])
  })

  it('reports two separate slips in one sentence separately', async () => {
    const messages = await english('Die already bestehenden Probleme wurden however nicht gelöst.')
    expect(messages.map((m) => [m.actual, m.expected[0]])).toEqual([
      ['already', 'bereits'],
      ['however', 'jedoch']
    ])
  })

  it('leaves a post alone whose quotation marks were lost, but not English elsewhere in the text', async () => {
    const text = 'Der Minister twitterte: Thanks for all the messages pic.twitter.com/AbC123 Die Lage sei already ruhig.'
    const messages = await english(text)
    expect(messages.map((m) => m.actual)).toEqual(['already'])
  })

  it('treats German contractions as German and English ones as English', async () => {
    expect(await english('Der Kasperl hat’s schwer, und so geht’s weiter.')).toEqual([])
    expect((await english('Die Antwort war: we don’t know yet, sagte sie.')).map((m) => m.actual)).toEqual(['we don’t know yet'])
  })

  it('accepts the words of the configuration', async () => {
    expect(await english('Die Stimmung war tatty und müde.')).toHaveLength(1)
    expect(await english('Die Stimmung war tatty und müde.', {words: ['tatty']})).toEqual([])
  })

  it('leaves Swiss s-spelling to the spelling rule', async () => {
    expect(await english('Das Militär wurde zu grosser Wichtigkeit erhoben.', {language: 'de-CH'})).toEqual([])
    expect(await english('Das Militär wurde zu grosser Wichtigkeit erhoben.')).toEqual([])
  })

  it('reports a whole English text once, as info', async () => {
    const text = 'The talks have stalled.\n\nOfficials in the capital say that there is no progress at all and that the situation remains tense for now.'
    const messages = await english(text)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toMatchObject({severity: 'info', line: 1, column: 1})
    expect(messages[0].message).toMatch(/englisch/)
  })

  it('reports a paragraph in another language once, not word by word', async () => {
    const text =
      'Die Regierung trat zurück.\n\nLe gouvernement a démissionné hier soir après plusieurs semaines de crise politique profonde selon plusieurs sources proches.'
    const messages = await english(text)
    expect(messages.map((m) => [m.line, m.severity])).toEqual([[3, 'info']])
    expect(messages[0].message).toMatch(/nicht deutsch/)
  })

  it('does not take a list of German names for a foreign paragraph', async () => {
    expect(await english('Quellen: ZEIT ONLINE – Stern – ORF – Spiegel – Tagesschau – Süddeutsche Zeitung – Frankfurter Allgemeine – Kurier – Presse – Standard – Falter – Profil')).toEqual([])
  })

  it('keeps exact positions after umlauts, CRLF and decomposed umlauts', async () => {
    const text = 'Größere Übel\r\nDie Gespräche in Pjo\u0308ngjang verliefen however ruhig.'
    const [message] = await english(text)
    expect(message).toMatchObject({actual: 'however', line: 2, column: 39})
  })

  it('skips code and quotes in Markdown', async () => {
    const text = 'Der Befehl `git already` und das Zitat „we stand united“ sind in Ordnung.\n\n```\nthe situation remains tense\n```\n'
    expect(await english(text, {format: 'md'})).toEqual([])
  })

  it('knows when a paragraph is English by its function words', () => {
    const words = 'The talks between both sides have stalled again and officials say there is no progress'.split(' ')
    expect(looksEnglish(countLanguage(words))).toBe(true)
    const german = 'Die Gespräche zwischen beiden Seiten sind wieder ins Stocken geraten und es gibt keine Fortschritte'.split(' ')
    expect(looksEnglish(countLanguage(german))).toBe(false)
    expect(looksForeign(countLanguage(german), () => german, () => true)).toBe(false)
    const french = 'Le gouvernement a démissionné hier soir après plusieurs semaines de crise politique profonde selon sources'.split(' ')
    expect(looksForeign(countLanguage(french), () => french, () => false)).toBe(true)
  })
})

describe('glued-words', () => {
  it('accepts camel-case names from the configuration', async () => {
    expect(await glued('Die Tabelle zeigt mehr beiLandesbank.')).toHaveLength(1)
    expect(await glued('Die Tabelle zeigt mehr beiLandesbank.', {words: ['beiLandesbank']})).toEqual([])
  })

  it('leaves paths, hashtags and initials alone', async () => {
    expect(await glued('Der Ordner C:\\Windows\\SoftwareDistribution wird geleert; #DasIstMeinPasswort ist schwach; J.R.R.Tolkien.')).toEqual([])
  })

  it('finds glue after a question mark and an exclamation mark', async () => {
    const messages = await glued('Was nun?Die Frage bleibt. Endlich!Der Vertrag steht.')
    expect(messages.map((m) => m.actual)).toEqual(['nun?Die', 'Endlich!Der'])
  })

  it('keeps exact positions after decomposed umlauts and CRLF', async () => {
    const text = 'U\u0308ber die Lage\r\nDie Gespräche in Pjöngjang.Die Delegation reiste ab.'
    const [message] = await glued(text)
    expect(message).toMatchObject({actual: 'Pjöngjang.Die', line: 2, column: 18})
  })
})
