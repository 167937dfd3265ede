/**
 * The spelling rule and engine beyond the documentation examples: language
 * variants, user words, exact positions in awkward input, and the engine's
 * interface.
 */
import {describe, expect, it} from 'vitest'
import {lint, type Language} from '../src/index.js'
import {lintRule, only} from './helpers/rule.js'
import {getSpeller} from '../src/lang/speller.js'
import {cli, tempDir} from './helpers/cli.js'

const onlySpelling = only('spelling', 'error')

async function spelling(text: string, language: Language = 'de-DE', words: string[] = []) {
  const messages = await lintRule('spelling', text, {language, config: {words}}, 'error')
  return messages.map((m) => [m.actual, m.expected[0]])
}

describe('spelling engine', () => {
  it('accepts ordinary German that nspell rejects, compounds and house words', async () => {
    const speller = await getSpeller('de-DE')
    for (const word of ['stehen', 'sein', 'laut', 'Außenminister', 'Bundesregierung', 'Ukrainekrieg', 'Ukraine-Krieg', 'FPÖ-Chef', 'Nachrichtenaggregator', 'Homeoffice', 'Chatbots', 'Lehrer:innen', 'Lehrer*innen', 'LehrerInnen', 'anzuführen', 'inklusiver', 'spanischsprachige', 'Kriegstreiberei', 'kapert', 'kaperten', 'Staatsdiner', 'Staatsdiners']) {
      expect(speller.check(word), word).toBe(true)
    }
    for (const word of ['Ruslands', 'Donnnerstag', 'anegeblich', 'Standart']) expect(speller.check(word), word).toBe(false)
  })

  it('suggests the close correction first', async () => {
    const speller = await getSpeller('de-DE')
    expect(speller.suggest('Donnnerstag')[0]).toBe('Donnerstag')
    expect(speller.suggest('anegeblich')[0]).toBe('angeblich')
    expect(speller.suggest('Standart')).toEqual(['Standard'])
  })

  it('reports the wrong forms of the prohibit list, also where a compound reading would pass them', async () => {
    // vor|allem and zu|mindestens would pass as particle plus word.
    expect(await graded('Das gilt vorallem und zumindestens für garnicht wenige.')).toEqual([
      ['vorallem', 'error', 'vor allem'],
      ['zumindestens', 'error', 'zumindest'],
      ['garnicht', 'error', 'gar nicht']
    ])
    // Wieder|stand would pass as a compound; Rhytmus and Maschiene looked like names (a short word, a slip at the ending).
    expect(await graded('Der Wiederstand wuchs, der Rhytmus stockte, die Maschiene stand.')).toEqual([
      ['Wiederstand', 'error', 'Widerstand'],
      ['Rhytmus', 'error', 'Rhythmus'],
      ['Maschiene', 'error', 'Maschine']
    ])
  })

  it('knows the Austrian words in de-AT only', async () => {
    expect((await getSpeller('de-AT')).check('Wissenschafter')).toBe(true)
    expect(await spelling('Die Wissenschafter forschen seit Jänner.', 'de-AT')).toEqual([])
  })
})

describe('spelling rule', () => {
  it('reports a typo with its correction and leaves the correct text alone', async () => {
    expect(await spelling('Die Abgeordnten stimmten zu. Die Abgeordneten gingen.')).toEqual([['Abgeordnten', 'Abgeordneten']])
    expect(await spelling('Die Abgeordneten stimmten dem Antrag der Bundesregierung zu.')).toEqual([])
  })

  it('finds a missing or doubled letter inside an -isch adjective, not an adjective from a name', async () => {
    expect(await spelling('Die Form ist asymetrisch. Die ameriknischen Truppen kamen.')).toEqual([
      ['asymetrisch', 'asymmetrisch'],
      ['ameriknischen', 'amerikanischen']
    ])
    expect(await spelling('Die steirische und die jemenitische Regierung sprachen.')).toEqual([])
  })

  it('writes ß in de-DE and de-AT, ss in de-CH', async () => {
    expect(await spelling('Die Hauptstrasse ist gesperrt.', 'de-DE')).toEqual([['Hauptstrasse', 'Hauptstraße']])
    expect(await spelling('Die Hauptstrasse ist gesperrt.', 'de-AT')).toEqual([['Hauptstrasse', 'Hauptstraße']])
    expect(await spelling('Die Hauptstraße ist gesperrt.', 'de-CH')).toEqual([['Hauptstraße', 'Hauptstrasse']])
    expect(await spelling('Die Hauptstrasse ist gesperrt, die grösseren Städte warten.', 'de-CH')).toEqual([])
    expect(await spelling('Er war sich dessen bewußt.', 'de-DE')).toEqual([['bewußt', 'bewusst']])
  })

  it('points out typos that hide as compounds, as info, and leaves real compounds alone', async () => {
    const messages = await lint('Der Zug hielt am Hautbahnhof.', {rules: onlySpelling})
    expect(messages.map((m) => [m.actual, m.severity, m.expected[0]])).toEqual([['Hautbahnhof', 'info', 'Hauptbahnhof']])
    const clean = 'Der Dienstwagen stand am Hauptbahnhof. Die Trockenheit und der Zusammenhang der Ermittlungen in den Bundesländern.'
    expect(await spelling(clean)).toEqual([])
  })

  it('finds typos that only korrektor\'s own compounding would accept', async () => {
    // Werkt + satt would pass as a compound; Werkstatt is one edit away.
    expect(await spelling('Die Demonstanten zogen vor die Werktsatt.')).toEqual([
      ['Demonstanten', 'Demonstranten'],
      ['Werktsatt', 'Werkstatt']
    ])
    expect(await spelling('Der Bürgermeister sprach über das Aussitzen der Krise und den Ukrainekrieg.')).toEqual([])
  })

  it('flags a stray accent in a German word, not in foreign names', async () => {
    expect(await spelling('Er kam anschließénd nach Hause.')).toEqual([['anschließénd', 'anschließend']])
    expect(await spelling('Er reiste nach Montréal und traf José Sánchez.')).toEqual([])
    // The dead key ´ in a long capitalised word with a German ending; an accented u or o for the umlaut.
    expect(await spelling('Die Entwícklung der Schauspielerín wurde gegrúndet und gehôrte dazu.')).toEqual([
      ['Entwícklung', 'Entwicklung'],
      ['Schauspielerín', 'Schauspielerin'],
      ['gegrúndet', 'gegründet'],
      ['gehôrte', 'gehörte']
    ])
    // French and Spanish words and names keep their accents: next to a name, Dé-/Ré-/Pré-, -ión, short words.
    expect(await spelling('Das Département wurde geteilt. Die Révolution begann. Die División spielt. Im Département Yvelines brannte es.')).toEqual([])
    expect(await spelling('Die Primera División und der Torjäger Adrián Martínez trafen André in Orléans.')).toEqual([])
  })

  it('does not let a lower-case typo pass as a compound ending in a noun', async () => {
    // italiene|Nische, wissenschaft|Leiche, über|trag|Ben: lower-case compounds end in lower-case words.
    expect(await spelling('Die italienenische Küche und die wissenschaftleiche Arbeit wurden übertragben.')).toEqual([
      ['italienenische', 'italienische'],
      ['wissenschaftleiche', 'wissenschaftliche'],
      ['übertragben', 'übertragen']
    ])
    expect((await lintRule('spelling', 'Das war miteinanden abgesprochen.')).map((m) => [m.actual, m.severity])).toEqual([['miteinanden', 'warning']])
    // Adverbs in -s, numerals, English loans with German endings stay.
    expect(await spelling('Er kam untertags und vormittags; hunderttausender Menschen sahen ein geleaktes Foto.')).toEqual([])
  })

  it('reads a sentence-initial word as the lower-case word it is, also with a slip at its ending', async () => {
    // Adverbs take no endings, so a slip there is no name: Zunächat, Allerdins.
    expect(await graded('Zunächat kam der Regen. Allerdins blieb es warm.')).toEqual([
      ['Zunächat', 'error', 'Zunächst'],
      ['Allerdins', 'error', 'Allerdings']
    ])
    // Not for words with endings (verbs, adjectives): a name may differ there.
    expect(await spelling('Wechselm sagte nichts. Schwarzes blieb stumm.')).toEqual([])
  })

  it('finds a slip in a capitalised word that passes as prefix plus word', async () => {
    // ver + Binding would be a derivation; Verbindung is one slip away (a warning: it could be a name).
    expect(await graded('Die Verbinding war schlecht, das Aufblühen des Handels kam spät.')).toEqual([['Verbinding', 'warning', 'Verbindung']])
  })

  it('leaves valid words of LLM news summaries alone that looked like typos', async () => {
    // A verb written as a noun from words (eis + laufen), not Einlaufen.
    expect(await spelling('Das Eislaufen macht der Familie Spaß.')).toEqual([])
    // The people of a country the text names are no typo for the country.
    expect(await spelling('Bulgarien führt den Euro ein. Bulgarien ist bereit. Viele Bulgaren freuen sich.')).toEqual([])
    // Umlauts of plurals and the Konjunktiv: Grabmal → Grabmäler; no error for klängen.
    expect(await graded('Die Grabmäler der Könige sind alt. Die Pläne klängen gut.')).not.toContainEqual(expect.arrayContaining(['error']))
    expect(await spelling('Die Grabmäler der Könige sind alt.')).toEqual([])
    // A surname after a first name (Herr + Mann is no slip for Hermann); a name after seit is no month.
    expect(await spelling('Innenminister Joachim Herrmann sprach, seit Merz Bundeskanzler ist.')).toEqual([])
    // Typos stay typos: a month where a date stands, an umlaut typed into a word.
    expect(await spelling('Seit Merz 2020 gilt die Regel. Der Nachfölger kam.')).toEqual([
      ['Merz', 'März'],
      ['Nachfölger', 'Nachfolger']
    ])
  })

  it('checks the German part after a brand or a newer word (Corona-, iPhone-)', async () => {
    expect(await spelling('Die Corona-Pandamie und die iPhone-Gegerationen.')).toEqual([
      ['Pandamie', 'Pandemie'],
      ['Gegerationen', 'Generationen']
    ])
    expect(await spelling('Der Brexit, die Inzidenz, Covid und Omikron; die iPhone-Generationen.')).toEqual([])
  })

  it('puts a very frequent word of the house lists first among equally close corrections', async () => {
    // Prozent before Produzent, Gemeinde before Gebende.
    expect(await spelling('Die Steuer stieg um drei Prouzent. Die Gebeinde hat beschlossen.')).toEqual([
      ['Prouzent', 'Prozent'],
      ['Gebeinde', 'Gemeinde']
    ])
  })

  it('corrects a long capitalised word before a name to a compound', async () => {
    // Twelve letters and more: no first name, so a title or noun before a name (Zeitschrift Neue Welt).
    expect(await spelling('Sie schreibt für die Zeitschbrift Neue Welt.')).toEqual([['Zeitschbrift', 'Zeitschrift']])
    // Shorter words before a name may be first names.
    expect(await spelling('Sie traf Zeitschr Neumann.')).toEqual([])
  })

  it('takes the document as evidence: a correction used more often than the typo', async () => {
    const text = 'Russlands Armee rückt vor. Ruslands Führung schweigt. Russlands Nachbarn sind besorgt.'
    expect(await spelling(text)).toEqual([['Ruslands', 'Russlands']])
    // Two people, each named once: no evidence which spelling is wrong.
    expect(await spelling('Michal Novak traf Michael Weber.')).toEqual([])
  })

  it('takes a slip in the ending of a lower-case adjective at the start of a sentence for a typo, not a name', async () => {
    expect(await graded('Gleichzeitg warnte sie vor Risiken.')).toEqual([['Gleichzeitg', 'error', 'Gleichzeitig']])
    expect(await graded('Ludwig warnte sie vor Risiken.')).toEqual([])
  })

  it('corrects a verb form whose last letter leaves its infinitive (ermittlet: ermittelt before ermittle)', async () => {
    expect(await graded('Die Polizei ermittlet in dem Fall.')).toEqual([['ermittlet', 'error', 'ermittelt']])
  })

  it('leaves the Konjunktiv II of strong verbs alone, not participles or adjectives with a wrong umlaut', async () => {
    expect(await graded('Die Pläne klängen gut, sagte er; wenn sie es erführen, böte sich eine Lösung.')).toEqual([])
    expect((await graded('Das Spiel wurde ausgeträgen, eine histörische Wende.')).map(([word]) => word)).toEqual(['ausgeträgen', 'histörische'])
    // Taiwanesisch is as right as taiwanisch (Duden).
    expect(await graded('Die taiwanesische Regierung protestierte.')).toEqual([])
  })

  it('takes a noun after the article das for no name (das is no name particle here)', async () => {
    expect(await graded('Er nannte das Problme beim Namen.')).toEqual([['Problme', 'error', 'Problem']])
    expect(await graded('Wir warten auf das Ergebniss der Wahl.')).toEqual([['Ergebniss', 'error', 'Ergebnis']])
    // Name particles still mark a name: after zu, Guttenberg (one slip from Gutenberg) is only a warning, not an error.
    expect(await graded('Sie traf Karl-Theodor zu Guttenberg und Louis van Gaal.')).toEqual([['Guttenberg', 'warning', 'Gutenberg']])
  })

  it('takes a short capitalised word one slip from a country news names most for a typo', async () => {
    expect(await graded('In der Ukarine wird weiter gekämpft.')).toEqual([['Ukarine', 'error', 'Ukraine']])
    expect(await graded('Die Lage in Italein bleibt unklar.')).toEqual([['Italein', 'error', 'Italien']])
    // Valid words and names near them stay alone.
    expect(await graded('Die Ukrainer und die Spanier feierten, Ursula Italiano gratulierte.')).toEqual([])
  })

  it('takes a word one slip from a very frequent noun or country for a typo also before a capitalised word, where it may be a first name', async () => {
    expect(await graded('Ruslands Präsident schwieg.')).toEqual([['Ruslands', 'error', 'Russlands']])
    expect(await graded('Auch Minsiter Kogler kam.')).toEqual([['Minsiter', 'error', 'Minister']])
    // From seven letters also one wrong letter that is no neighbouring key (e for a); in shorter words such a letter may make a name (Kinper).
    expect(await graded('Die Femilie lebt dort.')).toEqual([['Femilie', 'error', 'Familie']])
    expect(await graded('Die Kinper spielen.')).toEqual([])
    // After another capitalised word it is a surname: left alone or a warning, never an error.
    expect((await graded('Sie traf Anna Familei und Peter Prozet.')).filter(([, severity]) => severity === 'error')).toEqual([])
  })

  it('takes a noun in -ung from a dictionary verb for a word, not one from a past form', async () => {
    expect(await graded('Die Projektierung erfolgte, weitere Stürmungen folgten.')).toEqual([])
    // auflösten and darstellten are past forms: no noun is made from them.
    expect((await graded('Die Auflöstung und die Darstelltung.')).map(([word]) => word)).toEqual(['Auflöstung', 'Darstelltung'])
  })

  it('corrects a compound only our compounding accepts to a dictionary word, not to a compound Hunspell builds', async () => {
    // Schrottgewehr and Soziallistenflügels are compounds Hunspell builds, no dictionary words: no evidence of a slip.
    expect(await graded('Er kaufte ein Schrotgewehr für den Sozialistenflügel.')).toEqual([])
    expect(await graded('Die Mannschafft spielte.')).toEqual([['Mannschafft', 'error', 'Mannschaft']])
  })

  it('inflects feminine house words in -in with -innen', async () => {
    expect(await graded('Liebe Zuseherinnen und Zuseher!', 'de-AT')).toEqual([])
    // No other ending for them: the correction offered is the plural alone (not Zuseherinem, Zuseheriner).
    const [message] = await lint('Liebe Zuseherinen!', {language: 'de-AT', rules: only('spelling', 'error')})
    expect(message.expected).toEqual(['Zuseherinnen'])
  })

  it('takes no word next to an abstract noun for a first name or surname (Ruslands Regierung)', async () => {
    // A noun in -ung, -heit, -keit, -schaft, -tion, -tät or -ismus is no name: the word before or after it is no surname.
    expect(await graded('Ruslands Regierung tagte lange.')).toEqual([['Ruslands', 'error', 'Russlands']])
    expect(await graded('Gestern tagte die Regierung Ruslands.')).toEqual([['Ruslands', 'error', 'Russlands']])
    // Names after such a noun without a close word stay alone.
    expect(await graded('Die Regierung Netanjahus wankt, die Koalition Orbáns hält, die Präsidentschaft Trumps endete.')).toEqual([])
  })

  it('leaves names alone: surnames with ss, foreign letters, short capitalised words', async () => {
    expect(await spelling('Trainer Peter Gross lobte die Mannschaft. Gross sagte, es sei knapp.')).toEqual([])
    expect(await spelling('Präsident Erdoğan reiste nach Kursk.')).toEqual([])
  })

  it('accepts words from the configuration, also inflected and inside compounds', async () => {
    const plain = await getSpeller('de-DE')
    const house = await getSpeller('de-DE', ['Fluxkompensator'])
    for (const word of ['Fluxkompensator', 'Fluxkompensatoren', 'Fluxkompensators', 'Fluxkompensatorbau', 'Zeitfluxkompensator']) {
      expect(plain.check(word), word).toBe(false)
      expect(house.check(word), word).toBe(true)
    }
    expect(house.check('Fluxkompensatr')).toBe(false)
  })

  it('positions are exact after umlauts, CRLF, NFD and soft hyphens', async () => {
    const nfd = 'Über die Änderung\r\nsprach der Bürgermeister am Donnnerstag.'.normalize('NFD')
    const messages = await lint(nfd, {rules: onlySpelling})
    expect(messages).toHaveLength(1)
    expect(messages[0].line).toBe(2)
    expect(nfd.slice(messages[0].offset, messages[0].endOffset)).toBe('Donnnerstag')
    const soft = 'Am Don\u00ADnerstag kam die Bundes\u00ADregierung zusammen.'
    expect(await spelling(soft)).toEqual([])
  })

  it('reads a word with the break mark ¬ without it, and still finds its typos', async () => {
    // The mark itself is broken-hyphenation's; the word is one word, not two (inter¬nationale is no English inter).
    expect(await lint('Das Verfahren wurde ent\u00ACwickelt und von der inter\u00ACnationalen Presse gelobt.', {rules: {}})).toMatchObject([
      {ruleId: 'broken-hyphenation', actual: 'ent\u00ACwickelt', expected: ['entwickelt']},
      {ruleId: 'broken-hyphenation', actual: 'inter\u00ACnationalen', expected: ['internationalen']}
    ])
    const typo = 'Es wurde ent\u00ACwickkelt.'
    const [message] = await lint(typo, {rules: onlySpelling})
    expect(message).toMatchObject({ruleId: 'spelling', expected: ['entwickelt']})
    expect(typo.slice(message.offset, message.endOffset)).toBe('ent\u00ACwickkelt')
  })

  it('takes house words from the config file found by the CLI', async () => {
    const text = 'Die Abgeordnten stimmten zu.\n'
    const configured = tempDir({'a.txt': text, '.korrektorrc.json': JSON.stringify({words: ['Abgeordnten']})})
    expect((await cli(['--format', 'json', 'a.txt'], {cwd: configured})).code).toBe(0)
    const plain = await cli(['--format', 'json', 'a.txt'], {cwd: tempDir({'a.txt': text})})
    expect(plain.code).toBe(1)
    expect(plain.stdout).toContain('"ruleId":"spelling"')
  })
})

/** Messages of the spelling rule with the severity each finding gets (the rule's default levels). */
async function graded(text: string, language: Language = 'de-DE') {
  const messages = await lint(text, {language, rules: only('spelling', 'error')})
  return messages.map((m) => [m.actual, m.severity, m.expected[0]])
}

describe('spelling: typos further away, graded by evidence', () => {
  it('weighs slips as people make them (typoCost)', async () => {
    const {typoCost} = await import('../src/lang/speller.js')
    expect(typoCost('Donnnerstag', 'Donnerstag')).toBe(1) // doubled letter
    expect(typoCost('Strasse', 'Straße')).toBe(1)
    expect(typoCost('Aktivititäten', 'Aktivitäten')).toBe(2) // a syllable typed twice
    expect(typoCost('italienienischer', 'italienischer')).toBe(2)
    expect(typoCost('Allderings', 'Allerdings')).toBe(2) // a letter moved by two places
    expect(typoCost('verschiedsten', 'verschiedensten')).toBe(2.5) // a common pair left out
    expect(typoCost('Bavölkerung', 'Bevölkerung')).toBe(2.5) // a far key
    expect(typoCost('Stamminger', 'Stammender')).toBeGreaterThan(3) // a name, not a slip
  })

  it('finds corrections two slips away in the dictionary itself', async () => {
    const speller = await getSpeller('de-DE')
    const first = (word: string) => speller.distantSuggestions(word)[0]?.word
    expect(first('Aktivititäten')).toBe('Aktivitäten')
    expect(first('Allderings')).toBe('Allerdings')
    expect(first('Archikten')).toBe('Architekten')
    expect(first('organiert')).toBe('organisiert')
    expect(first('stellvertetend')).toBe('stellvertretend')
    expect(speller.distantSuggestions('Trezeguet')).toEqual([])
  })

  it('finds the same corrections within a cost bound as without it (the bound only saves work)', async () => {
    const speller = await getSpeller('de-DE')
    for (const word of ['Aktivititäten', 'Allderings', 'Archikten', 'organiert', 'stellvertetend', 'beeinhaltet', 'Anererkennung', 'Bavölkerung', 'Infrasturkur']) {
      for (const [keepEnd, maxCost] of [[0, 2], [0, 3], [2, 2.5], [2, 3], [3, 3.5]]) {
        const bounded = speller.distantSuggestions(word, keepEnd, maxCost)
        expect(bounded.every((s) => s.cost <= maxCost)).toBe(true)
        expect(bounded.map((s) => s.word)).toEqual(
          speller
            .distantSuggestions(word, keepEnd)
            .filter((s) => s.cost <= maxCost)
            .map((s) => s.word)
        )
      }
    }
    // A doubled letter before the place where the word stops looking like a stem (bee|inhaltet).
    expect(speller.distantSuggestions('beeinhaltet', 2, 2.5).map((s) => s.word)).toEqual(['beinhaltet'])
  })

  it('reports two-slip typos as info with the correction, unknown lower-case words as info without', async () => {
    expect(await graded('Die Aktivititäten der Gruppe und die Anererkennung. Die konfligierende Lage blieb.')).toEqual([
      ['Aktivititäten', 'info', 'Aktivitäten'],
      ['Anererkennung', 'info', 'Anerkennung'],
      ['konfligierende', 'info', undefined]
    ])
    // Names: short capitalised words, names before and after names, adjectives from names, words used twice.
    expect(await graded('Trezeguet und Mourinho sprachen. Die steirische Regierung tagte. Die Kreuzbarkeit und die Kreuzbarkeit.')).toEqual([])
  })

  it('grades a capitalised word in a list of capitalised words as a warning: line-ups are names', async () => {
    expect(await graded('Salzburg: Walke – Schwegler, Miranda, Ulmer. Das Spiel endete.')).toEqual([['Schwegler', 'warning', 'Schwelger']])
    expect(await graded('Am Abend sprach Schwegler über das Spiel.')).toEqual([['Schwegler', 'error', 'Schwelger']])
  })

  it('grades weaker evidence in capitalised words as a warning', async () => {
    expect(await graded('Das Justizminisrerium prüft. Der Hurrikan Kathrina traf New Orleans. Er lebt in Deutschlanbd.')).toEqual([
      ['Justizminisrerium', 'warning', 'Justizministerium'],
      ['Kathrina', 'warning', 'Katharina'],
      ['Deutschlanbd', 'warning', 'Deutschland']
    ])
  })

  it('reports Cyrillic or Greek look-alike letters inside a Latin word, not Greek letters standing alone', async () => {
    const messages = await lint('Die St\u0430dt liegt im Jahrhunder\u0435s.', {rules: onlySpelling})
    expect(messages.map((m) => [m.actual, m.severity, m.expected[0], m.message])).toEqual([
      ['St\u0430dt', 'error', 'Stadt', 'Fremdes Schriftzeichen im Wort „St\u0430dt“: „\u0430“ (kyrillisch).'],
      ['Jahrhunder\u0435s', 'error', 'Jahrhunderts', 'Fremdes Schriftzeichen im Wort „Jahrhunder\u0435s“: „\u0435“ (kyrillisch).']
    ])
    expect(await graded('Beim β-Zerfall und bei α-Teilchen; die Partei ΣΥΡΙΖΑ tagte in Москва.')).toEqual([])
  })

  it('takes a capitalised word one slip from a very frequent noun for that noun, also where it reads as prefix plus word', async () => {
    expect(await graded('Eine klare Anwort blieb aus, zum Bespiel beim Haushalt.')).toEqual([
      ['Anwort', 'error', 'Antwort'],
      ['Bespiel', 'error', 'Beispiel']
    ])
  })

  it('counts ß for s as a near slip when ranking', async () => {
    expect(await graded('Die Außzeichnung kam.')).toEqual([['Außzeichnung', 'error', 'Auszeichnung']])
  })

  it('puts an adjective correction in the form the determiner before it asks for', async () => {
    expect(await graded('Aus dem gleichgnamige Ort, von einer politsche Partei, der politsche Wille.')).toEqual([
      ['gleichgnamige', 'error', 'gleichnamigen'],
      ['politsche', 'error', 'politischen'],
      ['politsche', 'error', 'politische']
    ])
    // eine asks for -e; a relative pronoun after a comma asks for nothing (den kleine Firmen zahlen).
    expect(await graded('Sie gründeten eine politschen Partei.')).toEqual([['politschen', 'error', 'politische']])
    expect(await graded('Der Preis, den kleinne Firmen zahlen, steigt.')).toEqual([['kleinne', 'error', 'kleine']])
    // Also for corrections two slips away (info).
    expect(await graded('Von den mililitärische Zielen.')).toEqual([['mililitärische', 'info', 'militärischen']])
  })

  it('takes the first two letters of a lower-case word as swapped only when nothing else is near', async () => {
    expect(await graded('Sie öknnen kommen.')).toEqual([['öknnen', 'error', 'können']])
    // bazeichnet: bezeichnet (two slips away, info) before abzeichnet (swapped start).
    expect(await graded('Es wird bazeichnet.')).toEqual([['bazeichnet', 'info', 'bezeichnet']])
  })

  it('finds a space lost after a function word, not after a prefix', async () => {
    expect(await graded('Er kam nocheinmal, um dengroßen Preis zu holen.')).toEqual([
      ['nocheinmal', 'error', 'noch einmal'],
      ['dengroßen', 'error', 'den großen']
    ])
    expect(await graded('Die Dosen wurden umetikettiert, die Firma umfirmiert.')).toEqual([])
  })

  it('takes another ending of a word without endings for a typo, not a participle the dictionary lacks forms of', async () => {
    expect(await graded('Das war möglicherweis falsch.')).toEqual([['möglicherweis', 'error', 'möglicherweise']])
    expect(await graded('Die ausgespähte Wohnung war leer.')).not.toContainEqual(expect.arrayContaining(['error']))
  })

  it('joins the particles of separable verbs to any verb form, zu-infinitives too', async () => {
    expect(await graded('Sie drohten aufeinanderzuprallen, statt beisammenzusitzen; er hat es rübergereicht, um den Text fertigzuschreiben.')).toEqual([])
  })

  it('corrects the verb of a separable zu-infinitive and puts particle and zu back', async () => {
    expect(await graded('Sie wollten die Löhne mitzuverhandlen und die Liste anzuführne.')).toEqual([
      ['mitzuverhandlen', 'error', 'mitzuverhandeln'],
      ['anzuführne', 'error', 'anzuführen']
    ])
  })

  it('reports a stray character typed into a word, not gender marks, slashes or a lost space', async () => {
    expect(await graded('Die Universit#t kam sp§ter, die a,erikanische Presse bere≠its.')).toEqual([
      ['Universit#t', 'error', 'Universität'],
      ['sp§ter', 'error', 'später'],
      ['a,erikanische', 'error', 'amerikanische'],
      ['bere≠its', 'error', 'bereits']
    ])
    expect(await graded('Die Lehrer*innen und/oder die Lehrer:innen gingen links,rechts und mehr,aber gut.')).toEqual([])
  })

  it('reports a full stop typed into a word, not abbreviations or a lost space', async () => {
    expect(await graded('Im Nordwe.sten wurde der Plan v.eröffentlicht.')).toEqual([
      ['Nordwe.sten', 'error', 'Nordwesten'],
      ['v.eröffentlicht', 'error', 'veröffentlicht']
    ])
    expect(await graded('Das gilt z.B. und u.a. bzw.die Stadt, etwa laut Dr.med. Meier.')).toEqual([])
  })

  it('reports an inseparable prefix before a participle ge- or typed twice, not separable particles', async () => {
    expect(await graded('Das Geld wurde vergewendet, das Projekt ententwickelt.')).toEqual([
      ['vergewendet', 'error', 'verwendet'],
      ['ententwickelt', 'error', 'entwickelt']
    ])
    expect(await graded('Die Gäste wurden angetanzt, die Missstände gegeißelt, der Zug war angerollt.')).toEqual([])
  })

  it('places an undoubled or doubled letter at the start of its run: inside the word, not at its ending', async () => {
    // Betre|u|ung, not Betreu|u|ng: the slip lies inside the word, where names and nouns do not differ.
    expect(await graded('Die Betreung der Kinder und die Erzieherinnnen.')).toEqual([
      ['Betreung', 'error', 'Betreuung'],
      ['Erzieherinnnen', 'error', 'Erzieherinnen']
    ])
  })

  it('checks the unknown part of a hyphenated compound alone', async () => {
    expect(await graded('Die US-amerkanische Regierung und Ex-Bürgrermeister Häupl.')).toEqual([
      ['amerkanische', 'info', 'amerikanische'],
      ['Bürgrermeister', 'error', 'Bürgermeister']
    ])
    // A name after a name particle is at most a warning; a compound with several unknown parts is a name.
    expect(await graded('Karl-Theodor zu Guttenberg und Müller-Lüdenscheidt kamen.')).toEqual([['Guttenberg', 'warning', 'Gutenberg']])
  })

  it('finds old spelling, months and weekdays in dates, digits and Greek beta inside words', async () => {
    expect(await graded('Er sagte, daß sie es bewußt taten. Im Septmber 2015 und am Donnestag. Die Universi9tät. Auβerdem nicht.')).toEqual([
      ['daß', 'error', 'dass'],
      ['bewußt', 'error', 'bewusst'],
      ['Septmber', 'error', 'September'],
      ['Donnestag', 'error', 'Donnerstag'],
      ['Universi9tät', 'error', 'Universität'],
      ['Auβerdem', 'error', 'Außerdem']
    ])
    // A capitalised compound may be a proper name that keeps the old spelling: a warning.
    expect(await graded('Die Waldschlößchenbrücke steht.')).toEqual([['Waldschlößchenbrücke', 'warning', 'Waldschlösschenbrücke']])
    // ß after a long vowel or diphthong is right; quotations keep their spelling; a name is no month.
    expect(await graded('Die Reißzähne sind lang. „Ich weiß, daß es schwer wird“, schrieb er. Julia kam im Juli. Im Julia-Park.')).toEqual([])
    // A short past form with its particle is today's spelling (not eins|ass); a surname after a first name keeps its ß.
    expect(await graded('Das Gefängnis, in dem er einsaß, und der Teller, den sie aufaß. Es sprach Karin Haß.')).toEqual([])
    // Other short words are not split after a particle: abher stays a typo.
    expect(await graded('Er sagte, daß er abher kam.')).toEqual([
      ['daß', 'error', 'dass'],
      ['abher', 'error', 'aber']
    ])
    expect(await graded('Die G20-Gipfel und Covid19 und das A4-Blatt.')).toEqual([])
    // A digit before a single letter, or typed with a neighbouring letter; not acronyms with a plural (MP3s).
    expect(await graded('Die ander4n kamen anschlie0eßend. Sie hörten MP3s und U21er.')).toEqual([
      ['ander4n', 'error', 'andern'],
      ['anschlie0eßend', 'error', 'anschließend']
    ])
  })

  it('builds compounds only from base forms, never from function words', async () => {
    const speller = await getSpeller('de-DE')
    for (const word of ['Außersdem', 'Spieltklasse', 'Eintwicklung', 'Zusammanhang']) expect(speller.check(word), word).toBe(false)
    for (const word of ['Verpflichtungserklärung', 'Tötungsabsicht', 'vorbeikam', 'zurechtkam', 'nichtjüdische', 'nachzureisen', 'Ukrainekrieg', 'Bürgermeisterwahl', 'Kunstschaffenden']) {
      expect(speller.check(word), word).toBe(true)
    }
    expect(await graded('Die Wissenschafftspublikationen erschienen.')).toEqual([['Wissenschafftspublikationen', 'warning', 'Wissenschaftspublikationen']])
    // After a verb particle only such a light slip counts (particles join freely), unless a word without endings is one slip away.
    expect(await graded('Das gilt beispielsweide für alle.')).toEqual([['beispielsweide', 'warning', 'beispielsweise']])
    expect(await graded('Sie kamen untertags, weil alle mithalfen.')).toEqual([])
    // c for k is a name's other spelling, not a slip: Viktoriasee next to the dictionary's Victoriasee.
    expect(await graded('Proben aus dem Viktoriasee.')).toEqual([])
  })

  it('writes umlauts typed as ae, oe, ue in lower-case words, not in names', async () => {
    expect(await graded('Das gilt fuer alle oesterreichischen Firmen, gegruendet 1990.')).toEqual([
      ['fuer', 'error', 'für'],
      ['oesterreichischen', 'error', 'österreichischen'],
      ['gegruendet', 'error', 'gegründet']
    ])
    // Names keep their spelling; words with ue that are German stay alone.
    expect(await graded('Robert Mueller und das Friedrich-Loeffler-Institut. Die Statuen im Duell, die neue Steuer.')).toEqual([])
  })

  it('takes no lower-case word for prefix plus noun, and no noun for an English loan', async () => {
    expect(await graded('Die Firma befinder sich in Graz.')).toEqual([['befinder', 'error', 'befindet']])
    expect(await graded('Die internationalern Gäste kamen.')).toEqual([['internationalern', 'error', 'internationalen']])
    // Verb and adjective loans stay German usage.
    expect(await graded('Sie hat es gepostet, gestreamt und geliked; der immersiven Wirkung wegen.')).toEqual([])
  })

  it('takes a three-letter English stem for a loan only when it is a verb', async () => {
    // gefixt, gejobbt, getoppt: fix, job, top are English verbs.
    expect(await graded('Er hat den Fehler gefixt, früher gejobbt und alles getoppt.')).toEqual([])
    // aufge|nonn|en: "non" is no verb, so the word is a typo (two slips from aufgenommen: a hint).
    expect(await graded('Die Gäste wurden freundlich aufgenonnen.')).toEqual([['aufgenonnen', 'info', 'aufgenommen']])
  })

  it('checks the tail after an Ergänzungsstrich as the noun it is', async () => {
    expect(await graded('Es geht um Steuerbetrug und -vermeidung, Asylwerberinnen und -werber.')).toEqual([])
    // A tail that is no noun either is still checked.
    expect((await graded('Es geht um Steuerbetrug und -vermeidunk.')).map(([word]) => word)).toEqual(['vermeidunk'])
  })

  it('finds a space lost before a function word, not in participles or surnames', async () => {
    expect(await graded('Das Land wurde gegründetund wuchs, in Deutschlandmit seinen Ländern und im Verteidigungs-und Finanzsektor.')).toEqual([
      ['gegründetund', 'error', 'gegründet und'],
      ['Deutschlandmit', 'error', 'Deutschland mit'],
      ['Verteidigungs-und', 'error', 'Verteidigungs- und']
    ])
    expect(await graded('Die Alleinlebenden und Asylwerbenden trafen Ministerin Gitta Trauernicht.')).toEqual([])
    // One slip explains the word as well: that correction first, the split second.
    const [message] = await lintRule('spelling', 'Der Vorsitzernder kam.', {language: 'de-DE'}, 'error')
    expect(message.expected).toEqual(['Vorsitzender', 'Vorsitzern der'])
  })

  it('accepts short colloquial verb forms with -s, not an adjective or a long form', async () => {
    expect(await graded('Wie gehts? Da gibts nichts. Klappts? Ists wahr?')).toEqual([])
    // An adjective in -er without its e, as German inflects it (makaber: ein makabrer Sport).
    expect(await graded('Ein makabrer Sport mit makabren Zügen.')).toEqual([])
    expect((await graded('Er kam breits gestern und hat es veröffentlichts.')).map(([word]) => word)).toEqual(['breits', 'veröffentlichts'])
  })
})
