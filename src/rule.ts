/**
 * The rule contract.
 *
 * A rule is one file in `rules/` that default-exports `defineRule({...})`.
 * The result is a plain retext plugin (usable in anyone's unified pipeline)
 * that carries its `meta`. Its options are remark-lint style: a severity,
 * `[severity, options]`, or just options.
 *
 * A rule sees an nlcst tree and the file; it reports ranges through `report`,
 * which turns them into vfile messages with exact positions. It knows nothing
 * of the CLI, the config files or the reporters.
 */
import type {Root} from 'nlcst'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import {location} from 'vfile-location'
import type {Language, RuleMeta, Severity, SeveritySetting} from './types.js'
import type {SourceText} from './lang/grounding.js'
import {SEVERITY_RANK} from './types.js'

/** Shared settings every rule may read (from the config, not per rule). */
export interface SharedSettings {
  language: Language
  /** House words accepted everywhere (config `words` + `dictionaries`). */
  words: string[]
  /** Lines added to the house name table (config `names`). */
  names: string[]
}

export const DEFAULT_SHARED: SharedSettings = {language: 'de-DE', words: [], names: []}

export interface Report {
  /** Report `[start, end)` (UTF-16 offsets into the file text). */
  (
    start: number,
    end: number,
    message: string,
    extra?: {expected?: string[]; severity?: Severity}
  ): void
}

export interface RuleContext<Options> {
  options: Options
  shared: SharedSettings
  file: VFile
  /** The full text of the file (Markdown/HTML source for those formats). */
  text: string
  report: Report
  /**
   * Keep data for the comparison across files (`across`): called once per
   * file; only rules with `across` need it, and it is only kept when the
   * user asks for `--across-files`.
   */
  keep: (data: unknown) => void
  /** Source articles the text summarises (`--source`); empty when none were named. */
  sources: readonly SourceText[]
}

/** Report a range of file number `file` (index into the `across` list). */
export type AcrossReport = (
  file: number,
  start: number,
  end: number,
  message: string,
  extra?: {expected?: string[]; severity?: Severity}
) => void

export interface RuleDefinition<Options> extends RuleMeta {
  /** Default options; user options are merged over them (shallowly). */
  defaults: Options
  check: (tree: Root, context: RuleContext<Options>) => void | Promise<void>
  /**
   * Compare the files linted together (`--across-files`): receives what
   * `check` kept for each file (undefined where the rule was off) and
   * reports into any of them.
   */
  across?: (files: unknown[], context: {report: AcrossReport}) => void
}

export type RuleSetting<Options> =
  | SeveritySetting
  | [SeveritySetting, Partial<Options>?]
  | Partial<Options>
  | undefined

export type KorrektorRule<Options = Record<string, unknown>> = Plugin<
  [RuleSetting<Options>?],
  Root
> & {meta: RuleMeta; defaults: Options; across?: RuleDefinition<Options>['across']}

/** Data attached to a message beyond what vfile-message carries. */
export interface MessageData {
  severity: Severity
  offset: number
  endOffset: number
}

export function defineRule<Options extends object>(
  definition: RuleDefinition<Options>
): KorrektorRule<Options> {
  const {defaults, check, across, ...meta} = definition

  function rule(this: {data(key: string): unknown}, setting?: RuleSetting<Options>) {
    const {severity, options} = parseSetting(setting, meta.severity)
    const merged = {...defaults, ...options} as Options
    const shared = {
      ...DEFAULT_SHARED,
      ...(this?.data?.('korrektorShared') as SharedSettings | undefined)
    }

    return async function (tree: Root, file: VFile) {
      if (severity === 'off') return
      const configured: Severity = severity
      const text = String(file.value ?? '')
      const place = locate(file)
      const report: Report = (start, end, reason, extra) => {
        const begin = place.toPoint(start)
        const finish = place.toPoint(end)
        if (!begin || !finish || end < start) return
        const message = new VFileMessage(reason, {
          place: {start: begin, end: finish},
          ruleId: meta.id,
          source: 'korrektor'
        })
        const level = resolveSeverity(meta.severity, configured, extra?.severity)
        message.fatal = level === 'error' ? true : level === 'warning' ? false : undefined
        message.actual = text.slice(start, end)
        message.expected = extra?.expected ?? []
        message.file = file.path ?? ''
        ;(message as VFileMessage & {korrektor: MessageData}).korrektor = {
          severity: level,
          offset: start,
          endOffset: end
        }
        file.messages.push(message)
      }
      const keep = (data: unknown) => {
        const kept = (file.data.korrektorKept ??= {}) as Record<string, unknown>
        kept[meta.id] = data
      }
      const sources = (file.data.korrektorSources as readonly SourceText[] | undefined) ?? []
      await check(tree, {options: merged, shared, file, text, report, keep, sources})
    }
  }

  Object.defineProperty(rule, 'name', {value: meta.id.replace(/-./g, (m) => m[1].toUpperCase())})
  const plugin = rule as unknown as KorrektorRule<Options>
  plugin.meta = meta
  plugin.defaults = defaults
  if (across) plugin.across = across
  return plugin
}

const locations = new WeakMap<VFile, ReturnType<typeof location>>()

/** One line index per file, shared by all rules. */
function locate(file: VFile): ReturnType<typeof location> {
  let place = locations.get(file)
  if (!place) {
    place = location(file)
    locations.set(file, place)
  }
  return place
}

/** A rule setting (`severity`, `[severity, options]` or options) split into its parts. */
export function parseSetting<Options>(
  setting: RuleSetting<Options>,
  fallback: Severity
): {severity: SeveritySetting; options: Partial<Options>} {
  if (setting === undefined || setting === null) return {severity: fallback, options: {}}
  if (typeof setting === 'string') return {severity: setting, options: {}}
  if (Array.isArray(setting)) {
    return {severity: setting[0] ?? fallback, options: setting[1] ?? {}}
  }
  return {severity: fallback, options: setting as Partial<Options>}
}

/**
 * A message's final severity. A rule may report below its default (a likely
 * name as `info` in a spelling rule); such messages never rise above the
 * configured severity, and messages at the default level take the configured
 * one.
 */
export function resolveSeverity(
  ruleDefault: Severity,
  configured: Severity,
  intrinsic?: Severity
): Severity {
  if (!intrinsic || SEVERITY_RANK[intrinsic] >= SEVERITY_RANK[ruleDefault]) return configured
  return SEVERITY_RANK[intrinsic] < SEVERITY_RANK[configured] ? intrinsic : configured
}

declare module 'unified' {
  interface Data {
    /** Settings shared by every rule (language variant, house words). */
    korrektorShared?: SharedSettings
  }
}

declare module 'vfile' {
  interface DataMap {
    /** What rules kept for `--across-files`, by rule id. */
    korrektorKept: Record<string, unknown>
  }
}

/** Shorten quoted text for a message at a word boundary: `Hier ist die Analyse des …`. */
export function excerpt(text: string, max = 60): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (clean.length <= max) return clean
  const cut = clean.lastIndexOf(' ', max)
  return `${clean.slice(0, cut > max / 2 ? cut : max).trimEnd()} …`
}
