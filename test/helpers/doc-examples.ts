/**
 * Reads a rule's documentation page and returns its examples. Under
 * `## Wird gemeldet`, each ```text block is followed by a ```meldungen block
 * listing the expected messages (`line:col-line:col severity message`);
 * under `## Bleibt unbeanstandet`, each ```text block must produce none.
 * A ```text block may carry options as JSON: ```text {"numbers": false}
 * A ```quelle block is a source article for the examples after it (rule
 * `ungrounded`); several in a row are several sources.
 */
import {readFileSync} from 'node:fs'

export interface DocExample {
  kind: 'flag' | 'ok'
  text: string
  options?: Record<string, unknown>
  format: 'txt' | 'md' | 'html'
  expected: string[]
  /** Source articles (```quelle blocks before the example). */
  sources?: string[]
}

export function docExamples(path: string): DocExample[] {
  const source = readFileSync(path, 'utf8')
  const examples: DocExample[] = []
  let section: 'flag' | 'ok' | undefined
  let sources: string[] = []
  let lastWasSource = false
  const lines = source.split('\n')
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]
    if (line.startsWith('## ')) {
      section = line.startsWith('## Wird gemeldet') ? 'flag' : line.startsWith('## Bleibt unbeanstandet') ? 'ok' : undefined
      continue
    }
    const fence = /^```(text|markdown|html|meldungen|quelle)\s*(\{.*\})?\s*$/.exec(line)
    if (!fence || !section) continue
    const body: string[] = []
    index++
    while (index < lines.length && lines[index] !== '```') body.push(lines[index++])
    const kind = fence[1]
    if (kind === 'quelle') {
      if (!lastWasSource) sources = []
      sources.push(body.join('\n'))
      lastWasSource = true
      continue
    }
    lastWasSource = false
    if (kind === 'meldungen') {
      const last = examples[examples.length - 1]
      if (!last || last.kind !== 'flag') throw new Error(`${path}: meldungen without example`)
      last.expected = body.filter((l) => l.trim() !== '')
    } else {
      examples.push({
        kind: section,
        text: body.join('\n'),
        options: fence[2] ? JSON.parse(fence[2]) : undefined,
        format: kind === 'markdown' ? 'md' : kind === 'html' ? 'html' : 'txt',
        expected: [],
        sources: sources.length > 0 ? [...sources] : undefined
      })
    }
  }
  return examples
}
