/**
 * vague-attribution: a source that names nobody — `Berichten zufolge`, `Es
 * wird vermutet`, `Man befürchtet`, `Analysten warnen`, `Jüngste Berichte
 * lassen vermuten`, `aus Regierungskreisen`.
 *
 * Pressekodex Ziffer 2: unconfirmed reports and conjecture must be
 * recognisable as such, and a reader must be able to tell who says what.
 * The message grades what is missing (nobody < unnamed reports < unnamed
 * group) and asks for the next step up the ladder: the outlet at least,
 * better the person or the document. The phrases are data
 * (`dictionaries/vague-sources.txt`); a group followed by its institution
 * (`Experten der Weltbank`) counts as named.
 *
 * An agentless passive (`wurde … berichtet`) in a sentence with a figure is
 * left to unsourced-claim, which reports the figure and names the passive.
 * Reporting on a topic (`Zudem wird über den Streik berichtet`, the way
 * summaries of a broadcast list its items) attributes no claim: without a
 * claim in the sentence it is left alone.
 */
import {defineRule, excerpt} from '../src/rule.js'
import {attributionOf, gist, type VagueGrade} from '../src/lang/attribution.js'

const ASK: Record<VagueGrade, (cue: string) => string> = {
  nobody: (cue) => `Quelle fehlt: „${cue}“ nennt niemanden – wer sagt oder vermutet das? Person, Behörde oder Dokument nennen.`,
  reports: (cue) => `Vage Quelle: „${cue}“ – welche Berichte? Mindestens das Medium nennen, besser Person oder Dokument.`,
  group: (cue) => `Ungenannte Gruppe: „${cue}“ – wer genau? Namen oder Institution nennen.`,
  passive: (cue) => `Passiv ohne Urheber: „${cue}“ – von wem? Quelle nennen.`
}

// `wird (ausführlich) über … berichtet`: a topic, not a source of a claim (`wird über … spekuliert` is speculation by nobody).
const TOPIC = /^(?:wurde|wurden|wird|werden)\s+(?:\S+\s+){0,2}?über\s.*\sberichtet$/is

interface Options {
  /** Grades to report (default all). */
  grades: VagueGrade[]
}

export default defineRule<Options>({
  id: 'vague-attribution',
  severity: 'warning',
  category: 'Quellen',
  description: 'Quellenangaben, die niemanden nennen: `Berichten zufolge`, `Es wird vermutet`, `Analysten warnen`.',
  defaults: {grades: ['nobody', 'reports', 'group', 'passive']},
  check(tree, {options, report}) {
    const grades = new Set(options.grades)
    for (const sentence of attributionOf(tree)) {
      // One message per sentence: `verlautete aus Sicherheitskreisen` is one vague source.
      for (const cue of sentence.vague) {
        if (!grades.has(cue.grade)) continue
        if (cue.grade === 'passive' && (sentence.claims.length > 0 || TOPIC.test(cue.text))) continue
        report(cue.start, cue.end, ASK[cue.grade](cue.grade === 'passive' ? gist(cue.text) : excerpt(cue.text, 60)))
        break
      }
    }
  }
})
