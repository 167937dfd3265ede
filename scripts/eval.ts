/**
 * npm run eval: what every rule catches and what it wrongly flags, measured
 * on text nobody on the team wrote (../shared, read at run time).
 *
 *   npm run eval               print the tables and write docs/quality.md
 *   npm run eval -- --check    compare with eval/thresholds.json; exit 1 below
 *   npm run eval -- --update   raise the thresholds to what was measured
 *   npm run eval -- --section sourcing   run and print one section only
 *
 * Sections: recall on the seeds (gold/seeds.json), false positives on clean
 * news (10kGNAD de-AT, Wikinews, UD PUD), recall on machine-written errors
 * (WMT23 MQM), typo recall and suggestion quality (wiki-typos, UKP), and
 * sentence segmentation against UD German.
 */
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {ParseLatin} from 'parse-latin'
import {lint, sentences} from '../src/index.js'
import {commonPrefix, getSpeller, oneEdit} from '../src/lang/speller.js'
import {rules} from '../rules/index.js'
import {packageRoot} from '../src/lang/data.js'
import type {Language, LintMessage, Severity} from '../src/types.js'
import {SHARED, countWords, hasShared, readJsonl} from './shared.js'
import {replaceSection} from './report.js'
import {check, raised, type Metrics, type Thresholds} from './thresholds.js'

const ALL_RULES = Object.fromEntries(rules.map((rule) => [rule.meta.id, rule.meta.severity]))
const RULE_IDS = rules.map((rule) => rule.meta.id)

async function lintAll(text: string, language: Language = 'de-DE', format: 'txt' | 'md' = 'txt') {
  return lint(text, {language, format, rules: ALL_RULES})
}

const pct = (n: number, d: number) => (d === 0 ? '–' : `${((100 * n) / d).toFixed(1)} %`)
const fixed = (n: number, digits = 2) => n.toFixed(digits)


// --- 1. seeds -------------------------------------------------------------------

interface GoldFinding {
  file: string
  rules: string[]
  quote: string
  offset: number
  line: number
  column: number
  level: 'must' | 'should' | 'stretch'
}

async function seeds(metrics: Metrics): Promise<string> {
  const gold = JSON.parse(readFileSync(join(SHARED, 'gold', 'seeds.json'), 'utf8')) as {findings: GoldFinding[]}
  const byFile = new Map<string, LintMessage[]>()
  for (const file of new Set(gold.findings.map((f) => f.file))) {
    const text = readFileSync(join(SHARED, 'seeds', file), 'utf8').replace(/^\uFEFF/, '')
    byFile.set(file, await lintAll(text))
  }
  const rows = new Map<string, Record<string, [number, number]>>()
  const missed: string[] = []
  let mustFound = 0
  let mustTotal = 0
  for (const finding of gold.findings) {
    const end = finding.offset + finding.quote.length
    const found = (byFile.get(finding.file) ?? []).some(
      (m) => finding.rules.includes(m.ruleId) && m.offset < end && m.endOffset > finding.offset
    )
    const key = finding.rules.join(' / ')
    const row = rows.get(key) ?? {must: [0, 0], should: [0, 0], stretch: [0, 0]}
    row[finding.level][1]++
    if (found) row[finding.level][0]++
    rows.set(key, row)
    if (finding.level === 'must') {
      mustTotal++
      if (found) mustFound++
      else missed.push(`- ${finding.file.slice(0, 3)} \`${finding.quote.replace(/\n/g, '⏎')}\` (${key})`)
    }
  }
  metrics['seeds.must'] = mustFound / mustTotal
  const out = ['## Recall on the seeds (`gold/seeds.json`)', '', '| accepted rules | implemented | must | should | stretch |', '|---|---|---|---|---|']
  for (const [key, row] of [...rows].sort()) {
    const implemented = key.split(' / ').some((id) => RULE_IDS.includes(id)) ? 'yes' : 'not yet'
    const cell = ([found, total]: [number, number]) => (total === 0 ? '' : `${found}/${total}`)
    out.push(`| ${key} | ${implemented} | ${cell(row.must)} | ${cell(row.should)} | ${cell(row.stretch)} |`)
  }
  out.push('', `**must: ${mustFound}/${mustTotal} found.** Missed must findings:`, '', ...(missed.length ? missed : ['- none']))
  return out.join('\n')
}

// --- 2. false positives on clean news ---------------------------------------------

interface Corpus {
  name: string
  language: Language
  docs: () => string[]
}

const CLEAN: Corpus[] = [
  {
    name: '10kGNAD test (de-AT)',
    language: 'de-AT',
    docs: () => readJsonl<{text: string}>('corpora/clean/10kgnad/test.jsonl').map((a) => a.text)
  },
  {
    name: 'Wikinews (de-DE)',
    language: 'de-DE',
    docs: () => readJsonl<{text: string}>('corpora/clean/wikinews-quotes/wikinews_quotes.jsonl').map((a) => a.text)
  },
  {
    name: 'UD PUD (de-DE)',
    language: 'de-DE',
    docs: () => {
      const docs: string[][] = []
      for (const sentence of readJsonl<{text: string; newdoc?: string}>('corpora/clean/ud-german/pud_test.jsonl')) {
        if (sentence.newdoc || docs.length === 0) docs.push([])
        docs[docs.length - 1].push(sentence.text)
      }
      return docs.map((d) => d.join(' '))
    }
  }
]

/**
 * A flagged span as the report shows it: at most four words, so that no
 * corpus sentence (a flagged quotation, an English passage) ends up in the
 * committed report.
 */
function excerpt(text: string): string {
  const words = text.trim().split(/\s+/)
  return words.length > 4 ? `${words.slice(0, 4).join(' ')} …` : words.join(' ')
}

/** The reviewed slips of the clean corpora (eval/corpus-slips.tsv; its third column, what is wrong, is for the reader): corpus name → reported words. */
function corpusSlips(): Map<string, Set<string>> {
  const slips = new Map<string, Set<string>>()
  const file = join(packageRoot(), 'eval', 'corpus-slips.tsv')
  if (!existsSync(file)) return slips
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue
    const [corpus, word] = line.split('\t')
    const words = slips.get(corpus) ?? new Set<string>()
    words.add(word)
    slips.set(corpus, words)
  }
  return slips
}

async function falsePositives(metrics: Metrics): Promise<string> {
  const out = ['## False positives on clean news', '']
  const slips = corpusSlips()
  // Per corpus: spelling errors on reviewed slips of the corpus, the others (false alarms), listed slips no longer reported.
  const reviewed: Array<{corpus: string; words: number; errors: number; slips: number; others: Map<string, number>; stale: string[]}> = []
  out.push('Professionally edited text: every message here is a false alarm or a real slip in the corpus.', '')
  const top = new Map<string, Map<string, number>>()
  out.push(
    '| corpus | rule | messages | per 1,000 words | warnings + errors per 1,000 words | errors per 1,000 words | articles with an error | articles with any message |',
    '|---|---|---|---|---|---|---|---|'
  )
  for (const corpus of CLEAN) {
    const docs = corpus.docs()
    let words = 0
    const count = new Map<string, number>()
    const serious = new Map<string, number>()
    const errors = new Map<string, number>()
    const withError = new Map<string, number>()
    const withAny = new Map<string, number>()
    const listed = slips.get(corpus.name) ?? new Set<string>()
    const review = {corpus: corpus.name, words: 0, errors: 0, slips: 0, others: new Map<string, number>(), stale: [] as string[]}
    const seen = new Set<string>()
    for (const doc of docs) {
      words += countWords(doc)
      const messages = await lintAll(doc, corpus.language)
      const errorRules = new Set<string>()
      const anyRules = new Set<string>()
      for (const m of messages) {
        count.set(m.ruleId, (count.get(m.ruleId) ?? 0) + 1)
        if (m.severity !== 'info') serious.set(m.ruleId, (serious.get(m.ruleId) ?? 0) + 1)
        if (m.severity === 'error') errors.set(m.ruleId, (errors.get(m.ruleId) ?? 0) + 1)
        if (m.severity === 'error' && m.ruleId === 'spelling') {
          review.errors++
          if (listed.has(m.actual)) {
            review.slips++
            seen.add(m.actual)
          } else review.others.set(m.actual, (review.others.get(m.actual) ?? 0) + 1)
        }
        anyRules.add(m.ruleId)
        if (m.severity === 'error') errorRules.add(m.ruleId)
        const strings = top.get(m.ruleId) ?? new Map<string, number>()
        const key = `${excerpt(m.actual)}${m.severity === 'info' ? ' (info)' : ''}`
        strings.set(key, (strings.get(key) ?? 0) + 1)
        top.set(m.ruleId, strings)
      }
      for (const id of errorRules) withError.set(id, (withError.get(id) ?? 0) + 1)
      for (const id of anyRules) withAny.set(id, (withAny.get(id) ?? 0) + 1)
    }
    review.words = words
    review.stale = [...listed].filter((word) => !seen.has(word))
    reviewed.push(review)
    metrics[`fp-error-reviewed.${corpus.name}.spelling`] = (1000 * (review.errors - review.slips)) / words
    for (const id of RULE_IDS) {
      const n = count.get(id) ?? 0
      const per1k = (1000 * n) / words
      const serious1k = (1000 * (serious.get(id) ?? 0)) / words
      metrics[`fp.${corpus.name}.${id}`] = per1k
      metrics[`fp-serious.${corpus.name}.${id}`] = serious1k
      const errors1k = (1000 * (errors.get(id) ?? 0)) / words
      metrics[`fp-error.${corpus.name}.${id}`] = errors1k
      out.push(
        `| ${corpus.name} (${docs.length} docs, ${words.toLocaleString('en')} words) | ${id} | ${n} | ${fixed(per1k, 3)} | ${fixed(serious1k, 3)} | ${fixed(errors1k, 3)} | ${pct(withError.get(id) ?? 0, docs.length)} | ${pct(withAny.get(id) ?? 0, docs.length)} |`
      )
    }
  }
  out.push(
    '',
    '### Spelling errors after review',
    '',
    'The clean corpora contain real slips (typos, spelling before the 1996 reform, ss for ß). Those the spelling rule reports as errors are listed, one by one after review, in `eval/corpus-slips.tsv`; the other errors are false alarms.',
    '',
    '| corpus | spelling errors | on reviewed slips of the corpus | false alarms | false alarms per 1,000 words | false alarms (all) |',
    '|---|---|---|---|---|---|'
  )
  for (const r of reviewed) {
    const others = [...r.others].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    out.push(
      `| ${r.corpus} | ${r.errors} | ${r.slips} | ${r.errors - r.slips} | ${fixed((1000 * (r.errors - r.slips)) / r.words, 3)} | ${others.map(([w, n]) => `\`${excerpt(w)}\`${n > 1 ? ` ×${n}` : ''}`).join(', ') || 'none'} |`
    )
  }
  const stale = reviewed.flatMap((r) => r.stale.map((w) => `${r.corpus}: \`${w}\``))
  if (stale.length) out.push('', `Listed slips no longer reported (remove from \`eval/corpus-slips.tsv\` or find out why): ${stale.join(', ')}.`)
  out.push('', '### Most frequent flagged strings (all clean corpora; warnings and errors top 20, then info top 10)', '')
  const show = (strings: Array<[string, number]>) => (strings.length ? strings.map(([s, n]) => `\`${s.replace(/`/g, "'")}\` ×${n}`).join(', ') : 'none')
  for (const id of RULE_IDS) {
    const strings = [...(top.get(id) ?? new Map<string, number>())].sort((a, b) => b[1] - a[1])
    const info = strings.filter(([s]) => s.endsWith(' (info)'))
    out.push(`- **${id}**: ${show(strings.filter(([s]) => !s.endsWith(' (info)')).slice(0, 20))}`)
    if (info.length) out.push(`  - info: ${show(info.slice(0, 10))}`)
  }
  return out.join('\n')
}

// --- 3. WMT23 MQM ---------------------------------------------------------------

interface MqmItem {
  system: string
  target_de: string
  errors: Array<{category: string; severity: string; span: [number, number] | null; span_text: string}>
}

const MQM_MAP: Record<string, string> = {
  'Accuracy/Source language fragment': 'english-in-german',
  'Fluency/Spelling': 'spelling'
}

async function wmt(metrics: Metrics): Promise<string> {
  const items = readJsonl<MqmItem>('corpora/errors/wmt23-mqm/wmt23_generalMT_ende_mqm.jsonl')
  // system → category → [found, total]
  const table = new Map<string, Map<string, [number, number]>>()
  // Per category: spans missed and the rule's messages outside every span of it (MT systems only).
  const missed = new Map<string, Map<string, number>>()
  const outside = new Map<string, Map<string, number>>()
  const bump = (map: Map<string, Map<string, number>>, category: string, key: string) => {
    const inner = map.get(category) ?? new Map<string, number>()
    inner.set(key, (inner.get(key) ?? 0) + 1)
    map.set(category, inner)
  }
  const overlaps = (m: LintMessage, s: {start: number; end: number}) => m.offset < Math.max(s.end, s.start + 1) && m.endOffset > s.start
  for (const item of items) {
    const messages = await lintAll(item.target_de)
    const spans = new Map<string, {category: string; start: number; end: number; text: string}>()
    for (const error of item.errors) {
      if (error.severity === 'HOTW-test' || error.category === 'Found' || error.category === 'Missed') continue
      if (!MQM_MAP[error.category] || !error.span) continue
      const [start, end] = error.span
      spans.set(`${error.category}:${start}:${end}`, {category: error.category, start, end, text: error.span_text})
    }
    for (const span of spans.values()) {
      // Found: a message of the rule that covers this category overlaps the span.
      const found = messages.some((m) => m.ruleId === MQM_MAP[span.category] && overlaps(m, span))
      const system = table.get(item.system) ?? new Map()
      const cell = system.get(span.category) ?? [0, 0]
      cell[1]++
      if (found) cell[0]++
      else if (item.system !== 'refA') bump(missed, span.category, span.text)
      system.set(span.category, cell)
      table.set(item.system, system)
    }
    if (item.system === 'refA') continue
    for (const category of Object.keys(MQM_MAP)) {
      const own = [...spans.values()].filter((s) => s.category === category)
      for (const m of messages) {
        if (m.ruleId !== MQM_MAP[category] || own.some((s) => overlaps(m, s))) continue
        bump(outside, category, `${m.actual.replace(/\s+/g, ' ').slice(0, 50)}${m.severity === 'info' ? ' (info)' : ''}`)
      }
    }
  }
  const categories = Object.keys(MQM_MAP)
  const out = ['## Recall on machine-written errors (WMT23 en→de, MQM spans)', '']
  out.push(
    'A span counts as found when a message of the rule for its category overlaps it (spans deduplicated across raters; rater QC rows dropped).',
    ''
  )
  out.push(`| system | ${categories.map((c) => `${c} → \`${MQM_MAP[c]}\``).join(' | ')} |`, `|---|${categories.map(() => '---').join('|')}|`)
  const systems = [...table.keys()].sort((a, b) => (a === 'refA' ? 1 : b === 'refA' ? -1 : a.localeCompare(b)))
  const totals = categories.map(() => [0, 0])
  for (const system of systems) {
    const cells = categories.map((c, i) => {
      const [found, total] = table.get(system)?.get(c) ?? [0, 0]
      if (system !== 'refA') (totals[i][0] += found), (totals[i][1] += total)
      return `${found}/${total} (${pct(found, total)})`
    })
    out.push(`| ${system === 'refA' ? 'refA (human reference)' : system} | ${cells.join(' | ')} |`)
  }
  out.push(`| **all MT systems** | ${totals.map(([f, t]) => `${f}/${t} (${pct(f, t)})`).join(' | ')} |`)
  categories.forEach((c, i) => (metrics[`wmt.${MQM_MAP[c]}`] = totals[i][1] ? totals[i][0] / totals[i][1] : 0))
  const list = (map: Map<string, number> | undefined) =>
    [...(map ?? new Map<string, number>())]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([text, n]) => `\`${text.replace(/`/g, "'")}\`${n > 1 ? ` ×${n}` : ''}`)
      .join(', ') || 'none'
  for (const category of categories) {
    out.push('', `**${category} → \`${MQM_MAP[category]}\`** (MT systems)`, '')
    out.push(`- missed spans: ${list(missed.get(category))}`)
    out.push(`- the rule's messages outside every span of this category: ${list(outside.get(category))}`)
  }
  return out.join('\n')
}

// --- 3b. scraper and model leftovers -------------------------------------------

interface RawPage {
  file: string
  page_text: string
  with_main_content: string[]
  without_boilerplate: string[]
}

async function leftovers(metrics: Metrics): Promise<string> {
  const out = ['## Scraper and model leftovers', '']
  const only = (id: string): Record<string, Severity | 'off'> => Object.fromEntries(RULE_IDS.map((r) => [r, r === id ? ALL_RULES[r] : 'off']))

  // Boilerplate against trafilatura's labelled snippets.
  const pages = readJsonl<RawPage>('corpora/errors/boilerplate-trafilatura/raw_pages_de.jsonl')
  let tp = 0
  let fp = 0
  let unlabelled = 0
  let found = 0
  let total = 0
  const falseAlarms: string[] = []
  const unlabelledLines = new Map<string, number>()
  const missed = new Map<string, number>()
  const occurrences = (text: string, snippet: string) => {
    const at: number[] = []
    for (let i = text.indexOf(snippet); i !== -1 && snippet; i = text.indexOf(snippet, i + 1)) at.push(i)
    return at
  }
  for (const page of pages) {
    const messages = await lint(page.page_text, {format: 'txt', rules: only('boilerplate')})
    const overlaps = (m: LintMessage, from: number, length: number) => m.offset < from + length && m.endOffset > from
    const bad = page.without_boilerplate.flatMap((snippet) => occurrences(page.page_text, snippet).map((i) => [i, snippet.length] as const))
    const good = page.with_main_content.flatMap((snippet) => occurrences(page.page_text, snippet).map((i) => [i, snippet.length] as const))
    for (const m of messages) {
      if (bad.some(([i, n]) => overlaps(m, i, n))) tp++
      else if (good.some(([i, n]) => overlaps(m, i, n))) (fp++, falseAlarms.push(excerpt(m.actual)))
      else {
        unlabelled++
        const key = excerpt(m.actual)
        unlabelledLines.set(key, (unlabelledLines.get(key) ?? 0) + 1)
      }
    }
    for (const snippet of page.without_boilerplate) {
      const at = occurrences(page.page_text, snippet)
      if (at.length === 0) continue
      total++
      if (at.some((i) => messages.some((m) => overlaps(m, i, snippet.length)))) found++
      else missed.set(snippet.trim(), (missed.get(snippet.trim()) ?? 0) + 1)
    }
  }
  const precision = tp + fp ? tp / (tp + fp) : 1
  metrics['boilerplate.precision'] = precision
  metrics['boilerplate.recall'] = total ? found / total : 0
  const top = (map: Map<string, number>, n: number) =>
    [...map].sort((a, b) => b[1] - a[1]).slice(0, n).map(([s, k]) => `\`${s.replace(/`/g, "'")}\`${k > 1 ? ` ×${k}` : ''}`).join(', ') || 'none'
  out.push(
    `**boilerplate** on the trafilatura evaluation pages (${pages.length} German pages as plain text, labelled snippets):`,
    '',
    `- precision on labelled text: ${tp}/${tp + fp} messages on boilerplate snippets (${pct(tp, tp + fp)}); on main-content snippets: ${fp}${falseAlarms.length ? ` (${falseAlarms.map((s) => `\`${s}\``).join(', ')})` : ''}`,
    `- recall: ${found}/${total} boilerplate snippets found in the page text are flagged (${pct(found, total)})`,
    `- messages on unlabelled lines: ${unlabelled} — most frequent: ${top(unlabelledLines, 15)}`,
    `- missed snippets (most frequent): ${top(missed, 25)}`,
    ''
  )

  // Model preambles in Gemini's Tagesschau summaries (plain text).
  const summaries = readJsonl<{zusammenfassung: string}>('corpora/llm/gemini-tagesschau/summaries.jsonl')
  let preambles = 0
  let markdown = 0
  for (const summary of summaries) {
    const messages = await lint(summary.zusammenfassung, {path: 'summary.txt', rules: only('llm-artifact')})
    if (messages.some((m) => m.message.startsWith('Einleitung'))) preambles++
    if (messages.some((m) => m.message.startsWith('Markdown'))) markdown++
  }
  metrics['llm.preamble'] = summaries.length ? preambles / summaries.length : 0
  out.push(
    `**llm-artifact** on Gemini's Tagesschau summaries (${summaries.length}, as plain text): preamble flagged in ${preambles}/${summaries.length}; Markdown in plain text in ${markdown}/${summaries.length}.`,
    ''
  )

  // Every broken-hyphenation message on 10kGNAD.
  const listed: string[] = []
  for (const doc of CLEAN[0].docs()) {
    for (const m of await lint(doc, {language: 'de-AT', rules: only('broken-hyphenation')})) {
      listed.push(`\`${m.actual.replace(/\s+/g, ' ')}\`${m.expected[0] ? ` → \`${m.expected[0]}\`` : ''}`)
    }
  }
  out.push(`**broken-hyphenation** on 10kGNAD test, every message (${listed.length}): ${listed.join(', ') || 'none'}.`)
  return out.join('\n')
}

// --- names: generated recall ------------------------------------------------------

const NAME_RULES = ['transliteration', 'name-variant', 'name-garbled', 'role-gender']

/** The English-style transcription of a German-style name (Lawrow → Lavrov), or undefined. */
function englishTranscription(name: string): string | undefined {
  const out = name
    .replace(/tsch/g, 'ch')
    .replace(/sch/g, 'sh')
    .replace(/Sch/g, 'Sh')
    .replace(/ch/g, 'kh')
    .replace(/w/g, 'v')
    .replace(/W/g, 'V')
    .replace(/j/g, 'y')
    .replace(/z/g, 'ts')
  return out !== name ? out : undefined
}

/** One letter in the middle replaced by its neighbour in the alphabet. */
function corrupt(name: string): string {
  const i = Math.floor(name.length / 2)
  const c = name[i]
  const next = c === 'z' ? 'y' : /[a-y]/.test(c) ? String.fromCharCode(c.charCodeAt(0) + 1) : 'e'
  return name.slice(0, i) + next + name.slice(i + 1)
}

async function nameRecall(metrics: Metrics): Promise<string> {
  const {getSpeller} = await import('../src/lang/speller.js')
  const {similarity} = await import('../src/lang/names.js')
  // English names: capitalised entries of dictionary-en (Lawrence, Lawson).
  const english = readFileSync(join(packageRoot(), 'node_modules/dictionary-en/index.dic'), 'utf8')
    .split('\n')
    .map((line) => line.split('/')[0])
    .filter((word) => /^[A-Z][a-z]{3,}$/.test(word))
  const byPrefix = new Map<string, string[]>()
  for (const word of english) {
    const bucket = byPrefix.get(word.slice(0, 3))
    if (bucket) bucket.push(word)
    else byPrefix.set(word.slice(0, 3), [word])
  }
  const kinds = ['English transcription', 'one-letter corruption', 'similar foreign name'] as const
  const tally = new Map<string, {tried: number; found: number; byRule: Map<string, number>}>(kinds.map((k) => [k, {tried: 0, found: 0, byRule: new Map()}]))
  let unchanged = 0
  let falseAlarms = 0
  const alarmStrings: string[] = []
  const examples: string[] = []
  const rulesOn = (ids: string[]) => Object.fromEntries(RULE_IDS.map((r) => [r, ids.includes(r) ? ALL_RULES[r] : 'off'])) as Record<string, Severity | 'off'>
  for (const corpus of CLEAN.slice(0, 2)) {
    const speller = await getSpeller(corpus.language)
    for (const doc of corpus.docs()) {
      // Names used at least twice in mid-sentence: capitalised words the dictionary lacks.
      const counts = new Map<string, number[]>()
      for (const match of doc.matchAll(/(?<=[\p{Ll},] )\p{Lu}\p{Ll}{4,}(?![\p{L}\d-])/gu)) {
        const word = match[0]
        if (speller.inDictionary(word) || speller.inDictionary(word.toLowerCase()) || speller.check(word)) continue
        const at = counts.get(word)
        if (at) at.push(match.index)
        else counts.set(word, [match.index])
      }
      const picked = [...counts.entries()].find(([, at]) => at.length >= 2)
      if (!picked) continue
      const [name, at] = picked
      unchanged++
      const clean = await lint(doc, {language: corpus.language, rules: rulesOn(NAME_RULES)})
      if (clean.length) falseAlarms++
      for (const m of clean) alarmStrings.push(m.actual)
      const foreign = (byPrefix.get(name.slice(0, 3)) ?? [])
        .filter((w) => w !== name && !speller.check(w) && !w.startsWith(name) && !name.startsWith(w) && similarity(w, name) >= 0.8)
        .sort((a, b) => similarity(b, name) - similarity(a, name))[0]
      const replacements: Array<[(typeof kinds)[number], string | undefined]> = [
        ['English transcription', englishTranscription(name)],
        ['one-letter corruption', corrupt(name)],
        ['similar foreign name', foreign]
      ]
      const position = at[1]
      for (const [kind, replacement] of replacements) {
        if (!replacement) continue
        const text = doc.slice(0, position) + replacement + doc.slice(position + name.length)
        const end = position + replacement.length
        const messages = await lint(text, {language: corpus.language, rules: rulesOn([...NAME_RULES, 'spelling'])})
        const hits = messages.filter((m) => m.offset < end && m.endOffset > position)
        const row = tally.get(kind)!
        row.tried++
        if (hits.length) row.found++
        for (const rule of new Set(hits.map((m) => m.ruleId))) row.byRule.set(rule, (row.byRule.get(rule) ?? 0) + 1)
        if (!hits.length && examples.length < 15) examples.push(`${kind}: \`${name}\` → \`${replacement}\``)
      }
    }
  }
  const out = ['## Names: generated recall', '']
  out.push(
    'Clean 10kGNAD and Wikinews articles with a name (a capitalised word German does not know) used twice in mid-sentence: its second mention is replaced by an English-style transcription (`Lawrow` → `Lavrov`, where the name has letters to change), a one-letter corruption, or the closest English name from dictionary-en with the same first three letters and a Jaro–Winkler similarity of at least 0.8, not a longer or shorter form of it (`Lawrow` → `Lawrence`). Found = a message of a name rule or `spelling` on the replaced word.',
    '',
    '| change | found | by rule |',
    '|---|---|---|'
  )
  let tried = 0
  let found = 0
  for (const [kind, row] of tally) {
    tried += row.tried
    found += row.found
    metrics[`names.${kind}`] = row.tried ? row.found / row.tried : 0
    const rules = [...row.byRule.entries()].map(([r, n]) => `${r} ${n}`).join(', ')
    out.push(`| ${kind} | ${row.found}/${row.tried} (${pct(row.found, row.tried)}) | ${rules} |`)
  }
  metrics['names.recall'] = tried ? found / tried : 0
  metrics['fp.names.unchanged'] = unchanged ? falseAlarms / unchanged : 0
  out.push(`| **all** | ${found}/${tried} (${pct(found, tried)}) | |`, '')
  out.push(`False alarms of the name rules on the same articles unchanged: ${falseAlarms}/${unchanged} articles (${pct(falseAlarms, unchanged)})${alarmStrings.length ? `: ${alarmStrings.map((a) => `\`${a}\``).join(', ')}` : ''}.`, '')
  out.push(`Missed (first 15): ${examples.join('; ') || 'none'}.`)
  return out.join('\n')
}

// --- 4. typo recall ---------------------------------------------------------------

// --- 5b. sourcing -------------------------------------------------------------------

interface QuoteAnnotation {
  type: string
  quote: {text: string; char_spans: Array<[number, number]>}
  speaker: {char_spans: Array<[number, number]>} | null
  cue: {char_spans: Array<[number, number]>} | null
  frame: {char_spans: Array<[number, number]>} | null
}

async function sourcing(metrics: Metrics): Promise<string> {
  const {parseGermanText} = await import('../src/lang/segment.js')
  const {attributionOf, gist, isAttributed} = await import('../src/lang/attribution.js')
  const out = ['## Sourcing: attribution finder and claim rules', '']

  // Attribution finder against the annotated quotations of German Wikinews:
  // an annotated quotation counts as found when a sentence it overlaps has a
  // source (named, vague, or carried by reported speech nearby); a sentence
  // with a named source counts as right when it overlaps an annotation.
  const articles = readJsonl<{text: string; quotes: QuoteAnnotation[]}>('corpora/clean/wikinews-quotes/wikinews_quotes.jsonl')
  const byType = new Map<string, [found: number, reported: number, total: number]>()
  let named = 0
  let namedRight = 0
  const missed: string[] = []
  const wrong: string[] = []
  for (const article of articles) {
    const sentences = attributionOf(parseGermanText(article.text))
    const annotated: Array<[number, number]> = []
    for (const q of article.quotes) for (const part of [q.quote, q.speaker, q.cue, q.frame]) if (part) annotated.push(...part.char_spans)
    for (const q of article.quotes) {
      if (!q.speaker && !q.cue) continue
      const [from, to] = [q.quote.char_spans[0][0], q.quote.char_spans[q.quote.char_spans.length - 1][1]]
      const hit = sentences.filter((s) => s.start < to && from < s.end)
      const found = hit.some((s) => isAttributed(s) || s.vague.length > 0)
      // Reported speech without a cue the finder sees: Konjunktiv or hearsay `soll … haben`.
      const reported = found || hit.some((s) => s.subjunctive || s.claims.some((c) => c.kind === 'hearsay'))
      const tally = byType.get(q.type) ?? [0, 0, 0]
      tally[2]++
      if (found) tally[0]++
      if (reported) tally[1]++
      else if (missed.length < 12 && hit[0]) missed.push(`${q.type}: ${q.cue ? `„${q.cue.char_spans.map(([a, b]) => article.text.slice(a, b)).join(' … ')}“` : 'no cue'}`)
      byType.set(q.type, tally)
    }
    for (const s of sentences) {
      if (s.named.length === 0) continue
      named++
      if (annotated.some(([a, b]) => a < s.end && s.start < b)) namedRight++
      else if (wrong.length < 12) wrong.push(`\`${gist(s.named[0].text)}\``)
    }
  }
  let found = 0
  let reported = 0
  let total = 0
  for (const [f, r, t] of byType.values()) {
    found += f
    reported += r
    total += t
  }
  metrics['attribution.recall'] = found / total
  metrics['attribution.recall-with-reported-speech'] = reported / total
  metrics['attribution.precision'] = namedRight / named
  out.push(
    `Attribution finder on Wikinews (${articles.length} articles, annotated quotations with speaker or cue): recall ${pct(found, total)} (${found}/${total}) by a source in the sentence or carried from nearby; ${pct(reported, total)} (${reported}/${total}) counting sentences the finder marks as reported speech (Konjunktiv, hearsay \`soll … haben\`) without seeing the cue. Precision of sentences with a named source: ${pct(namedRight, named)} (${namedRight}/${named}).`,
    '',
    '| quotation type | annotated | source found | recall | with reported speech |',
    '|---|---|---|---|---|',
    ...[...byType].sort((a, b) => b[1][2] - a[1][2]).map(([type, [f, r, t]]) => `| ${type} | ${t} | ${f} | ${pct(f, t)} | ${pct(r, t)} |`),
    '',
    `Missed (first ${missed.length}, type and annotated cue; the corpus text stays in ../shared): ${missed.map((m) => `\`${m.replace(/`/g, "'")}\``).join('; ')}`,
    '',
    `Named sources outside every annotation (first ${wrong.length}; the annotation covers quotations, not every attributed fact): ${wrong.join(', ')}`,
    ''
  )

  // Messages per article: professional news against LLM-written news.
  const corpora: Array<{name: string; language: Language; docs: string[]; llm?: boolean}> = [
    {name: CLEAN[0].name, language: CLEAN[0].language, docs: CLEAN[0].docs()},
    {name: CLEAN[1].name, language: CLEAN[1].language, docs: CLEAN[1].docs()},
    {
      name: 'Claude news (LLM, de-DE)',
      language: 'de-DE',
      llm: true,
      docs: readJsonl<{text: string}>('corpora/llm/claude-news-de/articles.jsonl').map((a) => a.text)
    }
  ]
  const ids = ['unsourced-claim', 'vague-attribution', 'placeholder-citation', 'source-list']
  const rulesOn = Object.fromEntries(RULE_IDS.map((r) => [r, ids.includes(r) ? ALL_RULES[r] : 'off'])) as Record<string, Severity | 'off'>
  out.push('| corpus | rule | messages (warnings + errors) | per article | articles with one |', '|---|---|---|---|---|')
  for (const corpus of corpora) {
    const count = new Map<string, number>()
    const articlesWith = new Map<string, number>()
    for (const doc of corpus.docs) {
      const messages = await lint(doc, {language: corpus.language, rules: rulesOn})
      const seen = new Set<string>()
      for (const m of messages) {
        if (m.severity === 'info') continue
        count.set(m.ruleId, (count.get(m.ruleId) ?? 0) + 1)
        seen.add(m.ruleId)
      }
      for (const id of seen) articlesWith.set(id, (articlesWith.get(id) ?? 0) + 1)
    }
    for (const id of ids) {
      const n = count.get(id) ?? 0
      // On professional news fewer is better (a maximum); on LLM text a drop means lost recall (a minimum).
      metrics[`${corpus.llm ? '' : 'fp-'}sourcing.${corpus.name}.${id}`] = n / corpus.docs.length
      out.push(`| ${corpus.name} (${corpus.docs.length} articles) | ${id} | ${n} | ${fixed(n / corpus.docs.length, 3)} | ${pct(articlesWith.get(id) ?? 0, corpus.docs.length)} |`)
    }
  }
  return out.join('\n')
}

// --- 5c. grounding --------------------------------------------------------------------

/**
 * Pairs from Wikinews: the article is the source, the summary a selection of
 * its own sentences, once unchanged and once with one number, name, date or
 * quotation word altered by this script. A change counts as found when an
 * `ungrounded` message overlaps it.
 */
async function grounding(metrics: Metrics): Promise<string> {
  const {numbersOf, datesOf, wordsOf} = await import('../src/lang/grounding.js')
  const {getSpeller} = await import('../src/lang/speller.js')
  const speller = await getSpeller('de-DE')
  const articles = readJsonl<{text: string}>('corpora/clean/wikinews-quotes/wikinews_quotes.jsonl').map((a) => a.text)
  const rulesOn = Object.fromEntries(RULE_IDS.map((r) => [r, r === 'ungrounded' ? 'error' : 'off'])) as Record<string, Severity | 'off'>
  const check = (summary: string, source: string) => lint(summary, {rules: rulesOn, sources: [{path: 'artikel.txt', text: source}]})

  // Names of other articles, to put in place of a name (a plausible wrong name).
  const pool: string[] = []
  const isName = (word: string) => /^\p{Lu}\p{Ll}{3,}$/u.test(word) && !speller.inDictionary(word) && !speller.inDictionary(word.toLowerCase())
  for (const text of articles.slice(0, 200)) for (const m of text.matchAll(/(?<=\p{Ll} )\p{Lu}\p{Ll}{3,}(?= \p{Ll})/gu)) if (isName(m[0])) pool.push(m[0])
  const contentWords: string[] = []
  for (const text of articles.slice(200, 300)) for (const m of text.matchAll(/(?<= )\p{Ll}{6,}(?= )/gu)) contentWords.push(m[0])

  type Kind = 'number' | 'name' | 'date' | 'quote'
  const kinds: Kind[] = ['number', 'name', 'date', 'quote']
  const tally = new Map<Kind, {tried: number; found: number; messages: number; onTarget: number}>(kinds.map((k) => [k, {tried: 0, found: 0, messages: 0, onTarget: 0}]))
  let summaries = 0
  let falseAlarms = 0
  let summariesWithAlarm = 0
  const alarms: string[] = []
  const misses: string[] = []
  // mulberry32: a small seeded generator, so every run alters the same words.
  let seed = 7
  const random = (n: number) => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return (((t ^ (t >>> 14)) >>> 0) % n)
  }
  for (const article of articles) {
    const parts = sentences(article).map((s) => s.text.trim()).filter((t) => t.length > 20 && !t.includes('\n'))
    if (parts.length < 6) continue
    // Prefer sentences with something to check.
    const rich = parts.filter((t) => /\d|„|\p{Ll} \p{Lu}\p{Ll}+ \p{Ll}/u.test(t))
    const chosen = (rich.length >= 4 ? rich : parts).slice(0, 5)
    const summary = chosen.join(' ')
    summaries++
    const plain = await check(summary, article)
    if (plain.length > 0) {
      summariesWithAlarm++
      falseAlarms += plain.length
      if (alarms.length < 15) alarms.push(...plain.slice(0, 1).map((m) => `${m.actual} (${m.message.split(/[.–]/)[0].trim()})`))
    }
    for (const kind of kinds) {
      let altered: {text: string; start: number; end: number; from: string; to: string} | undefined
      if (kind === 'number') {
        const number = numbersOf(summary).find((n) => /\d/.test(n.text) && n.value >= 2 && !/[„“]/.test(summary.slice(Math.max(0, n.start - 40), n.start)))
        if (number) {
          const digits = number.text.match(/\d[\d.]*/)![0]
          const value = Number(digits.replace(/\./g, '')) + 3 + random(5)
          const formatted = value >= 10000 ? value.toLocaleString('de-DE') : String(value)
          const text = number.text.replace(digits, formatted)
          altered = {text: summary.slice(0, number.start) + text + summary.slice(number.end), start: number.start, end: number.start + text.length, from: number.text, to: text}
        }
      } else if (kind === 'name') {
        const match = [...summary.matchAll(/(?<=\p{Ll},? )\p{Lu}\p{Ll}{3,}(?=[ ,.])/gu)].find((m) => isName(m[0]))
        if (match) {
          let other = pool[random(pool.length)]
          for (let i = 0; i < 20 && article.includes(other.slice(0, 5)); i++) other = pool[random(pool.length)]
          altered = {text: summary.slice(0, match.index) + other + summary.slice(match.index + match[0].length), start: match.index, end: match.index + other.length, from: match[0], to: other}
        }
      } else if (kind === 'date') {
        const date = datesOf(summary).find((d) => d.day !== undefined && d.month !== undefined)
        if (date) {
          const text = date.text.replace(/^\d{1,2}/, (d) => String((Number(d) % 27) + 2))
          altered = {text: summary.slice(0, date.start) + text + summary.slice(date.end), start: date.start, end: date.start + text.length, from: date.text, to: text}
        }
      } else {
        const quote = /„([^“]{20,300})“/u.exec(summary)
        if (quote) {
          const inner = quote[1]
          const words = [...inner.matchAll(/\p{Ll}{5,}/gu)]
          if (words.length > 0) {
            const target = words[random(words.length)]
            let other = contentWords[random(contentWords.length)]
            for (let i = 0; i < 20 && article.includes(other); i++) other = contentWords[random(contentWords.length)]
            const at = quote.index + 1 + target.index
            altered = {text: summary.slice(0, at) + other + summary.slice(at + target[0].length), start: quote.index, end: quote.index + quote[0].length - target[0].length + other.length, from: target[0], to: other}
          }
        }
      }
      if (!altered) continue
      const t = tally.get(kind)!
      t.tried++
      const messages = await check(altered.text, article)
      t.messages += messages.length
      const hits = messages.filter((m) => m.offset < altered!.end && altered!.start < m.endOffset)
      t.onTarget += hits.length
      if (hits.length > 0) t.found++
      else if (misses.length < 12) misses.push(`${kind}: ${altered.from} → ${altered.to}`)
    }
  }
  void wordsOf
  const out = ['## Grounding: summaries checked against their source', '']
  out.push(
    `Pairs from Wikinews (${summaries} articles with at least 6 sentences; summary = up to 5 of the article's own sentences, preferring those with figures, names or quotations; the article is the only source). Only the rule \`ungrounded\`.`,
    '',
    '| change | summaries changed | change found | recall | messages | on the change | precision |',
    '|---|---|---|---|---|---|---|'
  )
  for (const kind of kinds) {
    const t = tally.get(kind)!
    metrics[`grounding.${kind}.recall`] = t.tried ? t.found / t.tried : 0
    out.push(`| ${kind} | ${t.tried} | ${t.found} | ${pct(t.found, t.tried)} | ${t.messages} | ${t.onTarget} | ${pct(t.onTarget, t.messages)} |`)
  }
  metrics['fp-grounding.alarms-per-summary'] = falseAlarms / summaries
  out.push(
    '',
    `Unchanged summaries: ${falseAlarms} messages in ${summariesWithAlarm} of ${summaries} summaries = ${fixed(falseAlarms / summaries, 3)} per summary (target < 0.05, i.e. under 1 per 20).`,
    '',
    `False alarms (first ${alarms.length}): ${alarms.map((a) => `\`${a.replace(/`/g, "'")}\``).join('; ') || 'none'}`,
    '',
    `Missed changes (first ${misses.length}): ${misses.map((m) => `\`${m.replace(/`/g, "'")}\``).join('; ') || 'none'}`
  )
  return out.join('\n')
}

const INFLECTION_ENDINGS = new Set(['', 'e', 'en', 'er', 'es', 'em', 'n', 's', 'r', 'm', 'ern', 'ens', 'in', 'innen'])
/** The same word with another (or the same) inflection ending: Abgeordneten / Abgeordneter. */
function otherEnding(a: string, b: string): boolean {
  const common = commonPrefix(a, b)
  return common >= 3 && INFLECTION_ENDINGS.has(a.slice(common).toLowerCase()) && INFLECTION_ENDINGS.has(b.slice(common).toLowerCase())
}

const MISSED_KINDS = ['accepted', 'capitalised', 'lower'] as const
type MissedKind = (typeof MISSED_KINDS)[number]
const MISSED_LABEL: Record<MissedKind, string> = {
  accepted: 'accepted as German: a real word, or a compound the dictionary builds (`Beisiel` = bei + Siel)',
  capitalised: 'capitalised and unknown, left as a likely name (no correction close enough for a word that may be a name)',
  lower: 'lower case and unknown, no correction close enough'
}
/** A word for the report, control and format characters (soft hyphen) shown as code points. */
const shown = (word: string) => word.replace(/[\p{Cc}\p{Cf}]/gu, (ch) => `<U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`)

/** Why a typo the rules did not report went unreported. */
function missedTypo(typo: string, check: (word: string) => boolean): MissedKind {
  if (check(typo)) return 'accepted'
  return /^\p{Lu}/u.test(typo) ? 'capitalised' : 'lower'
}

async function typos(metrics: Metrics): Promise<string> {
  const pairs = readFileSync(join(SHARED, 'corpora/errors/wiki-typos/curated.dic'), 'utf8')
    .split('\n')
    .map((line) => line.trim().split(';'))
    .filter((p) => p.length === 2 && p[0] && p[1] && p[0] !== p[1])
  // Index clean 10kGNAD sentences by their lower-cased words.
  const index = new Map<string, string>()
  for (const article of readJsonl<{text: string}>('corpora/clean/10kgnad/test.jsonl')) {
    for (const s of sentences(article.text)) {
      if (s.text.length > 300) continue
      for (const word of s.text.match(/\p{L}+/gu) ?? []) {
        const key = word.toLowerCase()
        if (!index.has(key)) index.set(key, s.text)
      }
    }
  }
  let used = 0
  let detected = 0
  let firstSuggestion = 0
  // The first suggestion is the listed word or another inflection of it (the
  // list's correction often has another ending than its typo:
  // Abgegeordneten;Abgeordneter, where Abgeordneten is the fix).
  let firstForm = 0
  // Pairs whose typo is one edit from the word it replaces: there the
  // correction is unambiguous (many pairs of the list map an inflected typo
  // to another inflected form: Geschrichten;Geschichte).
  const single = {used: 0, detected: 0, first: 0}
  // Why the missed typos went unreported, with examples (see missedTypo).
  const speller = await getSpeller('de-AT')
  const missed = new Map<MissedKind, string[]>()
  for (const [typo, correction] of pairs) {
    const sentence = index.get(correction)
    if (!sentence) continue
    const match = new RegExp(`(?<![\\p{L}])${correction.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'iu').exec(sentence)
    if (!match) continue
    const original = match[0]
    const inserted = /^\p{Lu}/u.test(original) ? typo[0].toUpperCase() + typo.slice(1) : typo
    const text = sentence.slice(0, match.index) + inserted + sentence.slice(match.index + original.length)
    used++
    const messages = await lintAll(text, 'de-AT')
    const start = match.index
    const end = start + inserted.length
    const hit = messages.find((m) => m.offset < end && m.endOffset > start)
    const first = hit?.expected[0]?.toLowerCase() === original.toLowerCase()
    if (hit) detected++
    else {
      const kind = missedTypo(inserted, (word) => speller.check(word))
      missed.set(kind, [...(missed.get(kind) ?? []), inserted])
    }
    if (first) firstSuggestion++
    if (hit?.expected[0] && otherEnding(hit.expected[0], original)) firstForm++
    if (oneEdit(typo.toLowerCase(), original.toLowerCase())) {
      single.used++
      if (hit) single.detected++
      if (first) single.first++
    }
  }
  metrics['typos.detected'] = used ? detected / used : 0
  metrics['typos.first'] = used ? firstSuggestion / used : 0
  metrics['typos.first-of-detected'] = detected ? firstSuggestion / detected : 0
  metrics['typos.first-form-of-detected'] = detected ? firstForm / detected : 0
  metrics['typos.first-form'] = used ? firstForm / used : 0
  metrics['typos.one-edit.detected'] = single.used ? single.detected / single.used : 0
  metrics['typos.one-edit.first'] = single.used ? single.first / single.used : 0

  const ukp = readJsonl<{error: string; correction: string; offset: number; sentence: string}>(
    'corpora/errors/ukp-wikipedia/de_natural_test.jsonl'
  )
  let ukpDetected = 0
  for (const row of ukp) {
    const messages = await lintAll(row.sentence)
    const end = row.offset + row.error.length
    if (messages.some((m) => m.offset < end && m.endOffset > row.offset)) ukpDetected++
  }
  return [
    '## Typo recall and suggestions',
    '',
    `- wiki-typos \`curated.dic\`: ${pairs.length} pairs, ${used} inserted into a clean 10kGNAD sentence containing the correction.`,
    `  Detected (any message on the typo): ${detected}/${used} (${pct(detected, used)}); correction as first suggestion: ${firstSuggestion}/${used} (${pct(firstSuggestion, used)}), of the detected typos ${pct(firstSuggestion, detected)}.`,
    `  Of these, the ${single.used} typos one edit from the word they replace: detected ${single.detected} (${pct(single.detected, single.used)}), first suggestion ${single.first} (${pct(single.first, single.used)}).`,
    `  First suggestion the listed word or another inflection of it (the list's correction often has another ending than its typo: \`Abgegeordneten\` → listed \`Abgeordneter\`): ${firstForm}/${used} (${pct(firstForm, used)}), of the detected typos ${pct(firstForm, detected)}.`,
    `  Not detected: ${used - detected} – ${MISSED_KINDS.map((kind) => `${MISSED_LABEL[kind]}: ${missed.get(kind)?.length ?? 0} (${pct(missed.get(kind)?.length ?? 0, used)} of all; e.g. ${(missed.get(kind) ?? []).slice(0, 4).map((w) => `\`${shown(w)}\``).join(', ')})`).join('; ')}.`,
    `- UKP natural test (real-word errors from Wikipedia revisions, a dictionary cannot see these): detected ${ukpDetected}/${ukp.length} (${pct(ukpDetected, ukp.length)}).`
  ].join('\n')
}

// --- 5. segmentation -----------------------------------------------------------------

function boundaryScore(groups: string[][], split: (text: string) => number[]) {
  let tp = 0
  let fp = 0
  let fn = 0
  for (const group of groups) {
    const text = group.join(' ')
    const gold = new Set<number>()
    let at = 0
    for (const sentence of group.slice(0, -1)) {
      at += sentence.length
      gold.add(at)
      at += 1
    }
    const predicted = new Set(split(text).filter((end) => end < text.length))
    for (const end of predicted) (gold.has(end) ? tp++ : fp++)
    for (const end of gold) if (!predicted.has(end)) fn++
  }
  const precision = tp / (tp + fp)
  const recall = tp / (tp + fn)
  return {precision, recall, f1: (2 * precision * recall) / (precision + recall)}
}

function latinEnds(text: string): number[] {
  const ends: number[] = []
  for (const paragraph of new ParseLatin().parse(text).children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const sentence of paragraph.children) {
      if (sentence.type === 'SentenceNode' && sentence.position) ends.push(sentence.position.end.offset ?? 0)
    }
  }
  return ends
}

function segmentation(metrics: Metrics): string {
  const out = ['## Sentence segmentation (UD German)', '']
  out.push('Consecutive gold sentences joined by one space (PUD: per document; GSD: groups of 10); a boundary is correct when a sentence ends exactly where the gold sentence ends.', '')
  out.push('| corpus | korrektor P / R / F1 | parse-latin P / R / F1 |', '|---|---|---|')
  const sets: Array<[string, string]> = [
    ['PUD test', 'corpora/clean/ud-german/pud_test.jsonl'],
    ['GSD test', 'corpora/clean/ud-german/gsd_test.jsonl'],
    ['GSD dev', 'corpora/clean/ud-german/gsd_dev.jsonl']
  ]
  for (const [name, path] of sets) {
    const rows = readJsonl<{text: string; newdoc?: string}>(path)
    const groups: string[][] = []
    for (const [i, row] of rows.entries()) {
      const fresh = path.includes('pud') ? Boolean(row.newdoc) || groups.length === 0 : i % 10 === 0
      if (fresh) groups.push([])
      groups[groups.length - 1].push(row.text)
    }
    const ours = boundaryScore(groups, (text) => sentences(text).map((s) => s.end))
    const base = boundaryScore(groups, latinEnds)
    metrics[`segmentation.${name}.f1`] = ours.f1
    const f = (s: {precision: number; recall: number; f1: number}) =>
      `${fixed(100 * s.precision, 1)} / ${fixed(100 * s.recall, 1)} / ${fixed(100 * s.f1, 1)}`
    out.push(`| ${name} (${rows.length} sentences) | ${f(ours)} | ${f(base)} |`)
  }
  return out.join('\n')
}

// --- thresholds (logic in scripts/thresholds.ts) ---------------------------------------

const THRESHOLDS = join(packageRoot(), 'eval', 'thresholds.json')

// --- main --------------------------------------------------------------------------------

async function main() {
  const args = new Set(process.argv.slice(2))
  if (!hasShared) {
    console.log('korrektor eval: ../shared not found – nothing to measure (the corpora are read from there at run time).')
    return 0
  }
  const metrics: Metrics = {}
  const started = performance.now()
  const all: Record<string, (m: Metrics) => Promise<string> | string> = {seeds, falsePositives, wmt, leftovers, nameRecall, sourcing, grounding, typos, segmentation}
  // `--section name` runs one section and only prints it (no report, no check).
  const only = process.argv.indexOf('--section')
  if (only !== -1) {
    const name = process.argv[only + 1]
    if (!all[name]) {
      console.error(`korrektor eval: unknown section „${name}“ (known: ${Object.keys(all).join(', ')})`)
      return 2
    }
    console.log(await all[name](metrics))
    console.log(Object.entries(metrics).map(([k, v]) => `${k} = ${v.toFixed(4)}`).join('\n'))
    return 0
  }
  const sections: string[] = []
  for (const section of Object.values(all)) sections.push(await section(metrics))
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  const report = [
    `Measured by \`npm run eval\` on ${new Date().toISOString().slice(0, 10)} (korrektor rules: ${RULE_IDS.join(', ')}; ${seconds} s).`,
    '',
    ...sections.flatMap((s) => [s, ''])
  ].join('\n')
  console.log(report)

  const thresholds: Thresholds = existsSync(THRESHOLDS) ? JSON.parse(readFileSync(THRESHOLDS, 'utf8')) : {min: {}, max: {}}
  if (args.has('--update')) {
    writeFileSync(THRESHOLDS, JSON.stringify(raised(metrics, thresholds), null, 2) + '\n')
    console.log(`thresholds written to ${THRESHOLDS}`)
  }
  if (args.has('--check')) {
    const failures = check(metrics, thresholds)
    if (failures.length > 0) {
      console.log(`\neval --check: ${failures.length} metric(s) below their threshold:\n${failures.map((f) => '  ' + f).join('\n')}`)
      return 1
    }
    console.log(`\neval --check: all ${Object.keys(thresholds.min).length + Object.keys(thresholds.max).length} thresholds hold.`)
    return 0
  }
  replaceSection('evaluation', report)
  console.log('docs/quality.md updated')
  return 0
}

process.exitCode = await main()
