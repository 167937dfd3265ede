/**
 * Default reporter: grouped by file, aligned columns: position, severity,
 * message (with the flagged text), suggestion, rule id; a summary line.
 */
import pc from 'picocolors'
import type {Reporter} from './types.js'
import {countSeverities, countsText, severityWord} from './counts.js'
import type {Severity} from '../types.js'

function quote(text: string): string {
  return /^[„“"«»]/.test(text) ? text : `„${text}“`
}

function visibleLength(text: string): number {
  return [...text].length
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - visibleLength(text)))
}

export const stylish: Reporter = ({results, errors, color}) => {
  const c = pc.createColors(color)
  const paint: Record<Severity, (s: string) => string> = {error: c.red, warning: c.yellow, info: c.blue}
  const lines: string[] = []
  let files = 0

  for (const result of results) {
    if (result.messages.length === 0) continue
    files++
    lines.push(c.underline(result.path))
    const rows = result.messages.map((m) => ({
      position: `${m.line}:${m.column}`,
      severity: m.severity,
      message: m.message.replace(/\s+/g, ' '),
      suggestion: m.expected.length > 0 ? `→ ${m.expected.slice(0, 3).map(quote).join(' / ')}` : '',
      rule: m.ruleId
    }))
    const widths = {
      position: Math.max(...rows.map((r) => r.position.length)),
      severity: Math.max(...rows.map((r) => severityWord(r.severity).length)),
      message: Math.min(90, Math.max(...rows.map((r) => visibleLength(r.message)))),
      suggestion: Math.max(...rows.map((r) => visibleLength(r.suggestion)))
    }
    for (const row of rows) {
      const parts = [
        '  ' + c.dim(pad(row.position, widths.position)),
        paint[row.severity](pad(severityWord(row.severity), widths.severity)),
        pad(row.message, widths.message),
        widths.suggestion > 0 ? c.green(pad(row.suggestion, widths.suggestion)) : '',
        c.dim(row.rule)
      ].filter((part) => part !== '')
      lines.push(parts.join('  ').trimEnd())
    }
    lines.push('')
  }

  const counts = countSeverities(results)
  const total = counts.error + counts.warning + counts.info
  const checked = `${results.length} ${results.length === 1 ? 'Datei' : 'Dateien'} geprüft`
  if (total === 0) lines.push(c.green(`✔ Keine Befunde (${checked}).`))
  else {
    const mark = counts.error > 0 ? c.red('✖') : counts.warning > 0 ? c.yellow('⚠') : c.blue('ℹ')
    lines.push(`${mark} ${total} ${total === 1 ? 'Befund' : 'Befunde'} in ${files} ${files === 1 ? 'Datei' : 'Dateien'}: ${countsText(counts)} (${checked}).`)
  }
  if (errors.length > 0) {
    lines.push(c.red(`${errors.length} ${errors.length === 1 ? 'Datei konnte' : 'Dateien konnten'} nicht geprüft werden.`))
  }
  return {stdout: lines.join('\n') + '\n'}
}
