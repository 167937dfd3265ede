/**
 * typography: English typography in German text.
 *
 * - straight double quotes around a German quotation (`"…"` → `„…“`);
 * - a comma as thousands separator (`14,000` → `14.000`), where German reads
 *   a comma as the decimal mark: flagged for groups of `000` and for numbers
 *   with two or more groups (`1,000,000`);
 * - a decimal point before a unit (`3.5 Prozent` → `3,5 Prozent`).
 *
 * Quotes are matched within a paragraph; a straight quote that cannot be
 * paired is left alone (precision first). Code and URLs are never read.
 */
import {defineRule} from '../src/rule.js'
import {mappedText, paragraphs, paragraphTokens, sentencesOf, tokensOf} from '../src/lang/nlcst.js'

const THOUSANDS = /(?<![\d.,])\d{1,3}(?:,\d{3}){2,}(?![\d,])|(?<![\d.,])\d{1,3},000(?![\d,])/g
const DECIMAL_POINT =
  /(?<![\d.,])\d{1,3}\.\d{1,2}(?=\s*(?:%|Prozent|Prozentpunkte|Millionen|Milliarden|Mio\.|Mrd\.|Grad|Euro|Dollar|Kilometer|Meter|Tonnen)(?![\p{L}]))/gu

export default defineRule({
  id: 'typography',
  severity: 'warning',
  category: 'Typografie',
  description: 'Englische Typografie im deutschen Text: gerade Anführungszeichen, Komma als Tausendertrennzeichen, Dezimalpunkt.',
  defaults: {quotes: true, numbers: true},
  check(tree, {options, report}) {
    if (options.quotes) {
      for (const paragraph of paragraphs(tree)) {
        const tokens = paragraphTokens(paragraph)
        let open: number | undefined
        for (let index = 0; index < tokens.length; index++) {
          const token = tokens[index]
          if (token.value !== '"') continue
          const before = tokens[index - 1]
          const after = tokens[index + 1]
          const opens =
            (!before || before.type === 'whitespace' || /^[(\[–—:-]$/.test(before.value)) &&
            after !== undefined &&
            after.type !== 'whitespace'
          if (open === undefined) {
            if (opens) open = index
            continue
          }
          if (before && before.type === 'whitespace') {
            // Looks like another opening quote: restart the pair here.
            open = opens ? index : undefined
            continue
          }
          const first = tokens[open]
          const inner = tokens
            .slice(open + 1, index)
            .map((t) => t.value)
            .join('')
          report(first.start, token.end, `Gerade Anführungszeichen: "${inner}" – deutsch „…“.`, {
            expected: [`„${inner}“`]
          })
          open = undefined
        }
      }
    }

    if (options.numbers) {
      for (const sentence of sentencesOf(tree)) {
        const {text, offsetAt} = mappedText(tokensOf(sentence))
        for (const match of text.matchAll(THOUSANDS)) {
          const start = offsetAt(match.index)
          const fixed = match[0].replaceAll(',', '.')
          report(start, start + match[0].length, `Tausendertrennzeichen: „${match[0]}“ – im Deutschen mit Punkt.`, {
            expected: [fixed]
          })
        }
        for (const match of text.matchAll(DECIMAL_POINT)) {
          const start = offsetAt(match.index)
          const fixed = match[0].replace('.', ',')
          report(start, start + match[0].length, `Dezimalpunkt: „${match[0]}“ – im Deutschen mit Komma.`, {
            expected: [fixed]
          })
        }
      }
    }
  }
})
