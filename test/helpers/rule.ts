/**
 * Lint a text with one rule on and every other rule off, and check that
 * each message's `actual` is the flagged slice of the text.
 */
import {expect} from 'vitest'
import {lint, ruleIds, type LintMessage, type LintOptions, type Severity} from '../../src/index.js'

/** The `rules` setting with only `rule` on. */
export function only(rule: string, severity: Severity = 'warning'): Record<string, Severity | 'off'> {
  return Object.fromEntries(ruleIds.map((id) => [id, id === rule ? severity : 'off']))
}

export async function lintRule(
  rule: string,
  text: string,
  options: Omit<LintOptions, 'rules'> = {},
  severity: Severity = 'warning'
): Promise<LintMessage[]> {
  const messages = await lint(text, {...options, rules: only(rule, severity)})
  for (const m of messages) expect(text.slice(m.offset, m.endOffset)).toBe(m.actual)
  return messages
}
