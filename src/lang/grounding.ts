/**
 * Grounding: what a summary states that its sources can confirm.
 *
 * Normalises German numbers (`14.000`, `14 000`, `vierzehntausend`,
 * `2,5 Millionen`, `30 Prozent`), dates (`am 19. Oktober 2023`,
 * `19.10.2023`, `im Juni`, weekdays, years), names and quotations, and
 * indexes source texts once so a summary can be checked against several
 * sources of 10,000 words each in milliseconds. Used by the rule
 * `ungrounded` and the evaluation.
 */
import {genitiveBase, nameKey} from './names.js'

// --- numbers -----------------------------------------------------------------------

const UNITS: Record<string, number> = {
  ein: 1, eins: 1, eine: 1, zwei: 2, zwo: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9
}
const TEENS: Record<string, number> = {
  zehn: 10, elf: 11, zwölf: 12, dreizehn: 13, vierzehn: 14, fünfzehn: 15, sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19
}
const TENS: Record<string, number> = {
  zwanzig: 20, dreißig: 30, vierzig: 40, fünfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90
}

/** Below 100: `vierzehn`, `einundzwanzig`, `neunzig`. */
function belowHundred(word: string): number | undefined {
  if (word === '') return 0
  if (word in TEENS) return TEENS[word]
  if (word in TENS) return TENS[word]
  if (word in UNITS) return UNITS[word]
  const und = word.indexOf('und')
  if (und > 0) {
    const unit = UNITS[word.slice(0, und)]
    const ten = TENS[word.slice(und + 3)]
    if (unit !== undefined && ten !== undefined) return unit + ten
  }
  return undefined
}

/** Below 1000: `dreihundertfünfzig`, `hundert`. */
function belowThousand(word: string): number | undefined {
  const at = word.indexOf('hundert')
  if (at === -1) return belowHundred(word)
  const head = word.slice(0, at)
  const factor = head === '' ? 1 : UNITS[head]
  const rest = belowHundred(word.slice(at + 7))
  if (factor === undefined || rest === undefined) return undefined
  return factor * 100 + rest
}

/** A German number word (`vierzehntausend`, `zweihundertdreißig`), or undefined. */
export function parseNumberWord(word: string): number | undefined {
  const w = word.toLowerCase()
  if (w.length < 3) return undefined
  const at = w.indexOf('tausend')
  if (at === -1) return belowThousand(w)
  const head = w.slice(0, at)
  const factor = head === '' ? 1 : belowThousand(head)
  const rest = belowThousand(w.slice(at + 7))
  if (factor === undefined || rest === undefined) return undefined
  return factor * 1000 + rest
}

const MULTIPLIERS: Record<string, number> = {
  tausend: 1e3, million: 1e6, millionen: 1e6, mio: 1e6, milliarde: 1e9, milliarden: 1e9, mrd: 1e9, billion: 1e12, billionen: 1e12
}

export interface NumberMention {
  value: number
  start: number
  end: number
  text: string
  /** Key of the noun it counts (`soldat` for `nordkoreanischen Soldaten`), if any. */
  noun?: string
  /** Written as a percentage. */
  percent: boolean
}

const DIGITS = String.raw`\d{1,3}(?:[.\u00a0\u202f ]\d{3})+(?:,\d+)?|\d+(?:,\d+)?`
const NUMBER_WORD = String.raw`[\p{Ll}]*(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|ßig|zig|hundert|tausend)[\p{Ll}]*`
const NUMBER = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,])(?:(${DIGITS})|(${NUMBER_WORD}))(?:\s+(Tausend|Millionen|Million|Mio\.|Milliarden|Milliarde|Mrd\.|Billionen|Billion))?(?:\s*(%|Prozent))?(?![\p{L}\p{N}]|[.,]\d)`,
  'giu'
)
// The noun after a number, past up to two lower-case words (`14.000 nordkoreanische Soldaten`).
const NOUN_AFTER = /^\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}(\p{Lu}[\p{L}-]*)/u
const YEAR = /^(?:1[89]\d\d|20\d\d)$/
/** Month and weekday names as written (weekdays from Sunday, as `Date.getUTCDay` counts). */
export const MONTH_NAMES = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember']
export const WEEKDAY_NAMES = ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag']
const MONTHS = MONTH_NAMES.map((m) => m.toLowerCase())

/** Key of a noun: lower case, its first five letters (`Soldaten`, `Soldat` → `solda`). */
export function nounKey(noun: string): string {
  return noun.toLowerCase().replace(/[^\p{L}]/gu, '').slice(0, 5)
}

/**
 * Numbers of a text with their values, except years, dates, times, ordinals
 * and parts of dates (`19. Oktober`, `1.11.2024`, `14:30`), which are the
 * date check's.
 */
export function numbersOf(text: string): NumberMention[] {
  const out: NumberMention[] = []
  for (const match of text.matchAll(NUMBER)) {
    const [whole, digits, word, multiplier, percent] = match
    const start = match.index
    const end = start + whole.length
    const after = text.slice(end, end + 16)
    const before = text.slice(Math.max(0, start - 3), start)
    let value: number | undefined
    if (digits) {
      // Ordinals, dates, times: `19. Oktober`, `1.11.`, `14:30`.
      if (/^\.\d/.test(after)) continue
      const dotWord = /^\.\s*(\p{L}+)/u.exec(after)?.[1]
      if (dotWord && !multiplier && !percent) {
        // `19. Oktober`, `am 3. dieses Monats`; `3. Platz` or a sentence end after a small number is ambiguous.
        if (MONTHS.includes(dotWord.toLowerCase()) || /^\p{Ll}/u.test(dotWord)) continue
        if (/^\d{1,2}$/.test(digits) && Number(digits) <= 31) continue
      }
      if (/^[:.]\d/.test(after) || /\d[:.]$/.test(before)) continue
      if (YEAR.test(digits) && !multiplier && !percent) continue
      value = Number(digits.replace(/[.\u00a0\u202f ]/g, '').replace(',', '.'))
    } else {
      value = parseNumberWord(word)
      // `ein`, `eine` are articles; number words count from two.
      if (value === undefined || value < 2) continue
    }
    if (multiplier) value *= MULTIPLIERS[multiplier.toLowerCase().replace('.', '')]
    const noun = percent ? undefined : NOUN_AFTER.exec(text.slice(end, end + 80))?.[1]
    out.push({value, start, end, text: whole, noun: noun ? nounKey(noun) : undefined, percent: Boolean(percent)})
  }
  return out
}

// --- dates ----------------------------------------------------------------------------

export interface DateMention {
  start: number
  end: number
  text: string
  day?: number
  month?: number
  year?: number
  weekday?: number
}

const MONTH = '(Januar|Jänner|Februar|Feber|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)'
const WEEKDAYS = WEEKDAY_NAMES.map((d) => d.toLowerCase())
const DATE_PATTERNS: Array<{pattern: RegExp; read: (m: RegExpExecArray) => Omit<DateMention, 'start' | 'end' | 'text'>}> = [
  {
    pattern: new RegExp(String.raw`(?<![\p{N}.])(\d{1,2})\.\s*${MONTH}(?:\s+(\d{4}))?`, 'gu'),
    read: (m) => ({day: Number(m[1]), month: monthOf(m[2]), year: m[3] ? Number(m[3]) : undefined})
  },
  {
    pattern: /(?<![\p{N}.])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})?(?![\p{N}])/gu,
    read: (m) => ({day: Number(m[1]), month: Number(m[2]), year: m[3] ? (m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3])) : undefined})
  },
  {
    pattern: new RegExp(String.raw`(?<![\p{N}.]\s?)${MONTH}(?:\s+(\d{4}))?(?![\p{L}])`, 'gu'),
    read: (m) => ({month: monthOf(m[1]), year: m[2] ? Number(m[2]) : undefined})
  },
  {
    pattern: /(?<![\p{L}])(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)/gu,
    read: (m) => ({weekday: m[1] === 'Sonnabend' ? 6 : WEEKDAYS.indexOf(m[1].toLowerCase())})
  },
  {
    pattern: /(?<![\p{L}\p{N}.,])(1[89]\d\d|20\d\d)(?![\p{N}]|[.,]\d)/gu,
    read: (m) => ({year: Number(m[1])})
  }
]

function monthOf(name: string): number {
  const n = name.toLowerCase()
  if (n === 'jänner') return 1
  if (n === 'feber') return 2
  return MONTHS.indexOf(n) + 1
}

/** Dates of a text; a date inside a longer one (`Oktober` in `19. Oktober 2023`) is not repeated. */
export function datesOf(text: string): DateMention[] {
  const out: DateMention[] = []
  for (const {pattern, read} of DATE_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index
      const end = start + match[0].length
      if (out.some((d) => d.start <= start && end <= d.end)) continue
      out.push({start, end, text: match[0], ...read(match)})
    }
  }
  return out.sort((a, b) => a.start - b.start)
}

// --- source index ------------------------------------------------------------------

export interface SourceText {
  /** Path or URL as the user named it. */
  path: string
  /** The main text (markup and navigation removed). */
  text: string
}

export interface Passage {
  source: number
  start: number
  end: number
}

export interface SourceIndex {
  sources: readonly SourceText[]
  /** Value → where it occurs, with its noun. */
  numbers: Map<number, Array<{noun?: string; passage: Passage}>>
  dates: DateMention[]
  /** Keys of every capitalised word (as written, without genitive, transcription key). */
  names: Set<string>
  /** Lower-cased word forms of all sources, for quotes. */
  sentences: Array<{words: string[]; passage: Passage}>
  /** Normalised full text of each source (for verbatim quotes and outlets). */
  flat: string[]
}

const indexCache = new Map<string, SourceIndex>()

/** Words of a quotation or sentence, lower case, punctuation and quotes removed. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().normalize('NFC').match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? []
}

/** Keys under which a name is found: as written, without genitive, in any transcription. */
export function nameKeys(word: string): string[] {
  const clean = word.normalize('NFC').replace(/['’]$/, '')
  const base = genitiveBase(clean)
  return [...new Set([clean.toLowerCase(), base.toLowerCase(), nameKey(clean), nameKey(base)])]
}

/** Index sources once (cached by their text). */
export function indexSources(sources: readonly SourceText[]): SourceIndex {
  const cacheKey = sources.map((s) => `${s.path}\u0000${s.text.length}\u0000${s.text.slice(0, 64)}`).join('\u0001')
  const cached = indexCache.get(cacheKey)
  if (cached && cached.sources.every((s, i) => s.text === sources[i].text)) return cached
  const index: SourceIndex = {sources, numbers: new Map(), dates: [], names: new Set(), sentences: [], flat: []}
  sources.forEach((source, n) => {
    const text = source.text.normalize('NFC')
    for (const number of numbersOf(text)) {
      const list = index.numbers.get(number.value) ?? []
      list.push({noun: number.noun, passage: {source: n, start: number.start, end: number.end}})
      index.numbers.set(number.value, list)
    }
    index.dates.push(...datesOf(text))
    for (const match of text.matchAll(/\p{Lu}[\p{L}\p{M}'’-]*/gu)) {
      for (const part of match[0].split(/[-‐]/)) if (part) for (const key of nameKeys(part)) index.names.add(key)
    }
    for (const match of text.matchAll(/[^.!?\n]+[.!?]?/gu)) {
      const words = wordsOf(match[0])
      if (words.length > 0) index.sentences.push({words, passage: {source: n, start: match.index, end: match.index + match[0].length}})
    }
    index.flat.push(` ${wordsOf(text).join(' ')} `)
  })
  if (indexCache.size > 16) indexCache.clear()
  indexCache.set(cacheKey, index)
  return index
}

/** The sentence of a source around a passage, trimmed to `max` characters. */
export function passageText(index: SourceIndex, passage: Passage, max = 160): string {
  const text = index.sources[passage.source].text.normalize('NFC')
  let from = passage.start
  let to = passage.end
  while (from > 0 && !/[.!?\n]/.test(text[from - 1]) && passage.start - from < max / 2) from--
  while (to < text.length && !/[.!?\n]/.test(text[to]) && to - passage.end < max / 2) to++
  if (to < text.length && /[.!?]/.test(text[to])) to++
  return text.slice(from, to).replace(/\s+/g, ' ').trim()
}

/**
 * The source sentence closest to a quotation: the one sharing most of its
 * words (in order does not matter), with its words and the words of the
 * quotation it lacks.
 */
export function closestSentence(
  index: SourceIndex,
  quote: string[]
): {passage: Passage; words: string[]; score: number; missing: string[]} | undefined {
  let best: {passage: Passage; words: string[]; score: number; missing: string[]} | undefined
  const wanted = new Set(quote)
  for (const sentence of index.sentences) {
    const have = new Set(sentence.words)
    let shared = 0
    for (const word of wanted) if (have.has(word)) shared++
    const score = shared / wanted.size
    if (!best || score > best.score) best = {passage: sentence.passage, words: sentence.words, score, missing: quote.filter((w) => !have.has(w))}
  }
  return best
}
