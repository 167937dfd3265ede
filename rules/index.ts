/**
 * The registry of korrektor's rules. Adding a rule: write `rules/<id>.ts`
 * and `rules/<id>.md`, list it here, and add it to the config schema
 * (`schema/korrektorrc.schema.json`); a test checks the three agree.
 */
import type {KorrektorRule} from '../src/rule.js'
import repeatedWord from './repeated-word.js'
import typography from './typography.js'
import spelling from './spelling.js'
import englishInGerman from './english-in-german.js'
import gluedWords from './glued-words.js'
import boilerplate from './boilerplate.js'
import brokenHyphenation from './broken-hyphenation.js'
import llmArtifact from './llm-artifact.js'
import spellingVariant from './spelling-variant.js'
import duplicateHeadline from './duplicate-headline.js'
import transliteration from './transliteration.js'
import nameVariant from './name-variant.js'
import nameGarbled from './name-garbled.js'
import roleGender from './role-gender.js'
import unsourcedClaim from './unsourced-claim.js'
import vagueAttribution from './vague-attribution.js'
import placeholderCitation from './placeholder-citation.js'
import sourceList from './source-list.js'
import ungrounded from './ungrounded.js'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const rules: ReadonlyArray<KorrektorRule<any>> = [repeatedWord, spelling, typography, englishInGerman, gluedWords, boilerplate, brokenHyphenation, llmArtifact, spellingVariant, duplicateHeadline, transliteration, nameVariant, nameGarbled, roleGender, unsourcedClaim, vagueAttribution, placeholderCitation, sourceList, ungrounded]

export const ruleIds: readonly string[] = rules.map((rule) => rule.meta.id)

export function ruleById(id: string) {
  return rules.find((rule) => rule.meta.id === id)
}
