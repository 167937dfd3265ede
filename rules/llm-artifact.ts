/**
 * llm-artifact: what a chat model leaves in a summary — its preamble
 * (`Hier ist die Analyse des vorliegenden Videos:`), its postscript (`Ich
 * hoffe, das hilft`), talk about itself (`Als KI-Sprachmodell …`), Markdown
 * syntax in a plain-text file (`**Zusammenfassung:**`, `## Themen`), and
 * stock phrases editors strike (`Zusammenfassend lässt sich sagen`).
 *
 * The phrases are data (`dictionaries/llm-phrases.txt`, regular expressions
 * with a kind). A preamble counts only in the first three lines of a text;
 * Markdown counts only in plain-text files (in `.md` it is markup).
 */
import {defineRule, excerpt} from '../src/rule.js'
import {lineSpan, linesOf} from '../src/lang/nlcst.js'
import {dictionaryEntries} from '../src/lang/data.js'
import {inRanges, quotedRanges} from '../src/lang/quotes.js'
import type {Severity} from '../src/types.js'

type Kind = 'preamble' | 'postscript' | 'role' | 'filler'

interface Phrase {
  pattern: RegExp
  kind: Kind
}

const MESSAGES: Record<Kind, {message: string; severity: Severity}> = {
  preamble: {message: 'Einleitung des Sprachmodells', severity: 'error'},
  postscript: {message: 'Nachsatz des Sprachmodells an den Nutzer', severity: 'error'},
  role: {message: 'Das Sprachmodell spricht über sich', severity: 'error'},
  filler: {message: 'Floskel', severity: 'warning'}
}

let phrases: Phrase[] | undefined

function load(): Phrase[] {
  phrases ??= dictionaryEntries('llm-phrases.txt', Object.keys(MESSAGES) as Kind[]).map(({source, kind}) => ({
    pattern: new RegExp(source, 'iu'),
    kind
  }))
  return phrases
}

// Markdown that shows as literal characters in plain text.
const BOLD = /(\*\*|__)(?=\S)[^*_\n]{1,200}?\S?\1/gu
const HEADING = /^\s{0,3}(#{1,6})\s+\S/u

interface Options {
  /** Report stock phrases (`Zusammenfassend lässt sich sagen`) as warnings. */
  fillers: boolean
}

export default defineRule<Options>({
  id: 'llm-artifact',
  severity: 'error',
  category: 'Artefakte',
  description: 'Reste aus dem Sprachmodell: Einleitungen und Nachsätze, Markdown im Klartext, Floskeln.',
  defaults: {fillers: true},
  check(tree, {file, options, report, text}) {
    const plain = !/\.(?:md|markdown|mdx|html?)$/i.test(file.path ?? '')
    const quoted = quotedRanges(tree)
    const lines = linesOf(tree, text)
    let nonEmpty = 0
    for (const line of lines) {
      if (!line.text.trim()) continue
      nonEmpty++
      for (const {pattern, kind} of load()) {
        if (kind === 'preamble' && nonEmpty > 3) continue
        if (kind === 'filler' && !options.fillers) continue
        const match = pattern.exec(line.text)
        if (!match || !match[0].trim()) continue
        const [start, end] = lineSpan(line, match.index, match.index + match[0].length)
        if (inRanges(quoted, start, end)) continue
        const {message, severity} = MESSAGES[kind]
        report(start, end, `${message}: „${excerpt(match[0], 70)}“ – streichen.`, {severity})
      }
      if (!plain) continue
      const heading = HEADING.exec(line.text)
      if (heading) {
        const from = line.text.indexOf('#')
        report(line.offsetAt(from), line.offsetAt(from + heading[1].length - 1) + 1, `Markdown im Klartext: „${heading[1]}“ – Überschriftenzeichen entfernen.`)
      }
      for (const bold of line.text.matchAll(BOLD)) {
        const start = line.offsetAt(bold.index)
        const end = line.offsetAt(bold.index + bold[0].length - 1) + 1
        report(start, end, `Markdown im Klartext: „${bold[0]}“ – Sternchen entfernen.`, {expected: [bold[0].slice(2, -2).trim()]})
      }
    }
  }
})
