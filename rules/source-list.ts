/**
 * source-list: a source section that would not let a reader find the
 * sources — entries with neither a link nor an article title (`Quellen:
 * ZEIT ONLINE - Stern - ORF`), the same outlet twice, entries naming only a
 * kind of material (`Berichte von Reuters`, `Aussagen von KCNA`).
 *
 * One message per list, at its heading, naming every problem found.
 */
import {defineRule} from '../src/rule.js'
import {outletKey, sourceListsOf} from '../src/lang/attribution.js'

const quoteAll = (items: string[]) => items.map((item) => `„${item}“`).join(', ')

export default defineRule({
  id: 'source-list',
  severity: 'warning',
  category: 'Quellen',
  description: 'Quellenlisten ohne Links oder Artikeltitel, mit doppelten Einträgen oder bloßen Gattungen (`Berichte von Reuters`).',
  defaults: {},
  check(tree, {report, text}) {
    for (const list of sourceListsOf(tree, text)) {
      const problems: string[] = []
      const bare = list.entries.filter((entry) => !entry.linked && !entry.titled)
      if (bare.length === list.entries.length) problems.push(list.entries.length === 1 ? 'ohne Link oder Artikeltitel' : `keiner der ${list.entries.length} Einträge mit Link oder Artikeltitel`)
      else if (bare.length > 0) problems.push(`ohne Link oder Titel: ${quoteAll(bare.map((e) => e.text))}`)
      const seen = new Map<string, string>()
      const twice = new Set<string>()
      for (const entry of list.entries) {
        const key = outletKey(entry.text)
        if (!key || entry.linked || entry.titled) continue
        if (seen.has(key)) twice.add(seen.get(key)!)
        else seen.set(key, entry.text)
      }
      if (twice.size > 0) problems.push(`doppelt: ${quoteAll([...twice])}`)
      const kinds = list.entries.filter((entry) => entry.kindOnly && !entry.linked && !entry.titled)
      if (kinds.length > 0) problems.push(`nur Gattungen: ${quoteAll(kinds.map((e) => e.text))}`)
      if (problems.length === 0) continue
      report(list.heading.start, list.heading.end, `Quellenliste nicht nachprüfbar (${problems.join('; ')}) – je Quelle Medium, Titel, Datum und Link angeben.`)
    }
  }
})
