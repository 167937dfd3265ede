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
  /** The text of each file as linted (offsets refer to it), by path; only reporters that show text need it. */
  texts?: Record<string, string>
}

export interface ReportOutput {
  /** Printed to standard output. */
  stdout: string
  /** GitHub job summary (Markdown), written where GITHUB_STEP_SUMMARY points. */
  summary?: string
}

export type Reporter = (input: ReportInput) => ReportOutput
