/**
 * unsourced-claim: a statement that needs a source and has none — a figure
 * (`bis zu 14.000 Soldaten`, `30 Prozent`, `2 Milliarden Euro`), a record or
 * superlative, an accusation, hearsay (`soll … haben`).
 *
 * Reuters: source every statement unless it is an established fact; AP:
 * attribute disputable facts in the same sentence. A claim counts as sourced
 * when its sentence names a source (`laut`, `zufolge`, `nach Angaben`, `wie
 * … berichtet`, a reporting verb) or is carried by one nearby: reported
 * speech in Konjunktiv I after an attributed sentence, a quotation going on,
 * or a next sentence that points back (`Das teilte die Polizei mit.`). An
 * agentless passive (`wurde … berichtet`) is no source; a vague one
 * (`Berichten zufolge`) is vague-attribution's to report.
 *
 * With `document` (default on) a text whose figures have no source anywhere
 * — no named source, no source list, no link — says so once (`info`, or in
 * the first figure's message).
 */
import {defineRule, excerpt} from '../src/rule.js'
import {attributionOf, gist, isAttributed, sourceListsOf, type ClaimKind} from '../src/lang/attribution.js'

const WHAT: Record<ClaimKind, string> = {
  figure: 'Zahl ohne Quelle',
  superlative: 'Superlativ ohne Quelle',
  accusation: 'Vorwurf ohne Quelle',
  hearsay: 'Behauptung ohne Quelle'
}

const LINK = /(?:https?:\/\/|www\.)\S+/u

interface Options {
  /** Kinds of claims to report (default all). */
  kinds: ClaimKind[]
  /** Say once when a text with figures names no source anywhere. */
  document: boolean
}

export default defineRule<Options>({
  id: 'unsourced-claim',
  severity: 'warning',
  category: 'Quellen',
  description: 'Zahlen, Rekorde, Vorwürfe ohne Quelle im Satz oder in der Nähe.',
  defaults: {kinds: ['figure', 'superlative', 'accusation', 'hearsay'], document: true},
  check(tree, {options, report, text}) {
    const kinds = new Set(options.kinds)
    const sentences = attributionOf(tree)
    const sourced =
      sentences.some((s) => s.named.length > 0) || sourceListsOf(tree, text).length > 0 || LINK.test(text)
    let documentSaid = !options.document || sourced
    for (const sentence of sentences) {
      if (isAttributed(sentence) || sentence.quotation) continue
      // A vague source is vague-attribution's finding; an agentless passive is ours.
      if (sentence.vague.some((cue) => cue.grade !== 'passive')) continue
      const claim = sentence.claims.find((c) => kinds.has(c.kind))
      if (!claim) continue
      const passive = sentence.vague.find((cue) => cue.grade === 'passive')
      let message = `${WHAT[claim.kind]}: „${excerpt(claim.text, 60)}“ – wer sagt das?`
      message += passive ? ` „${gist(passive.text)}“ nennt niemanden.` : ''
      message += ' Quelle im Satz nennen (laut …, nach Angaben von …).'
      if (!documentSaid && claim.kind === 'figure') {
        message += ' Der ganze Text nennt keine Quelle.'
        documentSaid = true
      }
      report(claim.start, claim.end, message)
    }
    if (!documentSaid) {
      const figure = sentences.flatMap((s) => s.claims).find((c) => c.kind === 'figure')
      if (figure) {
        report(figure.start, figure.end, `Der Text nennt Zahlen („${excerpt(figure.text, 40)}“), aber nirgends eine Quelle – Quellen angeben.`, {
          severity: 'info'
        })
      }
    }
  }
})
