/**
 * name-garbled: a name that is probably a corrupted form of a name the text
 * establishes (`Lawrence' Besuch` in a text about Lawrow, `Lawrpw`).
 *
 * A candidate is a capitalised word German does not know, used once, that
 * is close to another name of the text by letters (Jaro–Winkler) and sound
 * (Kölner Phonetik) and starts like it. It is not a form of that name
 * (`Lawrows`, `Lawrow-Besuch`), not another spelling by transcription
 * (`name-variant`, `transliteration`) and not a different person the name
 * table keeps apart (`Scholz`/`Schulz`). When both names occur once, the one
 * German knows, or else the earlier one, counts as established. A wrong
 * apostrophe genitive (`Lawrence'`: the apostrophe follows only s, ß, x, z)
 * is named in the message.
 */
import {defineRule} from '../src/rule.js'
import {getSpeller, oneEdit} from '../src/lang/speller.js'
import {
  apostropheAllowed,
  dictionaryWord,
  distinctPeople,
  editDistance,
  mentionsOf,
  nameKey,
  nameTable,
  similarity,
  type Mention
} from '../src/lang/names.js'
import {inRanges, quotedRanges} from '../src/lang/quotes.js'

export default defineRule({
  id: 'name-garbled',
  severity: 'warning',
  category: 'Namen',
  description: 'Ein Name, der einem im Text eingeführten Namen ähnelt und wohl entstellt ist (`Lawrence` statt `Lawrow`).',
  defaults: {similarity: 0.75},
  async check(tree, {options, shared, report, text}) {
    const table = nameTable(shared.names)
    const speller = await getSpeller(shared.language, shared.words)
    const quoted = quotedRanges(tree)
    const mentions = mentionsOf(tree)
    const known = (word: string) => speller.check(word) || table.words.has(word)
    // A name: in the table, or a capitalised word the dictionary lacks (Lawrow, not Militär).
    const nameLike = (word: string) => table.words.has(word) || !dictionaryWord(speller, word)
    // How often each base form is used; which mention follows which.
    const uses = new Map<string, Mention[]>()
    const following = new Map<Mention, Mention>()
    // Sentences with many names (line-ups, result lists), where similar names are different people.
    const namesPerSentence = new Map<number, number>()
    for (const m of mentions) if (!m.initial && nameLike(m.base)) namesPerSentence.set(m.sentence, (namesPerSentence.get(m.sentence) ?? 0) + 1)
    const crowded = (sentence: number) => (namesPerSentence.get(sentence) ?? 0) > 5
    // Two names joined as items of one list (`Lainer, Laimer und Ulmer`).
    const coordinated = (a: Mention, b: Mention) => {
      const [first, second] = a.start < b.start ? [a, b] : [b, a]
      return /^[\s,;/&–-]*(?:und|oder|sowie|bzw\.|vs\.)?[\s,;/&–-]*$/u.test(text.slice(first.end, second.start))
    }
    // The other part of a longer name beside a mention (`Matteo` beside `Renzi`); a known word beside it is none.
    const partner = (beside: Mention | undefined) => (beside && !known(beside.base) ? beside.base : undefined)
    for (const m of mentions) {
      const list = uses.get(m.base)
      if (list) list.push(m)
      else uses.set(m.base, [m])
      if (m.previous) following.set(m.previous, m)
    }
    // Established names of the text (a text has a few dozen; every candidate is compared with each).
    // A name ending in s (Abbas, Games, Lions) may have lost its s as a genitive: its written form is
    // kept and compared with a candidate's written form.
    const names: Array<[string, Mention[], string | undefined]> = []
    for (const [base, list] of uses) {
      if (base.length < 4 || base.includes('-') || list.every((m) => m.initial)) continue
      const written = base !== list[0].value && list.every((m) => m.value === list[0].value) ? list[0].value : undefined
      if (nameLike(base)) names.push([base, list, written])
      else if (written && nameLike(written)) names.push([written, list, written])
    }
    for (const [base, list] of uses) {
      if (list.length !== 1 || base.length < 4 || base.includes('-')) continue
      const [m] = list
      if (known(base) || known(m.value) || !nameLike(base) || inRanges(quoted, m.start, m.end)) continue
      const next = following.get(m)
      const inLongerName = partner(m.previous) !== undefined || partner(next) !== undefined
      let best: {name: string; score: number; word: string} | undefined
      let english: boolean | undefined
      // An English name (capitalised in the English dictionary, not an English word like Premium).
      const englishName = async () => {
        if (english === undefined) {
          await speller.loadEnglish()
          english = [m.value, base].some((w) => speller.isEnglish(w) && !speller.isEnglish(w.toLowerCase()))
        }
        return english
      }
      for (const [established, nameUses, written] of names) {
        // Written forms side by side where both end in a genitive-like s (Abbas … Abcas).
        const paired = written !== undefined && m.value !== base
        const name = paired ? written : established
        const word = paired ? m.value : base
        if (name === word) continue
        // A slip in the first letters is only taken for one edit in a longer name (Kesry, Kerry); otherwise a garbled name keeps them.
        const samePrefix = name.slice(0, 3).toLowerCase() === word.slice(0, 3).toLowerCase()
        if (!samePrefix && (word.length < 5 || name[0] !== word[0] || !oneEdit(name.toLowerCase(), word.toLowerCase()))) continue
        // Part of a longer name (Christl Kerry) while the established name has other partners (John Kerry):
        // another person. The same partner (John Kesry) is no obstacle, nor is a one-letter slip of a
        // name used alone elsewhere (Renzi … Matteo Reozi).
        // Any other difference inside a full name (Emily Mortimer beside Moritz) is another person.
        if (inLongerName && !nameUses.some((u) => partner(u.previous) === partner(m.previous) && partner(following.get(u)) === partner(next))) {
          const alone = !nameUses.some((u) => partner(u.previous) !== undefined || partner(following.get(u)) !== undefined)
          // A surname after a first name that sounds much like the established name (Matteo Renoir … Renzi);
          // a first name before a surname (Carolyn McCarthy) is another person's.
          const surname = partner(next) === undefined && similarity(name, word) >= 0.85
          if (!alone || !(oneEdit(name.toLowerCase(), word.toLowerCase()) || surname)) continue
        }
        if (derived(word, name)) continue // Lawrows, Urvögeln, Pöltner (Pölten), Jihadistin
        if (nameKey(name) === nameKey(word) || distinctPeople(table, name, word)) continue // name-variant's; different people
        if (Math.abs(name.length - word.length) > 6 || word.length > 14) continue
        if (Math.abs(name.length - word.length) > 3 && editDistance(name, word) <= 2) continue
        // The two in one sentence: two people or places side by side (Lainer, Laimer), unless one is a
        // slip of the other's letters (Northway Games und Radial Ganes), not joined to it as list items,
        // in a sentence that is no list of names (a team line-up).
        const together = nameUses.filter((u) => u.sentence === m.sentence)
        if (
          together.length > 0 &&
          (!(oneEdit(name.toLowerCase(), word.toLowerCase()) && word.length >= 5 && !crowded(m.sentence)) || together.some((u) => coordinated(u, m)))
        )
          continue
        const score = similarity(name, word)
        if (score < options.similarity) continue
        // A slip of the letters (two edits at most), or a foreign name that sounds alike put in its place (Lawrence for Lawrow).
        // Further apart: an English name (capitalised in the English dictionary, not an English
        // word like Premium) put in its place, keeping its first three letters (Lawrence for Lawrow).
        if (editDistance(name, word) > 2) {
          if (score < 0.8 || !samePrefix) continue
          if (!(await englishName())) continue
        }
        // A demonym beside a name (Graber … Grazer): the town's adjective, not a garbled name.
        if (word.endsWith('er') && known(word.slice(0, -2))) continue
        // Both once: the established one must be known (table, house list), or the other a slip of
        // its letters or an English name that sounds alike (Chester after Chelsea).
        if (nameUses.length === 1 && !known(name) && !oneEdit(name.toLowerCase(), word.toLowerCase())) {
          if (!samePrefix) continue
          if (!(await englishName())) continue
        }
        if (nameUses.length === 1 && !known(name) && nameUses[0].start > m.start) continue
        // One edit from a word German knows (Ruslands, Russland): a typo, spelling's to report.
        if (known(name) && (oneEdit(word.toLowerCase(), name.toLowerCase()) || oneEdit(m.value.toLowerCase(), name.toLowerCase()))) continue
        if (!best || score > best.score) best = {name, score, word}
      }
      if (!best) continue
      const {apostrophe} = m
      const wrongApostrophe = apostrophe && !apostropheAllowed(base)
      const suggestion = best.name + (apostrophe ? (apostropheAllowed(best.name) ? '’' : 's') : m.value.slice(best.word.length))
      const end = apostrophe ? m.end + 1 : m.end
      const note = wrongApostrophe ? ' (Apostroph nur nach s, ß, x, z)' : ''
      report(m.start, end, `Name entstellt? „${text.slice(m.start, end)}“ – im Text sonst „${best.name}“${note}.`, {expected: [suggestion]})
    }
  }
})

const fold = (word: string) => word.toLowerCase().replace(/[äöü]/g, (c) => ({ä: 'a', ö: 'o', ü: 'u'})[c] ?? c)
const ENDINGS = /^(?:e|en|er|ern|erin|erinnen|ier|iers|ierin|ner|isch|ische|in|innen|n|s|es|ns)$/

/** Is one word a form or derivation of the other (inflection, demonym, feminine)? */
function derived(a: string, b: string): boolean {
  const x = fold(a)
  const y = fold(b)
  if (x.startsWith(y) || y.startsWith(x)) return true
  for (const [long, short] of [
    [x, y],
    [y, x]
  ]) {
    for (const cut of [1, 2]) {
      const stem = short.slice(0, -cut)
      if (stem.length >= 4 && long.startsWith(stem) && ENDINGS.test(long.slice(stem.length))) return true
    }
  }
  return false
}
