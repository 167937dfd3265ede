/**
 * Names: the house name table, name mentions in a tree, and the keys that
 * tell whether two spellings are one name (transcription, sound, letters).
 * Shared by the rules `transliteration`, `name-variant`, `name-garbled` and
 * `role-gender`; nothing here reports.
 */
import type {Root} from 'nlcst'
import {mappedText, paragraphs, paragraphTokens, sentencesOf, tokensOf} from './nlcst.js'
import type {Speller} from './speller.js'
import {dictionaryList} from './data.js'

// ---------------------------------------------------------------------------
// The name table

/** One entry of the house name table. */
export interface NameEntry {
  /** The house form (`Lawrow`, `Kim Jong Un`). */
  canonical: string
  /** Other spellings the house accepts (`Kiew` beside `Kyjiw`). */
  accepted: string[]
  /** Foreign transcriptions the house does not use (`Lavrov`). */
  foreign: string[]
}

export interface NameTable {
  entries: NameEntry[]
  /** Foreign spelling → its entry. */
  byForeign: Map<string, NameEntry>
  /** Any spelling (canonical, accepted, foreign) → its entry. */
  bySpelling: Map<string, NameEntry>
  /** Groups of different people who must never be merged (`Kim Jong Un`, `Kim Yo Jong`). */
  distinct: string[][]
  /** Every word of every spelling (`Kim`, `Jong`, `Un`, `Lawrow`, `Lavrov`). */
  words: Set<string>
}

/**
 * Parse table lines: `canonical | accepted, … | foreign, …` (later parts
 * may be empty or missing) and `! name, name, …` for distinct people.
 * A later line for the same canonical form replaces an earlier one, so a
 * config can override the bundled table.
 */
export function parseNameTable(lines: readonly string[]): NameTable {
  const byCanonical = new Map<string, NameEntry>()
  const distinct: string[][] = []
  const split = (part: string | undefined) =>
    (part ?? '')
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean)
  for (const line of lines) {
    if (line.startsWith('!')) {
      const group = split(line.slice(1))
      if (group.length > 1) distinct.push(group)
      continue
    }
    const [canonical, accepted, foreign] = line.split('|').map((part) => part.trim())
    if (!canonical) continue
    byCanonical.set(canonical, {canonical, accepted: split(accepted), foreign: split(foreign)})
  }
  const entries = [...byCanonical.values()]
  const byForeign = new Map<string, NameEntry>()
  const bySpelling = new Map<string, NameEntry>()
  for (const entry of entries) {
    for (const name of entry.foreign) byForeign.set(name, entry)
    for (const name of [entry.canonical, ...entry.accepted, ...entry.foreign]) bySpelling.set(name, entry)
  }
  const words = new Set([...bySpelling.keys()].flatMap((name) => name.split(' ')))
  return {entries, byForeign, bySpelling, distinct, words}
}

const tables = new Map<string, NameTable>()

/** The bundled table (`dictionaries/names.txt`) extended by the config's `names` lines. */
export function nameTable(extra: readonly string[] = []): NameTable {
  const key = extra.join('\n')
  let table = tables.get(key)
  if (!table) {
    table = parseNameTable([...dictionaryList('names.txt'), ...extra])
    tables.set(key, table)
  }
  return table
}

/** Are these two spellings different people according to the table? */
export function distinctPeople(table: NameTable, a: string, b: string): boolean {
  const la = a.toLowerCase()
  const lb = b.toLowerCase()
  return table.distinct.some((group) => {
    const hit = (name: string) => group.findIndex((member) => member.toLowerCase().split(' ').includes(name) || member.toLowerCase() === name)
    const ia = hit(la)
    const ib = hit(lb)
    return ia !== -1 && ib !== -1 && ia !== ib
  })
}

// ---------------------------------------------------------------------------
// Mentions

/** A capitalised word of the text, with its base form (genitive removed). */
export interface Mention {
  /** The word as written (`Lawrows`, `Lawrence`; a trailing apostrophe is not part of it). */
  value: string
  /** Without a genitive ending (`Lawrow`); equal to `value` when there is none. */
  base: string
  /** An apostrophe directly follows the word (`Lawrence'`). */
  apostrophe: boolean
  start: number
  end: number
  /** First word of its sentence (capitalised for that reason alone, maybe). */
  initial: boolean
  /** Index of the sentence in the text. */
  sentence: number
  /** The capitalised word directly before, if any (`Außenminister` before `Choe`). */
  previous?: Mention
  /** The word directly before, whatever its case. */
  previousWord?: string
}

const mentionCache = new WeakMap<Root, readonly Mention[]>()

/**
 * Capitalised words (two letters or more, not all capitals, no digits),
 * in text order. Computed once per tree and shared (read-only).
 */
export function mentionsOf(tree: Root): readonly Mention[] {
  const cached = mentionCache.get(tree)
  if (cached) return cached
  const out: Mention[] = []
  let index = 0
  for (const sentence of sentencesOf(tree)) {
    const tokens = tokensOf(sentence)
    let first = true
    let previous: Mention | undefined
    let previousWord: string | undefined
    for (const [i, token] of tokens.entries()) {
      if (token.type === 'whitespace') continue
      if (token.type !== 'word') {
        // Punctuation other than an apostrophe ends a run of names.
        if (!/^['’]$/.test(token.value)) (previous = undefined), (previousWord = undefined)
        continue
      }
      const word = token.value.replace(/['’]$/, '')
      const capital = /^\p{Lu}[\p{Ll}\p{M}]/u.test(word) && !/\d/.test(word)
      if (capital && word.length >= 2) {
        const next = tokens[i + 1]
        const apostrophe = word !== token.value || (next?.type === 'punctuation' && /^['’]$/.test(next.value) && (tokens[i + 2]?.type ?? 'whitespace') === 'whitespace')
        const mention: Mention = {
          value: word,
          base: genitiveBase(word),
          apostrophe,
          start: token.start,
          end: token.start + word.length,
          initial: first,
          sentence: index,
          previous,
          previousWord
        }
        out.push(mention)
        previous = mention
      } else previous = undefined
      previousWord = word
      first = false
    }
    index++
  }
  mentionCache.set(tree, out)
  return out
}

/** `Lawrows` → `Lawrow`, `Selenskyjs` → `Selenskyj`; other words unchanged. */
export function genitiveBase(word: string): string {
  return /[^s]s$/.test(word) && word.length > 4 ? word.slice(0, -1) : word
}

/** A foreign spelling of the table found in a text. */
export interface ForeignHit {
  spelling: string
  start: number
  end: number
}

const foreignPatterns = new WeakMap<NameTable, RegExp | undefined>()
const foreignHitCache = new WeakMap<Root, WeakMap<NameTable, readonly ForeignHit[]>>()

/**
 * The table's foreign spellings in the text (multi-word names such as
 * `Kim Jong-un` included; a genitive `s` may follow), in text order.
 * Computed once per tree and table and shared (read-only).
 */
export function foreignHits(tree: Root, table: NameTable): readonly ForeignHit[] {
  const perTable = foreignHitCache.get(tree) ?? new WeakMap<NameTable, readonly ForeignHit[]>()
  foreignHitCache.set(tree, perTable)
  const cached = perTable.get(table)
  if (cached) return cached
  if (!foreignPatterns.has(table)) {
    const list = [...table.byForeign.keys()].sort((a, b) => b.length - a.length)
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')
    foreignPatterns.set(
      table,
      list.length ? new RegExp(`(?<![\\p{L}\\p{N}-])(${list.map(escape).join('|')})(?=s?(?![\\p{L}\\p{N}]|-\\p{L}))`, 'gu') : undefined
    )
  }
  const pattern = foreignPatterns.get(table)
  const hits: ForeignHit[] = []
  if (pattern) {
    for (const paragraph of paragraphs(tree)) {
      const {text, offsetAt} = mappedText(paragraphTokens(paragraph))
      for (const match of text.matchAll(pattern)) {
        const start = offsetAt(match.index)
        const end = offsetAt(match.index + match[1].length - 1) + 1
        hits.push({spelling: match[1].replace(/\s+/g, ' '), start, end})
      }
    }
  }
  perTable.set(table, hits)
  return hits
}

/** Is the word in the Hunspell dictionary, as written or in lower case (`Zeit`, `Kurz`)? A name is not. */
export function dictionaryWord(speller: Pick<Speller, 'inDictionary'>, word: string): boolean {
  return speller.inDictionary(word) || speller.inDictionary(word.toLowerCase())
}

// ---------------------------------------------------------------------------
// Keys

/**
 * The German (Duden) transcription of a name written in English style
 * (`Lavrov` → `Lawrow`, `Sergei` → `Sergej`, `Khodorkovsky` →
 * `Chodorkowski`, `Zhukov` → `Schukow`). German-style names come back
 * unchanged in most cases; the result is a guess to compare with other
 * spellings in the same text, not a correction on its own.
 */
export function germanTranscription(name: string): string {
  const lower = name.toLowerCase()
  let out = ''
  for (let i = 0; i < lower.length; ) {
    const rest = lower.slice(i)
    const end = (n: number) => i + n >= lower.length
    let take = 1
    let put: string
    if (rest.startsWith('shch')) (put = 'schtsch'), (take = 4)
    else if (rest.startsWith('sch')) (put = 'sch'), (take = 3)
    else if (rest.startsWith('tsch')) (put = 'tsch'), (take = 4)
    else if (rest.startsWith('zh')) (put = 'sch'), (take = 2)
    else if (rest.startsWith('kh')) (put = 'ch'), (take = 2)
    else if (rest.startsWith('ch')) (put = 'tsch'), (take = 2)
    else if (rest.startsWith('sh')) (put = 'sch'), (take = 2)
    else if (rest.startsWith('ts')) (put = 'z'), (take = 2)
    else if (rest.startsWith('sky') && end(3)) (put = 'ski'), (take = 3)
    else if (rest.startsWith('yy') && end(2)) (put = 'yj'), (take = 2)
    else if (rest.startsWith('iy') && end(2)) (put = 'ij'), (take = 2)
    else if (/^[aeo]i$/.test(rest) || /^[aeo]y$/.test(rest)) (put = `${rest[0]}j`), (take = 2)
    else if (rest[0] === 'y' && /[aeiou]/.test(rest[1] ?? '')) put = 'j'
    else if (rest[0] === 'z') put = 's'
    else if (rest[0] === 'v') put = 'w'
    else put = rest[0]
    out += put
    i += take
  }
  return name[0] === name[0].toUpperCase() ? out[0].toUpperCase() + out.slice(1) : out
}

/** Letters only, lower case, umlauts and accents folded: `Kim Jong-un` → `kimjongun`. */
export function letterKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[łđøæœı]/g, (c) => ({ł: 'l', đ: 'd', ø: 'o', æ: 'ae', œ: 'oe', ı: 'i'})[c] ?? c)
    .replace(/[^\p{L}]/gu, '')
}

/** A key shared by spellings of one name in different transcriptions. */
export function nameKey(name: string): string {
  // z, tz and ts are one sound across transcriptions (Kaulitz, Kaulitts; Verizon, Veritson).
  return letterKey(germanTranscription(name.replace(/[-‐]/g, ' ').split(/\s+/).join(' '))).replace(/tz|ts|z/g, 's')
}

/**
 * Kölner Phonetik: a German sound code (`Meyer`, `Maier` → `67`). Used to
 * see that a garbled name sounds like an established one.
 */
export function phoneticCode(word: string): string {
  const s = letterKey(word).replace(/ph/g, 'f')
  let code = ''
  for (let i = 0; i < s.length; i++) {
    const c = s[i]
    const before = s[i - 1] ?? ''
    const after = s[i + 1] ?? ''
    let d = ''
    if ('aeijouy'.includes(c)) d = '0'
    else if (c === 'h') d = '-'
    else if (c === 'b') d = '1'
    else if (c === 'p') d = after === 'h' ? '3' : '1'
    else if (c === 'd' || c === 't') d = 'csz'.includes(after) ? '8' : '2'
    else if ('fvw'.includes(c)) d = '3'
    else if ('gkq'.includes(c)) d = '4'
    else if (c === 'c') {
      if (i === 0) d = 'ahkloqrux'.includes(after) ? '4' : '8'
      else d = 'sz'.includes(before) ? '8' : 'ahkoqux'.includes(after) ? '4' : '8'
    } else if (c === 'x') d = 'ckq'.includes(before) ? '8' : '48'
    else if (c === 'l') d = '5'
    else if (c === 'm' || c === 'n') d = '6'
    else if (c === 'r') d = '7'
    else if (c === 's' || c === 'z') d = '8'
    code += d
  }
  code = code.replace(/-/g, '')
  let squeezed = ''
  for (const ch of code) if (ch !== squeezed[squeezed.length - 1]) squeezed += ch
  return squeezed[0] + squeezed.slice(1).replace(/0/g, '')
}

/** Jaro–Winkler similarity of two words (case ignored), 0 … 1. */
export function similarity(a: string, b: string): number {
  const s = a.toLowerCase()
  const t = b.toLowerCase()
  if (s === t) return 1
  const range = Math.max(0, Math.floor(Math.max(s.length, t.length) / 2) - 1)
  const sm = new Array<boolean>(s.length).fill(false)
  const tm = new Array<boolean>(t.length).fill(false)
  let matches = 0
  for (let i = 0; i < s.length; i++) {
    for (let j = Math.max(0, i - range); j < Math.min(t.length, i + range + 1); j++) {
      if (tm[j] || s[i] !== t[j]) continue
      sm[i] = tm[j] = true
      matches++
      break
    }
  }
  if (matches === 0) return 0
  let transpositions = 0
  for (let i = 0, j = 0; i < s.length; i++) {
    if (!sm[i]) continue
    while (!tm[j]) j++
    if (s[i] !== t[j]) transpositions++
    j++
  }
  const jaro = (matches / s.length + matches / t.length + (matches - transpositions / 2) / matches) / 3
  let prefix = 0
  while (prefix < 4 && s[prefix] === t[prefix]) prefix++
  return jaro + prefix * 0.1 * (1 - jaro)
}

/** Masculine and feminine role nouns: `Außenministerin` → `Außenminister`, else undefined. */
export function masculineOf(role: string): string | undefined {
  return /^\p{Lu}\p{Ll}{2,}in$/u.test(role) ? role.slice(0, -2) : undefined
}

/** Is an apostrophe genitive right after this word? Only after s, ß, x, z (`Lawrence'` is wrong). */
export function apostropheAllowed(word: string): boolean {
  return /[sßxz]$/i.test(word)
}

/** Edit distance with swaps of neighbours (optimal string alignment), case ignored. */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase()
  const t = b.toLowerCase()
  const d: number[][] = Array.from({length: s.length + 1}, (_, i) => [i, ...new Array<number>(t.length).fill(0)])
  for (let j = 1; j <= t.length; j++) d[0][j] = j
  for (let i = 1; i <= s.length; i++) {
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1)
    }
  }
  return d[s.length][t.length]
}
