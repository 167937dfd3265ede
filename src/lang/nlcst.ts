/**
 * Small helpers for reading nlcst trees: offsets, words, sentences.
 * Every rule uses these instead of walking positions by hand.
 */
import type {Nodes, Paragraph, Root, Sentence, Word} from 'nlcst'
import {toString} from 'nlcst-to-string'

export {toString}

// A node built from markup without text (an empty HTML paragraph) may carry a position without points.
export function startOf(node: Nodes): number {
  return node.position?.start?.offset ?? -1
}

export function endOf(node: Nodes): number {
  return node.position?.end?.offset ?? -1
}

export function* paragraphs(tree: Root): Generator<Paragraph> {
  for (const node of tree.children) if (node.type === 'ParagraphNode') yield node
}

export function* sentencesOf(tree: Root): Generator<Sentence> {
  for (const paragraph of paragraphs(tree)) {
    for (const node of paragraph.children) if (node.type === 'SentenceNode') yield node
  }
}

/** A leaf token of a sentence, flattened (word parts stay inside words). */
export interface Token {
  type: 'word' | 'punctuation' | 'symbol' | 'whitespace' | 'source'
  value: string
  start: number
  end: number
  node: Nodes
}

const TYPE: Record<string, Token['type']> = {
  WordNode: 'word',
  PunctuationNode: 'punctuation',
  SymbolNode: 'symbol',
  WhiteSpaceNode: 'whitespace',
  SourceNode: 'source'
}

const sentenceTokens = new WeakMap<Sentence, readonly Token[]>()
const paragraphTokenLists = new WeakMap<Paragraph, readonly Token[]>()

/**
 * The tokens of a sentence (words as one token each). Computed once per
 * tree and shared by all rules, so the list is read-only.
 */
export function tokensOf(sentence: Sentence): readonly Token[] {
  let out = sentenceTokens.get(sentence) as Token[] | undefined
  if (!out) {
    out = []
    for (const node of sentence.children) {
      const type = TYPE[node.type]
      if (!type || !node.position) continue
      out.push({type, value: toString(node), start: startOf(node), end: endOf(node), node})
    }
    sentenceTokens.set(sentence, out)
  }
  return out
}

/** Tokens of a whole paragraph, across its sentences, in order (read-only, shared). */
export function paragraphTokens(paragraph: Paragraph): readonly Token[] {
  let out = paragraphTokenLists.get(paragraph) as Token[] | undefined
  if (!out) {
    out = []
    for (const node of paragraph.children) {
      if (node.type === 'SentenceNode') for (const token of tokensOf(node)) out.push(token)
      else if (node.type === 'WhiteSpaceNode' && node.position) {
        out.push({type: 'whitespace', value: node.value, start: startOf(node), end: endOf(node), node})
      }
    }
    paragraphTokenLists.set(paragraph, out)
  }
  return out
}

export function isWord(node: Nodes): node is Word {
  return node.type === 'WordNode'
}

/**
 * The text of a run of tokens with a map back to file offsets. Source nodes
 * (code, URLs) are masked with U+FFFC so no pattern matches across them.
 * Use `offsetAt(i)` to turn an index into the string into a file offset.
 * With `maskSources: false` sources keep their text (a rule that reads
 * domains, like a site's self-description `infobud.news ist …`).
 */
export interface MappedText {
  text: string
  offsetAt: (index: number) => number
}

export function mappedText(tokens: readonly Token[], {maskSources = true}: {maskSources?: boolean} = {}): MappedText {
  let text = ''
  const starts: number[] = []
  const offsets: number[] = []
  for (const token of tokens) {
    starts.push(text.length)
    offsets.push(token.start)
    text += token.type === 'source' && maskSources ? '\uFFFC'.repeat(token.value.length) : token.value
  }
  return {
    text,
    offsetAt(index) {
      if (starts.length === 0) return 0
      let low = 0
      let high = starts.length - 1
      while (low < high) {
        const mid = (low + high + 1) >> 1
        if (starts[mid] <= index) low = mid
        else high = mid - 1
      }
      return offsets[low] + (index - starts[low])
    }
  }
}

/** One line of text, with a map back to file offsets. */
export interface Line {
  /** The line's text (sources such as URLs and domains unmasked). */
  text: string
  /** File offset of character `i` of `text`. */
  offsetAt: (index: number) => number
  /** File offsets of the line's first character and of its end. */
  start: number
  end: number
  /** A blank line (or the start of the text) comes before this line. */
  blankBefore: boolean
}

/**
 * The lines of a tree in order: each paragraph's text split at line breaks
 * (in plain text every line may be a paragraph of its own). Rules that judge
 * whole lines (navigation text, a model's preamble) read these instead of
 * sentences, because scraped UI text has no sentence structure. `source` is
 * the file text, used to see blank lines between paragraphs. Computed once
 * per tree and shared, so the list is read-only.
 */
/**
 * File offsets of `line.text.slice(from, to)` without its leading and
 * trailing white space (which must not leave it empty).
 */
export function lineSpan(line: Line, from = 0, to = line.text.length): [start: number, end: number] {
  const lead = line.text.slice(from, to).search(/\S/)
  const start = from + Math.max(0, lead)
  const end = start + line.text.slice(start, to).trimEnd().length
  return [line.offsetAt(start), line.offsetAt(end - 1) + 1]
}

const treeLines = new WeakMap<Root, readonly Line[]>()

export function linesOf(tree: Root, source: string): readonly Line[] {
  const cached = treeLines.get(tree)
  if (cached) return cached
  const out: Line[] = []
  let previousEnd = 0
  for (const paragraph of paragraphs(tree)) {
    const {text, offsetAt} = mappedText(paragraphTokens(paragraph), {maskSources: false})
    let from = 0
    for (const part of text.split('\n')) {
      const base = from
      from += part.length + 1
      const start = offsetAt(base)
      const end = part.length > 0 ? offsetAt(base + part.length - 1) + 1 : start
      const blankBefore = out.length === 0 || /\n[^\S\n]*\n/.test(source.slice(previousEnd, start))
      out.push({text: part, offsetAt: (i) => offsetAt(base + i), start, end, blankBefore})
      previousEnd = end
    }
  }
  treeLines.set(tree, out)
  return out
}
