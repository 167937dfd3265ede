/**
 * spelling-variant: one word spelled two valid ways in one text
 * (`Ukrainekrieg` and `Ukraine-Krieg`, `Foto` and `Photo`, `aufwendig` and
 * `aufwändig`). Both are correct; a text should choose one.
 *
 * Occurrences are grouped by a key: lower case, hyphens removed, the
 * variant parts of `dictionaries/spelling-variants.txt` replaced by one
 * form, an inflection ending dropped. Within a group, the spelling choice
 * (hyphen or not, which variant) must agree: the first spelling in the text
 * sets it, later different spellings are reported with it as suggestion.
 * Quoted text is left alone: a quotation keeps its author's spelling.
 */
import {defineRule} from '../src/rule.js'
import {sentencesOf, tokensOf} from '../src/lang/nlcst.js'
import {dictionaryMap} from '../src/lang/language.js'
import {inRanges, quotedRanges} from '../src/lang/quotes.js'

interface Occurrence {
  word: string
  start: number
  end: number
  /** The spelling choice: hyphenated or not, which variant parts. */
  choice: string
}

const ENDING = /(?:es|en|er|em|e|s|n)$/

export default defineRule({
  id: 'spelling-variant',
  severity: 'warning',
  category: 'Rechtschreibung',
  description: 'Ein Wort in zwei gültigen Schreibungen im selben Text (`Ukrainekrieg` und `Ukraine-Krieg`).',
  defaults: {},
  check(tree, {report}) {
    const variants = [...dictionaryMap('spelling-variants.txt')]
    const quoted = quotedRanges(tree)
    const groups = new Map<string, Occurrence[]>()
    for (const sentence of sentencesOf(tree)) {
      const words = tokensOf(sentence).filter((t) => t.type === 'word')
      for (const [index, token] of words.entries()) {
        if (!/^\p{L}[\p{L}-]*\p{L}$/u.test(token.value) || token.value.length < 4) continue
        if (inRanges(quoted, token.start, token.end)) continue
        let lower = token.value.toLowerCase()
        const used: string[] = []
        let other = false
        for (const [preferred, variant] of variants) {
          if (lower.includes(variant)) (lower = lower.replace(variant, preferred)), used.push(variant), (other = true)
          else if (lower.includes(preferred)) used.push(preferred)
        }
        // In a run of capitalised words the other spelling is part of a name: Google Photos, Photo Spheres.
        const capital = (t: (typeof words)[number] | undefined) => t !== undefined && /^\p{Lu}/u.test(t.value)
        if (other && ((index > 1 && capital(words[index - 1])) || capital(words[index + 1]))) continue
        const solid = lower.replace(/-/g, '')
        // Short words have no hyphen variants (Ex-Chef aside); variant parts count from four letters (Foto).
        if (solid.length < 6 && used.length === 0) continue
        const key = solid.replace(ENDING, '')
        const choice = `${token.value.includes('-') ? 'hyphen' : 'solid'}|${used.join(',')}`
        const list = groups.get(key) ?? []
        list.push({word: token.value, start: token.start, end: token.end, choice})
        groups.set(key, list)
      }
    }
    for (const list of groups.values()) {
      const choices = new Map<string, Occurrence[]>()
      for (const occurrence of list) {
        const same = choices.get(occurrence.choice)
        if (same) same.push(occurrence)
        else choices.set(occurrence.choice, [occurrence])
      }
      if (choices.size < 2) continue
      // The first spelling in the text sets the choice (as LanguageTool's
      // coherency rule does); later spellings that differ are reported.
      const [first, ...others] = [...choices.values()].sort((a, b) => a[0].start - b[0].start)
      const model = first[0].word
      for (const other of others) {
        for (const {word, start, end} of other) {
          const suggestion = respell(word, model)
          report(start, end, `Uneinheitliche Schreibung: „${word}“ – im Text zuerst „${model}“.`, {expected: suggestion ? [suggestion] : []})
        }
      }
    }
  }
})

/** The word in the model's spelling, where that can be derived. */
function respell(word: string, model: string): string | undefined {
  if (sameInflection(word, model)) return matchCase(model, word)
  const hyphen = model.indexOf('-')
  // Ukraine-Krieges after Ukrainekrieg: join; Ukrainekrieges after Ukraine-Krieg: split like the model.
  if (hyphen === -1 && word.includes('-')) {
    const joined = word.replace(/-(\p{L})/gu, (_, letter: string) => letter.toLowerCase())
    return joined.toLowerCase().startsWith(model.toLowerCase().replace(ENDING, '')) ? joined : undefined
  }
  if (hyphen > 0 && !word.includes('-') && word.toLowerCase().startsWith(model.slice(0, hyphen).toLowerCase())) {
    const rest = word.slice(hyphen)
    const capital = model[hyphen + 1] === model[hyphen + 1].toUpperCase()
    return `${word.slice(0, hyphen)}-${capital ? rest[0].toUpperCase() : rest[0]}${rest.slice(1)}`
  }
  return undefined
}

/** Do the two spellings end alike, so one can replace the other? */
function sameInflection(a: string, b: string): boolean {
  return (ENDING.exec(a.toLowerCase())?.[0] ?? '') === (ENDING.exec(b.toLowerCase())?.[0] ?? '')
}

/** The model spelling with the first letter's case of the word it replaces. */
function matchCase(model: string, word: string): string {
  const upper = word[0] === word[0].toUpperCase()
  return (upper ? model[0].toUpperCase() : model[0].toLowerCase()) + model.slice(1)
}
