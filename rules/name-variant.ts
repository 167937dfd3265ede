/**
 * name-variant: one name spelled two ways in one text (`Kim Jong-un` and
 * `Kim Jong Un`, `Selenski` and `Selenskyj`, `Erdogan` and `Erdoğan`).
 *
 * Mentions are grouped by a key that ignores case, hyphens and spaces,
 * accents and the differences between transcriptions (`v`/`w`, `y`/`j`,
 * `sh`/`sch`, …). Within a group the most frequent spelling wins; on a tie
 * the house form of `dictionaries/names.txt`, else the first spelling in
 * the text. The other spellings are reported with it as the suggestion.
 * Spellings the table lists as foreign, or whose German transcription is in
 * the text, are left to `transliteration`; people the table keeps apart
 * (`Kim Jong Un` / `Kim Jong Il`) are never grouped.
 *
 * With `--across-files` the same comparison runs over all files linted
 * together: a spelling used in fewer files than another one is reported
 * (`Sergei` in one summary, `Sergej` in four).
 */
import {defineRule} from '../src/rule.js'
import {dictionaryWord, distinctPeople, foreignHits, germanTranscription, mentionsOf, nameKey, nameTable, type Mention, type NameTable} from '../src/lang/names.js'
import {getSpeller} from '../src/lang/speller.js'
import {inRanges, quotedRanges} from '../src/lang/quotes.js'

interface Spelling {
  /** As written, without genitive ending. */
  base: string
  mentions: Array<{start: number; end: number; value: string}>
}

/** One spelling of a name in one file (for --across-files). */
export interface FileSpelling {
  key: string
  base: string
  mentions: Array<{start: number; end: number; value: string}>
}

export default defineRule({
  id: 'name-variant',
  severity: 'warning',
  category: 'Namen',
  description: 'Ein Name in zwei Schreibungen im selben Text (`Kim Jong-un` und `Kim Jong Un`).',
  defaults: {},
  async check(tree, {shared, report, keep}) {
    const table = nameTable(shared.names)
    const speller = await getSpeller(shared.language, shared.words)
    const quoted = quotedRanges(tree)
    // Foreign spellings of the table are transliteration's.
    const foreign = foreignHits(tree, table).map((hit): [number, number] => [hit.start, hit.end])
    const mentions = mentionsOf(tree).filter((m) => !inRanges(quoted, m.start, m.end))
    // Words: in the dictionary, or German compounds of its words (Urvögel, Fundplätze).
    const groups = groupMentions(mentions, table, (word) => dictionaryWord(speller, word) || speller.check(word))
    // Kept for --across-files: every spelling of a name-like group.
    keep(
      [...groups.entries()].flatMap(([key, spellings]) =>
        spellings.map((s): FileSpelling => ({key, base: s.base, mentions: s.mentions}))
      )
    )
    const bases = new Set(mentions.map((m) => m.base))
    for (const spellings of groups.values()) {
      if (spellings.length < 2) continue
      const winner = preferred(spellings, table)
      for (const spelling of spellings) {
        if (spelling === winner) continue
        // Foreign transcriptions are transliteration's (table or German form in the text).
        if (table.byForeign.has(spelling.base) || bases.has(germanTranscription(spelling.base))) continue
        for (const m of spelling.mentions) {
          if (inRanges(foreign, m.start, m.end)) continue
          const suggestion = winner.base + m.value.slice(spelling.base.length)
          report(m.start, m.end, `Name uneinheitlich: „${m.value}“ – im Text sonst „${winner.base}“.`, {expected: [suggestion]})
        }
      }
    }
  },
  across(files, {report}) {
    // key → spelling → file → its mentions there
    const usage = new Map<string, Map<string, Map<number, FileSpelling['mentions']>>>()
    files.forEach((spellings, file) => {
      for (const s of (spellings ?? []) as FileSpelling[]) {
        const bases = usage.get(s.key) ?? new Map<string, Map<number, FileSpelling['mentions']>>()
        usage.set(s.key, bases)
        const inFiles = bases.get(s.base) ?? new Map<number, FileSpelling['mentions']>()
        bases.set(s.base, inFiles)
        inFiles.set(file, [...(inFiles.get(file) ?? []), ...s.mentions])
      }
    })
    for (const bases of usage.values()) {
      if (bases.size < 2) continue
      const ranked = [...bases.entries()].sort((a, b) => b[1].size - a[1].size)
      const [winner, winnerFiles] = ranked[0]
      if (ranked[1][1].size === winnerFiles.size) continue // no majority across the files
      for (const [base, inFiles] of ranked.slice(1)) {
        for (const [file, mentions] of inFiles) {
          for (const m of mentions) {
            const suggestion = winner + m.value.slice(base.length)
            report(file, m.start, m.end, `Name in den Dateien uneinheitlich: „${m.value}“ – in ${winnerFiles.size} anderen Dateien „${winner}“.`, {
              expected: [suggestion]
            })
          }
        }
      }
    }
  }
})

/**
 * Group the name-like mentions of a text by key. A mention is name-like
 * when it is not only capitalised because it starts a sentence and is not a
 * common German noun that happens to share a key. Adjacent names are also
 * read as one (`Jong Un`) when another mention writes them hyphenated.
 */
function groupMentions(mentions: readonly Mention[], table: NameTable, word: (w: string) => boolean): Map<string, Spelling[]> {
  // A name: in the table, or not a word German knows (Töchter/Tochter, Urvogel/Urvögel are words).
  const name = (m: Mention) => table.words.has(m.base) || (!word(m.value) && !word(m.base))
  const candidates: Array<{key: string; base: string; start: number; end: number; value: string; initial: boolean}> = []
  const hyphenKeys = new Set<string>()
  for (const m of mentions) if (m.base.includes('-')) hyphenKeys.add(nameKey(m.base))
  for (const m of mentions) {
    if (m.base.length < 3 || m.value.endsWith('-')) continue
    if (name(m)) candidates.push({key: nameKey(m.base), base: m.base, start: m.start, end: m.end, value: m.value, initial: m.initial})
    // Two names side by side that another mention hyphenates (Jong Un / Jong-un).
    const p = m.previous
    if (p && name(p) && name(m) && !p.base.includes('-') && !m.base.includes('-')) {
      const pair = `${p.value} ${m.value}`
      const key = nameKey(pair)
      if (hyphenKeys.has(key)) candidates.push({key, base: `${p.value} ${m.base}`, start: p.start, end: m.end, value: pair, initial: p.initial})
    }
  }
  const byKey = new Map<string, Map<string, Spelling>>()
  const named = new Set<string>()
  for (const c of candidates) {
    if (c.key.length < 4) continue
    const spellings = byKey.get(c.key) ?? new Map<string, Spelling>()
    const spelling = spellings.get(c.base) ?? {base: c.base, mentions: []}
    spelling.mentions.push({start: c.start, end: c.end, value: c.value})
    spellings.set(c.base, spelling)
    byKey.set(c.key, spellings)
    // Only capitalised at the start of a sentence: an ordinary word, not a name.
    if (!c.initial) named.add(c.key)
  }
  const out = new Map<string, Spelling[]>()
  for (const [key, spellings] of byKey) {
    if (!named.has(key)) continue
    let list = [...spellings.values()]
    // Hyphen or none (Adblock-Nutzer/Adblocknutzer, Verteidigungs-Startup/Verteidigungsstartup) is spelling-variant's.
    // Case alone (WhatsApp/Whatsapp, In-Vitro/In-vitro) stays a name variant.
    const lower = new Set(list.map((s) => s.base.toLowerCase()))
    const solid = new Set(list.map((s) => s.base.replace(/-/g, '').toLowerCase()))
    if (solid.size === 1 && lower.size > 1 && list.every((s) => !s.base.includes(' '))) list = list.slice(0, 1)
    if (list.some((a) => list.some((b) => a !== b && distinctPeople(table, a.base, b.base)))) continue
    out.set(key, list)
  }
  return out
}

/** The spelling that stays: most mentions; on a tie the house form, else the earliest. */
function preferred(spellings: Spelling[], table: NameTable): Spelling {
  const house = (s: Spelling) => {
    const entry = table.bySpelling.get(s.base)
    return entry !== undefined && (entry.canonical === s.base || entry.accepted.includes(s.base))
  }
  return [...spellings].sort(
    (a, b) =>
      b.mentions.length - a.mentions.length ||
      Number(house(b)) - Number(house(a)) ||
      a.mentions[0].start - b.mentions[0].start
  )[0]
}
