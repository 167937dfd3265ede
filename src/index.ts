/**
 * korrektor's Node API.
 *
 *   import {lint, lintFiles} from 'korrektor'
 *   const messages = await lint('Die die Regierung …')
 *   const {results, errors} = await lintFiles(['summaries/'])
 *
 * Both return the message objects of the JSON report.
 */
import {dirname, relative, resolve} from 'node:path'
import ignore from 'ignore'
import {findConfigFile, resolveConfig, type ResolvedConfig, type UserConfig} from './config/load.js'
import {compareMessages, formatOf, lintAcross, lintDocument, lintText, type EngineSettings, type Format, type LintedDocument} from './engine.js'
import {ConfigError} from './errors.js'
import {expandInputs, loadIgnore} from './io/files.js'
import {readText} from './io/read.js'
import {frontMatterSources, readManifest, readSource} from './io/sources.js'
import type {SourceText} from './lang/grounding.js'
import {presetRules} from './presets.js'
import type {RuleSetting} from './rule.js'
import type {FileError, FileResult, Language, LintMessage} from './types.js'

export type {FileError, FileResult, Language, LintMessage, RuleMeta, Severity} from './types.js'
export type {Format} from './engine.js'
export type {UserConfig} from './config/load.js'
export {rules, ruleById, ruleIds} from '../rules/index.js'
export {defineRule} from './rule.js'
export {sentences} from './lang/segment.js'
export {mainText} from './io/sources.js'
export type {SourceText} from './lang/grounding.js'

type Rules = Record<string, RuleSetting<Record<string, unknown>>>

export interface LintOptions {
  /** `txt` (default), `md` or `html`; guessed from `path` when absent. */
  format?: Format
  /** Used to guess the format; no file is read. */
  path?: string
  /** A configuration object, as in `.korrektorrc.json` (no file is searched). */
  config?: UserConfig
  /** Rule settings over the config. */
  rules?: Rules
  language?: Language
  /** Source articles the text summarises, for the rule `ungrounded` (main text, see `mainText`). */
  sources?: readonly SourceText[]
}

function settingsFrom(config: {language: Language; rules: Rules; words: string[]; names: string[]}): EngineSettings {
  return {rules: config.rules, shared: {language: config.language, words: config.words, names: config.names}}
}

/** Lint a string. A leading BOM is removed; offsets index the rest. */
export async function lint(text: string, options: LintOptions = {}): Promise<LintMessage[]> {
  const config = options.config ?? {}
  const value = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const settings = settingsFrom({
    language: options.language ?? config.language ?? 'de-DE',
    rules: {...presetRules(config.extends ?? 'recommended'), ...config.rules, ...options.rules},
    words: config.words ?? [],
    names: config.names ?? []
  })
  return lintText(value, options.format ?? formatOf(options.path), settings, options.path, options.sources)
}

export interface LintFilesOptions {
  cwd?: string
  /** Use this config file instead of searching upward from each file. */
  configPath?: string
  rules?: Rules
  language?: Language
  /** Path of the ignore file (default `.korrektorignore` in cwd). */
  ignorePath?: string
  /** Files read at once (default 8). */
  concurrency?: number
  /**
   * Also compare the files with each other (rules with an across-files
   * step, such as `name-variant`). Keeps every file's text until the end.
   */
  acrossFiles?: boolean
  /** Called after each file (for progress display). */
  onFile?: (done: number, total: number) => void
  /** Return each file's text as linted, by path (for reports that show it). */
  keepTexts?: boolean
  /** Source articles every file summarises (paths relative to `cwd`), for `ungrounded`. */
  sources?: string[]
  /** A manifest pairing summaries with their sources (JSON or YAML, paths relative to it). */
  sourcesManifest?: string
}

export interface LintFilesResult {
  results: FileResult[]
  errors: FileError[]
  /** Explicitly named files skipped because an ignore file lists them. */
  ignored: string[]
  /** With `keepTexts`: the text of each linted file, by path. */
  texts?: Record<string, string>
}

/**
 * Lint files, directories and globs. Every file is linted even when others
 * fail; failures are returned in `errors`. Results are sorted by path.
 * A broken config file throws ConfigError.
 */
export async function lintFiles(inputs: string[], options: LintFilesOptions = {}): Promise<LintFilesResult> {
  const cwd = resolve(options.cwd ?? process.cwd())
  const matcher = loadIgnore(cwd, options.ignorePath)
  const expanded = await expandInputs(inputs, {cwd, matcher})
  const errors: FileError[] = [...expanded.errors]
  const results: FileResult[] = []
  const overrides = {rules: options.rules, language: options.language}
  const explicit = options.configPath ? resolve(cwd, options.configPath) : undefined

  const configFor = (file: string): ResolvedConfig =>
    resolveConfig(explicit ?? findConfigFile(dirname(file)), overrides, cwd)

  // Resolve configs up front so a broken config stops the run before output.
  const configs = new Map<string, ResolvedConfig>()
  for (const file of expanded.files) configs.set(file, configFor(file))
  if (expanded.files.length === 0 && explicit) resolveConfig(explicit, overrides, cwd)

  const display = (file: string) => relative(cwd, file).split('\\').join('/') || file
  // Sources for grounding: a manifest entry, else the summary's front matter, else --source.
  const manifest = options.sourcesManifest ? await readManifestOrThrow(resolve(cwd, options.sourcesManifest)) : undefined
  const given = (options.sources ?? []).map((path) => resolve(cwd, path))
  const sourceCache = new Map<string, Promise<SourceText | undefined>>()
  const loadSource = (path: string) => {
    let loading = sourceCache.get(path)
    if (!loading) {
      loading = readSource(path, cwd).then((read) => {
        if (read.ok) return {...read.source, path: display(path)}
        errors.push({path: display(path), reason: read.reason})
        return undefined
      })
      sourceCache.set(path, loading)
    }
    return loading
  }
  // Source articles are read, not linted, when they sit among the summaries.
  const sourceFiles = new Set([...given, ...[...(manifest?.values() ?? [])].flat()])
  const queue = expanded.files.filter((file) => {
    if (sourceFiles.has(file)) return false
    const config = configs.get(file)!
    if (config.ignorePatterns.length === 0) return true
    const rel = relative(config.base, file).split('\\').join('/')
    return rel.startsWith('..') || !ignore().add(config.ignorePatterns).ignores(rel)
  })

  async function sourcesFor(file: string, text: string): Promise<SourceText[] | undefined> {
    const paths = manifest?.get(file) ?? (formatOf(file) === 'md' ? await frontMatterSources(text, file) : [])
    const chosen = paths.length > 0 ? paths : given
    if (chosen.length === 0) return undefined
    const loaded = await Promise.all(chosen.map(loadSource))
    return loaded.filter((s): s is SourceText => s !== undefined)
  }

  const documents = new Map<string, LintedDocument>()
  const texts: Record<string, string> | undefined = options.keepTexts ? {} : undefined
  let done = 0
  const limit = Math.max(1, options.concurrency ?? 8)
  let next = 0
  async function worker() {
    while (next < queue.length) {
      const file = queue[next++]
      const decoded = await readText(file)
      if (!decoded.ok) {
        errors.push({path: display(file), reason: decoded.reason})
      } else {
        const config = configs.get(file)!
        const sources = await sourcesFor(file, decoded.text)
        const document = await lintDocument(decoded.text, formatOf(file), settingsFrom(config), file, sources)
        results.push({path: display(file), messages: document.messages})
        if (texts) texts[display(file)] = decoded.text
        if (options.acrossFiles) documents.set(display(file), document)
      }
      options.onFile?.(++done, queue.length)
    }
  }
  await Promise.all(Array.from({length: Math.min(limit, queue.length)}, worker))

  if (options.acrossFiles && documents.size > 1) {
    const paths = [...documents.keys()].sort()
    const added = lintAcross(paths.map((path) => documents.get(path)!))
    for (const [index, path] of paths.entries()) {
      const result = results.find((r) => r.path === path)!
      result.messages = [...result.messages, ...added[index]].sort(compareMessages)
    }
  }

  results.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  errors.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  return {results, errors, ignored: expanded.ignored.map(display), ...(texts ? {texts} : {})}
}

export {ConfigError}

async function readManifestOrThrow(path: string): Promise<Map<string, string[]>> {
  try {
    return await readManifest(path)
  } catch (error) {
    throw new ConfigError(path, undefined, `Quellen-Manifest: ${(error as Error).message}`)
  }
}
