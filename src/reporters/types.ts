import type {FileError, FileResult, RuleMeta} from '../types.js'

/** Everything a reporter may see: messages, file errors, rule metadata. */
export interface ReportInput {
  results: FileResult[]
  errors: FileError[]
  rules: RuleMeta[]
  version: string
  color: boolean
  /** Base URL of the rule documentation pages (`<base><id>.md`). */
  docsBase: string
}

export interface ReportOutput {
  /** Printed to standard output. */
  stdout: string
  /** GitHub job summary (Markdown), written where GITHUB_STEP_SUMMARY points. */
  summary?: string
}

export type Reporter = (input: ReportInput) => ReportOutput
