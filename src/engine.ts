/**
 * The pipeline: text → syntax tree (plain text, Markdown or HTML) → nlcst
 * with German segmentation → rules → messages. Reporters never see trees,
 * rules never see the CLI.
 */
import {unified} from 'unified'
import type {Root as NlcstRoot} from 'nlcst'
import type {Root as MdastRoot} from 'mdast'
import type {Root as HastRoot, Element} from 'hast'
import {visit} from 'unist-util-visit'
import {VFile} from 'vfile'
import type {SourceText} from './lang/grounding.js'
import type {VFileMessage} from 'vfile-message'
import {ParseGerman, parseGermanText} from './lang/segment.js'
import {rules as allRules} from '../rules/index.js'
import {location} from 'vfile-location'
import {parseSetting, resolveSeverity, type AcrossReport, type MessageData, type RuleSetting, type SharedSettings} from './rule.js'
import {applyDirectives, collectDirectives, type Directive} from './control.js'
import type {LintMessage} from './types.js'

export type Format = 'txt' | 'md' | 'html'

export function formatOf(path: string | undefined): Format {
  const lower = (path ?? '').toLowerCase()
  if (/\.(md|markdown|mdown|mkd)$/.test(lower)) return 'md'
  if (/\.(html?|xhtml)$/.test(lower)) return 'html'
  return 'txt'
}

export interface EngineSettings {
  rules: Record<string, RuleSetting<Record<string, unknown>>>
  shared: SharedSettings
}

/** Build the retext processor holding the enabled rules. */
function retextProcessor(settings: EngineSettings) {
  const processor = unified()
    .data('korrektorShared', settings.shared)
    .use(function () {
      // Plain-text parser (Markdown and HTML bring their own trees).
      this.parser = (document: string) => parseGermanText(document)
    })
  for (const rule of allRules) {
    const setting = settings.rules[rule.meta.id] ?? rule.meta.severity
    if (parseSetting(setting, rule.meta.severity).severity === 'off') continue
    processor.use(rule, setting)
  }
  return processor.freeze()
}

type Runner = (file: VFile) => Promise<void>

const IGNORED_HTML = new Set(['pre', 'kbd', 'samp', 'var', 'template', 'noscript', 'textarea'])

// Markdown and HTML parsers are loaded on first use: most runs lint plain
// text, and loading them costs a fifth of the cold start.
async function buildRunner(format: Format, settings: EngineSettings): Promise<Runner> {
  const retext = retextProcessor(settings)
  if (format === 'txt') {
    return async (file) => {
      const tree = retext.parse(file) as NlcstRoot
      await retext.run(tree, file)
    }
  }
  if (format === 'md') {
    const [{default: remarkParse}, {default: remarkFrontmatter}, {toNlcst: mdastToNlcst}] = await Promise.all([
      import('remark-parse'),
      import('remark-frontmatter'),
      import('mdast-util-to-nlcst')
    ])
    const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).freeze()
    const directives = collectDirectives()
    return async (file) => {
      const tree = markdown.parse(file) as MdastRoot
      directives(tree, file)
      const parser = new ParseGerman()
      const options = {ignore: ['code', 'html', 'yaml', 'toml', 'definition', 'footnoteDefinition']}
      const nlcst = blockwise(blocksOf(tree), (block) => mdastToNlcst(block as never, file, parser, options))
      await retext.run(nlcst, file)
    }
  }
  const [{default: rehypeParse}, {toNlcst: hastToNlcst}] = await Promise.all([
    import('rehype-parse'),
    import('hast-util-to-nlcst')
  ])
  const html = unified().use(rehypeParse).freeze()
  const directives = collectDirectives()
  return async (file) => {
    const tree = html.parse(file) as HastRoot
    directives(tree, file)
    visit(tree, 'element', (node: Element) => {
      if (IGNORED_HTML.has(node.tagName)) node.properties = {...node.properties, dataNlcst: 'ignore'}
    })
    const parser = new ParseGerman()
    const nlcst = blockwise(blocksOf(tree), (block) => hastToNlcst(block as never, file, parser))
    await retext.run(nlcst, file)
  }
}

interface TreeNode {
  type: string
  children?: TreeNode[]
  value?: string
  position?: unknown
}

/**
 * The top-level blocks of a Markdown or HTML tree. Converting each block on
 * its own keeps parse-latin linear on large documents (it treats one
 * conversion as one token list). Wrappers with a single element child
 * (`html`, `body`, a lone `div`) are descended into.
 */
function blocksOf(tree: TreeNode): TreeNode[] {
  const out: TreeNode[] = []
  const visit = (node: TreeNode) => {
    for (const child of node.children ?? []) {
      if (child.type === 'comment' || (child.type === 'text' && !child.value?.trim())) continue
      const holdsText = (child.children ?? []).some((c) => c.type === 'text' && c.value?.trim())
      // Descend into containers (and position-less wrappers such as an
      // implied <body>); a node that holds text itself is one block.
      if (child.children && (!child.position || !holdsText)) visit(child)
      else if (child.position) out.push(child)
    }
  }
  visit(tree)
  return out
}

/** Join the nlcst roots of several blocks under one root. */
function blockwise(blocks: TreeNode[], convert: (block: TreeNode) => NlcstRoot): NlcstRoot {
  const children: NlcstRoot['children'] = []
  for (const block of blocks) {
    const root = convert(block)
    if (root.children.length === 0) continue
    if (children.length > 0) children.push({type: 'WhiteSpaceNode', value: '\n\n'})
    children.push(...root.children)
  }
  return {type: 'RootNode', children}
}

/**
 * Markdown that micromark parses in super-linear time (thousands of
 * emphasis markers in a row, lists or quotes nested hundreds deep) is read
 * as plain text instead; no real summary looks like this.
 */
export function pathologicalMarkdown(text: string): boolean {
  return /[*_~`]{65}/.test(text) || /^(?:[ \t]*>){33}|^[ \t]{129}/m.test(text)
}

/**
 * Blank out markup with spaces of the same length (line breaks kept), so the
 * prose can be read as plain text with unchanged offsets.
 */
export function maskMarkup(text: string): string {
  const blank = (match: string) => match.replace(/[^\r\n]/g, ' ')
  return text
    .replace(/<(script|style|pre|code|template|noscript|textarea)\b[^]*?<\/\1\s*>/gi, blank)
    .replace(/<!--[^]*?-->/g, blank)
    .replace(/<[^>]*>/g, blank)
}

const runners = new Map<string, Promise<Runner>>()

function runnerFor(format: Format, settings: EngineSettings): Promise<Runner> {
  const key = format + JSON.stringify(settings)
  let runner = runners.get(key)
  if (!runner) {
    runner = buildRunner(format, settings)
    runners.set(key, runner)
  }
  return runner
}

/** Turn a vfile message produced by a rule into the public message shape. */
export function toLintMessage(message: VFileMessage): LintMessage | undefined {
  const data = (message as VFileMessage & {korrektor?: MessageData}).korrektor
  const start = message.place && 'start' in message.place ? message.place.start : undefined
  const end = message.place && 'end' in message.place ? message.place.end : undefined
  if (!data || !start || !end) return undefined
  return {
    ruleId: message.ruleId ?? 'unknown',
    severity: data.severity,
    message: message.reason,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    offset: data.offset,
    endOffset: data.endOffset,
    actual: message.actual ?? '',
    expected: message.expected ?? []
  }
}

export function compareMessages(a: LintMessage, b: LintMessage): number {
  return a.offset - b.offset || a.endOffset - b.endOffset || a.ruleId.localeCompare(b.ruleId)
}

/**
 * Lint one text. `text` is the decoded file content without BOM; offsets in
 * the messages index into it.
 */
export async function lintText(
  text: string,
  format: Format,
  settings: EngineSettings,
  path?: string,
  sources?: readonly SourceText[]
): Promise<LintMessage[]> {
  return (await lintDocument(text, format, settings, path, sources)).messages
}

/** A linted text with what rules kept for the comparison across files. */
export interface LintedDocument {
  messages: LintMessage[]
  text: string
  settings: EngineSettings
  kept: Record<string, unknown>
  directives: Directive[]
}

/** Lint one text and keep what `lintAcross` needs. */
export async function lintDocument(
  text: string,
  format: Format,
  settings: EngineSettings,
  path?: string,
  sources?: readonly SourceText[]
): Promise<LintedDocument> {
  const newFile = (value: string) => {
    const made = new VFile({value, path})
    // Source articles for the grounding rule (`--source`); rules read them from the context.
    if (sources) made.data.korrektorSources = sources
    return made
  }
  let file = newFile(text)
  if (format === 'md' && pathologicalMarkdown(text)) {
    await (await runnerFor('txt', settings))(file)
  } else {
    try {
      await (await runnerFor(format, settings))(file)
    } catch (error) {
      // Markup nested deeper than the parsers' recursion allows: read the
      // prose as plain text with the markup blanked out.
      if (!(error instanceof RangeError) || format === 'txt') throw error
      file = newFile(maskMarkup(text))
      await (await runnerFor('txt', settings))(file)
    }
  }
  const messages = file.messages
    .map(toLintMessage)
    .filter((m): m is LintMessage => m !== undefined)
    .map((m) => ({...m, actual: text.slice(m.offset, m.endOffset)}))
  const directives = (file.data.korrektorDirectives as Directive[] | undefined) ?? []
  return {
    messages: applyDirectives(messages, directives).sort(compareMessages),
    text,
    settings,
    kept: file.data.korrektorKept ?? {},
    directives
  }
}

/**
 * Compare files linted together (`--across-files`): every enabled rule with
 * an `across` step sees what it kept for each file and may report into any
 * of them. Returns the new messages per document (same order), with the
 * file's message-control comments applied.
 */
export function lintAcross(documents: readonly LintedDocument[]): LintMessage[][] {
  const added: LintMessage[][] = documents.map(() => [])
  const places = new Map<number, ReturnType<typeof location>>()
  for (const rule of allRules) {
    if (!rule.across) continue
    const id = rule.meta.id
    const enabled = documents.map((d) => {
      const {severity} = parseSetting(d.settings.rules[id], rule.meta.severity)
      return severity === 'off' ? undefined : severity
    })
    if (enabled.every((s) => s === undefined)) continue
    const report: AcrossReport = (index, start, end, reason, extra) => {
      const configured = enabled[index]
      const document = documents[index]
      if (!configured || !document || end < start) return
      let place = places.get(index)
      if (!place) places.set(index, (place = location(document.text)))
      const begin = place.toPoint(start)
      const finish = place.toPoint(end)
      if (!begin || !finish) return
      added[index].push({
        ruleId: id,
        severity: resolveSeverity(rule.meta.severity, configured, extra?.severity),
        message: reason,
        line: begin.line,
        column: begin.column,
        endLine: finish.line,
        endColumn: finish.column,
        offset: start,
        endOffset: end,
        actual: document.text.slice(start, end),
        expected: extra?.expected ?? []
      })
    }
    rule.across(
      documents.map((d, i) => (enabled[i] ? d.kept[id] : undefined)),
      {report}
    )
  }
  return added.map((messages, i) => applyDirectives(messages, documents[i].directives).sort(compareMessages))
}
