/**
 * SARIF 2.1.0 for GitHub code scanning. Rules carry help URIs; every result
 * has a partial fingerprint built from rule, file, flagged text and the
 * occurrence number of that text, so an alert keeps its identity when lines
 * above it change.
 */
import {createHash} from 'node:crypto'
import type {Log, ReportingDescriptor, Result} from 'sarif'
import type {Reporter} from './types.js'
import type {Severity} from '../types.js'

const LEVEL: Record<Severity, Result.level> = {error: 'error', warning: 'warning', info: 'note'}

export function fingerprint(ruleId: string, path: string, actual: string, occurrence: number): string {
  return createHash('sha256').update(`${ruleId}\0${path}\0${actual}\0${occurrence}`).digest('hex').slice(0, 32)
}

export const sarif: Reporter = ({results, errors, rules, version, docsBase}) => {
  const driverRules: ReportingDescriptor[] = rules.map((rule) => ({
    id: rule.id,
    name: rule.id.replace(/(^|-)(\w)/g, (_, __, ch: string) => ch.toUpperCase()),
    shortDescription: {text: rule.description},
    fullDescription: {text: rule.description},
    helpUri: `${docsBase}${rule.id}.md`,
    help: {text: `${rule.description} Dokumentation: ${docsBase}${rule.id}.md`},
    defaultConfiguration: {level: LEVEL[rule.severity]},
    properties: {category: rule.category, tags: ['german', 'editorial', rule.category]}
  }))
  const index = new Map(rules.map((rule, i) => [rule.id, i]))

  const sarifResults: Result[] = []
  for (const file of results) {
    const seen = new Map<string, number>()
    for (const m of file.messages) {
      const key = `${m.ruleId}\0${m.actual}`
      const occurrence = (seen.get(key) ?? 0) + 1
      seen.set(key, occurrence)
      const suggestion = m.expected.length > 0 ? ` Vorschlag: ${m.expected.join(' / ')}` : ''
      const result: Result = {
        ruleId: m.ruleId,
        level: LEVEL[m.severity],
        message: {text: m.message + suggestion},
        locations: [
          {
            physicalLocation: {
              artifactLocation: {uri: encodeURI(file.path), uriBaseId: '%SRCROOT%'},
              region: {
                startLine: m.line,
                startColumn: m.column,
                endLine: m.endLine,
                endColumn: m.endColumn,
                charOffset: m.offset,
                charLength: m.endOffset - m.offset,
                snippet: {text: m.actual}
              }
            }
          }
        ],
        partialFingerprints: {'korrektor/v1': fingerprint(m.ruleId, file.path, m.actual, occurrence)}
      }
      const ruleIndex = index.get(m.ruleId)
      if (ruleIndex !== undefined) result.ruleIndex = ruleIndex
      sarifResults.push(result)
    }
  }

  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'korrektor',
            version,
            semanticVersion: version,
            informationUri: docsBase.replace(/rules\/$/, ''),
            rules: driverRules
          }
        },
        invocations: [
          {
            executionSuccessful: errors.length === 0,
            toolExecutionNotifications: errors.map((error) => ({
              level: 'error' as const,
              message: {text: `${error.path}: ${error.reason}`},
              locations: [{physicalLocation: {artifactLocation: {uri: encodeURI(error.path), uriBaseId: '%SRCROOT%'}}}]
            }))
          }
        ],
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: {'%SRCROOT%': {uri: './'}},
        results: sarifResults
      }
    ]
  }
  return {stdout: JSON.stringify(log, null, 2) + '\n'}
}
