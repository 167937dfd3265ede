/**
 * repeated-word: a word written twice in a row (`die die`).
 *
 * German has legitimate doublings, which stay alone:
 * - a relative pronoun followed by an article after a comma
 *   (`Frauen, die die Kinder betreuen`, `das Buch, das das Kind liest`);
 * - `sie sie`, `das das` (`weil das das Problem ist`), `ihr ihr`;
 * - an article after a preposition, which starts a relative clause
 *   (`mit der der Ausbruch gelingen soll`);
 * - doublings whose case differs (`Die Macht macht`, `Minister Klug klug`),
 *   except a capital on the first word of a sentence (`Die die`);
 * - capitalised doublings inside a sentence, which are names (`Bora Bora`);
 * - anything inside quotation marks, which reproduces speech or a title
 *   verbatim (`„Really really love you“`).
 * Only the two words and the space between them are reported.
 */
import {defineRule} from '../src/rule.js'
import {sentencesOf, tokensOf} from '../src/lang/nlcst.js'
import {inRanges, quotedRanges} from '../src/lang/quotes.js'

const AFTER_COMMA = new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'deren', 'dessen', 'denen'])
const ALWAYS_OK = new Set(['sie', 'ihr', 'das', 'ihnen'])
const OPENERS = new Set([',', '(', '–', '—', '-', ':'])
const PREPOSITIONS = new Set(
  'an auf aus bei durch für gegen hinter in mit nach neben ohne seit statt trotz über um unter von vor während wegen zu zwischen'.split(' ')
)

export default defineRule({
  id: 'repeated-word',
  severity: 'warning',
  category: 'Grammatik',
  description: 'Ein Wort steht unmittelbar doppelt (`die die`).',
  defaults: {},
  check(tree, {report}) {
    const quoted = quotedRanges(tree)
    for (const sentence of sentencesOf(tree)) {
      const tokens = tokensOf(sentence)
      let firstWord = true
      for (let index = 0; index + 2 < tokens.length; index++) {
        const first = tokens[index]
        if (first.type !== 'word') continue
        const isFirstWord = firstWord
        firstWord = false
        const space = tokens[index + 1]
        const second = tokens[index + 2]
        if (space.type !== 'whitespace' || second.type !== 'word') continue
        if (!/^\p{L}+$/u.test(first.value)) continue
        const lower = first.value.toLowerCase()
        if (lower !== second.value.toLowerCase()) continue
        const sameCase = first.value === second.value
        if (!sameCase && !(isFirstWord && first.value.slice(1) === second.value.slice(1))) continue
        if (/\n\s*\n/.test(space.value)) continue
        if (ALWAYS_OK.has(lower) && !isFirstWord) continue
        const before = previousNonSpace(tokens, index)
        if (AFTER_COMMA.has(lower) && before && (OPENERS.has(before.value) || PREPOSITIONS.has(before.value.toLowerCase()))) continue
        if (!isFirstWord && /^\p{Lu}/u.test(first.value) && /^\p{Lu}/u.test(second.value)) continue
        if (inRanges(quoted, first.start, second.end)) continue
        report(first.start, second.end, `Wort doppelt: „${first.value} ${second.value}“.`, {
          expected: [first.value]
        })
        index += 2
      }
    }
  }
})

function previousNonSpace(tokens: ReturnType<typeof tokensOf>, index: number) {
  for (let k = index - 1; k >= 0; k--) if (tokens[k].type !== 'whitespace') return tokens[k]
  return undefined
}
