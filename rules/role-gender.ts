/**
 * role-gender: one person given a masculine and a feminine role noun in one
 * text (`der nordkoreanische Außenminister Choe Son Hui` …
 * `Außenministerin Choe`).
 *
 * A role noun is the capitalised word directly before a name; the person is
 * the name's first word. When a text uses both `X` and `Xin` before the same
 * name, the less frequent form is reported with the other as suggestion. On
 * a tie the masculine form is reported: a model that writes a woman's title
 * falls back on the generic masculine, hardly ever the other way round.
 */
import {defineRule} from '../src/rule.js'
import {masculineOf, mentionsOf, type Mention} from '../src/lang/names.js'

interface Use {
  role: Mention
  /** End of the name run after the role. */
  end: number
}

export default defineRule({
  id: 'role-gender',
  severity: 'warning',
  category: 'Namen',
  description: 'Dieselbe Person mit männlicher und weiblicher Funktionsbezeichnung (`Außenminister Choe` und `Außenministerin Choe`).',
  defaults: {},
  check(tree, {report, text}) {
    const mentions = mentionsOf(tree)
    // person → masculine role → [masculine uses, feminine uses]
    const people = new Map<string, Map<string, [Use[], Use[]]>>()
    for (const [index, m] of mentions.entries()) {
      const role = m.previous
      if (!role || role.base.length < 4) continue
      const masculine = masculineOf(role.value) ?? role.value
      const feminine = masculine !== role.value
      // The name run: this mention and the capitalised words right after it (Choe Son Hui).
      let end = m.end
      for (let next = index + 1; next < mentions.length && mentions[next].previous === mentions[next - 1]; next++) {
        end = mentions[next].end
        if (next - index >= 3) break
      }
      const roles = people.get(m.base) ?? new Map<string, [Use[], Use[]]>()
      const pair = roles.get(masculine) ?? [[], []]
      pair[feminine ? 1 : 0].push({role, end})
      roles.set(masculine, pair)
      people.set(m.base, roles)
    }
    for (const [, roles] of people) {
      for (const [masculine, [male, female]] of roles) {
        if (male.length === 0 || female.length === 0) continue
        const feminine = `${masculine}in`
        const reportMale = male.length <= female.length
        const [wrong, other] = reportMale ? [male, feminine] : [female, masculine]
        for (const use of wrong) {
          report(use.role.start, use.end, `Funktion uneinheitlich: „${text.slice(use.role.start, use.end)}“ – im Text auch „${other}“ für dieselbe Person.`, {
            expected: [other + text.slice(use.role.end, use.end)]
          })
        }
      }
    }
  }
})
