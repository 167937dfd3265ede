/**
 * english-in-german: English words and phrases in a German sentence
 * (`die already bestehenden Spannungen`, `the situation remains tense`,
 * `Welcome!`), anglicisms with a plainer German word (`Manpower`, `info`),
 * and paragraphs or whole texts that are not German (once, `info`).
 *
 * Evidence, not guesses (src/lang/language.ts): a word counts as English
 * when the German speller rejects it (house lists and config words
 * included) and dictionary-en knows it in lower case. Then:
 * - a lower-case English word inside German syntax is a slip; so is an
 *   English word opening a sentence (`However,`, `Welcome!`) unless a
 *   capitalised word follows (`Financial Times`: a name);
 * - a capitalised English word in mid-sentence is a name, a title or an
 *   established noun (`Champions League`, `Hashtag`, `Backlash`): silent;
 * - adjacent English words (with words of both languages between them:
 *   `the situation remains tense`) make one message with one span;
 * - English function words inside a name (`Department of Homeland
 *   Security`, `Fire and Rescue Service`) are part of the name;
 * - one short English word alone (`to`, `is`) needs a partner or the
 *   slip list (`dictionaries/english-slips.txt`) to be reported;
 * - quoted text, text introduced as English (`englisch`, `sogenannt`),
 *   English stems with German endings (`gepostet`), hyphenated words and
 *   words with apostrophes (`President's`) are left alone.
 */
import {defineRule} from '../src/rule.js'
import {endOf, paragraphs, startOf, tokensOf, type Token} from '../src/lang/nlcst.js'
import type {Paragraph} from 'nlcst'
import {getSpeller, type GermanSpeller} from '../src/lang/speller.js'
import {inRanges, quotedRanges} from '../src/lang/quotes.js'
import {
  countLanguage,
  GERMAN_FUNCTION,
  dictionaryMap,
  looksEnglish,
  looksForeign,
  type LanguageCounts,
  NAME_JOINERS,
  wordLanguage,
  type WordLanguage
} from '../src/lang/language.js'

interface Options {
  /** Report anglicisms that have a plainer German word (`info`). */
  anglicisms: boolean
}

interface Entry {
  token: Token
  word: string
  /** Opens a sentence (or follows a colon), so its capital says nothing. */
  initial: boolean
  /** The first word of its sentence. */
  first: boolean
  capital: boolean
  /** What stands between this word and the previous one: `space`, `comma` or `break`. */
  joint: 'space' | 'comma' | 'break'
  /** The text after the word up to the next word of its sentence. */
  after: string
  /** The word's language, computed on first use (most words never need it). */
  kind?: WordLanguage
}

/** A paragraph prepared once: its words (per sentence) and its links. */
interface Block {
  start: number
  end: number
  entries: Entry[]
  /** Offsets of social-media links, handles and hashtags. */
  social: number[]
  /** Offsets of @handles. */
  handles: number[]
}

// Words that announce English on purpose: „englisch failed state“, „die sogenannten swing states“.
const ANNOUNCES_ENGLISH = /^(?:englisch\w*|engl\.?|sogenannt\w*|genannt\w*|Englisch|Motto|Titel|Slogan|Hashtag)$/
const CONTRACTION = /^[a-z]+['’](?:s|t|re|ve|ll|d|m)$/
const ASCII = /^[A-Za-z]+$/
const INNER_CAPITAL = /^.\p{Lu}|\p{Ll}\p{Lu}/u
// Links and handles of social networks: English around them is a quoted post.
const SOCIAL = /^(?:[@#]|(?:https?:\/\/)?(?:www\.)?(?:pic\.twitter\.com|twitter\.com|t\.co|x\.com|instagram\.com|facebook\.com|fb\.me|youtu\.be|bsky\.app)\b)/i
// Short function words that join the words of English names and titles.
const JOINERS = new Set([...NAME_JOINERS, 'with', 'to', 'a', 'an', 'from', 'by', 'or'])

export default defineRule<Options>({
  id: 'english-in-german',
  severity: 'warning',
  category: 'Sprache',
  description: 'Englische Wörter und Wendungen im deutschen Text (`already`, `the situation remains tense`), Anglizismen mit schlichterem deutschem Wort und nicht deutsche Absätze.',
  defaults: {anglicisms: true},
  async check(tree, {options, shared, report}) {
    const speller = await getSpeller(shared.language, shared.words)
    const slips = dictionaryMap('english-slips.txt')
    const quoted = quotedRanges(tree)
    const blocks = [...paragraphs(tree)].map(block)
    const outside = (e: Entry) => !inRanges(quoted, e.token.start, e.token.end)

    // 1. Texts and paragraphs that are not German: reported once each.
    const german = (word: string) => speller.check(word)
    const wordLists = blocks.map((b) => b.entries.filter(outside).map((e) => e.word))
    const counts = wordLists.map((words) => countLanguage(words))
    const whole = {
      words: sum(counts, 'words'),
      englishFunction: sum(counts, 'englishFunction'),
      germanFunction: sum(counts, 'germanFunction')
    }
    if (blocks.length > 0 && (looksEnglish(whole) || looksForeign(whole, () => wordLists.flat(), german))) {
      const message = looksEnglish(whole)
        ? 'Der Text ist englisch, nicht deutsch – korrektor prüft deutsche Texte.'
        : 'Der Text ist vermutlich nicht deutsch – korrektor prüft deutsche Texte.'
      report(blocks[0].start, blocks[0].end, message, {severity: 'info'})
      return
    }
    const germanBlocks = blocks.filter((b, index) => {
      const english = looksEnglish(counts[index])
      if (!english && !looksForeign(counts[index], () => wordLists[index], german)) return true
      const message = english
        ? 'Absatz auf Englisch – im deutschen Text übersetzen oder als Zitat kennzeichnen.'
        : 'Absatz vermutlich nicht deutsch – übersetzen oder als Zitat kennzeichnen.'
      report(b.start, b.end, message, {severity: 'info'})
      return false
    })

    // 2. English words and phrases in German sentences. Only a word German
    // rejects can be English: texts without one never load dictionary-en.
    const candidates = germanBlocks.filter((b) => b.entries.some((e) => candidate(e, speller)))
    if (candidates.length > 0) await speller.loadEnglish()
    for (const b of candidates) {
      for (const span of new Scanner(b, speller, slips).spans()) {
        const [from, to] = [span[0].token.start, span[span.length - 1].token.end]
        if (inRanges(quoted, from, to)) continue
        if (span.length === 1) {
          const entry = span[0]
          const german = slips.get(entry.word.toLowerCase())
          const suggestion = german && entry.capital ? german.charAt(0).toUpperCase() + german.slice(1) : german
          report(from, to, `Englisches Wort im deutschen Text: „${entry.word}“${suggestion ? ` – deutsch „${suggestion}“` : ''}.`, {
            expected: suggestion ? [suggestion] : []
          })
        } else {
          const text = span.map((e, i) => (i === 0 ? '' : e.joint === 'comma' ? ', ' : ' ') + e.word).join('')
          report(from, to, `Englische Wendung im deutschen Text: „${text}“.`)
        }
      }
    }

    // 3. Anglicisms with a plainer German word (style, `info`).
    if (!options.anglicisms) return
    const anglicisms = dictionaryMap('anglicisms.txt')
    // Part of a name of capitalised words German lacks (Westminster Meeting House, Apple Event): the name keeps it.
    const inName = (entry: Entry, next: Entry | undefined, previous: Entry | undefined) =>
      entry.capital &&
      ((next?.capital && next.joint === 'space' && !next.initial && !speller.check(next.word)) ||
        (previous?.capital && entry.joint === 'space' && !previous.first && !speller.check(previous.word)))
    for (const b of germanBlocks) {
      for (const [index, entry] of b.entries.entries()) {
        const {word, token} = entry
        const plain = anglicisms.get(word) ?? (word.endsWith('s') ? anglicisms.get(word.slice(0, -1)) : undefined)
        if (!plain || !outside(entry) || inName(entry, b.entries[index + 1], b.entries[index - 1])) continue
        report(token.start, token.end, `Anglizismus „${word}“ – schlichter: „${plain}“.`, {expected: [plain], severity: 'info'})
      }
    }
  }
})

function sum(counts: LanguageCounts[], key: keyof LanguageCounts): number {
  return counts.reduce((total, c) => total + c[key], 0)
}

function block(paragraph: Paragraph): Block {
  const entries: Entry[] = []
  const social: number[] = []
  const handles: number[] = []
  for (const node of paragraph.children) {
    if (node.type !== 'SentenceNode') continue
    const tokens = tokensOf(node)
    for (const token of tokens) {
      if (token.type !== 'source' || !SOCIAL.test(token.value)) continue
      social.push(token.start)
      if (token.value.startsWith('@')) handles.push(token.start)
    }
    sentenceWords(tokens, entries)
  }
  return {start: startOf(paragraph), end: endOf(paragraph), entries, social, handles}
}

/** Append the word entries of a sentence, with what joins each to the previous word. */
function sentenceWords(tokens: readonly Token[], entries: Entry[]): void {
  let between = ''
  let initial = true
  let first = true
  for (const token of tokens) {
    if (token.type !== 'word') {
      between += token.type === 'source' ? '\uFFFC' : token.value
      // After a colon German capitalises a full sentence (Ederer: Diese Kritik …).
      if (token.type === 'punctuation' && token.value === ':') initial = true
      continue
    }
    const joint = first ? 'break' : /^\s+$/.test(between) ? 'space' : /^\s*,\s+$/.test(between) ? 'comma' : 'break'
    if (!first) entries[entries.length - 1].after = between
    const word = token.value
    entries.push({token, word, initial, first, capital: /^\p{Lu}/u.test(word), joint, after: ''})
    between = ''
    initial = false
    first = false
  }
  if (!first) entries[entries.length - 1].after = between
}

/** Finds the English spans of one paragraph. */
class Scanner {
  private readonly entries: Entry[]

  constructor(
    private readonly block: Block,
    private readonly speller: GermanSpeller,
    private readonly slips: Map<string, string>
  ) {
    this.entries = block.entries
  }

  /** The English spans, each a run of word entries. */
  spans(): Entry[][] {
    const {entries} = this
    const spans: Entry[][] = []
    let index = 0
    while (index < entries.length) {
      if (!this.evidence(index)) {
        index++
        continue
      }
      // Grow a run around the evidence: English words and words of both
      // languages, joined by spaces or commas; then trim it to the evidence
      // (keeping lower-case nouns: state of the art).
      let from = index
      while (from > 0 && entries[from].joint !== 'break' && this.bridges(entries[from - 1])) from--
      let to = index
      while (to + 1 < entries.length && entries[to + 1].joint !== 'break' && this.bridges(entries[to + 1])) to++
      while (from < to && !this.evidence(from) && !this.lowerNoun(entries[from])) from++
      while (to > from && !this.evidence(to) && !this.lowerNoun(entries[to])) to--
      index = to + 1
      if (this.announced(from) || this.embedded(from, to) || !this.accept(from, to)) continue
      // One message for one English stretch: runs of the same sentence split
      // only by names (Farewell beloved Robert, the great showman …) merge.
      const run = entries.slice(from, to + 1)
      const previous = spans[spans.length - 1]
      const gap = previous ? entries.slice(entries.indexOf(previous[previous.length - 1]) + 1, from) : []
      if (previous && gap.length <= 2 && !run[0].first && gap.every((e) => e.capital && !e.first)) previous.push(...gap, ...run)
      else spans.push(run)
    }
    return spans
  }

  private kind(entry: Entry): WordLanguage {
    return (entry.kind ??= classify(entry, this.speller))
  }

  /** Strong evidence: a lower-case English word; weak: one opening a sentence. */
  private evidence(index: number): boolean {
    const entry = this.entries[index]
    if (entry.capital && !entry.initial) return false // mid-sentence capital: name or noun
    if (this.kind(entry) !== 'english') return false
    if (!entry.capital) return true
    // An English word opening a sentence, unless a name follows (Financial Times).
    const next = this.entries[index + 1]
    return !(next && next.joint === 'space' && next.capital && !next.initial)
  }

  /** A lower-case word German knows only as a noun (situation, art): English here. */
  private lowerNoun(entry: Entry): boolean {
    return !entry.capital && this.kind(entry) === 'both' && !this.speller.check(entry.word) && this.speller.isEnglish(entry.word)
  }

  private bridges(entry: Entry): boolean {
    const kind = this.kind(entry)
    return kind === 'english' || kind === 'both'
  }

  /** Is the run announced as English by one of the three words before it in its sentence? */
  private announced(from: number): boolean {
    const {entries} = this
    if (entries[from].first) return false
    for (let k = from - 1; k >= Math.max(0, from - 3); k--) {
      if (ANNOUNCES_ENGLISH.test(entries[k].word)) return true
      if (entries[k].first) break
    }
    return false
  }

  /**
   * An embedded social-media post whose quotation marks were lost: the run
   * is followed by a link or handle with no German in between, or a handle
   * opens its clause.
   */
  private embedded(from: number, to: number): boolean {
    const {entries} = this
    const {social, handles} = this.block
    if (social.length === 0) return false
    const next = social.find((offset) => offset >= entries[to].token.end)
    if (next !== undefined) {
      let german = false
      for (let k = to + 1; k < entries.length && entries[k].token.start < next; k++) {
        if (GERMAN_FUNCTION.has(entries[k].word) && this.kind(entries[k]) !== 'english') german = true
      }
      if (!german) return true
    }
    // A handle or link right before the run's clause: @royalsociety says at …
    let clause = from
    while (clause > 0 && entries[clause].joint !== 'break') clause--
    const previousWord = entries[clause - 1]?.token.end ?? 0
    return handles.some((offset) => offset >= previousWord && offset < entries[from].token.start)
  }

  /** Is this run an English slip rather than part of a name or a lone short word? */
  private accept(from: number, to: number): boolean {
    const {entries, slips} = this
    const run = entries.slice(from, to + 1)
    const strong = run.filter((e) => !e.capital && this.kind(e) === 'english')
    const before = entries[from - 1]
    const after = entries[to + 1]
    // Joiners inside a name or title: Department of Homeland Security, Lord of
    // the Rings, Occupy Central with Peace and Love.
    const touchesName =
      run.some((e) => e.capital && !e.initial) ||
      (before !== undefined && run[0].joint === 'space' && before.capital && !before.initial) ||
      (after !== undefined && after.joint === 'space' && after.capital)
    if (touchesName && strong.every((e) => JOINERS.has(e.word))) return false
    // Two English words, or one (not a two-letter one: en route) with a
    // lower-case noun (the situation).
    if (strong.length >= 2 || (strong.length === 1 && strong[0].word.length >= 3 && run.some((e) => this.lowerNoun(e)))) return true
    if (strong.length === 0) {
      // Only an English word opening the sentence: a slip from the list
      // (However, …) or an exclamation of its own (Welcome!); otherwise a
      // name (Panama – Für Tarzan …).
      const [opening] = run
      const last = run[run.length - 1]
      const exclamation = opening.first && (after === undefined || after.first) && /^[!?]/.test(last.after.trim())
      return slips.has(opening.word.toLowerCase()) || (exclamation && run.length <= 3)
    }
    const [word] = strong
    // Next to a name, a lone English word belongs to it (Boa constrictor,
    // Standard life, mindset AG, Britain stronger in Europe); between two
    // capitalised words even a word of the slip list (Future without Violence).
    const name = (e: Entry | undefined) => e !== undefined && e.capital && !e.initial && this.kind(e) !== 'german'
    const nameBefore = run[0].joint === 'space' && name(before)
    const nameAfter = after?.joint === 'space' && name(after)
    if (run.length === 1 && before?.capital && !before.initial && after?.capital && run[0].joint === 'space' && after.joint === 'space') return false
    if (slips.has(word.word)) return true
    if (run.length === 1 && (nameBefore || nameAfter)) return false
    return word.word.length >= 5
  }
}

/** Could this word be English? (German rejects it; no dictionary-en needed yet.) */
function candidate({word, capital, initial}: Entry, speller: GermanSpeller): boolean {
  if (capital && !initial) return false
  if (!ASCII.test(word) && !CONTRACTION.test(word)) return false
  if (INNER_CAPITAL.test(word)) return false // LIFE, MoDem: acronyms and names
  return !speller.check(word) && !(capital && speller.check(word.toLowerCase()))
}

function classify(entry: Entry, speller: GermanSpeller): WordLanguage {
  const {word} = entry
  if (CONTRACTION.test(word)) {
    // hat's, geht's: German; don't, it's: English.
    if (speller.check(word.replace(/['’].*/, ''))) return 'german'
    return speller.isEnglish(word.replace('’', "'")) ? 'english' : 'unknown'
  }
  if (!ASCII.test(word)) return speller.check(word) ? 'german' : 'unknown'
  if (INNER_CAPITAL.test(word)) return 'unknown'
  if (speller.sharpS(word)) return 'german' // grosser: Swiss s-spelling, left to spelling
  return wordLanguage(speller, word, entry.initial)
}
