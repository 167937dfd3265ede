/**
 * broken-hyphenation: a word broken by line-end hyphenation that survived
 * extraction (`maßge- schneiderte`, `Politikfor- scher`), and invisible
 * characters inside a word (soft hyphen U+00AD, zero-width space and
 * joiners) and the hyphenation mark ¬ (U+00AC) that some typesetting and OCR
 * software writes at a line break (`ent¬wickelt`).
 *
 * Told apart from hanging hyphens (`Ein- und Ausfuhr`, `Nah- oder
 * Fernverkehr`, `Vor-, Haupt- und Nachteile`): after debris the text goes on
 * in lower case with the rest of the word, after a hanging hyphen comes a
 * conjunction or a comma. A word part that is itself a word before a
 * capitalised one (`Bundes- Regierung`) is left alone. The joined word is
 * suggested when the lexicon knows it.
 */
import {defineRule} from '../src/rule.js'
import {linesOf} from '../src/lang/nlcst.js'
import {getSpeller} from '../src/lang/speller.js'
import {BREAK_MARK, IN_WORD_DEBRIS, INVISIBLE} from '../src/lang/segment.js'

// Letters, a hyphen, a space or a line break, a lower-case continuation.
// (Starts at a word start, bounded, so long lines without spaces stay linear.)
const DEBRIS = /(?<!\p{L})(\p{L}{1,40})-(?:[^\S\n]{1,9}|[^\S\n]{0,9}\n[^\S\n]{0,9})(\p{Ll}{1,40})/gu
// What follows a hanging hyphen: a conjunction or a preposition (Ein- und
// Ausfuhr, vom Spitals- zum niedergelassenen Bereich, 82 Ja- gegen 20 Nein-Stimmen).
const CONJUNCTION = new Set(
  ('und oder bis sowie bzw beziehungsweise als wie noch statt anstatt versus vs respektive resp aber sondern weder ' +
    'zu zum zur gegenüber gegen auch mit vom von nach über im in ins am an auf aus bei für um durch ohne').split(' ')
)
// A letter or an invisible character that may sit inside a word.
const IN_WORD = /[\p{L}\u00AD\u200B-\u200D\u2060\u00AC]/u
const INVISIBLE_IN_WORD = new RegExp(`(?<=\\p{L})(${INVISIBLE.source})+(?=\\p{L})|(?<=\\p{L})${BREAK_MARK}(?=\\p{Ll})`, 'gu')
const DEBRIS_ALL = new RegExp(IN_WORD_DEBRIS.source, 'g')

export default defineRule({
  id: 'broken-hyphenation',
  severity: 'error',
  category: 'Artefakte',
  description: 'Reste der Silbentrennung (`maßge- schneiderte`) und unsichtbare Zeichen im Wort.',
  defaults: {},
  async check(tree, {shared, report, text, file}) {
    const html = /\.html?$/i.test(file.path ?? '')
    // Invisible characters inside words, from the file text (one message per word).
    let reportedTo = -1
    for (const match of text.matchAll(INVISIBLE_IN_WORD)) {
      if (match.index < reportedTo) continue // a second invisible character in the same word
      // In HTML a soft hyphen (&shy;) is a deliberate hyphenation point.
      if (html && /^\u00AD+$/.test(match[0])) continue
      let from = match.index
      while (from > 0 && IN_WORD.test(text[from - 1])) from--
      let to = match.index + match[0].length
      while (to < text.length && IN_WORD.test(text[to])) to++
      const word = text.slice(from, to)
      const clean = word.replace(DEBRIS_ALL, '')
      const name =
        match[0] === BREAK_MARK ? `Trennzeichen „${BREAK_MARK}“` : /\u00AD/.test(match[0]) ? 'weiches Trennzeichen (U+00AD)' : 'unsichtbares Zeichen'
      reportedTo = to
      report(from, to, `${name[0].toUpperCase()}${name.slice(1)} im Wort „${clean}“ – entfernen.`, {expected: [clean]})
    }

    const lines = linesOf(tree, text)
    if (!lines.some((line) => line.text.includes('-'))) return
    const speller = await getSpeller(shared.language, shared.words)
    for (const [index, line] of lines.entries()) {
      // A break at the end of a line continues on the next one (plain text keeps lines apart).
      const next = lines[index + 1]
      const joined = /-\s*$/.test(line.text) && next && !next.blankBefore ? `${line.text}\n${next.text}` : line.text
      if (!joined.includes('- ') && !joined.includes('-\n') && !/-[^\S\n]/.test(joined)) continue
      for (const match of joined.matchAll(DEBRIS)) {
        const [whole, head, tail] = match
        if (CONJUNCTION.has(tail)) continue // Ein- und Ausfuhr
        const start = match.index
        if (start > 0 && /[\p{L}\d-]/u.test(joined[start - 1])) continue // inside a longer hyphenated word
        const after = joined.slice(start + whole.length)
        if (/^[\p{L}\d]/u.test(after) || /^-/.test(after)) continue
        const word = head + tail
        const known = speller.check(word)
        // Both halves words and the whole unknown: two words with a dash, not debris.
        if (!known && speller.check(head) && speller.check(tail)) continue
        if (!known && tail.length < 3) continue
        const offsetAt = (i: number) => (i <= line.text.length ? line.offsetAt(i) : next.offsetAt(i - line.text.length - 1))
        const from = offsetAt(start)
        const to = offsetAt(start + whole.length - 1) + 1
        report(from, to, `Silbentrennung im Text: „${whole.replace(/\s+/g, ' ')}“${known ? ` – zusammen „${word}“` : ''}.`, {
          expected: known ? [word] : []
        })
      }
    }
  }
})
