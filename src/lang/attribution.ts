/**
 * Attribution: who says what a sentence states.
 *
 * For every sentence of a tree this finds
 * - named cues: a source given by a reporting verb, `laut`, `zufolge`,
 *   `nach Angaben`, `wie … berichtet` (dictionaries/attribution-cues.txt);
 * - vague cues: a source that names nobody (`Berichten zufolge`, `Es wird
 *   vermutet`, `Analysten warnen`, `wurde … berichtet`) with a grade
 *   (dictionaries/vague-sources.txt);
 * - claim triggers: figures, superlatives, accusations, hearsay
 *   (dictionaries/claim-triggers.txt);
 * and whether the sentence is carried by an attribution nearby: reported
 * speech in Konjunktiv I after an attributed sentence, a quotation going on,
 * or a next sentence that names the source of this one (`Das teilte die
 * Polizei mit.`). Matches inside quotation marks are someone's words, not
 * the reporter's, and are left out.
 *
 * Computed once per tree and shared by unsourced-claim and
 * vague-attribution (and the evaluation's attribution finder).
 */
import type {Root} from 'nlcst'
import {dictionaryEntries, dictionaryList} from './data.js'
import {lineSpan, linesOf, mappedText, paragraphs, tokensOf} from './nlcst.js'
import {inRanges, quotedRanges, type Range} from './quotes.js'

export type VagueGrade = 'nobody' | 'reports' | 'group' | 'passive'
export type ClaimKind = 'figure' | 'superlative' | 'accusation' | 'hearsay'

export interface Span {
  start: number
  end: number
  text: string
}

export interface VagueCue extends Span {
  grade: VagueGrade
}

export interface Claim extends Span {
  kind: ClaimKind
}

export interface SentenceAttribution {
  start: number
  end: number
  text: string
  paragraph: number
  /** Sources the sentence names (outside quotation marks). */
  named: Span[]
  /** Sources that name nobody. */
  vague: VagueCue[]
  /** Statements that need a source. */
  claims: Claim[]
  /** Reported speech: a Konjunktiv I form outside quotation marks. */
  subjunctive: boolean
  /** The sentence lies (almost) wholly inside quotation marks. */
  quotation: boolean
  /** Attributed by a nearby sentence (reported speech going on, `Das sagte …`). */
  carried: boolean
}

/** A sentence whose statements have a named source, in it or nearby. */
export function isAttributed(sentence: SentenceAttribution): boolean {
  return sentence.named.length > 0 || sentence.carried
}

const B = '(?<![\\p{L}\\p{N}])'
const E = '(?![\\p{L}\\p{N}])'

const NUMBER_WORDS =
  'zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig|hundert|hunderte|tausend|tausende|zehntausend|hunderttausend|einer million|eine million|\\p{L}+hundert|\\p{L}+tausend'
const NUM = `(?:\\d{1,3}(?:[.\\u00a0\\u202f ]\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?|(?:${NUMBER_WORDS}))`

/**
 * Many patterns as one regular expression (one scan of a sentence instead of
 * one per pattern: three times faster on news text); each alternative is a
 * capturing group, so a match tells which pattern and kind it came from.
 * Where two patterns match at the same place, the earlier in the list wins.
 */
interface Combined<K> {
  pattern: RegExp
  /** Match against the lower-cased text (case-insensitive lists; compiling with the `i` flag costs start-up). */
  lower: boolean
  kinds: K[]
  /** Index of the capturing group of each alternative. */
  groups: number[]
}

/**
 * The capturing groups of a pattern's source: `(` not escaped, not in a
 * character class, and not `(?:`, `(?=`, `(?!`, `(?<=`, `(?<!` (named
 * groups `(?<name>` capture). Read from the text: compiling each of the
 * ~80 patterns once more only to count its groups cost ~10 ms at start.
 */
export function captureGroups(source: string): number {
  let count = 0
  let inClass = false
  for (let i = 0; i < source.length; i++) {
    const c = source[i]
    if (c === '\\') i++
    else if (inClass) inClass = c !== ']'
    else if (c === '[') inClass = true
    else if (c === '(' && (source[i + 1] !== '?' || (source[i + 2] === '<' && /[\p{L}_$]/u.test(source[i + 3] ?? '')))) count++
  }
  return count
}

function combine<K>(items: Array<{source: string; kind: K}>, caseless: boolean): Combined<K> | undefined {
  if (items.length === 0) return undefined
  const groups: number[] = []
  let group = 1
  for (const {source} of items) {
    groups.push(group)
    // The alternative's own group plus the groups inside it.
    group += 1 + captureGroups(source)
  }
  const pattern = new RegExp(`${B}(?:${items.map(({source}) => `(${source})`).join('|')})${E}`, 'gu')
  return {pattern, lower: caseless, kinds: items.map(({kind}) => kind), groups}
}

function* matches<K>(combined: Combined<K> | undefined, text: string): Generator<{index: number; text: string; kind: K}> {
  if (!combined) return
  // Lower-casing keeps offsets for German text; where it would not (rare letters), match as written.
  const lowered = combined.lower ? text.toLowerCase() : text
  for (const match of (lowered.length === text.length ? lowered : text).matchAll(combined.pattern)) {
    const alternative = combined.groups.findIndex((g) => match[g] !== undefined)
    yield {index: match.index, text: text.slice(match.index, match.index + match[0].length), kind: combined.kinds[alternative]}
  }
}

interface Lists {
  cues: Array<Combined<'cue'> | undefined>
  subjunctive: RegExp
  vague: Array<Combined<VagueGrade> | undefined>
  claims: Array<Combined<ClaimKind> | undefined>
}

let lists: Lists | undefined

/** A pattern that spells capitals (`[Ss]oll`) or asks for them (`\\p{Ll}`) is matched case-sensitively. */
function caseSensitive(source: string): boolean {
  return /\\p\{L[lu]\}/u.test(source) || /[A-ZÄÖÜ]/u.test(source.replaceAll('NUM', '').replace(/\\[pP]\{[^}]*\}/gu, ''))
}

const compile = (source: string, flags = 'giu') => new RegExp(`${B}(?:${source})${E}`, flags)

/** Split by case sensitivity and combine each half. */
function combineByCase<K>(items: Array<{source: string; kind: K}>): Array<Combined<K> | undefined> {
  return [
    combine(items.filter((i) => !caseSensitive(i.source)), true),
    combine(items.filter((i) => caseSensitive(i.source)), false)
  ]
}

function load(): Lists {
  if (lists) return lists
  const insensitive: Array<{source: string; kind: 'cue'}> = []
  const sensitive: Array<{source: string; kind: 'cue'}> = []
  let subjunctive = ''
  for (const line of dictionaryList('attribution-cues.txt')) {
    const colon = line.indexOf(':')
    const kind = line.slice(0, colon).trim()
    const source = line.slice(colon + 1).trim()
    if (kind === 'cue') insensitive.push({source, kind: 'cue'})
    else if (kind === 'verb') sensitive.push({source, kind: 'cue'})
    else if (kind === 'subjunctive') subjunctive += (subjunctive ? '|' : '') + source
    else throw new Error(`attribution-cues.txt: unknown kind in „${line}“`)
  }
  lists = {
    cues: [combine(insensitive, true), combine(sensitive, false)],
    // Konjunktiv I forms are lower-case verbs: `Sei` at a sentence start is rare, `Habe` a noun.
    subjunctive: compile(subjunctive, 'gu'),
    vague: combineByCase(dictionaryEntries('vague-sources.txt', ['nobody', 'reports', 'group', 'passive'] as const)),
    claims: combineByCase(
      dictionaryEntries('claim-triggers.txt', ['figure', 'superlative', 'accusation', 'hearsay'] as const).map(({source, kind}) => ({
        // No match may start inside a number (`14.000` → `000 Soldaten`).
        source: `(?<![\\d.,])(?:${source.replaceAll('NUM', NUM)})`,
        kind
      }))
    )
  }
  return lists
}

// A group is named when a source follows it: `Experten der Weltbank`, `Analysten von JPMorgan`.
const NAMED_AFTER = /^\s+(?:der|des|von|vom|aus|bei|beim|am|im|um)\s+(?:\p{Lu}|\d)/u
// After a figure ending in an adjective: the words up to its noun.
const NOUN_AFTER = /^(?:\s+\p{Ll}[\p{L}-]*){0,2}\s+\p{Lu}[\p{L}-]*/u
// A passive with its agent (`wurde von der Polizei gemeldet`) names the source.
// `Präsenz von 14.000 Soldaten` is no agent: the word before `von` must not be a noun.
const AGENT =
  /(?:^|\s)(?:wurden?|wird|werden|\p{Ll}[\p{L}]*)\s+(?:von|vom|durch|seitens)\s+(?:(?:de[rmns]|die|das|eine[rmns]?)\s+)?(?:\p{Ll}+\s+){0,2}\p{Lu}|(?:^|\s)(?:in|im)\s+(?:(?:einer|einem|der|dem|des)\s+)?(?:\S+\s+){0,3}?(?:Studie|Bericht|Papier|Gutachten|Artikel|Interview|Erklärung|Mitteilung|Schreiben|Dokument|Brief|Fachblatt|Magazin|Zeitung)/u
// `Müller: „…“`, `Die Bewohner sehen es gelassen: „…“` – a colon that opens a quotation.
const COLON_QUOTE = /(?<![\p{L}\p{N}])\p{L}[\p{L}.-]+\s*:\s*[„»"«]/u
// The next sentence names the source of this one.
const POINTS_BACK = /^(?:das|dies|dieses|diese|so|demnach|davon|darüber|dazu|nach diesen angaben|diese angaben|diese zahlen?)(?![\p{L}])/iu

const cache = new WeakMap<Root, SentenceAttribution[]>()

/** The attribution of every sentence of a tree, in order (computed once per tree). */
export function attributionOf(tree: Root): readonly SentenceAttribution[] {
  let out = cache.get(tree)
  if (!out) {
    out = analyse(tree)
    cache.set(tree, out)
  }
  return out
}

function analyse(tree: Root): SentenceAttribution[] {
  const {cues, subjunctive, vague, claims} = load()
  const quoted = quotedRanges(tree)
  const out: SentenceAttribution[] = []
  let paragraphIndex = -1
  for (const paragraph of paragraphs(tree)) {
    paragraphIndex++
    for (const node of paragraph.children) {
      if (node.type !== 'SentenceNode' || !node.position) continue
      const {text, offsetAt} = mappedText(tokensOf(node))
      const start = node.position.start.offset ?? 0
      const end = node.position.end.offset ?? 0
      const span = (from: number, to: number): Span => ({start: offsetAt(from), end: offsetAt(to - 1) + 1, text: text.slice(from, to)})
      const outside = (s: Span) => !inRanges(quoted, s.start, s.end)
      const found: SentenceAttribution = {
        start,
        end,
        text,
        paragraph: paragraphIndex,
        named: [],
        vague: [],
        claims: [],
        subjunctive: false,
        quotation: quotedShare(quoted, start, end) > 0.8,
        carried: false
      }
      for (const list of vague) {
        for (const match of matches(list, text)) {
          const grade = match.kind
          const cue = {...span(match.index, match.index + match.text.length), grade}
          if (!outside(cue)) continue
          if (grade === 'passive' && AGENT.test(match.text)) {
            found.named.push(cue)
            continue
          }
          if (grade === 'group') {
            const firstWord = match.text.search(/\s/)
            const after = [text.slice(match.index + (firstWord === -1 ? match.text.length : firstWord)), text.slice(match.index + match.text.length)]
            if (after.some((rest) => NAMED_AFTER.test(rest))) continue
          }
          if (!found.vague.some((v) => overlaps(v, cue))) found.vague.push(cue)
        }
      }
      for (const list of cues) {
        for (const match of matches(list, text)) {
          const cue = span(match.index, match.index + match.text.length)
          if (!outside(cue)) continue
          if (found.vague.some((v) => overlaps(v, cue))) continue
          found.named.push(cue)
        }
      }
      const colon = COLON_QUOTE.exec(text)
      if (colon) {
        const cue = span(colon.index, colon.index + colon[0].length - 1)
        if (outside(cue)) found.named.push(cue)
      }
      for (const match of text.matchAll(subjunctive)) {
        if (outside(span(match.index, match.index + match[0].length))) {
          found.subjunctive = true
          break
        }
      }
      for (const list of claims) {
        for (const match of matches(list, text)) {
          const kind = match.kind
          let to = match.index + match.text.length
          // A figure reaches to its noun: `bis zu 14.000 nordkoreanischen Soldaten`.
          if (kind === 'figure' && /(?:^|\s)\p{Ll}[\p{L}-]*$/u.test(match.text)) to += NOUN_AFTER.exec(text.slice(to))?.[0].length ?? 0
          const claim = {...span(match.index, to), kind}
          if (!outside(claim)) continue
          if (!found.claims.some((c) => overlaps(c, claim))) found.claims.push(claim)
        }
      }
      found.named.sort((a, b) => a.start - b.start)
      found.vague.sort((a, b) => a.start - b.start)
      found.claims.sort((a, b) => a.start - b.start)
      out.push(found)
    }
  }
  carry(out)
  return out
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end

/** Share of [start, end) covered by quotation ranges. */
function quotedShare(ranges: Range[], start: number, end: number): number {
  let covered = 0
  for (const [from, to] of ranges) {
    if (to <= start || from >= end) continue
    covered += Math.min(to, end) - Math.max(from, start)
  }
  return end > start ? covered / (end - start) : 0
}

/**
 * Reported speech goes on after a named source: a sentence in Konjunktiv I
 * or a quotation right after an attributed sentence is attributed too (also
 * across a paragraph break, as agencies write). A sentence whose follower
 * names the source and points back (`Das teilte die Polizei mit.`) is
 * attributed by it.
 */
function carry(sentences: SentenceAttribution[]): void {
  for (let i = 1; i < sentences.length; i++) {
    const sentence = sentences[i]
    if (sentence.named.length > 0 || sentence.vague.length > 0) continue
    const previous = sentences[i - 1]
    const near = sentence.paragraph - previous.paragraph <= 1
    if (near && isAttributed(previous) && (sentence.subjunctive || sentence.quotation)) {
      sentence.carried = true
      continue
    }
    // Konjunktiv I marks reported speech; its speaker is named further back (agencies run
    // reported speech over several paragraphs).
    if (sentence.subjunctive) {
      for (let k = i - 1; k >= 0 && sentence.paragraph - sentences[k].paragraph <= 2; k--) {
        if (sentences[k].named.length > 0) {
          sentence.carried = true
          break
        }
      }
    }
  }
  for (let i = sentences.length - 2; i >= 0; i--) {
    const next = sentences[i + 1]
    if (next.paragraph === sentences[i].paragraph && next.named.length > 0 && POINTS_BACK.test(next.text.trimStart())) {
      sentences[i].carried = true
    }
  }
}

// --- source lists ----------------------------------------------------------------

export interface SourceEntry extends Span {
  /** Has a URL or domain. */
  linked: boolean
  /** Names an article: a quoted title or `Outlet: Title`. */
  titled: boolean
  /** Names only a kind of material (`Berichte von Reuters`). */
  kindOnly: boolean
}

export interface SourceList {
  /** The heading (`Quellen:`), trimmed, or the whole line when the entries follow on it. */
  heading: Span
  entries: SourceEntry[]
}

const LIST_HEADING =
  /^\s*(?:[#*_>-]+\s*)?(?:quellen?(?:angaben?|verzeichnis|nachweise?|hinweise?)?|(?:verwendete|genutzte|benutzte|weitere) quellen|quellen (?:für|zu) (?:diese[nmr]?|den|die|das) (?:artikel|text|beitrag|bericht|zusammenfassung|meldung)(?: sind| waren)?|sources?|referenzen|einzelnachweise|belege|nachweise)\s*(?:[*_]+\s*)?(?::|\s*$)/iu
const LIST_ITEM = /^\s*(?:[-*•–·]|\d{1,2}[.)]|\[\d{1,2}\])\s+/u
// A Markdown list item, whose marker the parser keeps out of the line's text.
const MARKUP_ITEM = /^\s*(?:[-*+]|\d{1,2}[.)])\s+$/u
const URL = /(?:https?:\/\/|www\.)\S+|(?<![\p{L}\p{N}@])[\p{L}\p{N}-]+\.(?:de|at|ch|com|org|net|eu|info|news|tv|fm)(?:\/\S*)?(?![\p{L}\p{N}])/u
const TITLE = /[„»"“«].{3,}?[“«"”»]|[\p{L}.)]\s*[:|–]\s+\p{Lu}[\p{L}-]*(?:\s+\S+){2,}/u
const KIND_ONLY =
  /^(?:aussagen|äußerungen|bestätigungen|berichte|berichten|meldungen|angaben|informationen|erklärungen|mitteilungen|artikel|beiträge|daten|material|recherchen|interviews|pressemitteilungen|agenturmeldungen|medienberichte|nachrichten|quellen|stellungnahmen)\s+(?:von|vo[nm]|der|des|aus|bei)(?![\p{L}])/iu
const SPLIT = /\s+[-–—|·•]\s+|\s*[;,]\s*|\s+(?:und|sowie)\s+/u

const listCache = new WeakMap<Root, SourceList[]>()

/**
 * Source sections: a `Quellen:` heading (or `Quellen für diesen Artikel
 * sind:`) with its entries, on the same line or the list that follows.
 */
export function sourceListsOf(tree: Root, source: string): readonly SourceList[] {
  let out = listCache.get(tree)
  if (out) return out
  out = []
  const lines = linesOf(tree, source)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    const heading = LIST_HEADING.exec(line.text)
    if (!heading) continue
    const parts: Array<{text: string; offsetAt: (i: number) => number}> = []
    const rest = line.text.slice(heading[0].length)
    let end = line.text.length
    if (rest.trim()) parts.push({text: rest, offsetAt: (k) => line.offsetAt(heading[0].length + k)})
    else end = heading[0].trimEnd().length
    if (!rest.trim()) {
      let j = i + 1
      while (j < lines.length && !lines[j].text.trim()) j++
      let first = true
      for (; j < lines.length; j++) {
        const next = lines[j]
        if (!next.text.trim()) break
        const item = LIST_ITEM.test(next.text) || MARKUP_ITEM.test(source.slice(source.lastIndexOf('\n', next.start - 1) + 1, next.start))
        if (!first && !item && !URL.test(next.text)) break
        if (!first && LIST_HEADING.test(next.text)) break
        parts.push({text: next.text, offsetAt: next.offsetAt})
        first = false
      }
    }
    if (parts.length === 0) continue
    const entries: SourceEntry[] = []
    for (const part of parts) {
      const body = part.text.replace(LIST_ITEM, (m) => ' '.repeat(m.length))
      // Split a line into entries only when it has no link (a URL may contain `-`).
      const pieces = URL.test(body) || TITLE.test(body) ? [body] : body.split(SPLIT)
      let from = 0
      for (const piece of pieces) {
        const at = body.indexOf(piece, from)
        from = at + piece.length
        const trimmed = piece.trim().replace(/[.:]$/u, '')
        if (!/\p{L}/u.test(trimmed)) continue
        const lead = at + piece.indexOf(trimmed)
        entries.push({
          start: part.offsetAt(lead),
          end: part.offsetAt(lead + trimmed.length - 1) + 1,
          text: trimmed,
          linked: URL.test(trimmed),
          titled: TITLE.test(trimmed),
          kindOnly: KIND_ONLY.test(trimmed)
        })
      }
    }
    const [start, stop] = lineSpan(line, 0, end)
    out.push({heading: {start, end: stop, text: line.text.slice(0, end).trim()}, entries})
  }
  listCache.set(tree, out)
  return out
}

/** A normalised outlet name, to see the same source listed twice (`ZEIT ONLINE`, `Zeit Online`). */
export function outletKey(entry: string): string {
  return entry
    .toLowerCase()
    .replace(/\b(?:online|de|com|news|nachrichten)\b/gu, '')
    .replace(/^(?:der|die|das)\s+/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, '')
}

/** A long cue shortened to its frame: `wurde über … berichtet`. */
export function gist(cue: string): string {
  const words = cue.trim().split(/\s+/u)
  return words.length <= 3 ? words.join(' ') : `${words[0]} … ${words[words.length - 1]}`
}
