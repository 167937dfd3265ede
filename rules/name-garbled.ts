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
import {commonPrefix, getSpeller, oneEdit} from '../src/lang/speller.js'
import {
  apostropheAllowed,
  dictionaryWord,
  distinctPeople,
  editDistance,
  mentionsOf,
  nameKey,
  nameTable,
  phoneticCode,
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
    for (const m of mentions) {
      const list = uses.get(m.base)
      if (list) list.push(m)
      else uses.set(m.base, [m])
      if (m.previous) following.set(m.previous, m)
    }
    // Established names, indexed by their first three letters (a garbled name keeps them).
    const names = new Map<string, Array<[string, Mention[]]>>()
    for (const [base, list] of uses) {
      if (base.length < 4 || base.includes('-') || list.every((m) => m.initial) || !nameLike(base)) continue
      const prefix = base.slice(0, 3).toLowerCase()
      const bucket = names.get(prefix)
      if (bucket) bucket.push([base, list])
      else names.set(prefix, [[base, list]])
    }
    for (const [base, list] of uses) {
      if (list.length !== 1 || base.length < 4 || base.includes('-')) continue
      const [m] = list
      if (known(base) || known(m.value) || !nameLike(base) || inRanges(quoted, m.start, m.end)) continue
      const next = following.get(m)
      const inLongerName = (m.previous !== undefined && !known(m.previous.base)) || (next !== undefined && !known(next.base))
      let best: {name: string; score: number} | undefined
      let english: boolean | undefined
      for (const [name, nameUses] of names.get(base.slice(0, 3).toLowerCase()) ?? []) {
        // Part of a longer name (Andreas Schleicher, Christl Kerry): another person's, unless the name has the same neighbour (John Kesry, John Kerry).
        if (inLongerName && !nameUses.some((u) => u.previous?.base === m.previous?.base && following.get(u)?.base === next?.base)) continue
        if (derived(base, name)) continue // Lawrows, Urvögeln, Pöltner (Pölten), Jihadistin
        if (nameKey(name) === nameKey(base) || distinctPeople(table, name, base)) continue // name-variant's; different people
        if (Math.abs(name.length - base.length) > 3 || base.length > 14) continue
        // The two in one sentence: two people or places side by side (Lainer, Laimer).
        if (nameUses.some((u) => u.sentence === m.sentence)) continue
        const score = similarity(name, base)
        if (score < options.similarity) continue
        // A slip of the letters (two edits at most), or a foreign name that sounds alike put in its place (Lawrence for Lawrow).
        if (editDistance(name, base) > 2) {
          const a = phoneticCode(name)
          const b = phoneticCode(base)
          if (score < 0.8 || commonPrefix(a, b) < Math.min(3, a.length, b.length)) continue
          if (english === undefined) {
            await speller.loadEnglish()
            // An English name (capitalised in the English dictionary), not an English word (Premium).
            english = speller.isEnglish(base) && !speller.isEnglish(base.toLowerCase())
          }
          if (!english) continue
        }
        // A demonym beside a name (Grazer, Graber): the town's adjective, not a garbled name.
        if ([name, base].some((w) => w.endsWith('er') && known(w.slice(0, -2)))) continue
        // Both once: the established one must be known (table, house list) or the other a slip of its letters.
        if (nameUses.length === 1 && !known(name) && !oneEdit(name.toLowerCase(), base.toLowerCase())) continue
        if (nameUses.length === 1 && !known(name) && nameUses[0].start > m.start) continue
        // One edit from a word German knows (Ruslands, Russland): a typo, spelling's to report.
        if (known(name) && (oneEdit(base.toLowerCase(), name.toLowerCase()) || oneEdit(m.value.toLowerCase(), name.toLowerCase()))) continue
        if (!best || score > best.score) best = {name, score}
      }
      if (!best) continue
      const {apostrophe} = m
      const wrongApostrophe = apostrophe && !apostropheAllowed(base)
      const suggestion = best.name + (apostrophe ? (apostropheAllowed(best.name) ? '’' : 's') : m.value.slice(base.length))
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
