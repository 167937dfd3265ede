/**
 * ungrounded: what a summary states that none of its source articles says
 * (only when sources are given: `--source`, front matter `sources:`, a
 * manifest).
 *
 * - Numbers and quantities, compared after normalising German formats and
 *   number words (`14.000` = `14 000` = `vierzehntausend`; `2,5 Millionen`):
 *   absent from every source → error; present but counting another noun
 *   → warning.
 * - Dates (`19. Oktober 2023`, `19.10.2023`, `im Juni`), weekdays, years.
 * - Names: a capitalised word the dictionary does not know that no source
 *   contains, allowing for genitives (`Lawrows` ↔ `Lawrow`), other
 *   transcriptions (`Lavrov` ↔ `Lawrow`) and the house name table.
 * - Direct quotes „…“: must be in a source verbatim or nearly (inflection);
 *   otherwise the closest source sentence and the words it lacks.
 * - Attributions to an outlet (`wie der Spiegel berichtet`) that is not
 *   among the sources and not named in them.
 *
 * Each message quotes the closest source passage where one exists.
 */
import {defineRule, excerpt} from '../src/rule.js'
import {mappedText, paragraphTokens, paragraphs} from '../src/lang/nlcst.js'
import {inRanges, quotedRanges} from '../src/lang/quotes.js'
import {dictionaryList} from '../src/lang/data.js'
import {getSpeller} from '../src/lang/speller.js'
import {dictionaryWord, mentionsOf, nameTable, similarity} from '../src/lang/names.js'
import {
  closestSentence,
  datesOf,
  indexSources,
  MONTH_NAMES,
  nameKeys,
  numbersOf,
  passageText,
  WEEKDAY_NAMES,
  wordsOf,
  type DateMention,
  type Passage,
  type SourceIndex
} from '../src/lang/grounding.js'

// Months and weekdays are the date check's, not names.
const NOT_NAMES = new Set([...MONTH_NAMES, 'Jänner', ...WEEKDAY_NAMES])

interface Options {
  /** Checks to run (default all). */
  checks: Array<'numbers' | 'dates' | 'names' | 'quotes' | 'attributions'>
}

function where(index: SourceIndex, passage: Passage): string {
  return `${index.sources[passage.source].path}: „${excerpt(passageText(index, passage), 120)}“`
}

const outletKey = (name: string) =>
  name
    .toLowerCase()
    .replace(/^(?:der|die|das)\s+/u, '')
    .replace(/\s+online$/u, '')
    .replace(/[^\p{L}\p{N}]/gu, '')

let outlets: Map<string, string> | undefined
function outletList(): Map<string, string> {
  outlets ??= new Map(dictionaryList('outlets.txt').map((name) => [outletKey(name), name]))
  return outlets
}

const OUTLET = String.raw`((?:\p{Lu}|[a-z]-?\p{Lu}|stern|taz|dpa|n-tv|t-online)[\p{L}-]*(?:\s+(?:\p{Lu}[\p{L}-]*|Online|ONLINE)){0,3})`
const ATTRIBUTIONS = [
  new RegExp(String.raw`(?<![\p{L}])[Ww]ie\s+(?:der|die|das|den)?\s*${OUTLET}\s+(?:\S+\s+){0,4}?(?:berichtet|berichtete|berichten|meldet|meldete|schreibt|schrieb|zitiert|zitierte|meldeten)`, 'gu'),
  new RegExp(String.raw`(?<![\p{L}])[Ll]aut\s+(?:der|dem|des|einem\s+Bericht\s+(?:der|des))?\s*${OUTLET}`, 'gu'),
  new RegExp(String.raw`(?<![\p{L}])(?:berichtet|berichtete|meldet|meldete|schreibt|schrieb)\s+(?:der|die|das)\s+${OUTLET}`, 'gu')
]

export default defineRule<Options>({
  id: 'ungrounded',
  severity: 'error',
  category: 'Quellen',
  description: 'Zahlen, Daten, Namen, Zitate und Quellenangaben, die in keiner der angegebenen Quellen stehen (nur mit `--source`).',
  defaults: {checks: ['numbers', 'dates', 'names', 'quotes', 'attributions']},
  async check(tree, {sources, report, text, shared, options}) {
    if (sources.length === 0) return
    const checks = new Set(options.checks)
    const index = indexSources(sources)
    const quoted = quotedRanges(tree)

    for (const paragraph of paragraphs(tree)) {
      const {text: prose, offsetAt} = mappedText(paragraphTokens(paragraph))
      const span = (from: number, to: number): [number, number] => [offsetAt(from), offsetAt(to - 1) + 1]

      if (checks.has('numbers')) {
        for (const number of numbersOf(prose)) {
          const [start, end] = span(number.start, number.end)
          if (inRanges(quoted, start, end)) continue
          const hits = index.numbers.get(number.value)
          if (!hits) {
            const near = closestNumber(index, number.value, number.noun)
            report(start, end, `Zahl „${number.text}“ steht in keiner Quelle.${near ? ` Dort: ${where(index, near)}` : ''}`)
          } else if (number.noun && hits.every((hit) => hit.noun && hit.noun !== number.noun)) {
            report(start, end, `„${number.text}“ steht in den Quellen, aber nicht zu diesem Begriff. Dort: ${where(index, hits[0].passage)}`, {
              severity: 'warning'
            })
          }
        }
      }

      if (checks.has('dates')) {
        for (const date of datesOf(prose)) {
          const [start, end] = span(date.start, date.end)
          if (inRanges(quoted, start, end)) continue
          const verdict = dateVerdict(index, date)
          if (verdict) report(start, end, verdict.message, {severity: verdict.severity})
        }
      }

      if (checks.has('attributions')) {
        for (const pattern of ATTRIBUTIONS) {
          for (const match of prose.matchAll(pattern)) {
            const name = match[1]
            const key = outletKey(name)
            const outlet = outletList().get(key) ?? outletList().get(outletKey(name.split(/\s+/)[0]))
            if (!outlet) continue
            const okey = outletKey(outlet)
            const named = sources.some((s) => outletKey(s.path).includes(okey)) || index.flat.some((flat) => flat.includes(` ${wordsOf(outlet).join(' ')} `))
            if (named) continue
            const from = match.index + match[0].indexOf(name)
            const [start, end] = span(from, from + name.length)
            report(start, end, `„${name}“ ist keine der Quellen und wird in ihnen nicht genannt (${sources.map((s) => s.path).join(', ')}).`, {
              severity: 'warning'
            })
          }
        }
      }
    }

    if (checks.has('names')) {
      const speller = await getSpeller(shared.language, shared.words)
      const table = nameTable(shared.names)
      const seen = new Set<string>()
      for (const mention of mentionsOf(tree)) {
        const word = mention.value
        if (word.length < 3 || NOT_NAMES.has(word) || /^\p{Lu}+$/u.test(word)) continue
        const known = dictionaryWord(speller, word) || dictionaryWord(speller, mention.base)
        if (known && !table.words.has(word) && !table.words.has(mention.base)) continue
        if (seen.has(word)) continue
        if (grounded(index, word) || grounded(index, mention.base)) continue
        const entry = table.bySpelling.get(word) ?? table.bySpelling.get(mention.base)
        if (entry && [entry.canonical, ...entry.accepted, ...entry.foreign].some((spelling) => spelling.split(/\s+/).every((part) => grounded(index, part)))) continue
        seen.add(word)
        const suggestion = closestName(index, mention.base)
        report(mention.start, mention.end, `Name „${word}“ steht in keiner Quelle.${suggestion ? ` Gemeint ist vielleicht „${suggestion}“.` : ''}`, {
          expected: suggestion ? [suggestion] : []
        })
      }
    }

    if (checks.has('quotes')) {
      for (const [start, end] of quoted) {
        const inner = text.slice(start + 1, end - 1)
        const words = wordsOf(inner)
        if (words.length < 2) continue
        const joined = ` ${words.join(' ')} `
        if (index.flat.some((flat) => flat.includes(joined))) continue
        const best = closestSentence(index, words)
        // Nearly verbatim: every word in one source sentence, or only its ending changed.
        const changed = best ? best.missing.filter((w) => !hasStem(best.words, w)) : words
        if (best && changed.length === 0) continue
        if (best && best.score >= 0.5) {
          report(start, end, `Zitat weicht von der Quelle ab: ${changed.map((w) => `„${w}“`).join(', ')} steht dort nicht. Dort: ${where(index, best.passage)}`, {
            severity: 'warning'
          })
        } else {
          report(start, end, `Zitat „${excerpt(inner, 60)}“ steht in keiner Quelle.${best && best.score > 0.2 ? ` Am nächsten: ${where(index, best.passage)}` : ''}`)
        }
      }
    }
  }
})

/** A name is in a source as written, inflected or transcribed; a compound (`Timor-Leste`, `Ver.di`) when each part is. */
function grounded(index: SourceIndex, word: string): boolean {
  if (nameKeys(word).some((key) => index.names.has(key))) return true
  const parts = word.split(/[-‐.]/).filter((part) => part.length > 0)
  return parts.length > 1 && parts.every((part) => nameKeys(part).some((key) => index.names.has(key)) || /^\p{Ll}/u.test(part))
}

/** A source name that looks like `name` (`Lawrow` for `Lawrence`). */
function closestName(index: SourceIndex, name: string): string | undefined {
  let best: [string, number] | undefined
  for (const source of index.sources) {
    for (const match of source.text.matchAll(/\p{Lu}[\p{Ll}\p{M}]{2,}/gu)) {
      const candidate = match[0]
      if (candidate[0] !== name[0]) continue
      const score = similarity(candidate, name)
      if (score >= 0.8 && (!best || score > best[1])) best = [candidate, score]
    }
  }
  return best?.[0]
}

/** The source occurrence of a number closest in value, preferring the same noun. */
function closestNumber(index: SourceIndex, value: number, noun?: string): Passage | undefined {
  let best: [Passage, number] | undefined
  for (const [other, hits] of index.numbers) {
    for (const hit of hits) {
      if (noun && hit.noun !== noun) continue
      const distance = Math.abs(Math.log((other + 1) / (value + 1)))
      if (!best || distance < best[1]) best = [hit.passage, distance]
    }
  }
  return best?.[0]
}

/** Does the sentence have the word with another ending (`Bereichen` for `Bereiche`)? */
function hasStem(sentence: readonly string[], word: string): boolean {
  if (word.length < 5) return false
  const stem = word.slice(0, Math.max(4, word.length - 3))
  return sentence.some((w) => w.length >= 4 && w.slice(0, stem.length) === stem)
}

function dateVerdict(index: SourceIndex, date: DateMention): {message: string; severity: 'error' | 'warning'} | undefined {
  const dates = index.dates
  const sameYear = (d: DateMention) => date.year === undefined || d.year === undefined || d.year === date.year
  if (date.day !== undefined && date.month !== undefined) {
    if (dates.some((d) => d.day === date.day && d.month === date.month && sameYear(d))) return undefined
    const near = dates.find((d) => d.day !== undefined && (d.month === date.month || d.year === date.year))
    return {message: `Datum „${date.text}“ steht in keiner Quelle.${near ? ` Dort: „${near.text}“` : ''}`, severity: 'error'}
  }
  if (date.month !== undefined) {
    if (dates.some((d) => d.month === date.month && sameYear(d))) return undefined
    return {message: `Monat „${date.text}“ steht in keiner Quelle.`, severity: 'error'}
  }
  if (date.weekday !== undefined) {
    const computed = (d: DateMention) =>
      d.day !== undefined && d.month !== undefined && d.year !== undefined && new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay() === date.weekday
    if (dates.some((d) => d.weekday === date.weekday || computed(d))) return undefined
    const named = dates.filter((d) => d.weekday !== undefined).map((d) => WEEKDAY_NAMES[d.weekday!])
    return {message: `Wochentag „${date.text}“ steht in keiner Quelle.${named.length ? ` Dort: ${[...new Set(named)].join(', ')}` : ''}`, severity: 'warning'}
  }
  if (date.year !== undefined) {
    if (dates.some((d) => d.year === date.year)) return undefined
    return {message: `Jahr „${date.text}“ steht in keiner Quelle.`, severity: 'warning'}
  }
  return undefined
}
