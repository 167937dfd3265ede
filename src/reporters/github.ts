/**
 * GitHub Actions: one workflow command per finding (error, warning, notice)
 * and a Markdown job summary for $GITHUB_STEP_SUMMARY.
 */
import type {Reporter} from './types.js'
import {countSeverities, countsText, severityWord} from './counts.js'
import type {Severity} from '../types.js'

const COMMAND: Record<Severity, string> = {error: 'error', warning: 'warning', info: 'notice'}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').replace(/</g, '&lt;')
}

export const github: Reporter = ({results, errors}) => {
  const lines: string[] = []
  for (const file of results) {
    for (const m of file.messages) {
      const suggestion = m.expected.length > 0 ? ` → ${m.expected.join(' / ')}` : ''
      const props = [
        `file=${escapeProperty(file.path)}`,
        `line=${m.line}`,
        `col=${m.column}`,
        `endLine=${m.endLine}`,
        `endColumn=${m.endColumn}`,
        `title=${escapeProperty(`korrektor (${m.ruleId})`)}`
      ].join(',')
      lines.push(`::${COMMAND[m.severity]} ${props}::${escapeData(m.message + suggestion)}`)
    }
  }
  for (const error of errors) {
    lines.push(`::error file=${escapeProperty(error.path)},title=korrektor::${escapeData(error.reason)}`)
  }

  const counts = countSeverities(results)
  const summary: string[] = ['## korrektor', '']
  summary.push(`${results.length} Dateien geprüft: ${countsText(counts)}.`, '')
  const withFindings = results.filter((r) => r.messages.length > 0)
  if (withFindings.length > 0) {
    summary.push('| Datei | Zeile | Schwere | Befund | Vorschlag | Regel |', '|---|---|---|---|---|---|')
    let rows = 0
    for (const file of withFindings) {
      for (const m of file.messages) {
        if (rows++ >= 500) break
        summary.push(
          `| ${cell(file.path)} | ${m.line}:${m.column} | ${severityWord(m.severity)} | ${cell(m.message)} | ${cell(m.expected.join(' / '))} | \`${m.ruleId}\` |`
        )
      }
    }
    if (rows > 500) summary.push('', `(${rows - 500} weitere Befunde nicht gezeigt)`)
  }
  if (errors.length > 0) {
    summary.push('', '### Nicht geprüft', '')
    for (const error of errors) summary.push(`- \`${cell(error.path)}\`: ${cell(error.reason)}`)
  }
  return {stdout: lines.length > 0 ? lines.join('\n') + '\n' : '', summary: summary.join('\n') + '\n'}
}
