/**
 * Source articles for grounding (`--source`, front matter `sources:`, a
 * manifest): read them and keep their main text. HTML loses navigation,
 * header, footer, asides, scripts and forms (the `article` or `main`
 * element when there is one); Markdown loses its markup and code; plain
 * text stays as it is.
 */
import {readFileSync} from 'node:fs'
import {dirname, resolve} from 'node:path'
import {formatOf} from '../engine.js'
import {readText} from './read.js'
import type {SourceText} from '../lang/grounding.js'

export type {SourceText}

interface Node {
  type: string
  tagName?: string
  value?: string
  children?: Node[]
}

const SKIP = new Set(['nav', 'header', 'footer', 'aside', 'script', 'style', 'noscript', 'template', 'form', 'button', 'svg', 'iframe', 'select'])
const BLOCK = /^(?:p|div|section|article|main|h[1-6]|li|ul|ol|blockquote|pre|table|tr|td|th|br|hr|figure|figcaption|dd|dt)$/

function find(node: Node, tag: string): Node | undefined {
  if (node.tagName === tag) return node
  for (const child of node.children ?? []) {
    const found = find(child, tag)
    if (found) return found
  }
  return undefined
}

function htmlText(node: Node, out: string[]): void {
  if (node.type === 'text') out.push(node.value ?? '')
  if (node.type === 'element' && SKIP.has(node.tagName!)) return
  const block = node.type === 'element' && BLOCK.test(node.tagName!)
  if (block) out.push('\n')
  for (const child of node.children ?? []) htmlText(child, out)
  if (block) out.push('\n')
}

function markdownText(node: Node, out: string[]): void {
  if (node.type === 'code' || node.type === 'html' || node.type === 'yaml') return
  if (node.type === 'text' || node.type === 'inlineCode') out.push(node.value ?? '')
  for (const child of node.children ?? []) markdownText(child, out)
  if (/^(?:paragraph|heading|listItem|blockquote|tableRow)$/.test(node.type)) out.push('\n')
}

/**
 * The main text of a source document. The parsers are loaded on first use,
 * as in the engine: most runs have no sources, and loading them costs start-up.
 */
export async function mainText(text: string, format: 'txt' | 'md' | 'html'): Promise<string> {
  const out: string[] = []
  if (format === 'txt') return text
  const {unified} = await import('unified')
  if (format === 'html') {
    const {default: rehypeParse} = await import('rehype-parse')
    const tree = unified().use(rehypeParse).parse(text) as unknown as Node
    htmlText(find(tree, 'article') ?? find(tree, 'main') ?? find(tree, 'body') ?? tree, out)
  } else {
    const {default: remarkParse} = await import('remark-parse')
    markdownText(unified().use(remarkParse).parse(text) as unknown as Node, out)
  }
  return out.join('').replace(/[ \t\u00a0]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim()
}

export type SourceRead = {ok: true; source: SourceText} | {ok: false; path: string; reason: string}

/** Read one source file (`path` as the user wrote it, resolved against `base`). */
export async function readSource(path: string, base: string): Promise<SourceRead> {
  const decoded = await readText(resolve(base, path))
  if (!decoded.ok) return {ok: false, path, reason: `Quelle nicht lesbar: ${decoded.reason}`}
  return {ok: true, source: {path, text: await mainText(decoded.text, formatOf(path))}}
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/

/** Sources a Markdown summary names in its front matter (`sources:` or `quellen:`), relative to it. */
export async function frontMatterSources(text: string, file: string): Promise<string[]> {
  const block = FRONT_MATTER.exec(text)?.[1]
  if (!block || !/^(?:sources|quellen)\s*:/m.test(block)) return []
  let data: unknown
  try {
    data = (await import('yaml')).parse(block)
  } catch {
    return []
  }
  const list = (data as Record<string, unknown>)?.sources ?? (data as Record<string, unknown>)?.quellen
  const items = Array.isArray(list) ? list : typeof list === 'string' ? [list] : []
  return items.filter((item): item is string => typeof item === 'string').map((item) => resolve(dirname(file), item))
}

/**
 * A manifest pairs summaries with their sources: JSON or YAML,
 * `{"summary.md": ["article1.html", "article2.txt"]}`, paths relative to
 * the manifest. Returns absolute paths; throws a one-line error when broken.
 */
export async function readManifest(path: string): Promise<Map<string, string[]>> {
  let data: unknown
  try {
    const text = readFileSync(path, 'utf8')
    data = path.endsWith('.json') ? JSON.parse(text) : (await import('yaml')).parse(text)
  } catch (error) {
    throw new Error((error as Error).message.split('\n')[0])
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new Error('erwartet ein Objekt {Zusammenfassung: [Quellen]}')
  const base = dirname(path)
  const out = new Map<string, string[]>()
  for (const [summary, sources] of Object.entries(data as Record<string, unknown>)) {
    const list = Array.isArray(sources) ? sources : [sources]
    if (!list.every((s) => typeof s === 'string')) throw new Error(`Quellen von „${summary}“ müssen Pfade sein`)
    out.set(resolve(base, summary), (list as string[]).map((s) => resolve(base, s)))
  }
  return out
}
