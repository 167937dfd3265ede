/**
 * The spelling engine: Hunspell (compiled to WebAssembly, hunspell-asm) with
 * the German dictionaries (dictionary-de, -de-at, -de-ch) behind a small
 * interface, plus what makes it usable on news text: house word lists,
 * compounds with linking elements, hyphenated compounds, gender forms, and
 * fast candidate generation for suggestions.
 *
 * Hunspell answers `spell(word)` in ~10 µs (~40 µs for a word it rejects);
 * every answer is cached. Its own `suggest` takes ~100 ms, so suggestions are
 * built here from one-edit candidates, and only candidates that begin like a
 * dictionary stem (binary search in the sorted stems) are checked with
 * Hunspell. A second Hunspell instance without compounding, built only when
 * needed, tells dictionary words from compounds.
 */
import type {Language} from '../types.js'
import {dictionaryList} from './data.js'
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import {dictionaryHash, HunspellGroup, snapshotPath, type DictionaryFiles, type Hunspell} from './hunspell.js'
import {charOf, WordTable} from './wordtable.js'

const require = createRequire(import.meta.url)

export interface Speller {
  /** Is the word correct German (dictionary, house words, compounds)? */
  check(word: string): boolean
  /**
   * Ranked corrections for a word `check` rejected; `context` indexes the
   * document's correct words; `stemsOnly` wants dictionary words, no compounds.
   */
  suggest(word: string, context?: NearIndex, stemsOnly?: boolean): string[]
  /** Is the word English (dictionary-en)? Call `loadEnglish` first. */
  isEnglish(word: string): boolean
  /** Load the English dictionary (~40 ms), needed only for unknown words. */
  loadEnglish(): Promise<void>
  /**
   * Is the word in the Hunspell dictionary itself (no house words, no
   * compounds of our own)? The name rules read a capitalised word it lacks
   * as a likely name: `Lawrow`, `Kaspersky`, not `Militär`.
   */
  inDictionary(word: string): boolean
  /** Is the word on the prohibit list (known wrong form)? Returns its correction. */
  prohibited(word: string): {correction: string} | undefined
}

export const DICTIONARIES: Record<Language, string> = {
  'de-DE': 'dictionary-de',
  'de-AT': 'dictionary-de-at',
  'de-CH': 'dictionary-de-ch'
}

/**
 * A dictionary package's files. The wooorm dictionary packages export
 * `index.aff` and `index.dic` read from their folder; korrektor reads the
 * two files itself (no module to load), and imports the package only when
 * they are not there.
 */
export async function loadDictionary(name: string): Promise<DictionaryFiles> {
  const dir = dirname(require.resolve(name))
  try {
    return {aff: readFileSync(join(dir, 'index.aff')), dic: readFileSync(join(dir, 'index.dic'))}
  } catch {
    return ((await import(name)) as {default: DictionaryFiles}).default
  }
}

interface Loaded {
  group: HunspellGroup
  files: DictionaryFiles
}

const groups = new Map<string, Promise<Loaded>>()
/** The Hunspell group of a German dictionary: one per process and dictionary, shared by all spellers. */
function hunspellGroup(name: string): Promise<Loaded> {
  let loaded = groups.get(name)
  if (!loaded) {
    loaded = loadDictionary(name).then(async (files) => ({group: await HunspellGroup.load(name, files), files}))
    groups.set(name, loaded)
  }
  return loaded
}

let englishVerbs: Set<string> | undefined
/**
 * dictionary-en's verbs, for the loan check: entries with a past or -ing
 * flag (exist/SDG, dare/DRSMZG). Read on first use – rarely needed, and the
 * English Hunspell itself usually comes from the snapshot without its files.
 */
function englishVerbSet(): Set<string> {
  if (!englishVerbs) {
    const text = readFileSync(join(dirname(require.resolve('dictionary-en')), 'index.dic'), 'utf8')
    englishVerbs = new Set(Array.from(text.matchAll(/^([a-z]+)\/[A-Za-z]*[DG]/gm), (match) => match[1]))
  }
  return englishVerbs
}

const MAX_WORD_LENGTH = 80
// Endings of derived nouns, whose base form begins many compounds.
const DERIVED_NOUN = /(?:ung|heit|keit|schaft|ion|tät|ling|nis|tum|ismus|ment|anz|enz|ei|ur)$/
// Separable verb particles (and nicht), which join any verb form or adjective.
const VERB_PARTICLES = new Set(
  ('ab an auf aus bei dar durch ein empor entgegen fort her herab heran herauf heraus herbei herein herüber herum herunter hervor hin hinab hinauf hinaus ' +
    'hinein hinüber hinunter hoch los mit nach nahe nieder vor voran voraus vorbei vorüber weg weiter wieder zu zurecht zurück zusammen heim nicht ' +
    'auseinander aneinander aufeinander beisammen fertig hinterher nebenher umher entlang gegenüber überein rauf runter rüber raus rein').split(' ')
)
// Lower-case beginnings that join other words freely: verb particles and
// meistgesuchte, hunderttausender, untertags, folgeschweren.
const FREE_STARTS = [...VERB_PARTICLES, ...'meist hundert tausend unter über folge da wohl weh fern rein raus runter rüber'.split(' ')]
// Words that are no part of a compound (Außers|dem, zusätzlich|die, erfolgte|ich).
const PART_STOP = new Set(
  'der die das den dem des ein eine einer eines einem einen ich du er sie es wir ihr als auf aus bei mit von vor zum zur und oder aber wie was wer wo ist sind war hat sehr nicht auch noch nur schon alle allen aller alles'.split(' ')
)
// Verb forms in -t whose infinitive is no stem plus -en (gibts, ists, hats, tuts, weißts).
const IRREGULAR_T = new Set(['gibt', 'ist', 'hat', 'tut', 'wollt', 'sollt', 'weißt', 'hast', 'bist', 'willst', 'kannst', 'musst'])
// Endings of a nominalised present participle (Schaffende, Reisenden, Lehrender).
const NOMINALISED_PARTICIPLE = /\p{Ll}end(?:e|en|er|es|em)$/u
const LINKS = ['', 's', 'es', 'n', 'en', 'er', 'e', 'ns']
const PREFIXES = (
  'zurück wieder wider durch unter über hinter gegen miss ultra super hyper inter multi mega mini semi anti post prä pro ' +
  'nord süd ost west un um ur ver ent zer be ge er auf aus ab an ein mit nach vor zu her hin los weg fort dar bei'
).split(' ')
// Prefixes that never take a participle's ge- after them (ver|wendet) nor come twice.
const INSEPARABLE = ['ver', 'zer', 'ent', 'emp', 'miss', 'er']
// German inflection around English verb stems (gepostet, checkt, hochgeladen).
const LOAN_PREFIXES = ['', 'ge', ...'ab an auf aus ein hoch runter rein raus um zu über'.split(' ').flatMap((p) => [p, p + 'ge'])]
// Endings of a lower-case adjective loan (immersiven, vulnerablen, pinke).
const ADJECTIVE_ENDINGS = new Set(['', 'e', 'en', 'er', 'es', 'em'])
const LOAN_ENDINGS = ['', ...'t te ten ter tes tem tet test st en e et ete eten etet er ern es em end ende enden d'.split(' ')]
// What a stem may lose in a derivation (ausstatt|en → Ausstatt|ung).
const STEM_ENDINGS = new Set(['', 'e', 'n', 'en'])
const DERIVATION_ENDINGS = new Set(
  ('e en er ern es s n m em t te ten tet st et end ende enden ung ungen ig ige igen iger lich liche lichen in innen ' +
    'heit keit ler lerin ner nerin isch ische ischen bar d de den der des dem').split(' ').concat([''])
)
/**
 * Costs of the rarer edits: a neighbouring key is the most common slip of
 * the two (italienischef → italienischer before italienische), a far key the
 * rarest. Insertions and deletions cost 2.
 */
const NEAR_KEY = 1.8
export const FAR_KEY = 2.5
// Derivational endings longer than three letters, longest first.
const LONG_ENDINGS = [...DERIVATION_ENDINGS].filter((ending) => ending.length > 3).sort((a, b) => b.length - a.length)
/**
 * How many final letters of a (lower-case) word may be an ending a stem
 * does not have: three, or a longer derivational ending (Bezeichn|ungen ←
 * bezeichn|en).
 */
const LONG_ENDING = new RegExp(`(?:${LONG_ENDINGS.join('|')})$`)
function endingLength(lower: string): number {
  const match = LONG_ENDING.exec(lower)
  return match ? match[0].length : 3
}
const SUFFIXES = ['', 's', 'es', 'n', 'en', 'e', 'er', 'ern', 'em', 'ns', 'r', 'm']
const SUFFIXES_BY_LAST: Record<string, string[]> = {}
for (const suffix of SUFFIXES) if (suffix) (SUFFIXES_BY_LAST[suffix[suffix.length - 1]] ??= []).push(suffix)
/** The letters of German words, lower case. */
export const ALPHABET = 'abcdefghijklmnopqrstuvwxyzäöüß'
const UMLAUT: Record<string, string> = {a: 'ä', o: 'ö', u: 'ü', ä: 'a', ö: 'o', ü: 'u'}
// German QWERTZ neighbours (for typo plausibility when ranking).
const KEYBOARD = [
  'qwertzuiopü', 'asdfghjklöä', 'yxcvbnm'
]

function neighbours(a: string, b: string): boolean {
  // ß and s sound alike: a slip between them is as likely as a neighbouring key (Außzeichnung).
  if ((a === 'ß' && b === 's') || (a === 's' && b === 'ß')) return true
  for (let row = 0; row < KEYBOARD.length; row++) {
    const i = KEYBOARD[row].indexOf(a)
    if (i === -1) continue
    for (let r = Math.max(0, row - 1); r <= Math.min(KEYBOARD.length - 1, row + 1); r++) {
      const j = KEYBOARD[r].indexOf(b)
      if (j !== -1 && Math.abs(i - j) <= 1) return true
    }
  }
  return false
}

/** What `typoCost` charges for letter `a` typed where `b` belongs: an umlaut 1, a neighbouring key 1.5, another letter 2.5. */
function replaceCost(a: string, b: string): number {
  return UMLAUT[a] === b ? 1 : neighbours(a, b) ? 1.5 : FAR_KEY
}

/**
 * Is the word, or the word without an inflection ending (`Chatbots`,
 * `Bürgermeistern`), accepted by `has`? The rest must keep `min` letters.
 */
function inflected(word: string, has: (base: string) => boolean, min: number): boolean {
  if (has(word)) return true
  for (const suffix of SUFFIXES_BY_LAST[word[word.length - 1]] ?? []) {
    if (word.endsWith(suffix) && word.length - suffix.length >= min && has(word.slice(0, -suffix.length))) return true
  }
  return false
}

/** A character code in lower case (ASCII and German umlauts; other letters as they are). */
function lowerCode(code: number): number {
  if (code >= 65 && code <= 90) return code + 32
  return code === 196 || code === 214 || code === 220 ? code + 32 : code
}
/** The first two letters of a word, case ignored, as one number. */
const prefixKey = (word: string) => lowerCode(word.charCodeAt(0)) * 65536 + lowerCode(word.charCodeAt(1))

const withoutUmlaut = (word: string) => word.replace(/[äöü]/g, (ch) => UMLAUT[ch])
/** Length of the common beginning of two words, case ignored. */
export function commonPrefix(a: string, b: string): number {
  let i = 0
  while (i < a.length && i < b.length && a[i].toLowerCase() === b[i].toLowerCase()) i++
  return i
}

/** Length of the common ending of two words. */
export function commonSuffix(a: string, b: string): number {
  let i = 0
  while (i < a.length && i < b.length && a[a.length - 1 - i] === b[b.length - 1 - i]) i++
  return i
}

/** The words differ by one c for k or z, the German and the foreign spelling of a name or loan (Viktoria|see, Victoria|see). */
function spellingVariant(a: string, b: string): boolean {
  if (a.length !== b.length) return false
  let differs = 0
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue
    const pair = a[i].toLowerCase() + b[i].toLowerCase()
    if (!['ck', 'kc', 'cz', 'zc'].includes(pair) || ++differs > 1) return false
  }
  return differs === 1
}

/** Do the words differ only by a linking s/e or an umlaut (Mitgliedsstaaten/Mitgliedstaaten)? */
function linkingOrUmlaut(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a]
  if (long.length === short.length + 1) {
    for (let i = 0; i < long.length; i++) {
      if (long.slice(0, i) + long.slice(i + 1) === short) return /[se]/.test(long[i])
    }
    return false
  }
  if (a.length !== b.length) return false
  let differs = 0
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue
    if (UMLAUT[a[i]] !== b[i]) return false
    differs++
  }
  return differs === 1
}

/** The word with one or more of its `ss` written `ß` (at most 3 places). */
function sharpSVariants(word: string): string[] {
  const places: number[] = []
  for (let at = word.indexOf('ss'); at !== -1 && places.length < 3; at = word.indexOf('ss', at + 2)) places.push(at)
  const variants: string[] = []
  for (let mask = 1; mask < 1 << places.length; mask++) {
    let variant = word
    for (let k = places.length - 1; k >= 0; k--) {
      if (mask & (1 << k)) variant = variant.slice(0, places[k]) + 'ß' + variant.slice(places[k] + 2)
    }
    variants.push(variant)
  }
  return variants
}

export const upperFirst = (word: string) => word.charAt(0).toUpperCase() + word.slice(1)
export const lowerFirst = (word: string) => word.charAt(0).toLowerCase() + word.slice(1)
/** Does the word begin with a capital letter? (ASCII without a regular expression: asked for most tokens.) */
export function isUpper(word: string): boolean {
  const code = word.charCodeAt(0)
  return code < 128 ? code >= 65 && code <= 90 : /^\p{Lu}/u.test(word)
}

class GermanSpeller implements Speller {
  private readonly cache = new Map<string, boolean>()
  /** Hunspell's own answers, for `inDictionary` (the name rules ask it for every capitalised word). */
  private readonly dictionaryCache = new Map<string, boolean>()
  private readonly englishCache = new Map<string, boolean>()
  private readonly accepted: Set<string>
  private readonly housePrefixes = new Set<number>()
  private readonly swiss: boolean
  private readonly prohibit: Map<string, {correction: string}>

  constructor(
    private readonly german: Hunspell,
    private readonly dic: Uint8Array,
    private readonly english: () => Hunspell | undefined,
    words: string[],
    language: Language,
    private readonly lexicon: () => Hunspell,
    private readonly aff: string,
    private readonly englishLoader: () => Promise<void>,
    /** The dictionary's stems, as `npm run build` prepared them (else parsed from `dic` on first use). */
    private readonly precomputed?: PreparedStems
  ) {
    this.swiss = language === 'de-CH'
    this.accepted = new Set()
    const variant = language === 'de-AT' ? dictionaryList('spelling-accept-de-AT.txt') : language === 'de-CH' ? dictionaryList('spelling-accept-de-CH.txt') : []
    for (const word of [...dictionaryList('spelling-accept.txt'), ...variant, ...words]) this.accepted.add(word)
    for (const word of this.accepted) this.housePrefixes.add(prefixKey(word))
    this.prohibit = new Map()
    for (const line of dictionaryList('spelling-prohibit.txt')) {
      const [wrong, correction] = line.split(/\s*=>\s*/)
      if (wrong && correction) this.prohibit.set(wrong, {correction})
    }
  }

  prohibited(word: string) {
    return this.prohibit.get(word)
  }

  inDictionary(word: string): boolean {
    if (word.length > MAX_WORD_LENGTH) return false
    let answer = this.dictionaryCache.get(word)
    if (answer === undefined) {
      answer = this.dictionary(word)
      this.dictionaryCache.set(word, answer)
    }
    return answer
  }

  /** A word the house lists accept, also inflected (`Chatbots`). */
  private house(word: string): boolean {
    // The lists are short: most words are settled by their first two letters, without building any string.
    if (!this.housePrefixes.has(prefixKey(word))) return false
    const listed = (base: string) => this.accepted.has(base) || this.accepted.has(upperFirst(base))
    // Feminine nouns in -in (Zuseherin, Pensionistin, Landesrätin) have their plural in -innen and no other ending
    // (not Zuseherinen, Zuseheriner).
    if (word.endsWith('innen') && listed(word.slice(0, -3))) return true
    const feminine = /^(.+(?:er|ist|ant|ent|ät|chef)in)(?:e|em|en|er|es|n|ne|nn)$/.exec(word)
    if (feminine && listed(feminine[1])) return false
    return inflected(word, listed, 1)
  }

  /**
   * Hunspell's answer. The Swiss dictionary is the German one, so in de-CH
   * `ss` is looked up as `ß` too and a word with `ß` is not Swiss spelling.
   */
  private dictionary(word: string): boolean {
    if (!this.swiss) return this.german.spell(word)
    if (word.includes('ß')) return false
    return this.german.spell(word) || sharpSVariants(word).some((variant) => this.german.spell(variant))
  }

  /**
   * The form with the other s-spelling when only that one is right:
   * `Strasse` → `Straße` in de-DE/de-AT, `Straße` → `Strasse` in de-CH.
   */
  sharpS(word: string): string | undefined {
    if (this.swiss) {
      if (!word.includes('ß')) return undefined
      const swiss = word.replace(/ß/g, 'ss')
      return this.check(swiss) ? swiss : undefined
    }
    // Hunspell and house lists only: our own compounding would split
    // `Hauptstrasse` into Haupt|str|asse.
    if (!word.includes('ss') || this.known(word)) return undefined
    return sharpSVariants(word).find((variant) => this.known(variant))
  }

  /** Dictionary or house word, no compounding of our own. */
  private known(word: string): boolean {
    let answer = this.cache.get(word)
    if (answer === undefined) {
      answer = !this.prohibit.has(word) && (this.dictionary(word) || this.house(word))
      this.cache.set(word, answer)
    }
    return answer
  }

  check(word: string): boolean {
    // No German word is this long; longer tokens (glued text, base64) would
    // cost the compound search quadratic time.
    if (word.length > MAX_WORD_LENGTH) return false
    if (this.prohibit.has(word)) return false
    if (this.known(word)) return true
    // Nominalised or sentence-initial forms: `Heuer`, `Gute`.
    if (isUpper(word) && this.known(lowerFirst(word))) return true
    // Hyphenated compounds: every part known (`FPÖ-Chef`, `Ukraine-Krieg`).
    if (word.includes('-')) {
      const parts = word.split('-').filter(Boolean)
      if (parts.length > 1 && parts.every((part, index) => this.part(part, index === 0))) return true
      // A hyphen for clarity in a compound the dictionary knows written solid (Weltcup-Abfahrt).
      if (parts.length === 2 && this.known(parts[0] + lowerFirst(parts[1]))) return true
      return this.genitive(word)
    }
    // An adjective in -el or -er drops that e when inflected (makaber → makabren), where the dictionary lists only the full forms (makaberen).
    const elided = /^(\p{Ll}{3,})([lr])(e|en|er|es|em)$/u.exec(word)
    if (elided && this.known(`${elided[1]}e${elided[2]}`) && this.known(`${elided[1]}e${elided[2]}${elided[3]}`)) return true
    // zu-infinitives of separable verbs: anzuführen = an + zu + führen.
    const zu = /^(\p{Ll}{2,}?)zu(\p{Ll}{3,})$/u.exec(word)
    if (zu && (this.known(zu[1] + zu[2]) || (VERB_PARTICLES.has(zu[1]) && this.known(zu[2])))) return true
    // Gender forms: Lehrer:innen, Lehrer*innen, Lehrer_innen, LehrerInnen.
    const gender = /^(\p{L}{2,})(?:[:*_·/]in(nen)?|In(nen)?)$/u.exec(word)
    if (gender) return this.known(gender[1]) || this.known(`${gender[1]}in${gender[2] ?? gender[3] ?? ''}`)
    return this.compound(word) || this.genitive(word)
  }

  /**
   * Genitive -s of a capitalised word or compound the dictionary knows only
   * without it (`Saudi-Arabiens`, `Lehmanns`); colloquial `gibts`, `gehts`.
   */
  private genitive(word: string): boolean {
    if (word.length < 5 || !word.endsWith('s') || word.endsWith('ss')) return false
    const base = word.slice(0, -1)
    return isUpper(word) ? this.check(base) : /t$/.test(base) && base.length <= 8 && this.known(base) && this.verbForm(base)
  }

  /** A verb form in -t, as in the colloquial gehts, gibts, klappts (not the adjective in breits, a typo for bereits). */
  private verbForm(word: string): boolean {
    const stem = word.slice(0, -1)
    return IRREGULAR_T.has(word) || this.known(stem + 'en') || this.known(stem + 'n') || (stem.endsWith('e') && this.known(stem.slice(0, -1) + 'en'))
  }

  /** Is this part of a hyphenated compound known (an acronym, a word, a compound)? */
  checkPart(part: string, first: boolean): boolean {
    return this.part(part, first)
  }

  private part(part: string, first: boolean): boolean {
    if (/^[\p{Lu}\d]+$/u.test(part) || /\d/.test(part) || part.length === 1) return true
    return this.known(part) || this.known(upperFirst(part)) || (!first && this.known(lowerFirst(part))) || this.compound(part)
  }

  /**
   * Is the capitalised word a noun: a noun stem of the dictionary or house
   * list (inflected), or a word whose lower-case form German lacks?
   */
  private noun(word: string): boolean {
    // A nominalised present participle is a noun too (Kunst|schaffenden, Asyl|werbende).
    return this.stemmed(word) || this.house(word) || !this.known(lowerFirst(word)) || NOMINALISED_PARTICIPLE.test(word)
  }

  /**
   * Can this begin a compound? A dictionary stem (a base form: Bürger, not
   * Bürgern or spielt), a house word, a compound Hunspell itself builds,
   * or again such a compound of our own.
   */
  private compoundHead(stem: string): boolean {
    if (PART_STOP.has(stem.toLowerCase())) return false
    if (this.isStem(stem) || this.isStem(upperFirst(stem)) || this.isStem(lowerFirst(stem))) return true
    const noun = upperFirst(stem)
    if (this.dictionary(noun)) {
      // A compound Hunspell builds, or a derived noun in its base form (Verpflichtung|s|erklärung, Tötung|s|absicht).
      if (DERIVED_NOUN.test(noun) || !this.lexiconWord(noun)) return true
    }
    return this.compound(noun)
  }

  /**
   * Known parts with optional linking elements (`Ukrainekrieg`,
   * `österreichweit`, `Tötungsabsicht`): the last part is a known
   * word of four letters or more (or a noun stem: Amt, Rat), never a
   * function word (Außers|dem); what precedes it a base form, not an
   * inflected or conjugated one (Bürgern|meisters, Spielt|klasse), or again
   * such a compound. A separable particle or `nicht` joins any lower-case
   * word (vorbei|kam, nicht|digitale).
   */
  private compound(word: string, nounTail = true): boolean {
    const key = (nounTail ? '\u0000' : '\u0001') + word
    const cached = this.cache.get(key)
    if (cached !== undefined) return cached
    let answer = false
    // A short past form with ß and its particle (ein|saß, auf|aß: als er einsaß), which the dictionary lists for few
    // verbs; without it the word would pass for the old spelling of `einsass` (eins|ass). Other short words are not
    // split so (an|mal, ab|her).
    if (word.length >= 5 && word.length < 7 && word.includes('ß') && !isUpper(word)) {
      for (let at = 2; at <= word.length - 2 && !answer; at++) {
        const right = word.slice(at)
        answer = right.includes('ß') && VERB_PARTICLES.has(word.slice(0, at)) && this.known(right)
      }
    }
    if (word.length >= 7) {
      for (let at = word.length - 3; at >= 3 && !answer; at--) {
        const right = word.slice(at)
        // A verb with its particle (vorbei|kam, zurecht|kam) or nicht with an adjective (nicht|digitale).
        if (!isUpper(word) && VERB_PARTICLES.has(word.slice(0, at)) && !PART_STOP.has(right) && this.known(right)) {
          answer = true
          break
        }
        if (PART_STOP.has(right.toLowerCase()) || (right.length < 4 && !this.isStem(upperFirst(right)))) continue
        // A lower-case word may end in a noun only with `nounTail` (see nounTailTypo).
        if (!((nounTail && this.known(upperFirst(right))) || (!isUpper(word) || right === right.toLowerCase() ? this.known(right) : false))) continue
        // A capitalised compound ends in a noun, not in a verb form (Gemeinde|gebiert, Mittal|alter).
        if (isUpper(word) && !this.noun(upperFirst(right))) continue
        const left = word.slice(0, at)
        for (const link of LINKS) {
          if (link && !left.endsWith(link)) continue
          const stem = link ? left.slice(0, -link.length) : left
          if (stem.length < 3) continue
          // Linking elements follow nouns (Bundes|regierung), not adjectives (fertig|s|gestellt).
          if (link && !this.noun(upperFirst(stem)) && !this.compound(upperFirst(stem))) continue
          if (this.compoundHead(stem)) {
            answer = true
            break
          }
        }
      }
    }
    this.cache.set(key, answer)
    return answer
  }

  /**
   * A lower-case word that korrektor's compounding accepts only with a noun
   * as its last part (italiene|Nische, wissenschaft|Leiche; not regal|mäßig:
   * mäßig is lower case) while a slip or two away lies a lower-case word
   * (italienische, wissenschaftliche): a typo; returns that word.
   * Lower-case compounds end in adjectives, adverbs or verbs, so such a
   * reading is weak evidence for the word.
   */
  nounTailTypo(word: string): string | undefined {
    // Not adverbs in -s from a noun (untertags, vormittags) nor numerals (hunderttausender).
    if (word.length < 7 || isUpper(word) || word.includes('-') || word.endsWith('s') || /hundert|tausend/.test(word)) return undefined
    const key = '\u0002' + word
    if (this.hidden.has(key)) return this.hidden.get(key)
    let answer: string | undefined
    if (!this.known(word) && !this.compound(word, false) && this.compound(word)) {
      const candidates = [...this.suggest(word), ...this.distantSuggestions(word, 0, 2).map((c) => c.word)]
      answer = candidates.find((c) => /^\p{Ll}/u.test(c) && commonPrefix(word, c) >= 3 && (typoCost(word, c) <= 2 || oneEdit(word, c)))
    }
    this.hidden.set(key, answer)
    return answer
  }

  /**
   * A lower-case word with an inseparable prefix before a participle's ge-
   * or before itself, where the word without them is German (ver|gewendet:
   * verwendet, ent|entwickelt: entwickelt): no German word is built so –
   * unlike separable particles (an|ge|tanzt) and ge- itself (ge|geißelt).
   * Not be-, a slip for bei- as often (be|getragen: beigetragen). Returns
   * the word without them.
   */
  prefixSlip(word: string): string | undefined {
    if (isUpper(word)) return undefined
    for (const prefix of INSEPARABLE) {
      if (word.length - prefix.length < 4 || !word.startsWith(prefix)) continue
      const rest = word.slice(prefix.length)
      for (const plain of [rest.startsWith('ge') ? prefix + rest.slice(2) : '', rest.startsWith(prefix) ? rest : '']) {
        if (plain.length >= 6 && this.check(plain)) return plain
      }
    }
    return undefined
  }

  /**
   * Can the word be explained as a derivation of known words? A prefix plus
   * a known word (`umetikettiert`, `unerzwungene`), a name or word plus the
   * adjective suffix -isch (`jemenitischen`), or a known word plus an
   * adjective suffix (-lich, -ig, -bar, -los, -weit). Typos rarely are.
   */
  derivable(word: string): boolean {
    const lower = word.toLowerCase()
    // A lower-case word is no prefix plus noun (be|Finder, ge|Gründer are typos for befindet, gegründet).
    const noun = isUpper(word)
    // Asked once, on the first prefix that fits (it does not depend on which).
    let slip: string | undefined | null = null
    for (const prefix of PREFIXES) {
      if (lower.length - prefix.length < 4 || !lower.startsWith(prefix)) continue
      const rest = lower.slice(prefix.length)
      if (!noun && (slip ??= this.prefixSlip(word))) return false
      if (this.check(rest) || (noun && this.check(upperFirst(rest)))) return true
    }
    const adjective = /^(\p{L}{3,}?)(isch|lich|ig|bar|los|weit|haft|sam)(e[nmrs]?|er|st|ste[nmrs]?)?$/u.exec(lower)
    if (adjective) {
      const stem = adjective[1]
      const bases = [stem, stem + 'e', stem + 'en', stem + 'a', stem + 'ien', stem + 'ia', stem + 'n']
      if (bases.some((base) => this.known(upperFirst(base)) || this.known(base))) return true
      if (/(?:an|en|in|on|it|ist|äer|aner|ener|iner|ier)$/.test(stem)) return true // demonyms: jemenit-isch, uigur-isch
    }
    // Verbs in -ieren from a known word: novelliert (Novelle), alteriert (alter).
    const ieren = /^(\p{L}{3,}?)(?:ier(?:en|e|t|te|ten|ter|tes|tem|st|end|ende|enden)?)$/u.exec(lower)
    if (ieren && ['', 'e', 'a', 'o', 'ee', 'é'].some((ending) => this.known(ieren[1] + ending) || this.known(upperFirst(ieren[1] + ending)))) return true
    // Konjunktiv II of strong verbs: the past form with umlaut (ständen ← standen, einbräche ← einbrache).
    if (!isUpper(word) && /[äöü]/.test(lower) && /(?:e|en|est|et)$/.test(lower) && this.known(withoutUmlaut(lower))) return true
    // Comparison of a known adjective: bissig-er-e, härt-est-en (hart).
    const comparison = /^(\p{L}{3,}?)(?:er|e?st)(?:e[nmrs]?)?$/u.exec(lower)
    if (comparison && (this.known(comparison[1]) || this.known(withoutUmlaut(comparison[1])))) return true
    if (isUpper(word)) {
      // A noun in -ung from a verb: Verschattung (verschatten), Projektierung (projektieren), Stürmungen. Not
      // from a past form (Auflöstung: auflösten is auflösen's past, as darstellten, erweiterten are).
      const ung = /^(\p{L}{4,}?)ung(?:en)?$/u.exec(lower)
      if (ung) {
        const stem = ung[1]
        const verb = (base: string) => this.known(base + 'en') || (/[lr]$/.test(base) && this.known(base + 'n'))
        if (verb(stem) && !(stem.endsWith('t') && verb(stem.slice(0, -1)))) return true
      }
      // Genitive of a nominalised infinitive: des Träumens, des Bettelns.
      const infinitive = /^(\p{L}{3,}n)s$/u.exec(lower)
      if (infinitive && this.known(infinitive[1])) return true
      // Inhabitants of a place: Erlanger (Erlangen), Argentinier (Argentinien), Altausseer (Altaussee).
      const demonym = /^(\p{L}{3,}?)(?:er|ier|aner|ianer|ener|enser)(?:in|innen|n|s)?$/u.exec(word)
      if (demonym) {
        const place = demonym[1]
        if (['', 'en', 'ien', 'ia', 'a', 'e', 'n', 'ein'].some((ending) => this.known(place + ending))) return true
      }
    }
    return false
  }

  /**
   * German inflection of an English stem (gepostet, checkt). `strict`: a
   * lower-case word counts only as a verb loan (gepostet) or an adjective
   * loan without prefix (immersiven), not as a noun with German endings
   * (internationalern). Call `loadEnglish` first.
   */
  englishLoan(word: string, strict = false): boolean {
    return this.englishStem(word.toLowerCase(), !strict || isUpper(word))
  }

  /**
   * An English verb: the dictionary gives it a past or -ing form (post,
   * dare), or its past form is listed apart (flopped, matched – but stated
   * is the past of state, not of stat).
   */
  private englishVerb(base: string): boolean {
    return (
      englishVerbSet().has(base) ||
      this.isEnglish(base + base.slice(-1) + 'ed') ||
      (this.isEnglish(base + 'ed') && !this.isEnglish(base + 'e'))
    )
  }

  /**
   * German inflection of an English stem: gepostet, checkt, floppte, geliked,
   * jailbreaken. Such loans are German usage, not typos.
   */
  private englishStem(lower: string, anyWord: boolean): boolean {
    for (const prefix of LOAN_PREFIXES) {
      if (!lower.startsWith(prefix)) continue
      for (const ending of LOAN_ENDINGS) {
        if (!lower.endsWith(ending) || lower.length - prefix.length - ending.length < 3) continue
        const base = lower.slice(prefix.length, lower.length - ending.length)
        // After a particle, ge- is the participle's (aus|ge|checkt, read with the prefix ausge), not the stem's (aus|gestate|t).
        if (prefix !== '' && !prefix.endsWith('ge') && base.startsWith('ge')) continue
        const candidates = [base, base + 'e']
        if (/(.)\1$/.test(base)) candidates.push(base.slice(0, -1)) // floppte, gepinnt
        // A lower-case loan is a verb (gepostet, andocken), or an adjective without prefix
        // (immersiven); not a noun or adjective with German prefix or verb ending
        // (ausgestatet is no form of stat, internationalern none of international).
        const verbOnly = !anyWord && (prefix !== '' || !ADJECTIVE_ENDINGS.has(ending))
        // A three-letter stem must be a verb in any case (jobbt, gefixt, getoppt; not aufge|nonn|en from non).
        if (candidates.some((candidate) => candidate.length >= 3 && this.isEnglish(candidate) && ((!verbOnly && candidate.length > 3) || this.englishVerb(candidate)))) return true
      }
    }
    return false
  }

  private englishLoaded: Promise<void> | undefined
  loadEnglish(): Promise<void> {
    this.englishLoaded ??= this.englishLoader()
    return this.englishLoaded
  }

  isEnglish(word: string): boolean {
    const english = this.english()
    if (!english) throw new Error('speller: loadEnglish() must be awaited before isEnglish()')
    let answer = this.englishCache.get(word)
    if (answer === undefined) {
      answer = english.spell(word) || english.spell(word.toLowerCase())
      this.englishCache.set(word, answer)
    }
    return answer
  }

  private stemTable: WordTable | undefined

  /** A dictionary stem or house word (exact case)? */
  isStem(word: string): boolean {
    this.stemTable ??= this.precomputed?.stems ?? WordTable.from(this.parsedStems())
    return this.stemTable.has(word) || this.accepted.has(word)
  }

  private parsed: string[] | undefined
  /** The .dic's stems, parsed here when `npm run build` did not prepare them (once for both tables). */
  private parsedStems(): string[] {
    this.parsed ??= dictionaryStems(this.dic)
    return this.parsed
  }

  /** The stems and house words in lower case, sorted: the dictionary's and the house words' (few; built here). */
  private lowerTables: WordTable[] | undefined

  private sortedStems(): WordTable[] {
    this.lowerTables ??= [
      this.precomputed?.lower ?? WordTable.from(this.parsedStems().map((word) => word.toLowerCase())),
      WordTable.from(Array.from(this.accepted, (word) => word.toLowerCase()))
    ]
    return this.lowerTables
  }

  /** A stem or house word in lower case? */
  private isLowerStem(word: string): boolean {
    for (const table of this.sortedStems()) if (table.has(word)) return true
    return false
  }

  /**
   * Does some stem begin with the first `length` letters of `text` with
   * `del` letters at `at` replaced by `ins`? The edited text is read in
   * place, so the many variants of a search cost no strings.
   */
  private stemPrefixOf(text: string, at: number, del: number, ins: string, length: number): boolean {
    for (const table of this.sortedStems()) {
      const index = table.lowerBound(text, at, del, ins, length)
      if (index < table.size && table.compare(index, text, at, del, ins, length) === 0) return true
    }
    return false
  }

  /** Is `prefix` (lower case) the beginning of some dictionary stem? */
  private stemPrefix(prefix: string): boolean {
    return this.stemPrefixOf(prefix, 0, 0, '', prefix.length)
  }

  /**
   * A word of the dictionary itself, not one Hunspell builds as a compound:
   * a stem, an inflected stem, or a derivation that keeps all but the last
   * four letters of a stem (`Ausstattung` from `Ausstatten`).
   */
  lexical(word: string): boolean {
    if (word.length < 6) return this.stemmed(word)
    // A stem that shares all but the last three letters of the word, minus
    // at most two letters of its own ending, plus an inflectional or
    // derivational ending (Ausstatt|en → Ausstatt|ung); not a compound
    // (Listen|au, Kaufst|ark → Kaufst|ein). Without any stem beginning with
    // those letters the word cannot be an inflected stem either (endings
    // have at most three letters), so one binary search settles most words.
    const lower = word.toLowerCase()
    const prefix = lower.slice(0, lower.length - endingLength(lower))
    if (prefix.length < 3) return this.stemmed(word)
    const length = prefix.length
    const begins = (table: WordTable, at: number) => at < table.size && table.compare(at, prefix, 0, 0, '', length) === 0
    const firsts = this.sortedStems().map((table) => table.lowerBound(prefix, 0, 0, '', length))
    if (!this.sortedStems().some((table, i) => begins(table, firsts[i]))) return false
    if (this.stemmed(word)) return true
    for (const [i, table] of this.sortedStems().entries()) {
      for (let at = firsts[i], seen = 0; seen < 200 && begins(table, at); at++, seen++) {
        const size = table.wordLength(at)
        let common = length
        while (common < size && common < lower.length && table.codeAt(at, common) === lower.charCodeAt(common)) common++
        // The stem's own ending has at most two letters: longer rests are not asked for as strings.
        if (size - common <= 2 && STEM_ENDINGS.has(table.tail(at, common)) && DERIVATION_ENDINGS.has(lower.slice(common))) return true
      }
    }
    return false
  }

  /** A dictionary stem or house word, possibly inflected (`Bürgermeistern`). */
  stemmed(word: string): boolean {
    return inflected(word, (base) => this.isStem(base), 3)
  }


  private readonly suggestions = new Map<string, string[]>()
  private readonly hidden = new Map<string, string | undefined>()
  private readonly split = new Map<string, string | undefined>()

  /**
   * Does the word split into a short dictionary word (3–4 letters) and a
   * dictionary word, the shape of a typo hiding as a compound (Haut|bahnhof,
   * Gesichts|punk)? The short part is looked up in the stem set first, so
   * Hunspell is asked about the long part only for few words.
   */
  private shortParts(word: string): Array<[from: number, to: number]> {
    const regions: Array<[number, number]> = []
    for (const size of [3, 4]) {
      const left = word.slice(0, size)
      if (this.stemmed(left) && this.known(upperFirst(word.slice(size)))) regions.push([1, size + 1])
      for (const ending of ['', 'e', 'en', 'n', 's', 'es']) {
        if (!word.endsWith(ending)) continue
        const body = word.slice(0, word.length - ending.length)
        const right = body.slice(-size)
        if (this.stemmed(upperFirst(right) + ending) && this.known(body.slice(0, -size))) {
          regions.push([body.length - size, word.length])
          break
        }
      }
    }
    return regions
  }

  /**
   * A typo that hides as a compound: the word is accepted only as a
   * compound (not a dictionary word itself) and a dictionary word lies one
   * inner edit away (`Hautbahnhof` = Haut + Bahnhof, but `Hauptbahnhof`).
   * Returns that word.
   */
  /**
   * A word Hunspell rejects that only korrektor's own compounding accepts
   * (`Bürgersmeister` = Bürgers + Meister), while a dictionary stem or house
   * word lies one inner edit away (`Bürgermeister`): a typo, returns that word.
   */
  splitTypo(word: string): string | undefined {
    // Nouns only (verbs and adjectives are accepted by other, safer means),
    // not genitives of nominalised infinitives (des Verschwindens).
    if (word.length < 9 || !isUpper(word) || /\p{Ll}\p{Lu}/u.test(word) || word.includes('-') || /n?s$/.test(word)) return undefined
    if (this.split.has(word)) return this.split.get(word)
    const lower = word.toLowerCase()
    // A verb written as a noun: das Aussitzen (prefix + verb), das Bergsteigen.
    const nominalised = lower.endsWith('en') && (PREFIXES.some((prefix) => lower.startsWith(prefix) && this.known(lower.slice(prefix.length))) || this.known(lower))
    if (nominalised || this.known(word) || !this.compound(word)) {
      // das Aussitzen: a verb with its particle, written as a noun
      this.split.set(word, undefined)
      return undefined
    }
    // Or one made of words (das Eislaufen: eis + laufen) whose correction would be another verb (Einlaufen).
    const verbal = lower.endsWith('en') && this.compound(lower, false)
    const answer = this.suggest(word, undefined, true).find((candidate) => {
      if (!this.stemmed(candidate) || linkingOrUmlaut(word, candidate) || spellingVariant(word, candidate)) return false
      if (verbal && this.known(lowerFirst(candidate))) return false
      const prefix = commonPrefix(word, candidate)
      return prefix >= 2 && prefix < Math.min(word.length, candidate.length) - 2
    })
    if (this.split.size > 50_000) this.split.clear()
    this.split.set(word, answer)
    return answer
  }

  /**
   * Corrections for a slip in the last part of a compound whose first part
   * is a known word (Finger|abruck → Fingerabdruck, Fernseh|sehrie): the
   * last part is corrected as a word of its own (one edit, or two cheap
   * ones), and the whole must be accepted again.
   */
  compoundSuggestions(word: string): string[] {
    if (word.length < 10 || word.includes('-')) return []
    const found: string[] = []
    for (let at = word.length - 6; at >= 4 && found.length === 0; at--) {
      const left = word.slice(0, at)
      const right = word.slice(at)
      if (!(this.known(left) || this.known(upperFirst(left)) || (/(?:s|n|en|es)$/.test(left) && this.known(left.replace(/(?:s|n|en|es)$/, ''))))) continue
      const noun = upperFirst(right)
      if (this.known(noun) || this.known(right)) continue // the slip is not there
      const corrections = [...this.suggest(noun, undefined, true), ...this.distantSuggestions(noun, 0, 2).map((c) => c.word)]
      for (const correction of corrections) {
        // The slip lies inside the part, not in its last two letters (an ending: Vogelgezwitscher|t).
        if (commonPrefix(noun, correction) >= Math.min(noun.length, correction.length) - 2) continue
        const candidate = left + lowerFirst(correction)
        if (!found.includes(candidate) && typoCost(word, candidate) <= 2 && this.dictionary(candidate)) found.push(candidate)
      }
    }
    return found.sort((a, b) => typoCost(word, a) - typoCost(word, b)).slice(0, 5)
  }

  /**
   * A word only korrektor's own compounding accepts (Hunspell rejects it)
   * that one cheap slip turns into a word Hunspell knows: a doubled or
   * undoubled letter, swapped neighbours, an umlaut (Mannschafft,
   * Kommisssion, Bundestraße, Hindergrund). Returns that word.
   */
  compoundSlip(word: string): string | undefined {
    if (word.length < 8 || word.includes('-') || /\p{Ll}\p{Lu}/u.test(word)) return undefined
    if (this.known(word) || (isUpper(word) && this.known(lowerFirst(word))) || !this.compound(word)) return undefined
    // An e typed into the joint of a compound the dictionary knows without
    // it (Bürgeremeister, Zeiteschrift): compounds with an e link (Tagebuch,
    // Hundehütte) are in the dictionary themselves.
    if (isUpper(word)) {
      for (let at = 3; at < word.length - 4; at++) {
        if (word[at] !== 'e' || word[at - 1] === 'e' || word[at + 1] === 'e') continue
        // The e stands between two parts: a stem before it, a noun after it.
        const head = word.slice(0, at)
        if (!this.isStem(head) || !this.known(upperFirst(word.slice(at + 1))) || this.known(word.slice(0, at + 1))) continue
        const candidate = head + word.slice(at + 1)
        if (this.dictionary(candidate)) return candidate
      }
    }
    const lower = word.toLowerCase()
    // A lower-case word may also miss or have one letter too many (a slip our compounding reads as two words), unless it begins with a
    // verb particle or a prefix our compounding joins freely (aus|hebeln, dazu|bekommen, meist|gesuchte, hundert|tausender).
    const free = !isUpper(word) && !FREE_STARTS.some((start) => lower.startsWith(start))
    // A word that takes no endings does not grow into compounds: a compound one slip from it is a typo
    // whatever it begins with (beispiels|weide, mittler|weite: beispielsweise, mittlerweile); not an
    // adverb in -s, which often has a form without (untertags, untertage).
    return this.suggest(word).find(
      (candidate) =>
        this.ownWord(candidate) &&
        candidate[0].toLowerCase() === lower[0] &&
        !linkingOrUmlaut(word, candidate) &&
        typoCost(lower, candidate.toLowerCase()) <= (free || (!isUpper(word) && !word.endsWith('s') && this.uninflected(candidate)) ? 2 : 1)
    )
  }

  /**
   * A word that takes no endings – adverbs, conjunctions (außerdem, zunächst,
   * allerdings, beispielsweise): a dictionary stem with no form in -e, -en,
   * -er, -es, and no verb (wechseln has wechselt). Such words do not grow
   * into compounds, and names differ from words at their endings but hardly
   * from these: a word one slip from one is a typo.
   */
  uninflected(word: string): boolean {
    // A participle takes endings even where the dictionary lacks them (ausgespäht, ausgespähte).
    if (/ge\p{Ll}{2,}[td]$|iert$/u.test(word)) return false
    // Inflected forms come from the dictionary's affixes, not from korrektor's compounding (möglicher|weisen).
    const endings = word.endsWith('e') ? ['n', 'r', 's', 'm'] : ['e', 'en', 'er', 'es']
    if (!this.isStem(word) || endings.some((ending) => this.known(word + ending))) return false
    const verb = /e?n$/.exec(word)
    return !(verb && ['t', 'et', 'e', 'end'].some((ending) => this.check(word.slice(0, verb.index) + ending)))
  }

  compoundTypo(word: string): string | undefined {
    if (word.length < 9 || !isUpper(word) || word.includes('-') || /\p{Ll}\p{Lu}/u.test(word)) return undefined
    if (this.hidden.has(word)) return this.hidden.get(word)
    let answer: string | undefined
    const regions = this.shortParts(word)
    if (regions.length > 0 && !this.lexical(word)) {
      // Typing slips inside the short part (and at its edges): a missing
      // letter, two letters swapped, a neighbouring key; not an extra letter
      // (Dienstwagen is no Dienstagen). Candidates must be long dictionary
      // stems or house words (a set look-up each; Hunspell without
      // compounding confirms the one found).
      const candidates: string[] = []
      for (const [from, to] of regions) {
        for (let i = Math.max(1, from - 1); i <= Math.min(word.length, to); i++) {
          for (const letter of ALPHABET) {
            // An inserted e, n, r or s in the last three letters is inflection (Eisenbahn-er-n).
            if (!(i >= word.length - 3 && 'enrs'.includes(letter))) candidates.push(word.slice(0, i) + letter + word.slice(i))
            if (i < word.length && neighbours(word[i].toLowerCase(), letter)) candidates.push(word.slice(0, i) + letter + word.slice(i + 1))
          }
          if (i + 1 < word.length) candidates.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2))
        }
      }
      // Long stems or house words (nine letters or more: Hauptbahnhof).
      answer = candidates.find((candidate) => candidate !== word && candidate.length >= 9 && this.isStem(candidate) && !linkingOrUmlaut(word, candidate))
      // Only Hunspell's compounding accepts the word, and the candidate is a
      // noun of the dictionary itself (checked without compounding; the
      // house lists count as dictionary), not a capitalised verb or
      // adjective (Zusammenhang is no typo for zusammenhing).
      if (answer) {
        const dictionaryWord = (w: string) => this.lexiconWord(w) || this.house(w)
        const noun = (w: string) => dictionaryWord(w) && !this.lexiconWord(lowerFirst(w)) && !this.accepted.has(lowerFirst(w))
        if (dictionaryWord(word) || !noun(answer)) answer = undefined
      }
    }
    if (this.hidden.size > 50_000) this.hidden.clear()
    this.hidden.set(word, answer)
    return answer
  }

  /**
   * Ranked corrections from the dictionary (cached per word); `context` words
   * (correct words of the same document) within one edit rank first.
   */
  suggest(word: string, context?: NearIndex, stemsOnly = false): string[] {
    const prohibited = this.prohibit.get(word)
    if (prohibited) return [prohibited.correction]
    const key = stemsOnly ? '\u0000' + word : word
    let fromDictionary = this.suggestions.get(key)
    if (!fromDictionary) {
      fromDictionary = this.dictionarySuggestions(word, stemsOnly)
      if (fromDictionary.length === 0 && !stemsOnly) fromDictionary = this.particleSuggestions(word)
      if (this.suggestions.size > 50_000) this.suggestions.clear()
      this.suggestions.set(key, fromDictionary)
    }
    const near = context ? context.near(word) : []
    return [...near, ...fromDictionary.filter((s) => !near.includes(s))].slice(0, 5)
  }

  /**
   * The zu-infinitive of a separable verb with a slip in the verb
   * (mitzuverhandlen → mitzuverhandeln): the dictionary has the verb, not
   * the word, so the verb is corrected alone and the particle and zu put
   * back.
   */
  private particleSuggestions(word: string): string[] {
    const zu = /^(\p{Ll}{2,}?)zu(\p{Ll}{4,})$/u.exec(word)
    if (!zu || !VERB_PARTICLES.has(zu[1])) return []
    return this.dictionarySuggestions(zu[2], false)
      .filter((verb) => /^\p{Ll}+e?n$/u.test(verb) && verb[0] === zu[2][0])
      .map((verb) => `${zu[1]}zu${verb}`)
      .filter((candidate) => this.check(candidate))
  }

  private readonly distantCache = new Map<string, Array<{word: string; cost: number}>>()
  private readonly ownWords = new Map<string, boolean>()

  /**
   * A word of the dictionary itself, inflected or derived by its affixes
   * (unabhängig, wichtigste), or a house word – not a compound Hunspell
   * builds. Asks Hunspell without compounding when the stems alone do not
   * settle it.
   */
  ownWord(word: string): boolean {
    let answer = this.ownWords.get(word)
    if (answer === undefined) {
      // Not through `known`: the candidates of a search are many and used once, its cache would only grow.
      answer =
        !this.prohibit.has(word) &&
        (this.house(word) || this.lexiconWord(word) || (this.lexical(word) && this.dictionary(word)))
      if (this.ownWords.size > 10_000) this.ownWords.clear()
      this.ownWords.set(word, answer)
    }
    return answer
  }

  private affixRules:
    | {suffixes: Map<string, Affix[]>; inner: Affix[]; stripOnly: Affix[]; prefixes: string[]}
    | undefined

  /**
   * The affix rules of the .aff file, in lower case, for `affixable`:
   * suffixes by their last letter, the inner suffixes a second one may
   * follow (those with continuation flags), suffixes that only strip
   * letters, the prefixes that add letters (un-, ver-; not the hyphen forms
   * of compound parts), and the stems in lower case.
   */
  private affixes() {
    if (!this.affixRules) {
      const suffixes = new Map<string, Affix[]>()
      const inner: Affix[] = []
      const stripOnly: Affix[] = []
      const prefixes = new Set<string>()
      const seen = new Set<string>()
      for (const line of this.aff.split('\n')) {
        const field = line.trim().split(/\s+/)
        if ((field[0] !== 'SFX' && field[0] !== 'PFX') || field.length < 5) continue
        const strip = field[2] === '0' ? '' : field[2].toLowerCase()
        const [added, flags] = field[3].split('/')
        const add = added === '0' ? '' : added.toLowerCase()
        if (add.includes('-')) continue
        if (field[0] === 'PFX') {
          if (add && !strip) prefixes.add(add)
          continue
        }
        const rule = {strip, add}
        if (flags && add) inner.push(rule)
        if (seen.has(strip + '/' + add)) continue
        seen.add(strip + '/' + add)
        if (!add) {
          if (strip) stripOnly.push(rule)
          continue
        }
        const last = add[add.length - 1]
        let list = suffixes.get(last)
        if (!list) suffixes.set(last, (list = []))
        list.push(rule)
      }
      this.affixRules = {suffixes, inner, stripOnly, prefixes: [...prefixes]}
    }
    return this.affixRules
  }

  /** Does Hunspell without compounding accept the word (asked only when the affix rules allow it)? */
  private lexiconWord(word: string): boolean {
    return this.affixable(word) && this.lexicon().spell(word)
  }

  /**
   * Could Hunspell without compounding accept the word: does taking off a
   * prefix and up to two suffixes of the .aff file (case, flags and
   * conditions ignored, so this accepts more than Hunspell) leave a stem?
   * Settles most candidates of a correction search without asking Hunspell.
   */
  private affixable(word: string): boolean {
    const lower = word.toLowerCase()
    // A search asks about a capitalised candidate and then its lower-case form: one answer serves both.
    if (lower === this.lastAffixable.word) return this.lastAffixable.answer
    let answer = this.suffixed(lower)
    for (const prefix of this.affixes().prefixes) {
      if (answer) break
      answer = lower.length > prefix.length + 1 && lower.startsWith(prefix) && this.suffixed(lower.slice(prefix.length))
    }
    this.lastAffixable = {word: lower, answer}
    return answer
  }

  private lastAffixable = {word: '', answer: false}

  /** Is the lower-case word a stem, a stem with one suffix, or with an inner and an outer suffix? */
  private suffixed(word: string): boolean {
    const {suffixes, inner, stripOnly} = this.affixes()
    if (this.isLowerStem(word)) return true
    const bases: string[] = []
    for (const rule of suffixes.get(word[word.length - 1]) ?? []) {
      if (word.length > rule.add.length && word.endsWith(rule.add)) bases.push(word.slice(0, word.length - rule.add.length) + rule.strip)
    }
    for (const rule of stripOnly) bases.push(word + rule.strip)
    for (const base of bases) {
      if (this.isLowerStem(base)) return true
      for (const rule of inner) {
        if (base.length > rule.add.length && base.endsWith(rule.add) && this.isLowerStem(base.slice(0, base.length - rule.add.length) + rule.strip)) return true
      }
    }
    return false
  }

  /**
   * Corrections up to two edits away that are words of the dictionary itself
   * (stems, inflected or derived: `Bevölkerung`, not compounds Hunspell
   * builds), for words `suggest` finds nothing for (`Aktitivitäten`,
   * `Bavölkerung`, `Allderings`). The first letter is kept. Pruned by the
   * sorted stems: the text before an edit must begin some stem, so only
   * edits near the place where the word stops looking like any stem are
   * tried, plus edits in the last four letters (endings). Ranked by
   * weighted edits (a neighbouring key or swapped letters cost less than a
   * far key), later edits first. With `keepEnd`, the word's last letters
   * are left as they are (a caller that only wants corrections with the
   * same ending saves the search there). With `maxCost`, a second edit is
   * not tried when the two edits' own costs (as `typoCost` counts them)
   * exceed it by more than 1.5 (`typoCost` charges some pairs of edits
   * less than their sum), nor a correction looked up that costs more: the
   * caller would drop them.
   */
  distantSuggestions(word: string, keepEnd = 0, maxCost = Infinity): Array<{word: string; cost: number}> {
    const key = `${word}\u0000${keepEnd}\u0000${maxCost}`
    const cached = this.distantCache.get(key)
    if (cached) return cached
    const lower = word.toLowerCase()
    const capital = isUpper(word)
    const found = new Map<string, number>()
    /** How far the text is the beginning of some stem, knowing `from` letters are. */
    const reachOf = (text: string, from: number) => {
      let reach = from
      while (reach < text.length && this.stemPrefixOf(text, 0, 0, '', reach + 1)) reach++
      return reach
    }
    // Letters a second slip plausibly involves: the commonest letters, a neighbouring key, a doubled neighbour.
    const likely = (text: string, i: number, replacing: boolean): string => {
      const ch = text[i] ?? ''
      let letters = COMMON_LETTERS + (text[i - 1] ?? '') + ch
      if (replacing) letters += (KEY_NEIGHBOURS.get(ch) ?? '') + (UMLAUT[ch] ?? '')
      return letters
    }
    /**
     * One-edit variants of `text` at the places an edit can help, each as
     * an edit (`del` letters at `at` replaced by `ins`), with the index
     * after the edit; the variant string is built only when asked for.
     */
    type Visit = (at: number, del: number, ins: string, end: number, cost: number) => void
    const edits = (text: string, reach: number, from: number, visitAny: Visit, all: boolean) => {
      // The last `keepEnd` letters stay as they are.
      const limit = text.length - keepEnd
      const visit: Visit = (at, del, ins, end, cost) => {
        if (at + del <= limit) visitAny(at, del, ins, end, cost)
      }
      const positions = new Set<number>()
      for (let i = Math.max(from, 1, reach - 2); i <= Math.min(text.length, reach + 1); i++) positions.add(i)
      // A letter typed twice anywhere before (beeinhaltet): undoubled, whatever the stems say about the place.
      for (let i = Math.max(from, 1); i < reach - 2; i++) if (text[i] === text[i - 1]) visit(i, 1, '', i, 1)
      // Edits in the ending help only when the rest already begins a stem.
      if (reach >= text.length - 5) for (let i = Math.max(from, 1, text.length - 4); i <= text.length; i++) positions.add(i)
      for (const i of positions) {
        const ch = text[i]
        if (i < text.length) {
          visit(i, 1, '', i, ch === text[i - 1] || ch === text[i + 1] ? 1 : 2) // delete
          if (i + 1 < text.length && text[i + 1] !== ch) visit(i, 2, text[i + 1] + ch, i + 2, 1) // swap
          if (i + 2 < text.length) {
            visit(i, 2, '', i, 2) // a syllable typed twice: Aktivititäten
            for (const l of [3, 4]) {
              const chunk = text.slice(i, i + l)
              if (chunk.length === l && (chunk === text.slice(i - l, i) || chunk === text.slice(i + l, i + 2 * l))) visit(i, l, '', i, 2) // italienienisch
            }
            visit(i, 3, text[i + 1] + text[i + 2] + ch, i + 3, 2) // a letter moved: Allderings
            visit(i, 3, text[i + 2] + ch + text[i + 1], i + 3, 2)
          }
        }
        const inserts = all ? ALPHABET : likely(text, i, false)
        for (let k = 0; k < inserts.length; k++) {
          const letter = inserts[k]
          if (inserts.indexOf(letter) === k) visit(i, 0, letter, i + 1, letter === text[i - 1] || letter === ch ? 1 : 2) // insert (each letter once)
        }
        if (i < text.length) {
          const replacements = all ? ALPHABET : likely(text, i, true)
          for (let k = 0; k < replacements.length; k++) {
            const letter = replacements[k]
            if (letter !== ch && replacements.indexOf(letter) === k) visit(i, 1, letter, i + 1, replaceCost(ch, letter)) // replace
          }
        }
      }
    }
    const build = (text: string, at: number, del: number, ins: string) => text.slice(0, at) + ins + text.slice(at + del)
    /** The last letters of an edited text, enough to tell its ending. */
    const tail = (text: string, at: number, del: number, ins: string, length: number) => {
      let out = ''
      for (let k = Math.max(0, length - 6); k < length; k++) out += String.fromCharCode(charOf(text, at, del, ins, k))
      return out
    }
    /** Could the edited text be a dictionary word (its beginning up to the ending begins a stem)? */
    const endings = new Map<string, number>()
    const whole = (text: string, at: number, del: number, ins: string) => {
      const length = text.length - del + ins.length
      let ending: number
      if (at + ins.length <= length - 6) {
        // The edit lies before the last six letters: the ending is the unedited text's.
        ending = endings.get(text) ?? endingLength(text)
        endings.set(text, ending)
      } else ending = endingLength(tail(text, at, del, ins, length))
      return this.stemPrefixOf(text, at, del, ins, length - ending)
    }
    const consider = (candidate: string) => {
      const shaped = capital ? upperFirst(candidate) : candidate
      if (found.has(shaped) || shaped === word) return
      const cost = typoCost(lower, candidate)
      if (cost > maxCost) return
      // Capitalised, it may be a lower-case word at the start of a sentence (Allgemeinen, Zunächst).
      if ((this.ownWord(shaped) || (capital && this.ownWord(candidate))) && !this.prohibit.has(shaped)) found.set(shaped, cost)
    }
    // First edits: the text through the edit must begin a stem.
    const first: Array<{variant: string; end: number; reach: number; cost: number}> = []
    const seen = new Set<string>()
    edits(
      lower,
      reachOf(lower, 0),
      1,
      (at, del, ins, end, cost) => {
        const length = lower.length - del + ins.length
        if (length < 4) return
        const through = Math.min(end, length - endingLength(tail(lower, at, del, ins, length)))
        if (!this.stemPrefixOf(lower, at, del, ins, through)) return
        const variant = build(lower, at, del, ins)
        if (seen.has(variant)) return
        seen.add(variant)
        if (whole(variant, 0, 0, '')) consider(variant)
        first.push({variant, end, reach: reachOf(variant, through), cost})
      },
      true
    )
    // Second edits, the most promising first edits (whose text begins a
    // stem furthest) first, within a bound on the work (about a
    // millisecond): words with many near stems are searched only partly.
    first.sort((a, b) => b.reach - a.reach)
    let budget = 2000
    for (const {variant, end, reach, cost: firstCost} of first) {
      if (budget <= 0) break
      if (reach >= variant.length) continue
      edits(
        variant,
        reach,
        Math.max(1, end - 2),
        (at, del, ins, _end, cost) => {
          budget--
          // Two letters left out or typed in side by side cost typoCost 2.5–3, not twice 2: hence the 1.5 of slack.
          if (firstCost + cost > maxCost + 1.5 || variant.length - del + ins.length < 4 || !whole(variant, at, del, ins)) return
          const second = build(variant, at, del, ins)
          if (second !== lower) consider(second)
        },
        false
      )
    }
    const ranked = [...found]
      .sort((a, b) => a[1] - b[1] || commonPrefix(word, b[0]) - commonPrefix(word, a[0]) || (a[0] < b[0] ? -1 : 1))
      .slice(0, 5)
      .map(([candidate, cost]) => ({word: candidate, cost}))
    if (this.distantCache.size > 50_000) this.distantCache.clear()
    this.distantCache.set(key, ranked)
    return ranked
  }

  /**
   * With `stemsOnly`, only corrections that are dictionary stems (possibly
   * inflected) are wanted: every candidate is looked up in the stem set first
   * and Hunspell confirms only the hits, which is much faster.
   */
  private dictionarySuggestions(word: string, stemsOnly: boolean): string[] {
    const candidates = new Map<string, number>()
    const add = (candidate: string, cost: number) => {
      if (candidate === word || candidate.length < 2) return
      const previous = candidates.get(candidate)
      if (previous === undefined || cost < previous) candidates.set(candidate, cost)
    }
    const lower = word.toLowerCase()
    const capital = isUpper(word)
    const shape = (candidate: string) => (capital ? upperFirst(candidate) : candidate)
    // Candidates are many and used once: asked without filling the cache.
    const verify = (candidate: string) => !this.prohibit.has(candidate) && (this.cache.get(candidate) ?? (this.dictionary(candidate) || this.house(candidate)))

    // Where can the edit lie? A correction is a dictionary word, possibly
    // inflected or derived, so the unchanged text before the edit begins
    // some stem (`reach`); candidates elsewhere are not worth a Hunspell
    // look-up (~40 µs for a miss). Typos in the last part of a compound are
    // left alone here (the compound check covers short parts).
    let reach = 0
    while (reach < lower.length && this.stemPrefix(lower.slice(0, reach + 1))) reach++
    const tail = lower.length
    /** `left` letters of the word before the edit are kept, and the word from `right` on. */
    const plausible = (candidate: string, left: number, right: number, cost: number) => {
      const shaped = shape(candidate)
      let worth: boolean
      // A wrong letter that is no neighbouring key is a weaker sign of a
      // typo: only dictionary stems (inflected) count then, not derived
      // forms Hunspell builds (lizitiert is no typo for limitiert).
      // In long words (ten letters or more) a derived dictionary word counts too (Übersetzmng).
      if (cost === FAR_KEY) worth = left <= reach + 3 && (this.stemmed(shaped) || (stemsOnly && lower.length >= 10 && this.lexical(shaped)))
      else if (stemsOnly) worth = left <= reach + 3 && this.lexical(shaped)
      else {
        // An inflected stem keeps the stem's letters up to its ending, so
        // with the edit beyond `reach + 3` it cannot be one. The text through
        // the edit and one letter more must begin a stem – not the last
        // letter, where a verb form leaves its infinitive (ermittel|t from
        // ermitteln: ermittlet → ermittelt).
        const changed = candidate.length - (lower.length - right) // index after the edit in the candidate
        worth =
          (left <= reach && this.stemPrefix(candidate.slice(0, Math.max(Math.min(changed + 1, candidate.length - 1), Math.min(candidate.length, 6))))) ||
          (left <= reach + 3 && this.stemmed(shaped)) ||
          (right >= tail && this.stemmed(shaped))
      }
      if (worth && verify(shaped)) add(shaped, cost)
    }

    // Cheap edits: doubling, undoubling, transposition, deletion, umlaut, ß/ss.
    for (let i = 0; i < lower.length; i++) {
      const ch = lower[i]
      if (lower[i + 1] === ch) plausible(lower.slice(0, i) + lower.slice(i + 1), i, i + 1, 1) // undouble
      plausible(lower.slice(0, i + 1) + ch + lower.slice(i + 1), i, i + 1, 1) // double
      if (i + 1 < lower.length && lower[i + 1] !== ch) {
        plausible(lower.slice(0, i) + lower[i + 1] + ch + lower.slice(i + 2), i, i + 2, 1.5) // transpose
      }
      plausible(lower.slice(0, i) + lower.slice(i + 1), i, i + 1, 2) // delete
      if (UMLAUT[ch]) plausible(lower.slice(0, i) + UMLAUT[ch] + lower.slice(i + 1), i, i + 1, 1)
    }
    const ss = lower.indexOf('ss')
    if (ss !== -1) plausible(lower.slice(0, ss) + 'ß' + lower.slice(ss + 2), ss, ss + 2, 1)
    const sharp = lower.indexOf('ß')
    if (sharp !== -1) plausible(lower.slice(0, sharp) + 'ss' + lower.slice(sharp + 1), sharp, sharp + 1, 1)

    // Insertions and replacements (60 per letter), skipped when a cheap edit
    // already gave a likely correction.
    const best = Math.min(...candidates.values())
    for (let i = 1; i <= lower.length && !(best <= 1.5); i++) {
      // Without compounds (stemsOnly) the correction is a stem up to its
      // last three letters: the edit lies just past `reach` at the latest.
      const insertHere = stemsOnly ? i <= reach + 1 || i >= lower.length - 2 : i <= reach || i >= tail
      const replaceHere = i < lower.length && (stemsOnly ? i <= reach + 1 || i >= lower.length - 3 : i <= reach || i + 1 >= tail)
      if (!insertHere && !replaceHere) continue
      for (const letter of ALPHABET) {
        if (insertHere) plausible(lower.slice(0, i) + letter + lower.slice(i), i, i, 2)
        if (replaceHere && letter !== lower[i]) {
          plausible(lower.slice(0, i) + letter + lower.slice(i + 1), i, i + 1, neighbours(lower[i], letter) ? NEAR_KEY : FAR_KEY)
        }
      }
    }
    return [...candidates]
      // Equal cost: the later edit first (typos early in a word are rarer:
      // enwickelte → entwickelte before einwickelte), then alphabetically.
      .sort((a, b) => a[1] - b[1] || commonPrefix(word, b[0]) - commonPrefix(word, a[0]) || (a[0] < b[0] ? -1 : 1))
      .map(([candidate]) => candidate)
      .slice(0, 5)
  }


}

/** A suffix rule of the .aff file: `strip` letters of the stem replaced by `add`. */
interface Affix {
  strip: string
  add: string
}

/** A dictionary's stems (what precedes `/` or the line end in the .dic, first line skipped), in file order, without repeats. */
export function dictionaryStems(dic: Uint8Array): string[] {
  const text = Buffer.from(dic.buffer, dic.byteOffset, dic.byteLength).toString('utf8')
  return [...new Set(text.slice(text.indexOf('\n') + 1).match(/^[^/\t\r \n]+/gm) ?? [])]
}

export interface PreparedStems {
  /** The stems as they are. */
  stems: WordTable
  /** The stems in lower case (sorted: searched for beginnings). */
  lower: WordTable
}

/** The file `npm run build` writes a dictionary's stems to, next to its Hunspell snapshot. */
export function preparedStemsPath(name: string): string {
  return snapshotPath(name).replace(/\.bin$/, '.stems')
}

/**
 * The prepared stems file (`npm run build`): the dictionary's hash (64
 * bytes), the byte length of the first table (4 bytes), the stems' table,
 * the lower-case table.
 */
export function preparedStemsBytes(dic: Uint8Array): Uint8Array {
  const stems = dictionaryStems(dic)
  const tables = [WordTable.from(stems).toBytes(), WordTable.from(stems.map((word) => word.toLowerCase())).toBytes()]
  const head = Buffer.alloc(68)
  head.write(dictionaryHash(dic), 'latin1')
  head.writeUInt32LE(tables[0].byteLength, 64)
  return Buffer.concat([head, ...tables])
}

/**
 * The stems as `npm run build` prepared them: the .dic parsed, sorted and
 * indexed once, instead of in every process (~100 ms, and ~150,000 strings
 * for the garbage collector). Undefined when the file is missing, broken or
 * made from another dictionary.
 */
export function preparedStems(name: string, dic: Uint8Array): PreparedStems | undefined {
  try {
    const file = readFileSync(preparedStemsPath(name))
    if (file.byteLength < 68 || file.toString('latin1', 0, 64) !== dictionaryHash(dic)) return undefined
    // Typed arrays view the bytes in place: copied when the buffer does not begin at a multiple of four.
    const bytes = file.byteOffset % 4 === 0 ? file : new Uint8Array(file)
    const first = bytes.byteOffset + 68
    const length = file.readUInt32LE(64)
    const stems = WordTable.fromBytes(new Uint8Array(bytes.buffer, first, length))
    const lower = WordTable.fromBytes(new Uint8Array(bytes.buffer, first + length, bytes.byteLength - 68 - length))
    return stems && lower ? {stems, lower} : undefined
  } catch {
    return undefined
  }
}

const spellers = new Map<string, Promise<GermanSpeller>>()

/** The speller for a language variant and house words (cached). */
export function getSpeller(language: Language, words: readonly string[] = []): Promise<GermanSpeller> {
  const key = language + '\u0000' + words.join('\u0000')
  let speller = spellers.get(key)
  if (!speller) {
    speller = hunspellGroup(DICTIONARIES[language]).then(
      ({group, files}) =>
        new GermanSpeller(
          group.main,
          files.dic,
          () => group.english(),
          [...words],
          language,
          () => group.lexicon(),
          Buffer.from(files.aff).toString('utf8'),
          async () => void (group.english() ?? group.loadEnglish(await loadDictionary('dictionary-en'))),
          preparedStems(DICTIONARIES[language], files.dic)
        )
    )
    spellers.set(key, speller)
  }
  return speller
}

export type {GermanSpeller}

// The commonest letters of German, the ones most often left out or typed twice.
const COMMON_LETTERS = 'enirstahdlucgmo'
// Neighbouring keys on a German keyboard, per letter.
const KEY_NEIGHBOURS = new Map<string, string>()
for (const a of ALPHABET) KEY_NEIGHBOURS.set(a, [...ALPHABET].filter((b) => b !== a && neighbours(a, b)).join(''))
// The commonest letter pairs of German, the ones a hurried hand drops or adds.
const COMMON_PAIR = new Set('en er es el em ei ie ch st ge be te de in an un'.split(' '))
const COMMON_PAIR_CODES = new Set([...COMMON_PAIR].map((pair) => pair.charCodeAt(0) * 65536 + pair.charCodeAt(1)))
// typoCost's table, reused: each call writes every cell it reads (d[0] = 0 first).
let costTable = new Float64Array(1024)

/**
 * How plausible is `typo` as a mistyping of `correction` (case ignored)?
 * A weighted edit distance with the slips people make: a doubled or
 * undoubled letter, an umlaut or ß/ss, swapped neighbours cost 1; a
 * neighbouring key 1.5; a missing or extra letter 2; a far key 2.5; a
 * syllable of two to four letters typed twice or left out (Aktivititäten,
 * italienienischer) 2; a letter moved by two places (Allderings) 2; two
 * letters left out or typed in at once 3, a common pair 2.5
 * (verschiedsten).
 */
export function typoCost(typo: string, correction: string): number {
  let a = typo.toLowerCase()
  let b = correction.toLowerCase()
  if (a === b) return 0
  // The common beginning and end cost nothing; four letters of context are
  // kept for the slips that look at their neighbours (doubled letters, syllables).
  let prefix = 0
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++
  let suffix = 0
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++
  const from = Math.max(0, prefix - 4)
  const cut = Math.max(0, suffix - 4)
  a = a.slice(from, a.length - cut)
  b = b.slice(from, b.length - cut)
  const n = a.length
  const m = b.length
  const width = m + 1
  if (costTable.length < (n + 1) * width) costTable = new Float64Array(2 * (n + 1) * width)
  const d = costTable
  d[0] = 0
  // Per position: is the letter before it a surplus double (extra), the pair before it common, the chunk before it a repeat?
  const extra = (text: string, i: number) => (text[i - 1] === text[i - 2] || text[i - 1] === text[i] ? 1 : 2)
  /** Do the `l` letters from `a` equal those from `b` (both inside the text)? */
  const same = (text: string, a: number, b: number, l: number) => {
    for (let k = 0; k < l; k++) if (text.charCodeAt(a + k) !== text.charCodeAt(b + k)) return false
    return true
  }
  const repeat = (text: string) => {
    const out = new Uint8Array(text.length + 1)
    for (let i = 2; i <= text.length; i++) {
      for (let l = 2; l <= 4 && l <= i; l++) {
        // The chunk before i equals the one before it or the one after it.
        if ((i - 2 * l >= 0 && same(text, i - l, i - 2 * l, l)) || (i + l <= text.length && same(text, i - l, i, l))) out[i] |= 1 << l
      }
    }
    return out
  }
  const pair = (text: string) => {
    const out = new Uint8Array(text.length + 1)
    for (let i = 2; i <= text.length; i++) out[i] = COMMON_PAIR_CODES.has(text.charCodeAt(i - 2) * 65536 + text.charCodeAt(i - 1)) ? 1 : 0
    return out
  }
  const repeatA = repeat(a)
  const repeatB = repeat(b)
  const pairA = pair(a)
  const pairB = pair(b)
  for (let i = 1; i <= n; i++) d[i * width] = d[(i - 1) * width] + extra(a, i)
  for (let j = 1; j <= m; j++) d[j] = d[j - 1] + extra(b, j)
  for (let i = 1; i <= n; i++) {
    const x = a[i - 1]
    for (let j = 1; j <= m; j++) {
      const y = b[j - 1]
      const here = i * width + j
      let best = x === y ? d[here - width - 1] : d[here - width - 1] + replaceCost(x, y)
      best = Math.min(best, d[here - width] + extra(a, i), d[here - 1] + extra(b, j))
      if (i > 1 && j > 1 && x === b[j - 2] && a[i - 2] === y) best = Math.min(best, d[here - 2 * width - 2] + 1)
      // A letter moved by two places: Allderings/Allerdings.
      if (i > 2 && j > 2) {
        const p0 = a[i - 3], p1 = a[i - 2], p2 = x
        const q0 = b[j - 3], q1 = b[j - 2], q2 = y
        if (!(p0 === q0 && p1 === q1 && p2 === q2) && ((p0 === q1 && p1 === q2 && p2 === q0) || (p0 === q2 && p1 === q0 && p2 === q1))) {
          best = Math.min(best, d[here - 3 * width - 3] + 2)
        }
      }
      // Two letters left out or typed in at once, a common pair (verschied|en|sten, west|er|lichen) more easily.
      if (i > 1) best = Math.min(best, d[here - 2 * width] + (pairA[i] ? 2.5 : 3))
      if (j > 1) best = Math.min(best, d[here - 2] + (pairB[j] ? 2.5 : 3))
      // A repeated or lost syllable: two to four letters that equal those before or after them.
      for (let l = 2; l <= 4; l++) {
        if (repeatA[i] & (1 << l)) best = Math.min(best, d[here - l * width] + 2)
        if (repeatB[j] & (1 << l)) best = Math.min(best, d[here - l] + 2)
      }
      if (x === 'ß' && j > 1 && b[j - 2] === 's' && y === 's') best = Math.min(best, d[here - width - 2] + 1)
      if (y === 'ß' && i > 1 && a[i - 2] === 's' && x === 's') best = Math.min(best, d[here - 2 * width - 1] + 1)
      d[here] = best
    }
  }
  return d[n * width + m]
}

/** Is `a` within one edit (insert, delete, replace, swap) of `b`? */
export function oneEdit(a: string, b: string): boolean {
  if (a === b) return false
  const la = a.length
  const lb = b.length
  if (Math.abs(la - lb) > 1) return false
  let i = 0
  while (i < la && i < lb && a[i] === b[i]) i++
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true // replace
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2) // swap
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1)
}

/**
 * The words of a document for one-edit look-ups. A document has a few
 * hundred correct words and asks about a handful of unknown ones, so a scan
 * with a length filter is cheaper than an index of every deletion variant.
 */
export class NearIndex {
  private readonly words: Array<{word: string; lower: string}> = []

  constructor(words: Iterable<string>, minLength = 1) {
    for (const word of words) if (word.length >= minLength) this.words.push({word, lower: word.toLowerCase()})
  }

  /** Indexed words one edit from `word` (case of letters ignored). */
  near(word: string): string[] {
    const lower = word.toLowerCase()
    const found: string[] = []
    for (const entry of this.words) {
      if (Math.abs(entry.lower.length - lower.length) <= 1 && oneEdit(lower, entry.lower) && !found.includes(entry.word)) found.push(entry.word)
    }
    return found
  }
}
