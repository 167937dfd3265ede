/**
 * German-aware tokenising and sentence segmentation.
 *
 * `ParseGerman` is parse-latin with three changes that German news needs:
 *
 * - a full stop after a German abbreviation (`Nr.`, `Dr.`, `bzw.`, `Mio.`),
 *   a dotted abbreviation (`z.B.`), a Roman numeral (`XVI.`) or a day-month
 *   date (`19.10.`) does not end the sentence;
 * - a closing German quote (`“`, `«`, `‘`, or a straight `"` followed by
 *   space or punctuation) after a terminal mark stays in its sentence, while
 *   an opening quote that starts the next sentence stays there (parse-latin's
 *   English rule moves every straight `"` back);
 * - URLs, e-mail addresses, @handles and #hashtags become `SourceNode`s, so no
 *   rule reads them as prose, and zero-width characters inside a word do not
 *   split it.
 *
 * The same parser instance type serves plain text, Markdown and HTML (via
 * mdast-util-to-nlcst / hast-util-to-nlcst), so segmentation is identical for
 * every input format.
 */
import {ParseLatin} from 'parse-latin'
import {toString} from 'nlcst-to-string'
import type {
  Paragraph,
  Sentence,
  SentenceContent,
  Word,
  Source,
  Punctuation,
  Symbol as NlcstSymbol
} from 'nlcst'
import {dictionaryList} from './data.js'

type Plugin<T> = (node: T) => void

let abbreviations: Set<string> | undefined
function abbreviationSet(): Set<string> {
  abbreviations ??= new Set(dictionaryList('abbreviations.txt'))
  return abbreviations
}

// Soft hyphen, zero-width space and joiners, word joiner, zero-width no-break space.
const INVISIBLE_CHARS = '\\u00AD\\u200B-\\u200D\\u2060\\uFEFF'
/** Characters that are invisible and may sit inside a word. */
export const INVISIBLE = new RegExp(`[${INVISIBLE_CHARS}]`)
const INVISIBLE_ONLY = new RegExp(`^[${INVISIBLE_CHARS}]+$`)
/**
 * The hyphenation mark some typesetting and OCR software writes at a line
 * break (U+00AC, `ent¬wickelt`): left in a word when the lines are joined.
 */
export const BREAK_MARK = '\u00AC'
/** What sits inside a word without being part of it: invisible characters and the break mark. */
export const IN_WORD_DEBRIS = new RegExp(`[${INVISIBLE_CHARS}${BREAK_MARK}]`)

const ROMAN = /^[IVXLCDM]{2,}$/
const DAY_MONTH = /^\d{1,2}\.\d{1,2}$/
const DOTTED = /^(?:\p{L}{1,3}\.)+\p{L}{1,3}$/u

/** Is `word` (without its final full stop) a non-terminal abbreviation? */
export function isAbbreviation(word: string): boolean {
  return (
    abbreviationSet().has(word) ||
    ROMAN.test(word) ||
    DAY_MONTH.test(word) ||
    (DOTTED.test(word) && word.length <= 8)
  )
}

// --- sentence plugins ------------------------------------------------------

/** The first letter of a word node. */
const firstLetter = (word: Word) => {
  const first = word.children[0]
  return first?.type === 'TextNode' ? first.value[0] ?? '' : ''
}

/** Merge `Word, invisible Symbol, Word` into one word; also a break mark before a lower-case letter (ent¬wickelt). */
const mergeInvisible: Plugin<Sentence> = (sentence) => {
  const children = sentence.children
  for (let index = 1; index < children.length - 1; index++) {
    const node = children[index]
    const previous = children[index - 1]
    const next = children[index + 1]
    if (
      (node.type === 'SymbolNode' || node.type === 'PunctuationNode') &&
      previous.type === 'WordNode' &&
      next.type === 'WordNode' &&
      (INVISIBLE_ONLY.test(node.value) || (node.value === BREAK_MARK && /\p{Ll}/u.test(firstLetter(next))))
    ) {
      const merged: Word = {
        type: 'WordNode',
        children: [
          ...previous.children,
          {type: 'SymbolNode', value: node.value, position: node.position},
          ...next.children
        ],
        position:
          previous.position && next.position
            ? {start: previous.position.start, end: next.position.end}
            : undefined
      }
      children.splice(index - 1, 3, merged)
      index--
    }
  }
}

const TLD =
  'de|at|ch|com|org|net|eu|info|io|news|gov|edu|uk|fr|it|es|nl|be|pl|ru|ua|tv|fm|me|co|ai|app|online|int'
const SOURCE_PATTERNS: RegExp[] = [
  // URL with scheme or www.
  /^(?:(?:https?|ftp):\/\/|www\.)[^\s<>"“”„«»]+/i,
  // e-mail address
  /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+/,
  // bare domain with a known top-level domain, optionally with a path
  new RegExp(`^(?:[a-z0-9-]+\\.)+(?:${TLD})(?:/[^\\s<>"“”„«»]*)?(?![\\p{L}\\d])`, 'iu'),
  // @handle and #hashtag
  /^[@#][\p{L}\d_]{2,}/u
]
const TRAILING = /[.,;:!?)\]}'"“”’«»]+$/
const MAY_BE_SOURCE = /[@#]|[./]./

/** Turn runs that form a URL, e-mail, handle or hashtag into SourceNodes. */
const mergeSource: Plugin<Sentence> = (sentence) => {
  const children = sentence.children
  let index = 0
  while (index < children.length) {
    if (children[index].type === 'WhiteSpaceNode') {
      index++
      continue
    }
    // Collect the run of non-white-space nodes starting here.
    let end = index
    let text = ''
    while (end < children.length && children[end].type !== 'WhiteSpaceNode') {
      text += toString(children[end])
      end++
    }
    // Every source pattern needs an @ or # or a dot or slash inside the run (Wort. is none).
    const match = MAY_BE_SOURCE.test(text) ? matchSource(text) : undefined
    if (match) {
      // Cover whole nodes only.
      let length = 0
      let stop = index
      while (stop < end && length < match.length) {
        length += toString(children[stop]).length
        stop++
      }
      if (length === match.length && stop > index) {
        const first = children[index]
        const last = children[stop - 1]
        const source: Source = {
          type: 'SourceNode',
          value: match,
          position:
            first.position && last.position
              ? {start: first.position.start, end: last.position.end}
              : undefined
        }
        children.splice(index, stop - index, source)
        index++
        continue
      }
    }
    index = end
  }
}

function matchSource(text: string): string | undefined {
  for (const pattern of SOURCE_PATTERNS) {
    const match = pattern.exec(text)
    if (match) {
      const value = match[0].replace(TRAILING, '')
      if (value.length > 2) return value
    }
  }
  return undefined
}

// --- paragraph plugins -----------------------------------------------------

function isPunctuation(node: SentenceContent | undefined): node is Punctuation | NlcstSymbol {
  return node !== undefined && (node.type === 'PunctuationNode' || node.type === 'SymbolNode')
}

function mergeInto(previous: Sentence, next: Sentence): void {
  previous.children.push(...next.children)
  if (previous.position && next.position) previous.position.end = next.position.end
}

/** Merge a sentence that ends in `<abbreviation>.` with the next one. */
const mergeGermanAbbreviations: Plugin<Paragraph> = (paragraph) => {
  const children = paragraph.children
  for (let index = 0; index < children.length - 1; index++) {
    const sentence = children[index]
    if (sentence.type !== 'SentenceNode') continue
    const last = sentence.children.length - 1
    const period = sentence.children[last]
    const word = sentence.children[last - 1]
    if (!isPunctuation(period) || period.value !== '.' || word?.type !== 'WordNode') continue
    if (!isAbbreviation(toString(word))) continue
    // Find the next sentence (skip white space between sentences).
    let nextIndex = index + 1
    while (nextIndex < children.length && children[nextIndex].type === 'WhiteSpaceNode') nextIndex++
    const next = children[nextIndex]
    if (!next || next.type !== 'SentenceNode') continue
    // A paragraph break is never crossed (white space with a blank line).
    const between = children.slice(index + 1, nextIndex)
    if (between.some((node) => /\n[ \t]*\n/.test(toString(node)))) continue
    // Attach the full stop to the abbreviation, then join the sentences.
    word.children.push({type: 'PunctuationNode', value: '.', position: period.position})
    if (word.position && period.position) word.position.end = period.position.end
    sentence.children.pop()
    for (const node of between) sentence.children.push(node as SentenceContent)
    mergeInto(sentence, next)
    children.splice(index + 1, nextIndex - index)
    index--
  }
}

const CLOSING_AFFIX = /^([!"').?\u2019\u201D\u201C\u2018\u00BB\u00AB\u203A\u2039\u2026\]}])\1*$/
const AMBIGUOUS_QUOTE = /^["'\u201C\u2018\u00BB\u00AB\u203A\u2039\u201D\u2019]+$/

/**
 * Move closing punctuation that follows a terminal mark back into the sentence
 * it closes. A quote mark counts as closing only when no word follows it
 * directly: `“ Dann` closes, `"Wir` opens.
 */
const mergeGermanAffix: Plugin<Paragraph> = (paragraph) => {
  const children = paragraph.children
  for (let index = 1; index < children.length; index++) {
    const sentence = children[index]
    const previous = children[index - 1]
    if (sentence.type !== 'SentenceNode' || previous.type !== 'SentenceNode') continue
    const first = sentence.children[0]
    if (!isPunctuation(first) || !CLOSING_AFFIX.test(first.value)) continue
    if (AMBIGUOUS_QUOTE.test(first.value) && sentence.children[1]?.type === 'WordNode') continue
    sentence.children.shift()
    previous.children.push(first)
    if (first.position && previous.position) previous.position.end = first.position.end
    const second = sentence.children[0]
    if (second?.position && sentence.position) sentence.position.start = second.position.start
    index--
  }
}

const LINE_BREAK = /\r?\n|\r/
const NO_BREAK_BEFORE = /^[,;(\-–/&+]$|-$/
const STARTS_LINE = /^[\p{Lu}\d„“"»«‚'(\[•*–-]/u

/**
 * Plain text only: a line break ends the sentence when the line has no
 * terminal mark but the next line starts like a new sentence (a capital, a
 * digit, a quote or a bullet). Summaries put headlines and paragraphs on lines
 * of their own; without this a headline runs into the first sentence.
 */
const breakAtLineEnds: Plugin<Paragraph> = (paragraph) => {
  const children = paragraph.children
  for (let index = 0; index < children.length; index++) {
    const sentence = children[index]
    if (sentence.type !== 'SentenceNode') continue
    const nodes = sentence.children
    for (let k = 1; k < nodes.length - 1; k++) {
      const node = nodes[k]
      if (node.type !== 'WhiteSpaceNode' || !LINE_BREAK.test(node.value)) continue
      const before = toString(nodes[k - 1])
      const after = toString(nodes[k + 1])
      if (NO_BREAK_BEFORE.test(before) || !STARTS_LINE.test(after)) continue
      const head: Sentence = {type: 'SentenceNode', children: nodes.slice(0, k)}
      const tail: Sentence = {type: 'SentenceNode', children: nodes.slice(k + 1)}
      const firstHead = head.children[0]
      const lastHead = head.children[head.children.length - 1]
      const firstTail = tail.children[0]
      const lastTail = tail.children[tail.children.length - 1]
      if (firstHead.position && lastHead.position) {
        head.position = {start: firstHead.position.start, end: lastHead.position.end}
      }
      if (firstTail.position && lastTail.position) {
        tail.position = {start: firstTail.position.start, end: lastTail.position.end}
      }
      children.splice(index, 1, head, node, tail)
      break
    }
  }
}

// --- the parser ---------------------------------------------------------------

const latinParagraph = ParseLatin.prototype.tokenizeParagraphPlugins
// parse-latin 7.0.0 (pinned): [mergeNonWordSentences, mergeAffixSymbol, ...].
if (latinParagraph.length !== 12) {
  throw new Error('korrektor: unexpected parse-latin version (paragraph plugins changed)')
}

export class ParseGerman extends ParseLatin {}

ParseGerman.prototype.tokenizeSentencePlugins = [
  mergeInvisible,
  mergeSource,
  ...ParseLatin.prototype.tokenizeSentencePlugins
] as typeof ParseLatin.prototype.tokenizeSentencePlugins

ParseGerman.prototype.tokenizeParagraphPlugins = [
  latinParagraph[0],
  mergeGermanAffix,
  mergeGermanAbbreviations,
  ...latinParagraph.slice(2)
] as typeof latinParagraph

/**
 * The parser for plain text, where a single line break usually ends a
 * headline or paragraph (Markdown and HTML know their blocks already).
 */
export class ParseGermanText extends ParseGerman {}

ParseGermanText.prototype.tokenizeParagraphPlugins = [
  ...latinParagraph.slice(0, 1),
  mergeGermanAffix,
  mergeGermanAbbreviations,
  ...latinParagraph.slice(2, 10),
  breakAtLineEnds,
  ...latinParagraph.slice(10)
] as typeof latinParagraph

/** Split plain text into sentences (strings), for tests and measurements. */
export function sentences(text: string): Array<{text: string; start: number; end: number}> {
  const tree = parseGermanText(text)
  const out: Array<{text: string; start: number; end: number}> = []
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode' || !sentence.position) continue
      const start = sentence.position.start.offset ?? 0
      const end = sentence.position.end.offset ?? 0
      out.push({text: text.slice(start, end), start, end})
    }
  }
  return out
}

// --- linear-time parsing of large documents -------------------------------------

/**
 * parse-latin runs its token plugins over a whole document as one list and
 * splices into it, which is quadratic in document length. Sentences never
 * cross a blank line, so a document is parsed block by block and the blocks'
 * nodes are joined under one root, with positions shifted to the document.
 * A block longer than MAX_BLOCK (a file without blank lines) is cut further
 * at line breaks, and a single enormous line at white space.
 */
const MAX_BLOCK = 20_000

type Point = {line: number; column: number; offset?: number}

function cutPoints(text: string): number[] {
  // Offsets where a new block starts; blocks are [cut[i], cut[i+1]).
  const cuts = [0]
  const blank = /\n[ \t]*(?:\r?\n|\r)|\r[ \t]*\r/g
  let last = 0
  const push = (at: number) => {
    if (at > last && at < text.length) {
      cuts.push(at)
      last = at
    }
  }
  for (const match of text.matchAll(blank)) {
    splitLong(text, last, match.index, push)
    push(match.index)
  }
  splitLong(text, last, text.length, push)
  return cuts
}

function splitLong(text: string, from: number, to: number, push: (at: number) => void): void {
  let start = from
  while (to - start > MAX_BLOCK) {
    const window = text.slice(start + MAX_BLOCK / 2, start + MAX_BLOCK)
    let cut = window.lastIndexOf('\n')
    if (cut === -1) cut = window.search(/[.!?]\s+(?=\p{Lu})[^]*$/u)
    if (cut === -1) cut = window.lastIndexOf(' ')
    const at = cut === -1 ? start + MAX_BLOCK : start + MAX_BLOCK / 2 + cut + 1
    push(at)
    start = at
  }
}

function shiftTree(node: {position?: {start: Point; end: Point}; children?: unknown[]}, toPoint: (offset: number) => Point, base: number): void {
  if (node.position) {
    const start = (node.position.start.offset ?? 0) + base
    const end = (node.position.end.offset ?? 0) + base
    node.position = {start: {...toPoint(start), offset: start}, end: {...toPoint(end), offset: end}}
  }
  if (node.children) for (const child of node.children) shiftTree(child as never, toPoint, base)
}

/** Parse plain text into nlcst in linear time (see above). */
export function parseGermanText(text: string): import('nlcst').Root {
  const cuts = cutPoints(text)
  if (cuts.length === 1) return new ParseGermanText().parse(text)
  // Line starts, for turning offsets into points.
  const lineStarts = [0]
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 10 || (code === 13 && text.charCodeAt(index + 1) !== 10)) lineStarts.push(index + 1)
  }
  const toPoint = (offset: number): Point => {
    let low = 0
    let high = lineStarts.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if (lineStarts[mid] <= offset) low = mid
      else high = mid - 1
    }
    return {line: low + 1, column: offset - lineStarts[low] + 1, offset}
  }
  const children: import('nlcst').RootContent[] = []
  const parser = new ParseGermanText()
  for (let index = 0; index < cuts.length; index++) {
    const start = cuts[index]
    const end = index + 1 < cuts.length ? cuts[index + 1] : text.length
    const root = parser.parse(text.slice(start, end))
    for (const child of root.children) {
      shiftTree(child as never, toPoint, start)
      children.push(child)
    }
  }
  return {
    type: 'RootNode',
    children,
    position: {start: toPoint(0), end: toPoint(text.length)}
  }
}
