/**
 * Which language is this word, this paragraph? Shared by `english-in-german`
 * (English slips, non-German paragraphs) and `glued-words` (is each half of
 * a glued token a word?).
 *
 * Evidence, not guesses: a word is English when the German speller (with the
 * house lists and the config's words) rejects it and dictionary-en knows it;
 * a paragraph is English when its function words are.
 */
import type {GermanSpeller} from './speller.js'
import {dictionaryList} from './data.js'

/** English function words that are not German words. */
export const ENGLISH_FUNCTION = new Set(
  ('the of and to is are were been be with for that this these those it its they their them he she his her we our you your ' +
    'from at by on or but not which who whom whose has have had would should could can may might must shall than then ' +
    'there here what when where why how if because while after before about into over under between against during ' +
    'without through however although already also just only very such any each every other another more most some ' +
    'no yes do does did done being').split(' ').filter((w) => !['also', 'die', 'was', 'will', 'man', 'in', 'an'].includes(w))
)

/** German function words (none of them English). */
export const GERMAN_FUNCTION = new Set(
  ('der die das den dem des ein eine einer eines einem einen und oder aber nicht ist sind war waren wird werden wurde ' +
    'wurden hat haben hatte sich mit von zu zum zur auf für bei nach aus wie dass als auch noch nur schon im ins vom ' +
    'sie er es wir ihr ihre ihren ihrem seine seinen seiner sein kann soll muss über unter gegen durch ohne um am').split(' ')
)

/**
 * Function words that join the words of an English name or title
 * (`Department of Homeland Security`, `Lord of the Rings`, `Fire and Rescue
 * Service`): between two capitalised words they are part of the name.
 */
export const NAME_JOINERS = new Set(['of', 'and', 'the', 'for', 'on', 'at', 'in', 'de', 'du', 'y', '&'])

const maps = new Map<string, Map<string, string>>()

/** `key => value` lines of a house list, as a map (read once per process). */
export function dictionaryMap(name: string): Map<string, string> {
  let map = maps.get(name)
  if (!map) {
    map = new Map()
    for (const line of dictionaryList(name)) {
      const [key, value] = line.split('=>').map((part) => part.trim())
      if (key) map.set(key, value ?? '')
    }
    maps.set(name, map)
  }
  return map
}

export type WordLanguage =
  /** English and not German (`already`, `remains`). */
  | 'english'
  /** Both, or German only with another capitalisation (`in`, `situation`). */
  | 'both'
  /** German (including English stems with German endings: `gepostet`). */
  | 'german'
  /** Neither dictionary: names, typos, other languages. */
  | 'unknown'

const ASCII_WORD = /^[A-Za-z]+$/

/**
 * The language of one word. `initial`: the word opens a sentence, so its
 * capital says nothing. The speller must have `loadEnglish()` done.
 */
export function wordLanguage(speller: GermanSpeller, word: string, initial: boolean): WordLanguage {
  const lower = word.toLowerCase()
  const capital = word !== lower
  const german = speller.check(word) || (initial && capital && speller.check(lower))
  if (!ASCII_WORD.test(word)) return german ? 'german' : 'unknown'
  // English only as a common word (lower case in dictionary-en): `Amazon`
  // and `Reuters` are names, also at the start of a sentence.
  const english = speller.isEnglish(lower)
  if (german) return english ? 'both' : 'german'
  if (!english) {
    return !capital && speller.check(lower.charAt(0).toUpperCase() + lower.slice(1)) ? 'both' : 'unknown'
  }
  // German only with a capital (situation → Situation): ambiguous.
  if (!capital && speller.check(lower.charAt(0).toUpperCase() + lower.slice(1))) return 'both'
  return 'english'
}

export interface LanguageCounts {
  words: number
  englishFunction: number
  germanFunction: number
}

/** Count the function words of each language in a list of words. */
export function countLanguage(words: readonly string[]): LanguageCounts {
  let englishFunction = 0
  let germanFunction = 0
  for (const word of words) {
    const lower = word.toLowerCase()
    if (ENGLISH_FUNCTION.has(lower)) englishFunction++
    else if (GERMAN_FUNCTION.has(lower)) germanFunction++
  }
  return {words: words.length, englishFunction, germanFunction}
}

/**
 * Is a stretch of text (a paragraph, a document) English rather than German?
 * German news text has some 25–35 % German function words; English text has
 * as many English ones and almost no German ones.
 */
export function looksEnglish({words, englishFunction, germanFunction}: LanguageCounts): boolean {
  return words >= 8 && englishFunction >= 3 && englishFunction >= 0.15 * words && englishFunction > 3 * germanFunction
}

/**
 * Is a stretch of text neither German nor English (French, Spanish …)?
 * Lists of names and headlines also lack function words, but their words
 * are German or names the speller knows; the words are checked only when
 * the function words leave the question open.
 */
export function looksForeign(
  {words, englishFunction, germanFunction}: LanguageCounts,
  list: () => readonly string[],
  isGerman: (word: string) => boolean
): boolean {
  if (words < 15 || germanFunction > 0.03 * words || englishFunction > 0.03 * words) return false
  return list().filter(isGerman).length < 0.4 * words
}
