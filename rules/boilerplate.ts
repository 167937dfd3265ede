/**
 * boilerplate: text of the web page a summary was scraped from, not of the
 * summary: navigation and buttons (`Weitere Artikel`, `Mehr zum Thema`,
 * `Teilen`, `Welcome!`), related-links blocks (`Verwandte Nachrichten zum
 * Thema:` and the headlines under it), UI text at the end of a paragraph
 * (`… Mehr erfahrenExpand`) and the site's description of itself
 * (`infobud.news ist ein KI-betriebener Nachrichtenaggregator …`).
 *
 * Works on lines, not words: a phrase of `dictionaries/boilerplate.txt` is
 * reported only when it is the whole line (bullets, final colon and
 * exclamation mark aside) or split over two short lines (`Weitere` /
 * `Artikel`); inside a sentence it is German (`Teilen der Bevölkerung`).
 */
import {defineRule, excerpt} from '../src/rule.js'
import {lineSpan, linesOf} from '../src/lang/nlcst.js'
import {dictionaryList} from '../src/lang/data.js'

interface Phrases {
  exact: Set<string>
  patterns: RegExp[]
}

let phrases: Phrases | undefined

function load(): Phrases {
  if (!phrases) {
    const exact = new Set<string>()
    const patterns: RegExp[] = []
    for (const entry of dictionaryList('boilerplate.txt')) {
      if (entry.startsWith('/')) patterns.push(new RegExp(`^(?:${entry.slice(1)})$`, 'iu'))
      else exact.add(normalise(entry))
    }
    phrases = {exact, patterns}
  }
  return phrases
}

// Bullets and numbering before, punctuation after: `- Weitere Artikel:`, `3. Teilen`.
const BULLET = /^\s*(?:[-*•·–>]+|\d+[.)])?\s*/u
const TRAILING = /[\s:!.…]+$/u

/** A line reduced to what is compared with the list. */
function normalise(line: string): string {
  return line.replace(BULLET, '').replace(TRAILING, '').replace(/\s+/g, ' ').toLowerCase()
}

function isPhrase(text: string): boolean {
  const {exact, patterns} = load()
  const line = normalise(text)
  if (!line) return false
  return exact.has(line) || patterns.some((pattern) => pattern.test(line))
}

// UI text glued to the end of a paragraph: `… beeinflussen. Mehr erfahrenExpand`.
const TRAILING_UI = /(?:^|[.!?…]\s{1,9})((?:Mehr erfahren|Weiterlesen|Mehr lesen|Mehr anzeigen|Read more|Learn more)(?:Expand)?|Expand|Collapse)\s*$/u
// A site describing itself: `infobud.news ist ein KI-betriebener Nachrichtenaggregator`.
// Bounded repetitions keep the search linear on long lines without spaces.
const SELF =
  /(?:^|[.!?]\s{1,9})((?:[\p{L}\d-]{1,63}\.){1,4}(?:news|de|at|ch|com|net|org|info|io|eu|media)\s{1,9}(?:ist|bietet|liefert|sammelt)\s{1,9}(?:ein|eine|dir|Ihnen|Nachrichten)\b[^.!?]{0,300})/u
const SELF_NOUN = /(?:aggregator|portal|plattform|magazin|nachrichtendienst|nachrichtenseite|newsdienst|news-app|feed)/iu
// A heading that opens a list of links: `Verwandte Nachrichten zum Thema:`.
const LINK_HEADING = /:\s*$/

export default defineRule({
  id: 'boilerplate',
  severity: 'error',
  category: 'Artefakte',
  description: 'Navigations- und Seitentext aus der Quelle (`Weitere Artikel`, `Verwandte Nachrichten zum Thema:`, Selbstdarstellung der Website).',
  defaults: {},
  check(tree, {report, text}) {
    const lines = linesOf(tree, text)
    const reported = new Set<number>()
    for (let index = 0; index < lines.length; index++) {
      const line = lines[index]
      if (reported.has(index) || !line.text.trim()) continue

      if (isPhrase(line.text)) {
        const [start, end] = lineSpan(line)
        reported.add(index)
        report(start, end, `Navigationstext: „${line.text.trim()}“ – gehört nicht in den Text.`)
        // A heading like `… zum Thema:` opens a list of headlines: one message for the list.
        if (LINK_HEADING.test(line.text)) {
          let last = index
          for (let k = index + 1; k < lines.length && !lines[k].blankBefore && headlineLike(lines[k].text) && !isPhrase(lines[k].text); k++) last = k
          if (last > index) {
            const [from] = lineSpan(lines[index + 1])
            const [, to] = lineSpan(lines[last])
            for (let k = index + 1; k <= last; k++) reported.add(k)
            const count = last - index
            report(from, to, `Linkliste aus der Quellseite (${count} ${count === 1 ? 'Schlagzeile' : 'Schlagzeilen'}) – entfernen.`)
            index = last
          }
        }
        continue
      }

      // A phrase a scraper split over two short lines: `Weitere` / `Artikel`.
      const next = lines[index + 1]
      if (next && !next.blankBefore && words(line.text) <= 2 && words(next.text) <= 2 && next.text.trim() && isPhrase(`${line.text.trim()} ${next.text.trim()}`)) {
        const [start] = lineSpan(line)
        const [, end] = lineSpan(next)
        reported.add(index).add(index + 1)
        report(start, end, `Navigationstext: „${line.text.trim()} ${next.text.trim()}“ (auf zwei Zeilen) – gehört nicht in den Text.`)
        index++
        continue
      }

      const tail = TRAILING_UI.exec(line.text)
      if (tail) {
        const from = tail.index + tail[0].length - tail[1].length - (tail[0].length - tail[0].trimEnd().length)
        const [start, end] = lineSpan(line, from)
        report(start, end, `Navigationstext am Absatzende: „${tail[1]}“ – entfernen.`)
      }

      const self = / (?:ist|bietet|liefert|sammelt) /.test(line.text) ? SELF.exec(line.text) : null
      if (self && SELF_NOUN.test(self[1])) {
        const from = self.index + self[0].length - self[1].length
        const [start, end] = lineSpan(line, from, from + self[1].length)
        report(start, end, `Selbstdarstellung der Website: „${excerpt(self[1])}“ – gehört nicht in die Meldung.`)
      }
    }
  }
})

const words = (text: string) => text.trim().split(/\s+/).filter(Boolean).length

/** A line that reads like a linked headline: no sentence end, not too long. */
function headlineLike(text: string): boolean {
  const line = text.trim()
  return line.length > 0 && line.length <= 200 && !/[.!?:]$/.test(line) && words(line) >= 2
}
