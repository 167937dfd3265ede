/**
 * glued-words: two words without the space between them, left behind by
 * scrapers and copy-paste (`Mehr erfahrenExpand`, `Weitere ArtikelLawrows`,
 * `nach Pjöngjang.Die Gespräche`).
 *
 * - Camel case: a word that begins as a German word and goes on with a
 *   capital (`erfahren|Expand`, `Artikel|Lawrows`). Brands and names written
 *   so (`iPhone`, `YouTube`, `ProSieben`, `derStandard`) are left alone: their
 *   first part is no German word, is too short (`iPhone`, `McDonald's`, `eBay`),
 *   or they are on the house list (`dictionaries/camel-case.txt`, extended by
 *   the config's `words`). Gender forms (`LehrerInnen`) and acronyms
 *   (`GmbH`, `BayernLB`) are not glue.
 * - A missing space after sentence punctuation: a word of two or more
 *   letters, `.`, `!` or `?`, then a capitalised word (`Pjöngjang.Die`).
 *   Abbreviations (`z.B.`, `St.Pölten`), initials (`J.R.R.`), URLs and
 *   domains (`derStandard.at`, `infobud.news`) are left alone.
 */
import {defineRule} from '../src/rule.js'
import {paragraphTokens, paragraphs} from '../src/lang/nlcst.js'
import {getSpeller} from '../src/lang/speller.js'
import {dictionaryList} from '../src/lang/data.js'
import {isAbbreviation} from '../src/lang/segment.js'
import {inRanges, quotedRanges} from '../src/lang/quotes.js'

// A lower-case run of two letters or more, then a capital and two lower-case letters.
const CAMEL = /(\p{Lu}?\p{Ll}{2,})(\p{Lu}\p{Ll}{2,}\p{L}*)/gu
const HUMP = /\p{Ll}\p{Lu}/u
// A word, sentence punctuation, a capitalised word: Pjöngjang.Die
const NO_SPACE = /(\p{L}{2,})([.!?])(\p{Lu}\p{Ll}+)/u
const INNER_MARK = /\p{L}[.!?]\p{Lu}/u

let houseNames: Set<string> | undefined

export default defineRule({
  id: 'glued-words',
  severity: 'error',
  category: 'Artefakte',
  description: 'Zusammengeklebte Wörter ohne Leerzeichen (`erfahrenExpand`, `Pjöngjang.Die`), Reste aus Webseiten.',
  defaults: {},
  async check(tree, {shared, report}) {
    houseNames ??= new Set(dictionaryList('camel-case.txt'))
    const accepted = (word: string) => houseNames!.has(word) || shared.words.includes(word)
    const speller = await getSpeller(shared.language, shared.words)
    const quoted = () => quotedRanges(tree)

    for (const paragraph of paragraphs(tree)) {
      // Word tokens only: URLs, e-mails and handles are source tokens, so
      // domains (derStandard.at, infobud.news) never match.
      const tokens = paragraphTokens(paragraph)
      for (const [index, token] of tokens.entries()) {
        if (token.type !== 'word') continue
        const previous = tokens[index - 1]

        // Camel case: erfahrenExpand, ArtikelLawrows, Bundesliga-TabelleDer.
        if (HUMP.test(token.value) && !/[@#\\/]$/.test(previous?.value ?? '')) {
          for (const camel of token.value.matchAll(CAMEL)) {
            if (/\p{L}/u.test(token.value[camel.index - 1] ?? '')) continue // the glue starts inside a longer word
            const [glued, left, right] = camel
            const whole = /^\p{L}+/u.exec(token.value.slice(camel.index))![0]
            if (accepted(whole) || accepted(whole.replace(/s$/, '')) || accepted(lowerFirst(whole))) continue
            // LehrerInnen is a gender form; YouTube, PayPal: the first part is no German word.
            if (/^Innen/.test(right) || !speller.check(left) || !glue(left, right)) continue
            const start = token.start + camel.index
            const end = start + glued.length
            if (inRanges(quoted(), start, end)) continue
            report(start, end, `Zusammengeklebt: „${glued}“ – Leerzeichen fehlt.`, {expected: [`${left} ${right}`]})
          }
        }

        // A missing space after sentence punctuation, inside one token
        // (Pjöngjang.Die) or across a sentence boundary (Ende!Der).
        let found: {left: string; mark: string; right: string; head: string; start: number; end: number} | undefined
        const inner = INNER_MARK.test(token.value) ? NO_SPACE.exec(token.value) : null
        if (inner) {
          const [glued, left, mark, right] = inner
          const start = token.start + inner.index
          found = {left, mark, right, head: token.value.slice(0, inner.index + left.length), start, end: start + glued.length}
        } else if (previous?.type === 'punctuation' && /^[.!?]$/.test(previous.value) && previous.end === token.start) {
          const word = tokens[index - 2]
          const right = /^\p{Lu}\p{Ll}+/u.exec(token.value)?.[0]
          const left = word?.type === 'word' && word.end === previous.start ? /\p{L}{2,}$/u.exec(word.value)?.[0] : undefined
          if (word && left && right) found = {left, mark: previous.value, right, head: word.value, start: word.end - left.length, end: token.start + right.length}
        }
        if (!found) continue
        const {left, mark, right, head} = found
        // Abbreviations and initials (z.B.Die, St.Pölten, U.S.Army), file
        // names and code (3D.Die, user@host), brands (FRITZ!Box, Yahoo!).
        if (mark === '.' && (isAbbreviation(head) || /\p{L}\.\p{L}*$/u.test(head))) continue
        if (/[\p{N}@/\\_]/u.test(head) || /[@#\\/]$/.test(tokens[index - (inner ? 1 : 3)]?.value ?? '')) continue
        if (mark === '!' && /^\p{Lu}+$/u.test(left)) continue
        if (inRanges(quoted(), found.start, found.end)) continue
        report(found.start, found.end, `Leerzeichen fehlt nach „${mark}“: „${left}${mark}${right}“.`, {expected: [`${left}${mark} ${right}`]})
      }
    }
  }
})

const lowerFirst = (word: string) => word.charAt(0).toLowerCase() + word.slice(1)

const FUNCTION_CAPITALS = new Set(
  'Der Die Das Den Dem Des Ein Eine Einer Eines Einem Einen Im In Mit Von Zu Zum Zur Auf Für Bei Nach Aus Und Auch Wie Es Er Sie Wir Man Doch Aber So Dies Diese Dieser'.split(' ')
)
// Lost line breaks in results and schedules: 9,79 SekundenSilber, HoffenheimSamstag.
const LIST_WORDS = new Set(
  'Gold Silber Bronze Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Jänner Januar Februar März April Mai Juni Juli August September Oktober November Dezember'.split(' ')
)
let uiWords: Set<string> | undefined

/**
 * Is `left|right` glue rather than a name written in camel case? A German
 * word in lower case glued to a capital is always glue (erfahrenExpand,
 * imInternet); with a capital first part, only when one part is navigation
 * (ArtikelLawrows, LinkScience), the second part is a function word
 * (TabelleDer) or a word of a results list (SekundenSilber) — otherwise it
 * is a name (SanDisk, FestZins, EisArena).
 */
function glue(left: string, right: string): boolean {
  if (/^\p{Ll}/u.test(left)) return true
  uiWords ??= new Set(dictionaryList('ui-words.txt'))
  return uiWords.has(left) || uiWords.has(right) || FUNCTION_CAPITALS.has(right) || LIST_WORDS.has(right)
}
