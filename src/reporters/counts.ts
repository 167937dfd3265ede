import type {FileResult, Severity} from '../types.js'

export function countSeverities(results: FileResult[]): Record<Severity, number> {
  const counts: Record<Severity, number> = {error: 0, warning: 0, info: 0}
  for (const result of results) for (const message of result.messages) counts[message.severity]++
  return counts
}

const WORDS: Record<Severity, [string, string]> = {
  error: ['Fehler', 'Fehler'],
  warning: ['Warnung', 'Warnungen'],
  info: ['Hinweis', 'Hinweise']
}

export function severityWord(severity: Severity, count = 1): string {
  return WORDS[severity][count === 1 ? 0 : 1]
}

/** `2 Fehler, 1 Warnung, 0 Hinweise` */
export function countsText(counts: Record<Severity, number>): string {
  return (['error', 'warning', 'info'] as const).map((s) => `${counts[s]} ${severityWord(s, counts[s])}`).join(', ')
}
