/** compact: `path:line:column: severity message [rule-id]` (Vim quickfix, Emacs compile). */
import type {Reporter} from './types.js'

export const compact: Reporter = ({results}) => {
  const lines: string[] = []
  for (const result of results) {
    for (const m of result.messages) {
      const suggestion = m.expected.length > 0 ? ` (→ ${m.expected[0]})` : ''
      lines.push(`${result.path}:${m.line}:${m.column}: ${m.severity} ${m.message.replace(/\s+/g, ' ')}${suggestion} [${m.ruleId}]`)
    }
  }
  return {stdout: lines.length > 0 ? lines.join('\n') + '\n' : ''}
}
