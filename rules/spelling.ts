/**
 * spelling: words that are not German, with suggestions, graded by evidence.
 *
 * Engine: Hunspell (WebAssembly) with the dictionary of the language variant,
 * house lists (`dictionaries/spelling-accept.txt`, `spelling-prohibit.txt`)
 * and the config's `words`/`dictionaries`; compounds of known words (base
 * forms with linking elements), hyphenated compounds and gender forms are
 * accepted (src/lang/speller.ts).
 *
 * What the rule decides:
 * - error: a prohibited form (`Standart`), old orthography (`daß`), the
 *   variant's s-spelling (`Strasse`), a month or weekday misspelt where a
 *   date stands (`im Septmber`), a digit or Greek beta inside a word, and an
 *   unknown word one slip from a correction (never in the first letter,
 *   where typos are rare but other words are many: `posten`/`kosten`); a
 *   correction the document itself uses ranks first and is the strongest
 *   evidence (`Ruslands` in a text about `Russlands`); a capitalised word
 *   that stands alone one slip from a very frequent noun of the house list
 *   (`Ruslands Präsident`, `Familei`, `Millonen`);
 * - warning ("Tippfehler oder Name?"): the same in a capitalised word with
 *   weaker evidence – after another capitalised word or a name particle
 *   (`Hurrikan Kathrina`, `zu Guttenberg`), a broken ending
 *   (`Deutschlanbd`), a far key in a derived word, a slip in the last part
 *   of a compound (`Justizminisrerium`), a doubled letter that only our own
 *   compounding would accept (`Wissenschafftspublikationen`);
 * - info: a correction two slips away (`Aktivititäten`, distantSuggestions
 *   in the speller, ranked by typoCost); an unknown lower-case word used
 *   once with no correction ("nicht im Wörterbuch"); a typo hiding as a
 *   valid compound (`Hautbahnhof`);
 * - silent, because not typos: derivations of known words without a close
 *   correction (`bissigere`, `Argentinier`, `gepostet`), adjectives from
 *   names (`steirische`), inflections of a word the text uses
 *   (`Koch-Mehrin`/`Koch-Mehrins`), capitalised words the text uses more
 *   than once or that precede another capitalised word (first names; from
 *   ten letters such a word may be a title, `Bürgrermeister Häupl`),
 *   lower-case words under 6 letters (hehre, kabel: too close to other
 *   words), capitalised words under 8 letters without the document's
 *   support (`Kursk` is not `Kurs`), words with letters German does not use
 *   (`Erdoğan`; but a stray accent in a German word is a typo:
 *   `Entwícklung`, `gegrúndet`), words in quotations without a close correction,
 *   hyphenation debris (`ge-gen`, left to broken-hyphenation);
 * - a capitalised word without the document's support is a typo only when
 *   the correction is a dictionary word (not a compound; from twelve
 *   letters also a compound, also before a name) and the edit is not in
 *   the last two letters (names and demonyms differ there:
 *   `Hinterseer`/`Hintersee`), unless it breaks a noun ending
 *   (`Ausstellumg`) or leaves letters no ending has;
 * - in a hyphenated compound whose other parts are known, the unknown part
 *   is checked alone (`US-amerkanische`);
 * - English words are left to `english-in-german`; acronyms, words with
 *   digits, camel case (`iPhone`), URLs, e-mails, handles are not spelling
 *   material.
 */
import {defineRule} from '../src/rule.js'
import {sentencesOf, tokensOf} from '../src/lang/nlcst.js'
import {ALPHABET, commonPrefix, commonSuffix, FAR_KEY, getSpeller, isUpper, lowerFirst, NearIndex, typoCost, upperFirst, type GermanSpeller} from '../src/lang/speller.js'
import {IN_WORD_DEBRIS, isAbbreviation} from '../src/lang/segment.js'
import {inRanges, quotedRanges} from '../src/lang/quotes.js'
import {MONTH_NAMES, WEEKDAY_NAMES} from '../src/lang/grounding.js'
import {dictionaryList} from '../src/lang/data.js'

// Invisible characters and the break mark ¬ inside a word are broken-hyphenation's: the word is checked without them.
const INVISIBLE_ALL = new RegExp(IN_WORD_DEBRIS.source, 'g')
// Cyrillic and Greek letters, and those that look like Latin ones.
const MIXED_SCRIPT = /[\u0370-\u03FF\u0400-\u04FF]/
const MIXED_SCRIPT_ALL = new RegExp(MIXED_SCRIPT.source, 'g')
const LOOK_ALIKE: Record<string, string> = Object.fromEntries(
  [...'аaеeоoрpсcуyхxіiѕsјjАAВBЕEКKМMНHОOРPСCТTХXΑAΒBΕEΖZΗHΙIΚKΜMΝNΟOΡPΤTΥYΧXοoνv'.matchAll(/(.)(.)/gu)].map((m) => [m[1], m[2]])
)
const MAX_WORD = 64
// Latin letters (Basic, Latin-1, Extended-A/B, Extended Additional) and
// combining marks; a plain range compiles much faster than \p{Script=Latin}.
const LATIN = /^[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF\u0300-\u036F'’-]+$/

interface Word {
  word: string
  start: number
  end: number
  /** After an Ergänzungsstrich, the tail of a compound: Steuerbetrug und -vermeidung. */
  tail?: boolean
  /** The word before it in the sentence, unless a comma stands before that one. */
  previous?: string
}

// Most tokens: plain letters of German, nothing to strip or normalise.
const PLAIN_WORD = /^[A-Za-zÄÖÜäöüß]{3,64}$/

/** Clean a word token for lookup; offsets stay on the visible word. */
function clean(raw: string, start: number): Word | undefined {
  if (PLAIN_WORD.test(raw)) return {word: raw, start, end: start + raw.length, tail: false, previous: undefined}
  let text = raw
  let from = start
  let to = start + raw.length
  while (/^['’-]/.test(text)) (text = text.slice(1)), from++
  if (/-$/.test(text)) return undefined // hanging hyphen or hyphenation debris (broken-hyphenation)
  while (/['’.]$/.test(text)) (text = text.slice(0, -1)), to--
  if (raw.endsWith('.') && isAbbreviation(raw.slice(0, -1).replace(INVISIBLE_ALL, ''))) return undefined
  const word = text.replace(INVISIBLE_ALL, '').normalize('NFC')
  // Shorter words are particles and abbreviations; longer ones are not words
  // (the longest German compounds in the news have some 40 letters).
  if (word.length < 3 || word.length > MAX_WORD) return undefined
  return {word, start: from, end: to, tail: false, previous: undefined}
}

// Marks between the items of a list or line-up.
const LIST_MARKS = new Set([',', ';', '–', '—', '-'])
/** A capitalised word token. */
const capitalWord = (token: {type: string; value: string} | undefined) => token?.type === 'word' && isUpper(token.value)
// Particles of names (van Gaal, zu Guttenberg, bin Salman); not `das` (Maria das Dores), German's neuter article.
const PARTICLES = new Set(['del', 'della', 'de', 'di', 'da', 'dos', 'van', 'von', 'le', 'la', 'al', 'el', 'bin', 'ibn', 'ben', 'abu', 'zu'])

const material = new Map<string, boolean>()

/** Not spelling material (cached per word: the checks are regular expressions, the words repeat). */
function notSpellingMaterial(word: string): boolean {
  let answer = material.get(word)
  if (answer === undefined) {
    answer = notMaterial(word)
    if (material.size > 100_000) material.clear()
    material.set(word, answer)
  }
  return answer
}

function notMaterial(word: string): boolean {
  return (
    PARTICLES.has(word) ||
    /^(?:al|el|ad|as|an|ar|at|az|ash|bin|ibn|abu)-/i.test(word) || // Arabic names: al-Assad
    /\p{L}['’]\p{L}/u.test(word) || // elisions and dialect: g’habt, McDonald's

    !LATIN.test(word) || // digits, other scripts, symbols
    /^[\p{Lu}\p{M}-]+$/u.test(word) || // acronyms: KCNA, FPÖ
    /\p{Lu}{2}/u.test(word.replace(/^\p{Lu}/u, '')) || // inner acronyms: ÖVP-nah
    /[.]/.test(word)
  )
}

const FUNCTION_WORDS = new Set('und oder aber der die das den dem des ein eine einer eines einem einen er sie es wir ihr sich ist sind war hat mit von für auf aus bei nach vor über unter wie als auch noch nur so da dann denn doch'.split(' '))
const functionWord = (word: string) => FUNCTION_WORDS.has(word.toLowerCase())

const ENDINGS = ['s', 'e', 'n', 'en', 'es', 'r', 'er', 'm', 'em']
/** Do the two words differ only by an inflection ending (Samani/Samanis)? */
function inflection(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a]
  return long.startsWith(short) && ENDINGS.includes(long.slice(short.length))
}

// A letter without its umlaut (sameFirst: Okonomie/Ökonomie; umlautDropped).
const BASE_LETTER: Record<string, string> = {ä: 'a', ö: 'o', ü: 'u', Ä: 'A', Ö: 'O', Ü: 'U'}
const first = (word: string) => {
  const letter = word.charAt(0).toLowerCase()
  return BASE_LETTER[letter] ?? letter
}
/** Same first letter, umlauts aside (Okonomie/Ökonomie). */
const sameFirst = (a: string, b: string) => first(a) === first(b)
/** The first two letters swapped, the rest the same (öknnen/können). */
const swappedStart = (a: string, b: string) => a.length === b.length && a.length >= 5 && a[0] === b[1] && a[1] === b[0] && a.slice(2) === b.slice(2)

// Letters German does not use: foreign names (Erdoğan, Łódź), left to the name rules.
const FOREIGN_LETTER = /[^a-zA-ZäöüÄÖÜß'’-]/

/** Accented vowels German does not use, each with the letters it may stand for: the plain vowel or, for a, o, u, the umlaut. */
const ACCENTED: Record<string, string[]> = {}
for (const [letters, plain, umlaut] of [['áàâ', 'a', 'ä'], ['éèêë', 'e', ''], ['íìîï', 'i', ''], ['óòôő', 'o', 'ö'], ['úùûű', 'u', 'ü']]) {
  // A double acute is an umlaut typed wrong (gehőrt): that first.
  for (const letter of letters) ACCENTED[letter] = 'őű'.includes(letter) ? [umlaut, plain] : umlaut ? [plain, umlaut] : [plain]
}
for (const letter of Object.keys(ACCENTED)) ACCENTED[letter.toUpperCase()] = ACCENTED[letter].map((l) => l.toUpperCase())

/** The word with at most two accented vowels replaced so that `accept` takes it (Entwícklung → Entwicklung, gegrúndet → gegründet). */
function withoutAccent(word: string, accept: (word: string) => boolean): string | undefined {
  const places = [...word].flatMap((ch, i) => (ACCENTED[ch] ? [i] : []))
  if (places.length === 0 || places.length > 2) return undefined
  const letters = [...word]
  let forms = ['']
  letters.forEach((ch, i) => (forms = forms.flatMap((form) => (places.includes(i) ? ACCENTED[ch].map((l) => form + l) : [form + ch]))))
  return forms.find((form) => !FOREIGN_LETTER.test(form) && accept(form))
}

// Endings of German nouns, adverbs and adjectives that names rarely have (Entwicklung, Historiker, Außerdem).
const GERMAN_ENDING = /(?:ung|ungen|heit|keit|keiten|schaft|ion|ionen|tät|täten|er|erin|ern|en|lich|ig|isch|ische[nmrs]?|dem|ent|enten)$/

const UMLAUT: Record<string, string> = {ae: 'ä', oe: 'ö', ue: 'ü', Ae: 'Ä', Oe: 'Ö', Ue: 'Ü'}
/**
 * The word with some of its `ae`, `oe`, `ue` written as umlauts, when
 * that is German (fuer → für, Oesterreich → Österreich): text typed or
 * converted without umlauts. At most three places are tried (eight forms).
 */
function withUmlauts(word: string, check: (word: string) => boolean): string | undefined {
  const places = [...word.matchAll(/[AOUaou]e/g)].map((match) => match.index)
  if (places.length === 0 || places.length > 3) return undefined
  for (let mask = 1; mask < 1 << places.length; mask++) {
    let form = ''
    let from = 0
    places.forEach((at, bit) => {
      if (!(mask & (1 << bit))) return
      form += word.slice(from, at) + UMLAUT[word.slice(at, at + 2)]
      from = at + 2
    })
    form += word.slice(from)
    if (check(form)) return form
  }
  return undefined
}

// Function words a lost space glues to the word before (gegründetund, Deutschlandmit).
const GLUED_TAILS = 'nicht wurde wird oder aber nach noch auch sich und der die das den dem des mit von für auf aus bei nur wie als'.split(' ')
/** The word split before a glued function word, when the part before it is a dictionary word of five letters or more. */
function gluedTail(word: string, speller: GermanSpeller): string | undefined {
  for (const tail of GLUED_TAILS) {
    if (word.length - tail.length < 5 || !word.endsWith(tail)) continue
    const head = word.slice(0, -tail.length)
    // A participle's ending is no article (Alleinleben|der is Alleinlebender, Kunstschaffen|den).
    if (head.endsWith('en') && tail.startsWith('de')) continue
    if (speller.inDictionary(head)) return `${head} ${tail}`
  }
  return undefined
}

const GLUED_HEADS = 'den dem des und oder mit von für auf aus bei nach noch auch nicht wie als'.split(' ')
/** A lower-case word split after a glued function word, when the rest is a dictionary word of five letters or more (dengroßen). */
function gluedHead(word: string, speller: GermanSpeller): string | undefined {
  if (!/^\p{Ll}/u.test(word)) return undefined
  for (const head of GLUED_HEADS) {
    if (word.length - head.length < 5 || !word.startsWith(head)) continue
    const rest = word.slice(head.length)
    if (speller.inDictionary(rest)) return `${head} ${rest}`
  }
  return undefined
}

// Determiners after which an attributive adjective ends in -en (dem großen, einer neuen, im alten).
const EN_DETERMINERS = new Set(
  'dem den des einem einen eines einer im am vom zum zur beim diesem diesen jenem jenen ihrem ihren seinem seinen unserem unseren meinem meinen deinem deinen keinem keinen welchem welchen allen'.split(' ')
)

// Determiners after which it ends in -e (eine neue; das is also a relative pronoun: das kleinen Firmen hilft).
const E_DETERMINERS = new Set(['eine'])

/**
 * After a determiner that asks for -en (dem, einer, im) or -e (eine), an
 * adjective correction with another ending is put in the form that fits
 * (dem gleichnamige → gleichnamigen), when the dictionary has it; that form
 * comes first. Forms without ending stay (dem staatlich geförderten: an
 * adverb).
 */
function agreeing(suggestions: string[], previous: string | undefined, speller: GermanSpeller): string[] {
  const best = suggestions[0]
  const determiner = previous?.toLowerCase()
  const ending = determiner === undefined ? undefined : EN_DETERMINERS.has(determiner) ? 'en' : E_DETERMINERS.has(determiner) ? 'e' : undefined
  const other = /\p{Ll}(e|en|er|es|em)$/u.exec(best)
  if (!ending || !other || other[1] === ending) return suggestions
  // An adjective: its stem takes all four endings (gleichnamig-e/-en/-er/-es; not hört-e, a verb after the pronoun den).
  const stem = best.slice(0, -other[1].length)
  if (!['e', 'en', 'er', 'es'].every((end) => speller.inDictionary(stem + end))) return suggestions
  const fitting = stem + ending
  return [fitting, ...suggestions.filter((s) => s !== fitting)].slice(0, 5)
}

// Characters that stray into a word from a neighbouring key or a slip (not gender marks * : _ nor / & . - ').
const STRAY = new Set(['#', '§', '≠', '=', '+', '~', '^', '°', '|', '\\', ',', ';', '<', '>'])

/** The word with the character at `at` left out or a letter in its place, when German and six letters or more. */
function withoutMark(word: string, at: number, check: (word: string) => boolean): string | undefined {
  const candidates = [word.slice(0, at) + word.slice(at + 1), ...[...ALPHABET].map((letter) => word.slice(0, at) + letter + word.slice(at + 1))]
  return candidates.find((candidate) => candidate.length >= 6 && check(candidate))
}

/** A digit typed into a word (Universi9tät): the word without it, with a letter in its place, or without it and a neighbouring letter. */
function withoutDigit(word: string, check: (word: string) => boolean): string | undefined {
  const at = word.search(/\d/)
  // Or typed together with a neighbouring letter (anschlie0eßend): both go.
  const withNeighbour = [word.slice(0, at) + word.slice(at + 2), word.slice(0, at - 1) + word.slice(at + 1)]
  return withoutMark(word, at, check) ?? withNeighbour.find((candidate) => candidate.length >= 6 && check(candidate))
}

/**
 * The one unknown part of a hyphenated compound whose other parts are
 * known (US-amerkanische, Ex-Bürgrermeister), to be checked as a word of
 * its own; undefined when the compound is known, several parts are
 * unknown (names: Müller-Lüdenscheidt), the unknown part is a capitalised
 * first part (a name: Schengen-Raum), or it is no spelling material.
 */
function hyphenPart(word: Word, speller: GermanSpeller): Word | undefined {
  const text = word.word
  if (!text.includes('-') || text.length !== word.end - word.start || notSpellingMaterial(text)) return undefined
  if (speller.check(text) || speller.check(text.replace(/-/g, ''))) return undefined
  const parts = text.split('-')
  let unknown: Word | undefined
  let at = word.start
  for (const [index, part] of parts.entries()) {
    // A brand in camel case is no spelling material (iPhone-Generationen).
    if (index === 0 && /^\p{Ll}+\p{Lu}/u.test(part)) {
      at += part.length + 1
      continue
    }
    if (!speller.checkPart(part, index === 0)) {
      // A capitalised first part is most often a name (Schengen-Raum, Merkel-Regierung).
      if (unknown || part.length < 3 || (index === 0 && /^\p{Lu}/u.test(part))) return undefined
      unknown = {word: part, start: at, end: at + part.length, tail: false, previous: undefined}
    }
    at += part.length + 1
  }
  return unknown
}

// Words before a month or weekday.
// As written at a sentence start too (Seit, Im): looked up without lower-casing every token.
const DATE_CUES = new Set('im am vom bis seit zum ab anfang ende mitte jeden letzten nächsten kommenden vergangenen'.split(' ').flatMap((cue) => [cue, cue[0].toUpperCase() + cue.slice(1)]))
const CALENDAR = [...MONTH_NAMES, ...WEEKDAY_NAMES].flatMap((name) => [name, name + 's'])

/**
 * The entry of a list closest to the word by typoCost, with the same first
 * letter, at most `lengths` letters longer or shorter and `cost` away; on a
 * tie the earlier entry.
 */
function closest(word: string, list: readonly string[], lengths: number, cost: number): string | undefined {
  let best: {entry: string; cost: number} | undefined
  for (const entry of list) {
    if (Math.abs(entry.length - word.length) > lengths || !sameFirst(word, entry)) continue
    const distance = typoCost(word, entry)
    if (distance <= cost && (!best || distance < best.cost)) best = {entry, cost: distance}
  }
  return best?.entry
}

const FREQUENT_NOUNS = 'spelling-frequent-nouns.txt'

const slips = new Map<string, string | undefined>()
/**
 * The very frequent word of a list (dictionaries/spelling-frequent*.txt) one
 * slip from the word (cached: names recur in every text); from seven letters
 * a noun of the list may also be one wrong letter away that is no
 * neighbouring key (Femilie: Familie).
 */
function frequentSlip(word: string, list = 'spelling-frequent.txt'): string | undefined {
  const key = list + '\u0000' + word
  if (slips.has(key)) return slips.get(key)
  // The whole entry and another letter is a name or brand made from it (Systemd), not a slip; a doubled last letter is (Ergebniss).
  const entries = dictionaryList(list).filter((entry) => !(word.length === entry.length + 1 && word.startsWith(entry) && word.at(-1) !== entry.at(-1)))
  const slip = closest(word, entries, 1, list === FREQUENT_NOUNS && word.length >= 7 ? FAR_KEY : 2)
  if (slips.size > 50_000) slips.clear()
  slips.set(key, slip)
  return slip
}

/**
 * A very frequent word of the house lists first, when the typo is no further
 * from it than from the first suggestion (Prouzent: Prozent before
 * Produzent; Gebeinde: Gemeinde before Gebende).
 */
let frequentWords: Set<string> | undefined
function frequentFirst(word: string, suggestions: string[]): string[] {
  if (suggestions.length < 2) return suggestions
  const frequent = (frequentWords ??= new Set([...dictionaryList('spelling-frequent.txt'), ...dictionaryList(FREQUENT_NOUNS)]))
  const best = typoCost(word, suggestions[0])
  const found = suggestions.find((s) => frequent.has(s) && typoCost(word, s) <= best + 0.5)
  return found && found !== suggestions[0] ? [found, ...suggestions.filter((s) => s !== found)] : suggestions
}

/** The month or weekday (also with genitive s) a slip away from the word. */
const calendarName = (word: string) => closest(word, CALENDAR, 2, 3)

/**
 * The correction only drops an umlaut the word has, and the word is a
 * known word with that umlaut and an ending (Grabmäler → Grabmaler,
 * klängen → klangen): umlauts mark plurals and the Konjunktiv. Other added
 * umlauts (Nachfölger) and dropped ones (Prasident) stay typos.
 */
function umlautDropped(word: string, correction: string, speller: GermanSpeller): boolean {
  if (word.length !== correction.length) return false
  let differs = 0
  let at = -1
  for (let i = 0; i < word.length; i++) {
    if (word[i] === correction[i]) continue
    if (BASE_LETTER[word[i]] !== correction[i]) return false
    differs++
    at = i
  }
  // A known word with the umlaut in its last syllable, plus an ending:
  // Grabmal → Grabmäl|er, klang → kläng|en (not Nachfölger, Euröpäische).
  const stem = /^(.+?)(?:er|ern|en|e|est|et)$/u.exec(correction)?.[1]
  return differs === 1 && stem !== undefined && at >= stem.length - 3 && speller.check(stem)
}

/** The people of a country the document names (Bulgaren, Bulgarin, Bulgare – Bulgarien). */
function demonym(word: string, country: string): boolean {
  return country.endsWith('ien') && /^(?:e|en|er|in|innen|n)$/.test(word.slice(country.length - 3)) && word.startsWith(country.slice(0, -3))
}

/** The edit lies between the second and the third-last letter. */
function innerEdit(word: string, correction: string): boolean {
  let prefix = commonPrefix(word, correction)
  // A letter doubled or undoubled may be the first of its run as well (Betreung: Betre|u|ung).
  if (word.length !== correction.length) while (prefix > 1 && word[prefix - 1] === (word.length > correction.length ? word[prefix] : correction[prefix])) prefix--
  return prefix >= 1 && prefix < Math.min(word.length, correction.length) - 2
}

// One umlaut and an ending of the Konjunktiv II (klängen, erführen, böte); the ge- of a participle, also after a particle.
const KONJUNKTIV_II = /^[^äöü]*[äöü][^äöü]*(?:e|en|est|et)$/
const PARTICIPLE_START = /^(?:ab|an|auf|aus|bei|ein|fest|fort|her|hin|los|mit|nach|vor|weg|zu|zurück|zusammen)?ge/

// Adjectives in -isch, often from names (steirische, kalabrischen), with their endings.
const NAME_ADJECTIVE = /isch(?:e[nmrs]?)?$/

// Base forms of adjectives and adverbs by their suffix (gleichzeitig, wirtschaftlich, bezahlbar).
const ADJECTIVE_SUFFIX = /(?:ig|lich|isch|bar|sam|haft)$/

// Abstract nouns (Regierung, Mehrheit, Gesellschaft, Nation): no first name or surname ends so.
const ABSTRACT_NOUN = /^\p{Lu}\p{Ll}{3,}(?:ung|heit|keit|schaft|tion|tät|ismus)(?:en)?$/u

// Endings of common nouns; names rarely end so (Ausstellumg → Ausstellung).
const NOUN_ENDING = /(?:ung|ungen|ion|ionen|heit|heiten|keit|keiten|schaft|schaften|tät|täten|ismus|ment|thek|ik)$/

// What may follow a word's stem: inflection (Hintersee|r, Abgeordnete|n).
const INFLECTION_TAIL = /^(?:e|en|er|ern|es|em|s|n|r|m|ns|in|innen)$/
// Endings of names and foreign words (Alexandr|os, Christian|a, Steinhar|dt).
const NAME_TAIL = /^(?:a|as|os|us|is|ie|ien|ia|o|i|y|dt|z)$/

/**
 * An edit at the very end of a long word that leaves letters no German
 * ending has (Deutschlanbd, Architektut, Jahrhundertt): a typo, where an
 * inflection-like tail (Hinterseer/Hintersee) may be a name.
 */
function brokenEnding(word: string, correction: string): boolean {
  if (word.length < 10) return false
  const prefix = commonPrefix(word, correction)
  const tail = word.slice(prefix).toLowerCase()
  return prefix >= word.length - 3 && !INFLECTION_TAIL.test(tail) && !NAME_TAIL.test(tail)
}

/** A wrong or extra letter in a common noun ending. */
function brokenSuffix(word: string, correction: string): boolean {
  return NOUN_ENDING.test(correction) && word.length >= correction.length && !NOUN_ENDING.test(word)
}

/**
 * Words found correct where nothing else could be reported about them in
 * any context (plain letters, known, no other s-spelling, no typo hiding as
 * a compound), per speller: most tokens of a text are settled by this one
 * look-up.
 */
const quietBySpeller = new WeakMap<GermanSpeller, Set<string>>()
function quietWords(speller: GermanSpeller): Set<string> {
  let quiet = quietBySpeller.get(speller)
  if (!quiet || quiet.size > 200_000) quietBySpeller.set(speller, (quiet = new Set()))
  return quiet
}

export default defineRule({
  id: 'spelling',
  severity: 'error',
  category: 'Rechtschreibung',
  description: 'Wörter, die es im Deutschen nicht gibt (Tippfehler), mit Korrekturvorschlägen.',
  defaults: {},
  async check(tree, {shared, report}) {
    const speller = await getSpeller(shared.language, shared.words)
    const quoted = quotedRanges(tree)
    const words: Word[] = []
    // Words with a stray character inside, reported as one; their parts are not checked on their own.
    const strays: Array<{start: number; end: number; raw: string; mark: string; meant: string}> = []
    const skip = new Set<number>()
    // Capitalised words followed by another capitalised word are names (Wilfried Haslauer).
    const beforeName = new Set<number>()
    const afterName = new Set<number>()
    // Capitalised words in a list of capitalised words (Walke – Schwegler, Miranda): line-ups and names.
    const inList = new Set<number>()
    const calendar = new Set<number>()
    // The first word of each sentence, capitalised whatever it is.
    const initial = new Set<number>()
    for (const sentence of sentencesOf(tree)) {
      const tokens = tokensOf(sentence).filter((t) => t.type !== 'whitespace')
      let firstWord = true
      for (const [index, token] of tokens.entries()) {
        if (token.type !== 'word') continue
        const word = clean(token.value, token.start)
        if (firstWord) initial.add(token.start)
        firstWord = false
        const previous = tokens[index - 1]
        const next = tokens[index + 1]
        // A stray character typed into a word (Universit#t, sp§ter, a,erikanische): the parts joined
        // without it, or with a letter in its place, make a German word of six letters or more.
        const mark = next
        const rest = tokens[index + 2]
        if (
          mark?.start === token.end &&
          STRAY.has(mark.value) &&
          rest?.type === 'word' &&
          rest.start === mark.end &&
          /^\p{Ll}/u.test(rest.value) &&
          !(previous?.end === token.start) &&
          !(tokens[index + 3]?.start === rest.end && tokens[index + 3]?.type !== 'punctuation') &&
          !inRanges(quoted, token.start, rest.end) &&
          !(rest.value.length >= 3 && speller.inDictionary(rest.value)) // two words with the space missing (links,rechts)
        ) {
          const meant = withoutMark(token.value + mark.value + rest.value, token.value.length, (w) => speller.check(w))
          if (meant) {
            strays.push({start: token.start, end: rest.end, raw: token.value + mark.value + rest.value, mark: mark.value, meant})
            skip.add(token.start)
            skip.add(rest.start)
          }
        }
        if (!word || skip.has(token.start)) continue
        // A hyphen right before the word, a space before the hyphen: an Ergänzungsstrich (und -vermeidung).
        if (previous?.value === '-' && previous.end === token.start && (index < 2 || tokens[index - 2].end < previous.start)) word.tail = true
        const checked = hyphenPart(word, speller) ?? word
        // The word before, for agreement; not a relative pronoun after a comma (der Preis, den kleine Firmen zahlen).
        if (previous?.type === 'word' && tokens[index - 2]?.value !== ',') checked.previous = previous.value
        words.push(checked)
        // Not next to a noun with an ending no name has (Ruslands Regierung, die Regierung Ruslands): a genitive, no first name and surname.
        if (next?.type === 'word' && isUpper(next.value) && isUpper(token.value) && !ABSTRACT_NOUN.test(next.value)) beforeName.add(word.start)
        // After a capitalised word inside the sentence: a surname (Claudia Pfeiffer) or a name after its noun (Hurrikan Kathrina);
        // after a name particle (zu Guttenberg).
        if (index > 1 && previous?.type === 'word' && isUpper(previous.value) && isUpper(token.value) && !ABSTRACT_NOUN.test(previous.value)) afterName.add(word.start)
        if (previous?.type === 'word' && PARTICLES.has(previous.value) && isUpper(token.value)) afterName.add(word.start) // zu Guttenberg, van Gaal
        if (
          capitalWord(token) &&
          ((LIST_MARKS.has(previous?.value ?? '') && capitalWord(tokens[index - 2])) || (LIST_MARKS.has(next?.value ?? '') && capitalWord(tokens[index + 2])))
        ) {
          inList.add(word.start)
        }
        // Where a month or weekday stands: im …, am …, 3. …, … 2016.
        const ordinal = previous?.value === '.' && /^\d{1,2}$/.test(tokens[index - 2]?.value ?? '')
        if ((previous?.type === 'word' && DATE_CUES.has(previous.value)) || ordinal || /^(?:1[89]|20)\d\d$/.test(next?.value ?? '')) calendar.add(word.start)
      }
    }
    for (const stray of strays) report(stray.start, stray.end, `Zeichen „${stray.mark}“ im Wort „${stray.raw}“ – gemeint „${stray.meant}“?`, {expected: [stray.meant]})
    const counts = new Map<string, number>()
    for (const {word} of words) counts.set(word, (counts.get(word) ?? 0) + 1)
    // Words of this document that are correct: corrections to prefer.
    const correct = new Set<string>()
    const quiet = quietWords(speller)
    // This document's quiet words: a small set, asked for every token (the shared one is large).
    const quietHere = new Set<string>()
    for (const word of counts.keys()) {
      if (quiet.has(word)) {
        quietHere.add(word)
        correct.add(word)
      } else if (speller.check(word)) correct.add(word)
    }
    // The document's correct words, indexed per first letter on demand
    // (corrections keep the first letter), five letters or more.
    const indexes = new Map<string, NearIndex>()
    const context = (word: string) => {
      const key = first(word)
      let index = indexes.get(key)
      if (!index) {
        index = new NearIndex([...correct].filter((w) => first(w) === key), 5)
        indexes.set(key, index)
      }
      return index
    }

    /**
     * English, or a German inflection of an English stem (left to
     * english-in-german); `strict` where a German correction is at hand.
     * English is consulted only for words about to be reported, so most
     * small texts never load the English dictionary.
     */
    const english = async (word: string, strict: boolean) => {
      await speller.loadEnglish()
      return speller.isEnglish(word) || speller.englishLoan(word, strict)
    }
    /**
     * Report a slip from a very frequent word (`meant`), unless the word is
     * English: a typo, also in a capitalised word (Ruslands, Millonen) –
     * names one slip from the very frequent nouns are rare where the word
     * stands alone (not after another capitalised word).
     */
    const reportFrequent = async (word: string, start: number, end: number, meant: string | undefined) => {
      if (!meant) return
      await speller.loadEnglish()
      if (speller.isEnglish(word)) return
      report(start, end, `Unbekanntes Wort „${word}“ – Tippfehler?`, {expected: [meant]})
    }
    /** The very frequent noun one slip from a capitalised word of `min` letters or more that stands alone, outside quotations. */
    const lonelyNoun = (word: string, start: number, end: number, min: number) =>
      word.length >= min && !afterName.has(start) && !inRanges(quoted, start, end) ? frequentSlip(word, FREQUENT_NOUNS) : undefined

    for (const {word, start, end, tail, previous} of words) {
      if (quietHere.has(word)) continue
      if (tail && /^\p{Ll}/u.test(word) && speller.check(upperFirst(word))) continue // und -vermeidung: Steuervermeidung
      const prohibited = speller.prohibited(word)
      if (prohibited) {
        report(start, end, `Falsche Schreibung: „${word}“.`, {expected: [prohibited.correction]})
        continue
      }
      // A digit typed into a word (Universi9tät, Schlie0lich): the word
      // without it, or with a letter in its place, is German.
      const digit = /^(?=\p{L}*\p{Ll})\p{L}{2,}\d\p{Ll}+$/u.test(word) ? withoutDigit(word, (w) => speller.check(w)) : undefined
      if (digit) {
        report(start, end, `Ziffer im Wort „${word}“.`, {expected: [digit]})
        continue
      }
      // Latin letters mixed with Cyrillic or Greek ones (Jahrhunderеs with a Cyrillic е): look-alike letters
      // from OCR, keyboard layouts or a language model – no word is written so. The Latin look-alikes are
      // put in (β for ß is the check below).
      // Per part of a hyphenated word: Greek letters stand alone as symbols (α-Teilchen, β-Zerfall).
      if (MIXED_SCRIPT.test(word) && word.split('-').some((part) => MIXED_SCRIPT.test(part) && /[A-Za-zÄÖÜäöüß]/.test(part) && !/^\p{L}+β\p{L}*$/u.test(part))) {
        const latin = [...word].map((ch) => LOOK_ALIKE[ch] ?? ch).join('')
        const meant = /^[A-Za-zÄÖÜäöüß-]+$/.test(latin) && speller.check(latin) ? [latin] : speller.suggest(latin.replace(/[^A-Za-zÄÖÜäöüß-]/g, '')).filter((s) => sameFirst(word, s)).slice(0, 3)
        const foreign = [...new Set(word.match(MIXED_SCRIPT_ALL) ?? [])].map((ch) => `„${ch}“ (${ch >= '\u0400' ? 'kyrillisch' : 'griechisch'})`)
        report(start, end, `Fremdes Schriftzeichen im Wort „${word}“: ${foreign.join(', ')}.`, {expected: meant})
        continue
      }
      // A full stop typed into a word (Nordwe.sten, v.eröffentlicht): the word without it is German, the
      // part after it is not (bzw.die, z.B. and domains stay alone).
      if (/^\p{L}+\.\p{Ll}+$/u.test(word)) {
        const joined = word.replace('.', '')
        if (joined.length >= 6 && speller.check(joined) && !speller.check(word.slice(word.indexOf('.') + 1))) {
          report(start, end, `Punkt im Wort „${word}“ – gemeint „${joined}“?`, {expected: [joined]})
          continue
        }
      }
      // A Greek beta for ß (Auβerdem), as OCR and some keyboards produce it.
      if (/\p{L}β/u.test(word) && speller.check(word.replace(/β/g, 'ß'))) {
        report(start, end, `„β“ (griechisches Beta) statt „ß“ in „${word}“.`, {expected: [word.replace(/β/g, 'ß')]})
        continue
      }
      if (notSpellingMaterial(word)) continue
      const count = counts.get(word) ?? 0
      const capital = isUpper(word)
      // After a capitalised word it may be a surname made of words
      // (Nicolaus Schafhausen, Joachim Herrmann, Gitta Trauernicht): weaker evidence.
      const afterCapital = capital && afterName.has(start)
      // A month or weekday where a date stands (im Septmber, am Donnestag, 3. Oktobr 2016).
      // Not before another capitalised word: a name (seit Merz Bundeskanzler wurde).
      const date = calendar.has(start) && capital && !beforeName.has(start) && !speller.check(word) ? calendarName(word) : undefined
      if (date) {
        report(start, end, `„${word}“ – gemeint „${date}“?`, {expected: [date]})
        continue
      }
      // s-spelling of the variant: Strasse → Straße (de-DE, de-AT), Straße → Strasse (de-CH).
      const sharpS = speller.sharpS(word)
      const name = capital && (word.length < 8 || beforeName.has(start) || count > 1)
      if (sharpS && !name) {
        const message = shared.language === 'de-CH' ? `„${word}“ – in der Schweiz mit ss.` : `„${word}“ – hier mit ß.`
        report(start, end, message, {expected: [sharpS]})
        continue
      }
      // Spelling before the 1996 reform: ß after a short vowel (daß, mußten,
      // Gewißheit; not Reißzahn, after ei); quotations keep their spelling.
      // Not a surname after a first name, which keeps its spelling (Karin Haß).
      if (shared.language !== 'de-CH' && /(?:^|[^aeiouäöü])[aeiouäöü]ß/i.test(word) && !inRanges(quoted, start, end) && !afterCapital && !speller.check(word)) {
        const reformed = word.replace(/ß/g, 'ss')
        if (speller.check(reformed)) {
          // A capitalised compound may be a proper name that keeps the old spelling (Waldschlößchenbrücke): a warning.
          const name = capital && !speller.ownWord(reformed)
          report(start, end, `„${word}“ – alte Rechtschreibung, heute „${reformed}“${name ? ' (außer in Eigennamen)' : ''}.`, {
            expected: [reformed],
            severity: name ? 'warning' : undefined
          })
          continue
        }
      }
      if (correct.has(word) || speller.check(word)) {
        // The checks below are cached per word; a word used more than once is a term, not a slip.
        const inQuote = inRanges(quoted, start, end)
        // Accepted only by korrektor's own compounding, one edit from a
        // dictionary word: Werktsatt (Werkt + satt) → Werkstatt.
        const typo = inQuote ? undefined : speller.splitTypo(word)
        if (count === 1 && typo && sameFirst(word, typo)) {
          report(start, end, `Unbekanntes Wort „${word}“ – ${afterCapital ? 'Tippfehler oder Name?' : 'Tippfehler?'}`, {expected: [typo], severity: afterCapital ? 'warning' : undefined})
          continue
        }
        // Accepted only as a lower-case compound ending in a noun (italiene|Nische): italienische.
        const tailTypo = inQuote ? undefined : speller.nounTailTypo(word)
        if (count === 1 && tailTypo && !(await english(word, true))) {
          // One slip is an error; more (a syllable typed twice: italienenische) a warning.
          report(start, end, `Unbekanntes Wort „${word}“ – Tippfehler?`, {expected: [tailTypo], severity: typoCost(word, tailTypo) <= 2 ? undefined : 'warning'})
          continue
        }
        const slip = inQuote ? undefined : speller.compoundSlip(word)
        // A doubled or swapped letter is how surnames differ (Herrmann, Hermann).
        if (count === 1 && slip && !afterCapital) {
          report(start, end, `Unbekanntes Wort „${word}“ – Tippfehler?`, {expected: [slip], severity: 'warning'})
          continue
        }
        // A typo hiding as a compound (Hautbahnhof for Hauptbahnhof): the
        // compound is unverified, so `info`, with the dictionary word.
        const meant = inQuote ? undefined : speller.compoundTypo(word)
        if (count === 1 && meant) {
          report(start, end, `„${word}“ ist als Zusammensetzung gebildet – gemeint „${meant}“?`, {expected: [meant], severity: 'info'})
        } else if (!typo && !tailTypo && !slip && !meant && !inQuote && !sharpS && PLAIN_WORD.test(word)) {
          quiet.add(word)
          quietHere.add(word)
        }
        continue
      }
      if (/\p{Ll}\p{Lu}/u.test(word)) continue // camel case: iPhone, derStandard (glued-words)
      // A lost space before a function word (gegründetund, Deutschlandmit).
      // Not in a surname after a first name (Gitta Trauernicht, Norbert Frischauf).
      const glued = afterCapital ? undefined : gluedTail(word, speller) ?? gluedHead(word, speller)
      if (glued) {
        // One slip may explain the word as well (Vorsitzernder: Vorsitzender, not Vorsitzern der).
        const slip = speller.suggest(word).find((s) => sameFirst(word, s) && typoCost(word, s) <= 2)
        if (slip) report(start, end, `Unbekanntes Wort „${word}“ – Tippfehler oder fehlendes Leerzeichen?`, {expected: [slip, glued]})
        else report(start, end, `„${word}“ – Leerzeichen fehlt?`, {expected: [glued]})
        continue
      }
      if (FOREIGN_LETTER.test(word)) {
        // A stray accent in a German word (anschließénd, Entwícklung: the
        // dead key ´ of German keyboards) is a typo, an accented a, o, u
        // often a mistyped umlaut (gegrúndet, gehőrt); otherwise foreign
        // letters mean a foreign name (Erdoğan, Łódź, Montréal, which is
        // also Montreal). Capitalised words only from eight letters with
        // the ending of a German noun or adverb, which names rarely have, and
        // not next to another capitalised word (Primera División, Département
        // Yvelines), nor accented as French and Spanish words are (Dé-, Pré-, -ión).
        if (inRanges(quoted, start, end)) continue
        const nameLike = afterName.has(start) || beforeName.has(start) || /^\p{Lu}\p{Ll}?é|(?:ión|ía)$/u.test(word)
        if (capital && (word.length < 8 || nameLike)) continue
        const plain = withoutAccent(word, (w) => speller.lexical(w) || (capital && speller.inDictionary(w)))
        if (plain && (!capital || GERMAN_ENDING.test(plain))) report(start, end, `Unbekanntes Wort „${word}“ – Tippfehler?`, {expected: [plain]})
        continue
      }
      // Umlauts written as ae, oe, ue (fuer, gegruendet, oesterreichischen);
      // not in capitalised words, which are often names spelt so (Mueller,
      // Friedrich-Loeffler-Institut).
      const umlauts = capital ? undefined : withUmlauts(word, (form) => speller.check(form))
      if (umlauts) {
        report(start, end, `„${word}“ – Umlaut als Buchstabenpaar geschrieben?`, {expected: [umlauts]})
        continue
      }
      if (!capital && word.length < 6) {
        // Short unknown lower-case words are dialect, foreign or rare (hehre,
        // kabel) – unless one slip from a very frequent word (wrude, shcon).
        await reportFrequent(word, start, end, word.length < 4 || inRanges(quoted, start, end) ? undefined : frequentSlip(word))
        continue
      }
      if (word.length < 7 && inRanges(quoted, start, end)) continue // dialect quoted verbatim: „Jetza samma do“
      if (/^\p{Ll}+-\p{Ll}+$/u.test(word) && speller.check(word.replace('-', ''))) continue // ge-gen: broken-hyphenation
      if (capital && count > 1) continue // used consistently: a name or term
      // Nothing one edit away (or a derivation): an unknown word used once
      // is still worth a look (info) – with a correction up to two edits
      // away when the dictionary has one (Aktivititäten, alamierend).
      // Lower-case words are no names; a capitalised word must be long and
      // have such a correction, or it is taken for a name.
      const unknown = async (derived = false) => {
        if (count > 1 || inRanges(quoted, start, end) || word.includes('-')) return
        // Capitalised: names are many; derived: nominalised verbs (das Aussitzen).
        // Before another capitalised word: a first name, unless long (Generalsekrär Ban).
        if (capital && (word.length < 9 || (beforeName.has(start) && word.length < 10) || derived)) return
        // Konjunktiv II of a strong verb: the past form with an umlaut (klängen from klangen, böten from boten).
        // Not a participle (ausgeträgen) or an adjective (histörische), and the past form a dictionary word itself, no compound (österreiche: oster|reiche).
        if (!capital && KONJUNKTIV_II.test(word) && !PARTICIPLE_START.test(word) && !NAME_ADJECTIVE.test(word) && speller.ownWord(word.replace(/[äöü]/, (ch) => BASE_LETTER[ch]))) return
        // English words are left to english-in-german; asked first, as the search below is the costlier.
        if (await english(word, false)) return
        // How far the correction may lie (typoCost: 2 is a missing letter or a syllable typed twice).
        const limit = capital ? 3 : derived ? 2.5 : 3.5
        // A capitalised or derived word needs a correction with its own ending (names and demonyms differ there).
        const keepEnd = capital ? (word.length >= 10 ? 2 : 3) : derived ? 2 : 0
        const distant = speller
          .distantSuggestions(word, keepEnd, limit)
          .filter((s) => s.cost <= limit && sameFirst(word, s.word) && !inflection(word, s.word) && !umlautDropped(word, s.word, speller) && commonSuffix(word, s.word) >= keepEnd)
          .filter((s) => !derived || commonPrefix(word, s.word) <= word.length - 4) // not merely another ending: bissigere/bissige, langwierigeren
          .map((s) => s.word)
        // With nothing else near, a lower-case word may have its first two letters swapped (öknnen: können).
        const swapped = capital || distant.length > 0 ? undefined : speller.suggest(word).find((s) => swappedStart(word, s))
        if (swapped) {
          report(start, end, `Unbekanntes Wort „${word}“ – Tippfehler?`, {expected: [swapped]})
          return
        }
        // Adjectives from names (steirische, kalabrischen) are too many to list.
        if ((capital || derived || NAME_ADJECTIVE.test(word)) && distant.length === 0) return
        const meant = capital ? distant : agreeing(distant, previous, speller)
        if (meant.length > 0) report(start, end, `Unbekanntes Wort „${word}“ – gemeint „${meant[0]}“?`, {expected: meant, severity: 'info'})
        else report(start, end, `Unbekanntes Wort „${word}“ – nicht im Wörterbuch.`, {severity: 'info'})
      }
      // At the start of a sentence every word is capitalised: a slip in a
      // word German writes in lower case only (Außerdam, Zunächat,
      // Schießlich) is no name.
      // Not derived forms of known words (Absiedeln, Stachelig: valid rare
      // words), which the lower-case rules leave alone too. The slip may lie
      // in the ending of an adverb or of an adjective's base form
      // (Gleichzeitg: gleichzeitig).
      if (capital && initial.has(start) && word.length >= 7 && count === 1 && !word.includes('-') && !inRanges(quoted, start, end)) {
        const lower = lowerFirst(word)
        const meant = speller.derivable(lower)
          ? []
          : speller
              .suggest(lower)
              .filter((s) => /^\p{Ll}/u.test(s) && sameFirst(lower, s) && (innerEdit(lower, s) || speller.uninflected(s) || ADJECTIVE_SUFFIX.test(s)) && !inflection(lower, s))
        if (meant.length > 0) {
          if (!(await english(word, true))) {
            // One slip (Draufhin, Zunächat) is an error; more may be a name.
            const slip = typoCost(lower, meant[0]) <= 2
            report(start, end, `Unbekanntes Wort „${word}“ – ${slip ? 'Tippfehler?' : 'Tippfehler oder Name?'}`, {
              expected: meant.slice(0, 5).map(upperFirst),
              severity: slip ? undefined : 'warning'
            })
          }
          continue
        }
      }
      // A prefix before a participle's ge- or typed twice (vergewendet, ententwickelt): no German word is built so.
      const plain = capital || inRanges(quoted, start, end) ? undefined : speller.prefixSlip(word)
      if (plain) {
        report(start, end, `Unbekanntes Wort „${word}“ – Tippfehler?`, {expected: [plain]})
        continue
      }
      if (speller.derivable(word)) {
        // A derivation of known words (bissigere, Argentinier, gepostet):
        // only a close dictionary word makes it worth a look. A long
        // capitalised one needs a dictionary noun one cheap slip inside
        // (Verbinding = ver + Binding, but Verbindung); not a verb written as
        // a noun (das Aufblühen, ein Abplatzen).
        const meant =
          capital && word.length >= 9 && count === 1 && !/n$/.test(word) && !beforeName.has(start) && !afterName.has(start) && !inRanges(quoted, start, end)
            ? speller.suggest(word, undefined, true).find((s) => sameFirst(word, s) && innerEdit(word, s) && typoCost(word, s) <= 1.5 && speller.lexical(s) && !inflection(word, s))
            : undefined
        // A capitalised one a slip from a very frequent noun is that noun (An|wort: Antwort, Be|spiel: Beispiel).
        const noun = !meant && capital && count === 1 ? lonelyNoun(word, start, end, 5) : undefined
        if (meant && !(await english(word, true))) report(start, end, `Unbekanntes Wort „${word}“ – Tippfehler oder Name?`, {expected: [meant], severity: 'warning'})
        else if (noun) await reportFrequent(word, start, end, noun)
        else await unknown(true)
        continue
      }
      // A correction the document itself uses is the strongest evidence
      // (Ruslands once, Russlands three times): same initial case, first
      // letter kept, not merely an inflection (Koch-Mehrin/Koch-Mehrins),
      // and used at least as often; for a short capitalised word at least
      // twice and more often than the word (two people: Michal and Michael).
      const supported = context(word)
        .near(word)
        .filter(
          (s) =>
            s.length >= 5 &&
            !functionWord(s) &&
            isUpper(s) === capital &&
            sameFirst(word, s) &&
            !inflection(word, s) &&
            !demonym(word, s) &&
            (counts.get(s) ?? 0) >= (capital && word.length < 8 ? Math.max(2, count + 1) : count)
        )
      let suggestions: string[]
      let weak = false
      if (supported.length > 0) suggestions = [...supported, ...speller.suggest(word).filter((s) => !supported.includes(s))]
      else if (capital) {
        // Before another capitalised word it may be a first name (Cristian
        // Müller) or a title (Bürgrermeister Häupl): first names are short,
        // so from nine letters on a dictionary stem or house word counts as
        // correction (Herausber Frank, Präsindet Obama).
        const title = beforeName.has(start)
        // Nine letters are enough for a title unless the word ends like a foreign first name (Francesco, Republika).
        if (title && (word.length < 9 || (word.length === 9 && /[aeiouy]$/.test(word)))) {
          // A shorter one is taken for a first name, unless one slip from a very frequent noun such as a title (Minsiter Kogler).
          await reportFrequent(word, start, end, lonelyNoun(word, start, end, 6))
          continue
        }
        const stem = word.replace(/s$/, '')
        if (stem !== word && counts.has(stem)) continue // genitive of a name the text uses
        if (word.length < 8) {
          // Short capitalised unknown words are names, unless one slip from a very frequent noun and alone (Familei, Prozet).
          await reportFrequent(word, start, end, lonelyNoun(word, start, end, 5))
          continue
        }
        // Without the document's support, a capitalised word is a typo only
        // when the correction is a dictionary word, not a compound, and the
        // edit is not in the last two letters (names and demonyms differ
        // there: Hinterseer/Hintersee), unless it breaks a noun ending.
        suggestions = speller
          .suggest(word, undefined, true)
          .filter((s) => (title ? speller.stemmed(s) : speller.lexical(s)) && (innerEdit(word, s) || brokenSuffix(word, s) || brokenEnding(word, s)))
        // From twelve letters a compound counts as correction too, also
        // before a name: names that long are rarely one slip from a compound
        // (Schriftstleller, die Zeitschbrift Neue Welt).
        if (suggestions.length === 0 && word.length >= 12 && !word.includes('-')) {
          suggestions = speller.suggest(word).filter((s) => innerEdit(word, s) || brokenEnding(word, s))
          if (suggestions.length === 0) suggestions = speller.compoundSuggestions(word)
          weak = true
        }
        // A slip at the ending is left to names, unless the word is one slip from a very frequent noun (Wahlkampg).
        const noun = suggestions.length === 0 && !title ? lonelyNoun(word, start, end, 0) : undefined
        if (noun) suggestions = [noun]
        // Weaker evidence than a slip inside a dictionary stem: a broken
        // ending (Deutschlanbd), a far key in a derived word (Übersetzmng).
        const best = suggestions[0]
        if (best && !noun && (!(innerEdit(word, best) || brokenSuffix(word, best)) || (typoCost(word, best) >= 2.5 && !speller.stemmed(best)))) weak = true
        if (afterName.has(start) || inList.has(start)) weak = true
      } else {
        suggestions = speller.suggest(word, context(word))
        if (NAME_ADJECTIVE.test(word)) {
          // Adjectives from names (steirisch, jemenitisch): only the slightest edits – a letter
          // missing or doubled (asymetrisch, ialienischer), or a slip at the ending.
          suggestions = suggestions.filter(
            (s) => Math.abs(s.length - word.length) === 1 && (commonPrefix(word, s) >= word.length - 3 || (commonPrefix(word, s) >= 1 && speller.lexical(s)))
          )
        }
      }
      // Typos almost never hit the first letter (0.5 % of the Wikipedia typo
      // list); words that differ there are other words (posten/kosten).
      // Another ending of a word that takes none (möglicherweis, möglicherweise) is no inflection.
      suggestions = frequentFirst(
        word,
        suggestions.filter((s) => sameFirst(word, s) && (!inflection(word, s) || speller.uninflected(s)) && !umlautDropped(word, s, speller))
      ).slice(0, 5)
      if (suggestions.length === 0) {
        await unknown()
        continue
      }
      if (!capital) suggestions = agreeing(suggestions, previous, speller)
      // English is consulted last, for the few words about to be reported.
      if (await english(word, true)) continue // left to english-in-german; gepostet
      // Weaker evidence in a capitalised word, which may still be a name
      // the dictionary lacks: a warning, not an error.
      if (weak) {
        report(start, end, `Unbekanntes Wort „${word}“ – Tippfehler oder Name?`, {expected: suggestions, severity: 'warning'})
      } else report(start, end, `Unbekanntes Wort „${word}“ – Tippfehler?`, {expected: suggestions})
    }
  }
})
