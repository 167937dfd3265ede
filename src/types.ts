/** Public types shared by the engine, the rules, the reporters and the API. */

export type Severity = 'error' | 'warning' | 'info'
export type SeveritySetting = Severity | 'off'

export const SEVERITY_RANK: Record<Severity, number> = {info: 1, warning: 2, error: 3}

/**
 * One finding, exactly as the JSON report prints it.
 *
 * Lines and columns are 1-based; columns and offsets count UTF-16 code units
 * of the decoded text (BOM removed), so `text.slice(offset, endOffset) ===
 * actual` always holds.
 */
export interface LintMessage {
  ruleId: string
  severity: Severity
  message: string
  line: number
  column: number
  endLine: number
  endColumn: number
  offset: number
  endOffset: number
  actual: string
  expected: string[]
}

export interface FileResult {
  path: string
  messages: LintMessage[]
}

/** A file that could not be linted (I/O, encoding, binary). */
export interface FileError {
  path: string
  reason: string
}

export type Language = 'de-DE' | 'de-AT' | 'de-CH'

export type Category =
  | 'Rechtschreibung'
  | 'Typografie'
  | 'Grammatik'
  | 'Sprache'
  | 'Namen'
  | 'Quellen'
  | 'Artefakte'
  | 'Stil'

/** What every rule declares about itself. */
export interface RuleMeta {
  /** Stable id, kebab-case; also the name of the rule's file and doc page. */
  id: string
  /** Severity when the config does not say otherwise. */
  severity: Severity
  category: Category
  /** One German sentence: what the rule flags. */
  description: string
  /** Part of the `strict` preset only (not `recommended`). */
  strictOnly?: boolean
}
