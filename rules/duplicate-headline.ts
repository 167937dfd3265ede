/**
 * duplicate-headline: two headings at the top of a text that say the same
 * thing in different words — a scraper took the page title and the article
 * headline (`Nordkorea bekräftigt Unterstützung für Russland im
 * Ukrainekrieg` / `Nordkoreas Unterstützung für Russland im Ukraine-Krieg`).
 *
 * Headings are the short lines among the first five lines of a text that do
 * not end like a sentence (a date line is skipped). Two consecutive headings
 * are duplicates when most content words of the shorter one (function words
 * aside, genitive and plural endings and hyphens ignored) are in the other.
 */
import {defineRule} from '../src/rule.js'
import {lineSpan, linesOf, type Line} from '../src/lang/nlcst.js'
import {GERMAN_FUNCTION} from '../src/lang/language.js'

interface Options {
  /** Share of the shorter heading's content words the other must contain. */
  overlap: number
}

const DATE_LINE = /^[\s\d.,:/-]*(?:\d{1,2}\.\s*\p{L}+\s+\d{4}|\d{1,2}\.\d{1,2}\.\d{2,4})?[\s\d.,:/-]*$/u

export default defineRule<Options>({
  id: 'duplicate-headline',
  severity: 'warning',
  category: 'Artefakte',
  description: 'Zwei Überschriften am Textanfang sagen dasselbe (Seitentitel und Schlagzeile).',
  defaults: {overlap: 0.75},
  check(tree, {options, report, text}) {
    const headings: Array<{line: Line; words: Set<string>}> = []
    let seen = 0
    for (const line of linesOf(tree, text)) {
      const content = line.text.trim()
      if (!content) continue
      if (++seen > 5) break
      if (DATE_LINE.test(content)) continue
      if (!headingLike(content)) break // the article has begun
      headings.push({line, words: contentWords(content)})
    }
    for (let index = 1; index < headings.length; index++) {
      const [a, b] = [headings[index - 1], headings[index]]
      const [small, large] = a.words.size <= b.words.size ? [a.words, b.words] : [b.words, a.words]
      if (small.size < 2) continue
      const shared = [...small].filter((word) => large.has(word)).length
      if (shared / small.size < options.overlap) continue
      const [start, end] = lineSpan(b.line)
      report(start, end, `Doppelte Überschrift: sagt dasselbe wie „${a.line.text.trim()}“ – eine streichen.`)
    }
  }
})

/** A heading: 2 to 20 words, no sentence end (a question or exclamation may be a headline too). */
function headingLike(line: string): boolean {
  const words = line.split(/\s+/).length
  return words >= 2 && words <= 20 && !/[.;,]$/.test(line)
}

/** Content words, normalised: lower case, no hyphens, no genitive or plural ending. */
function contentWords(line: string): Set<string> {
  const out = new Set<string>()
  for (const raw of line.toLowerCase().match(/[\p{L}\d-]+/gu) ?? []) {
    if (GERMAN_FUNCTION.has(raw) || raw.length < 3) continue
    out.add(raw.replace(/-/g, '').replace(/(?:es|s|n|en|e)$/u, ''))
  }
  return out
}
