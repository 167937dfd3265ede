/**
 * npm run bench: speed and memory of korrektor.
 *
 * - cold start: the `korrektor` command on one 3 KB file (median of 10 runs);
 * - throughput: words per second over the 10kGNAD test set (read from
 *   ../shared at run time), warm, in one process, with the default rules;
 * - peak memory (max RSS) of the throughput run.
 *
 * Figures are printed, not asserted; `npm run bench -- --write` also writes
 * them into docs/quality.md.
 */
import {spawnSync} from 'node:child_process'
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {lint} from '../src/index.js'
import {packageRoot} from '../src/lang/data.js'
import {countWords, hasShared, readJsonl} from './shared.js'

const root = packageRoot()
const bin = join(root, 'bin', 'korrektor.js')

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

function sampleText(): string {
  const base = hasShared
    ? readJsonl<{text: string}>('corpora/clean/10kgnad/test.jsonl')
        .map((a) => a.text)
        .join('\n\n')
    : 'Die Regierung hat am Mittwoch ein Entlastungspaket beschlossen. Nach Angaben des Ministeriums profitieren rund 4,5 Millionen Menschen.\n'
  let text = ''
  while (text.length < 3000) text += base.slice(text.length, 3000)
  return text.slice(0, 3072)
}

function coldStart(): {median: number; min: number} {
  const dir = mkdtempSync(join(tmpdir(), 'korrektor-bench-'))
  const file = join(dir, 'sample.txt')
  writeFileSync(file, sampleText())
  const times: number[] = []
  for (let run = 0; run < 11; run++) {
    const start = performance.now()
    const result = spawnSync(process.execPath, [bin, file, '--format', 'json'], {encoding: 'utf8'})
    const elapsed = performance.now() - start
    if (result.status !== null && result.status > 1) throw new Error(`korrektor failed: ${result.stderr}`)
    if (run > 0) times.push(elapsed)
  }
  return {median: median(times), min: Math.min(...times)}
}

async function throughput(): Promise<{words: number; seconds: number; messages: number} | undefined> {
  if (!hasShared) return undefined
  const articles = readJsonl<{text: string}>('corpora/clean/10kgnad/test.jsonl')
  // Warm-up on a slice, then the timed pass over everything.
  for (const article of articles.slice(0, 50)) await lint(article.text, {language: 'de-AT'})
  let words = 0
  let messages = 0
  const start = performance.now()
  for (const article of articles) {
    words += countWords(article.text)
    messages += (await lint(article.text, {language: 'de-AT'})).length
  }
  return {words, seconds: (performance.now() - start) / 1000, messages}
}

export async function bench(): Promise<string> {
  const lines: string[] = []
  const cold = coldStart()
  lines.push(`cold start (korrektor, one 3 KB file): median ${cold.median.toFixed(0)} ms, min ${cold.min.toFixed(0)} ms (target < 400 ms)`)
  const warm = await throughput()
  if (warm) {
    const rate = warm.words / warm.seconds
    lines.push(
      `throughput (10kGNAD test, ${warm.words.toLocaleString('en')} words, 1 thread, all default rules): ` +
        `${Math.round(rate).toLocaleString('en')} words/s in ${warm.seconds.toFixed(2)} s (target > 50,000 words/s); ${warm.messages} messages`
    )
  } else {
    lines.push('throughput: skipped – ../shared not found (10kGNAD is read from there at run time)')
  }
  lines.push(`peak memory (max RSS of this process): ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`)
  return lines.join('\n')
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`korrektor bench – node ${process.version}, ${new Date().toISOString().slice(0, 10)}`)
  console.log(await bench())
}
