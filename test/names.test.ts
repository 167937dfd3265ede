/**
 * transliteration, name-variant, name-garbled and role-gender beyond the
 * documentation examples: genitives, multi-word names, the config's name
 * table, people kept apart, positions after CRLF and NFD, and
 * --across-files.
 */
import {describe, expect, it} from 'vitest'
import {lintRule} from './helpers/rule.js'
import {editDistance, germanTranscription, nameKey, parseNameTable, phoneticCode, similarity} from '../src/lang/names.js'
import {cli, tempDir} from './helpers/cli.js'

const run = (rule: string, text: string, names: string[] = []) => lintRule(rule, text, {config: {names}})

describe('name keys', () => {
  it('transcribe English-style Russian names the Duden way', () => {
    expect(germanTranscription('Lavrov')).toBe('Lawrow')
    expect(germanTranscription('Sergei')).toBe('Sergej')
    expect(germanTranscription('Khodorkovsky')).toBe('Chodorkowski')
    expect(germanTranscription('Zhukov')).toBe('Schukow')
    expect(germanTranscription('Chernenko')).toBe('Tschernenko')
    expect(germanTranscription('Lawrow')).toBe('Lawrow')
  })

  it('give one key to spellings of one name and different keys to different names', () => {
    expect(nameKey('Kim Jong-un')).toBe(nameKey('Kim Jong Un'))
    expect(nameKey('Kaczyński')).toBe(nameKey('Kaczynski'))
    expect(nameKey('Sergei')).toBe(nameKey('Sergej'))
    expect(nameKey('Scholz')).not.toBe(nameKey('Schulz'))
    expect(phoneticCode('Meyer')).toBe(phoneticCode('Maier'))
    expect(editDistance('Trapattoni', 'Trappattoni')).toBe(1)
    expect(similarity('Lawrence', 'Lawrow')).toBeGreaterThan(0.8)
  })

  it('read table lines, later lines replacing earlier ones', () => {
    const table = parseNameTable(['Kyjiw | Kiew | Kyiv', 'Kiew | | Kyiv, Kyjiw', '! Scholz, Schulz'])
    expect(table.byForeign.get('Kyjiw')?.canonical).toBe('Kiew')
    expect(table.distinct).toEqual([['Scholz', 'Schulz']])
  })
})

describe('transliteration', () => {
  it('reports genitives and multi-word names with the house form', async () => {
    const messages = await run('transliteration', 'Lavrovs Reise nach Moskau endete. Dort sprach Kim Jong-un mit ihm.')
    expect(messages.map((m) => [m.actual, m.expected[0]])).toEqual([
      ['Lavrovs', 'Lawrows'],
      ['Kim Jong-un', 'Kim Jong Un']
    ])
  })

  it('leaves a foreign form in a company name alone, not the country', async () => {
    const messages = await run('transliteration', 'Qatar Airways fliegt wieder. Qatar will vermitteln.')
    expect(messages.map((m) => [m.actual, m.expected[0], m.column])).toEqual([['Qatar', 'Katar', 30]])
  })

  it('takes house forms from the config', async () => {
    const text = 'Die Angriffe auf Kyjiw gingen weiter.'
    expect(await run('transliteration', text)).toEqual([])
    const messages = await run('transliteration', text, ['Kiew | | Kyiv, Kyjiw'])
    expect(messages.map((m) => m.expected[0])).toEqual(['Kiew'])
  })

  it('keeps positions after CRLF and decomposed umlauts', async () => {
    const text = 'Über Nacht\r\nkam Außenminister Sergei Lawrow.'.normalize('NFD')
    const [message] = await run('transliteration', text)
    expect(message).toMatchObject({actual: 'Sergei', line: 2, column: 19})
  })
})

describe('name-variant', () => {
  it('never merges people the table keeps apart', async () => {
    expect(await run('name-variant', 'Olaf Scholz traf Martin Schulz. Scholz lobte Schulz.')).toEqual([])
  })

  it('leaves hyphen or none to spelling-variant, also where the hyphen brings a capital', async () => {
    expect(await run('name-variant', 'Das Verteidigungs-Startup wächst. Es ist das größte Verteidigungsstartup Europas.')).toEqual([])
    // Case alone is a name variant.
    const messages = await run('name-variant', 'Der Dienst WhatsApp wächst. Die Firma WhatsApp gehört zu Meta, Whatsapp Inc. ist ihr Name.')
    expect(messages.map((m) => [m.actual, m.expected[0]])).toEqual([['Whatsapp', 'WhatsApp']])
  })

  it('prefers the house form on a tie', async () => {
    const text = 'Davutoglu reiste ab. Später sprach Davutoğlu in Ankara.'
    expect((await run('name-variant', text)).map((m) => m.actual)).toEqual(['Davutoğlu'])
    const messages = await run('name-variant', text, ['Davutoğlu | |'])
    expect(messages.map((m) => [m.actual, m.expected[0]])).toEqual([['Davutoglu', 'Davutoğlu']])
  })
})

describe('name-garbled', () => {
  it('reports a one-letter slip of a name not in any dictionary', async () => {
    const text = 'Trainer Giovanni Trapattoni kam nach Wien. Dort sagte Trapattoni wenig. Neu war es für Trapatoni nicht.'
    const messages = await run('name-garbled', text)
    expect(messages.map((m) => [m.actual, m.expected[0]])).toEqual([['Trapatoni', 'Trapattoni']])
  })

  it('finds slips in the first letters, names ending in s, surnames after a first name and slips in one sentence', async () => {
    const found = async (text: string) => (await run('name-garbled', text)).map((m) => [m.actual, m.expected[0]])
    expect(await found('Außenminister Kerry reiste nach Kairo. Dort traf Kesry den Präsidenten.')).toEqual([['Kesry', 'Kerry']])
    expect(await found('Präsident Abbas sprach in Ramallah. Später rief Netanjahu Abcas an.')).toEqual([['Abcas', 'Abbas']])
    expect(await found('Die Regierung Renzi wackelt. In Rom demonstrierten viele gegen Premier Matteo Renoir.')).toEqual([['Renoir', 'Renzi']])
    expect(await found('Das Spiel von Northway Games und das Spiel von Radial Ganes sind neu.')).toEqual([['Ganes', 'Games']])
    // A first name before a surname that differs by more than a slip is another person.
    expect(await found('Die Schauspielerin Emily Mortimer spielt mit. Regie führt Moritz Bleibtreu.')).toEqual([])
    // A different first letter is no slip of this name.
    expect(await found('Ubuntu kommt neu. Auch Kubuntu und Lubuntu werden aktualisiert.')).toEqual([])
  })

  it('leaves a typo of a German word to spelling and two people in one sentence alone', async () => {
    expect(await run('name-garbled', 'Russland und Nordkorea. Russland hilft. Ruslands Ziele bleiben.')).toEqual([])
    expect(await run('name-garbled', 'Es spielten Lainer, Laimer und Ulmer. Lainer traf.')).toEqual([])
  })
})

describe('role-gender', () => {
  it('reports the less frequent form', async () => {
    const text = 'Ministerin Huber sprach. Ministerin Huber lobte. Später sagte Minister Huber, es reiche.'
    const messages = await run('role-gender', text)
    expect(messages.map((m) => [m.actual, m.expected[0]])).toEqual([['Minister Huber', 'Ministerin Huber']])
  })
})

describe('--across-files', () => {
  const files = {
    'a.txt': 'Außenminister Sergej Lawrow reiste nach Pjöngjang.\n',
    'b.txt': 'Sergej Lawrow sprach mit Kim Jong Un.\n',
    'c.txt': 'Auch Sergej Lawrow kam.\n',
    'd.txt': 'Der russische Außenminister Sergei Lawrow kam an.\n'
  }

  it('reports the spelling fewer files use, only when asked', async () => {
    const dir = tempDir(files)
    const plain = await cli(['.', '-f', 'json', '-r', 'transliteration=off'], {cwd: dir})
    expect(JSON.parse(plain.stdout).flatMap((f: {messages: unknown[]}) => f.messages)).toEqual([])
    const across = await cli(['.', '-f', 'json', '-r', 'transliteration=off', '--across-files'], {cwd: dir})
    const results = JSON.parse(across.stdout) as Array<{path: string; messages: Array<{ruleId: string; actual: string; expected: string[]; line: number; column: number}>}>
    const flagged = results.flatMap((r) => r.messages.map((m) => [r.path, m.ruleId, m.actual, m.expected[0], m.line, m.column]))
    expect(flagged).toEqual([['d.txt', 'name-variant', 'Sergei', 'Sergej', 1, 29]])
    expect(across.code).toBe(0)
  })
})
