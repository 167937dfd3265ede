/**
 * Quoted spans: text between German („…“, »…«), Swiss («…»), single (‚…‘,
 * ›…‹) or straight ("…", '…') quotation marks within one paragraph. Rules use
 * them to leave quoted speech and titles alone (`„Really really love you“`).
 */
import type {Paragraph, Root} from 'nlcst'
import {mappedText, paragraphTokens, paragraphs, tokensOf} from './nlcst.js'

const PAIRS: Record<string, string> = {
  '„': '“”',
  '»': '«',
  '«': '»',
  '‚': '‘’',
  '›': '‹',
  '"': '"',
  '“': '”'
}
const MAX_QUOTE = 2000

export type Range = [start: number, end: number]

const computed = new WeakMap<Root, Range[]>()

/** Quoted ranges of a tree, as file offsets [start, end), in order (computed once per tree). */
export function quotedRanges(tree: Root): Range[] {
  let ranges = computed.get(tree)
  if (!ranges) {
    ranges = findQuotes(tree)
    computed.set(tree, ranges)
  }
  return ranges
}

const OPENERS = /[„»«‚›"“']/g
// Straight single quotes ('No ticket, no entry') are apostrophes too (Let's, Andreas', 's):
// one opens before a letter after a space or line start, and closes after a non-space before a space,
// punctuation or the end, within one sentence's length.
const SINGLE_OPEN = /(?:^|[\s(\[])$/u
const SINGLE_CLOSE = /^(?:$|[\s.,;:!?)\]…–-])/u
const MAX_SINGLE = 300
const OPENER = new RegExp(OPENERS.source)

function hasOpener(paragraph: Paragraph): boolean {
  for (const node of paragraph.children) {
    if (node.type !== 'SentenceNode') continue
    // Quotation marks are punctuation (or symbol) tokens; words and white space hold none.
    for (const token of tokensOf(node)) if ((token.type === 'punctuation' || token.type === 'symbol') && OPENER.test(token.value)) return true
  }
  return false
}

function findQuotes(tree: Root): Range[] {
  const ranges: Range[] = []
  for (const paragraph of paragraphs(tree)) {
    // Many paragraphs have no quotation mark at all (white space between sentences holds none).
    if (!hasOpener(paragraph)) continue
    const {text, offsetAt} = mappedText(paragraphTokens(paragraph))
    OPENERS.lastIndex = 0
    let match: RegExpExecArray | null
    while ((match = OPENERS.exec(text))) {
      const index = match.index
      let end = -1
      if (text[index] === "'") {
        if (!SINGLE_OPEN.test(text.slice(Math.max(0, index - 1), index)) || !/^[\p{L}\d]/u.test(text.slice(index + 1, index + 2))) continue
        for (let k = index + 2; k < Math.min(text.length, index + MAX_SINGLE); k++) {
          if (text[k] === "'" && !/\s/u.test(text[k - 1]) && SINGLE_CLOSE.test(text.slice(k + 1, k + 2))) {
            end = k
            break
          }
        }
        if (end === -1) continue
        ranges.push([offsetAt(index), offsetAt(end) + 1])
        OPENERS.lastIndex = end + 1
        continue
      }
      const closers = PAIRS[text[index]]
      for (let k = index + 1; k < Math.min(text.length, index + MAX_QUOTE); k++) {
        if (closers.includes(text[k])) {
          end = k
          break
        }
      }
      if (end === -1) continue
      ranges.push([offsetAt(index), offsetAt(end) + 1])
      OPENERS.lastIndex = end + 1
    }
  }
  return ranges
}

/** Is [start, end) inside one of the (sorted) ranges? */
export function inRanges(ranges: Range[], start: number, end: number): boolean {
  let low = 0
  let high = ranges.length - 1
  while (low <= high) {
    const mid = (low + high) >> 1
    const [from, to] = ranges[mid]
    if (to <= start) low = mid + 1
    else if (from > start) high = mid - 1
    else return end <= to
  }
  return false
}
