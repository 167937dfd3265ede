/**
 * placeholder-citation: a citation the model left unfilled — `(Quelle)`,
 * `[Quelle]`, `[Link]`, `(Link einfügen)`, `[citation needed]`, a footnote
 * `[1]` with no reference list, an empty Markdown link `[ZEIT]()`, a link
 * to `example.com`, an HTML link with an empty `href`.
 *
 * Read from the file text (a Markdown link's target is not prose), but only
 * inside the text's paragraphs, so code blocks stay out.
 */
import {defineRule} from '../src/rule.js'
import {endOf, paragraphs, startOf} from '../src/lang/nlcst.js'

const WORDS =
  'quelle|quellen|quelle einfügen|quellenangabe|link|link einfügen|link zur quelle|links?|url|url einfügen|beleg|beleg fehlt|belege fehlen|zitat|verweis|fußnote|source|sources|citation needed|citation|reference|ref|quelle benötigt|quelle fehlt|einzelnachweis fehlt'

const PATTERNS: Array<{pattern: RegExp; say: (match: string) => string}> = [
  {
    pattern: new RegExp(`[([]\\s*(?:${WORDS})\\s*[)\\]](?!\\()`, 'giu'),
    say: (m) => `Platzhalter statt Quelle: „${m}“ – echten Link oder Artikeltitel einsetzen.`
  },
  {
    pattern: /\[[^\]\n]{1,80}\]\(\s*(?:#|<>)?\s*\)/gu,
    say: (m) => `Leerer Link: „${m}“ – Adresse der Quelle einsetzen.`
  },
  {
    pattern: /(?:https?:\/\/)?(?:www\.)?example\.(?:com|org|net|de)(?:\/[^\s)\]"'<>]*[^\s)\]"'<>.,;:!?])?/giu,
    say: (m) => `Beispieladresse statt Quelle: „${m}“ – echte Adresse einsetzen.`
  },
  {
    pattern: /<a\b[^>]*\bhref\s*=\s*(?:""|''|"#"|'#')[^>]*>/giu,
    say: () => 'Link ohne Ziel – Adresse der Quelle einsetzen.'
  }
]

const FOOTNOTE = /\[(\d{1,3})\](?![(:[])/gu
// A reference list: `[1] …`, `[1]: …`, `1. …` after a heading, or Markdown footnotes `[^1]:`.
const REFERENCE = (n: string) => new RegExp(`^\\s*(?:\\[\\^?${n}\\]:?|${n}[.)])\\s+\\S`, 'mu')

export default defineRule({
  id: 'placeholder-citation',
  severity: 'error',
  category: 'Quellen',
  description: 'Platzhalter statt Quelle: `(Quelle)`, `[Link]`, `[1]` ohne Nachweis, leere Links, `example.com`.',
  defaults: {},
  check(tree, {report, text}) {
    const spans: Array<[number, number]> = []
    for (const paragraph of paragraphs(tree)) spans.push([startOf(paragraph), endOf(paragraph)])
    const inProse = (start: number, end: number) => spans.some(([from, to]) => start >= from && end <= to)
    const seen = new Set<number>()
    for (const {pattern, say} of PATTERNS) {
      for (const match of text.matchAll(pattern)) {
        const start = match.index
        const end = start + match[0].length
        if (seen.has(start) || (!inProse(start, end) && !match[0].startsWith('<a'))) continue
        seen.add(start)
        report(start, end, say(match[0]))
      }
    }
    for (const match of text.matchAll(FOOTNOTE)) {
      const start = match.index
      const end = start + match[0].length
      if (!inProse(start, end) || REFERENCE(match[1]).test(text)) continue
      // A marker at the start of a line is itself a reference entry.
      if (/(?:^|\n)\s*$/u.test(text.slice(Math.max(0, start - 20), start))) continue
      report(start, end, `Fußnote „${match[0]}“ ohne Nachweis – Quellenliste ergänzen oder Verweis streichen.`)
    }
  }
})
