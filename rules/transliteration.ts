/**
 * transliteration: a name in a foreign transcription where the house writes
 * it in German (`Lavrov` → `Lawrow`, `Sergei` → `Sergej`, `Zelensky` →
 * `Selenskyj`, `Pyongyang` → `Pjöngjang`, `Kim Jong-un` → `Kim Jong Un`).
 *
 * Two sources of evidence:
 * - the house name table (`dictionaries/names.txt`, extended by the config's
 *   `names`): its foreign spellings are reported with the house form;
 * - for names the table does not know, the Duden transcription patterns
 *   (`v` → `w`, `sh` → `sch`, `ch` → `tsch`, `kh` → `ch`, `-ei` → `-ej`, …):
 *   a name whose German transcription appears elsewhere in the same text
 *   (`Shoigus` beside `Schoigu`… where not in the table) is reported.
 * Quoted text keeps its author's spelling and is left alone.
 */
import {defineRule} from '../src/rule.js'
import {dictionaryWord, foreignHits, germanTranscription, mentionsOf, nameTable} from '../src/lang/names.js'
import {inRanges, quotedRanges} from '../src/lang/quotes.js'
import {getSpeller} from '../src/lang/speller.js'

export default defineRule({
  id: 'transliteration',
  severity: 'warning',
  category: 'Namen',
  description: 'Ein Name in fremder Umschrift, wo die deutsche gilt (`Lavrov` → `Lawrow`, `Sergei` → `Sergej`).',
  defaults: {},
  async check(tree, {shared, report, text}) {
    const table = nameTable(shared.names)
    const quoted = quotedRanges(tree)
    const done = new Set<number>()
    const speller = await getSpeller(shared.language, shared.words)
    for (const hit of foreignHits(tree, table)) {
      if (inRanges(quoted, hit.start, hit.end)) continue
      const entry = table.byForeign.get(hit.spelling)
      if (!entry) continue
      // Part of a company's or organisation's name in its own language (Qatar Airways): the name keeps it.
      const next = /^[ \t]+(\p{Lu}\p{Ll}+)/u.exec(text.slice(hit.end, hit.end + 40))?.[1]
      if (next && !speller.check(next)) {
        await speller.loadEnglish()
        if (speller.isEnglish(next)) continue
      }
      const genitive = text[hit.end] === 's' ? 's' : ''
      done.add(hit.start)
      report(hit.start, hit.end + genitive.length, `Fremde Umschrift: „${hit.spelling}${genitive}“ – deutsch „${entry.canonical}${genitive}“.`, {
        expected: [entry.canonical + genitive]
      })
    }
    // Names the table does not know: the German transcription is used elsewhere in the text.
    const mentions = mentionsOf(tree)
    const bases = new Set(mentions.map((m) => m.base))
    for (const mention of mentions) {
      if (done.has(mention.start) || mention.base.length < 4 || table.bySpelling.has(mention.base)) continue
      const german = germanTranscription(mention.base)
      if (german.toLowerCase() === mention.base.toLowerCase() || !bases.has(german)) continue
      // Both spellings must be names, not words German knows (Zeit/Seit, Kurz/Kurs).
      if ([mention.value, mention.base, german].some((w) => dictionaryWord(speller, w))) continue
      if (inRanges(quoted, mention.start, mention.end)) continue
      const suggestion = german + mention.value.slice(mention.base.length)
      report(mention.start, mention.end, `Fremde Umschrift: „${mention.value}“ – im Text auch deutsch „${german}“.`, {expected: [suggestion]})
    }
  }
})
