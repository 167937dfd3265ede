/**
 * npm run bench: speed and memory of korrektor.
 *
 * - cold start: the `korrektor` command on one 3 KB file (median of 10 runs),
 *   with the default rules and with only `spelling`, beside node's own start-up;
 * - throughput: words per second over the 10kGNAD test set (read from
 *   ../shared at run time), warm, with the default rules, on one thread and
 *   on two worker threads (both cores);
 * - peak memory (max RSS) of the process;
 * - baselines on the same text, in the same run: Debian's `hunspell -l -d
 *   de_AT` (installed with apt-get where the script may, skipped with a note
 *   otherwise) and nspell with dictionary-de, with ratios.
 *
 * Figures are printed, not asserted, and written into docs/quality.md.
 */
import {spawnSync} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {Worker, isMainThread, parentPort, workerData} from 'node:worker_threads'
import {fileURLToPath} from 'node:url'
import {lint, ruleIds} from '../src/index.js'
import {packageRoot} from '../src/lang/data.js'
import {countWords, hasShared, readJsonl} from './shared.js'
import {replaceSection} from './report.js'

type Rules = NonNullable<Parameters<typeof lint>[1]>['rules']

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

/** `env`: extra environment for the command (KORREKTOR_NO_SNAPSHOT=1 measures start-up without the Hunspell snapshot). */
/** `command`: instead of korrektor on the file, node with these arguments (node's own start-up). */
function coldStart(env: Record<string, string> = {}, args: string[] = [], command?: string[]): {median: number; min: number} {
  const dir = mkdtempSync(join(tmpdir(), 'korrektor-bench-'))
  const file = join(dir, 'sample.txt')
  writeFileSync(file, sampleText())
  const times: number[] = []
  for (let run = 0; run < 11; run++) {
    const start = performance.now()
    const result = spawnSync(process.execPath, command ?? [bin, file, '--format', 'json', ...args], {encoding: 'utf8', env: {...process.env, ...env}})
    const elapsed = performance.now() - start
    if (result.status !== null && result.status > 1) throw new Error(`korrektor failed: ${result.stderr}`)
    if (run > 0) times.push(elapsed)
  }
  rmSync(dir, {recursive: true, force: true})
  return {median: median(times), min: Math.min(...times)}
}

function articles(): string[] {
  return readJsonl<{text: string}>('corpora/clean/10kgnad/test.jsonl').map((a) => a.text)
}

/** Lint texts; returns [messages, seconds]. Warms up on a slice first. */
async function lintTimed(texts: string[]): Promise<[number, number]> {
  for (const text of texts.slice(0, 50)) await lint(text, {language: 'de-AT'})
  let messages = 0
  const start = performance.now()
  for (const text of texts) messages += (await lint(text, {language: 'de-AT'})).length
  return [messages, (performance.now() - start) / 1000]
}

/** Rule settings with only `id` on. */
function only(id: string): Rules {
  return Object.fromEntries(ruleIds.map((rule) => [rule, rule === id ? 'error' : 'off'])) as Rules
}

async function throughput(texts: string[]): Promise<{seconds: number; messages: number}> {
  const [messages, seconds] = await lintTimed(texts)
  return {seconds, messages}
}

/**
 * The same work split over worker threads. Each worker loads and warms up
 * first and says 'ready'; the clock starts when all are told 'go' and stops
 * when the last one is done.
 */
async function parallel(texts: string[], threads = 2): Promise<{seconds: number; messages: number}> {
  const script = fileURLToPath(import.meta.url)
  const chunks = Array.from({length: threads}, (_, i) => texts.filter((_, k) => k % threads === i))
  const workers = chunks.map((chunk) => new Worker(script, {workerData: chunk}))
  await Promise.all(workers.map((worker) => new Promise((resolve) => worker.once('message', resolve))))
  const start = performance.now()
  const results = await Promise.all(
    workers.map(
      (worker) =>
        new Promise<number>((resolve, reject) => {
          worker.once('message', resolve)
          worker.once('error', reject)
          worker.postMessage('go')
        })
    )
  )
  const seconds = (performance.now() - start) / 1000
  await Promise.all(workers.map((worker) => worker.terminate()))
  return {seconds, messages: results.reduce((n, m) => n + m, 0)}
}

/**
 * Two timed passes in a fresh worker thread (its own module instances, so
 * empty word caches): returns the seconds of each pass.
 */
async function isolated(texts: string[], rules: Rules): Promise<[number, number]> {
  const worker = new Worker(fileURLToPath(import.meta.url), {workerData: {texts, rules, isolated: true}})
  const [first, second] = await new Promise<[number, number]>((resolve, reject) => {
    worker.once('message', resolve)
    worker.once('error', reject)
  })
  await worker.terminate()
  return [first, second]
}

/**
 * The whole CLI in one process on the articles as files, with only `rule`
 * on: wall time (including start-up) and the process's peak memory.
 */
function cliRun(texts: string[], rule: string): {seconds: number; maxRssMb: number} {
  const dir = mkdtempSync(join(tmpdir(), 'korrektor-bench-cli-'))
  texts.forEach((text, index) => writeFileSync(join(dir, `${String(index).padStart(4, '0')}.txt`), text))
  const off = ruleIds.filter((id) => id !== rule).flatMap((id) => ['--rule', `${id}=off`])
  const report = 'data:text/javascript,process.on("exit",()=>process.stderr.write("maxrss="+process.resourceUsage().maxRSS+"\\n"))'
  const start = performance.now()
  const result = spawnSync(process.execPath, ['--import', report, bin, dir, '--language', 'de-AT', '--format', 'json', ...off], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024
  })
  const seconds = (performance.now() - start) / 1000
  rmSync(dir, {recursive: true, force: true})
  if (result.status === null || result.status > 1) throw new Error(`korrektor failed: ${result.stderr}`)
  const rss = /maxrss=(\d+)/.exec(result.stderr)
  return {seconds, maxRssMb: rss ? Math.round(Number(rss[1]) / 1024) : NaN}
}

/** Debian's hunspell, installed if missing and possible. */
function hunspellAvailable(): string | undefined {
  const has = () => spawnSync('sh', ['-c', 'command -v hunspell && test -f /usr/share/hunspell/de_AT.dic'], {encoding: 'utf8'}).status === 0
  if (has()) return undefined
  if (process.getuid?.() !== 0) return 'not installed (needs root for apt-get install hunspell hunspell-de-at)'
  spawnSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hunspell hunspell-de-at hunspell-de-de'], {
    stdio: 'ignore',
    timeout: 300_000
  })
  return has() ? undefined : 'could not be installed with apt-get'
}

function hunspell(text: string): {seconds: number; flagged: number} | string {
  const missing = hunspellAvailable()
  if (missing) return missing
  const start = performance.now()
  const result = spawnSync('hunspell', ['-l', '-d', 'de_AT'], {input: text, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024})
  const seconds = (performance.now() - start) / 1000
  if (result.status !== 0) return `failed: ${result.stderr.trim().split('\n')[0]}`
  return {seconds, flagged: result.stdout.split('\n').filter(Boolean).length}
}

async function nspell(text: string): Promise<{load: number; seconds: number; flagged: number} | string> {
  try {
    const started = performance.now()
    const {default: NSpell} = await import('nspell')
    const {default: dictionary} = await import('dictionary-de')
    const spell = NSpell(dictionary)
    const load = (performance.now() - started) / 1000
    const words = text.match(/\p{L}+(?:-\p{L}+)*/gu) ?? []
    const cache = new Map<string, boolean>()
    let flagged = 0
    const start = performance.now()
    for (const word of words) {
      let ok = cache.get(word)
      if (ok === undefined) cache.set(word, (ok = spell.correct(word)))
      if (!ok) flagged++
    }
    return {load, seconds: (performance.now() - start) / 1000, flagged}
  } catch (error) {
    return `not available (${(error as Error).message.split('\n')[0]})`
  }
}

/**
 * Grounding: a summary of six sentences against three sources of about
 * 10,000 words each, only the rule `ungrounded`; the first run indexes the
 * sources, the following ones reuse the index (warm).
 */
async function grounding(texts: string[]): Promise<string> {
  const sources: Array<{path: string; text: string}> = []
  let at = 0
  for (let n = 0; n < 3; n++) {
    let text = ''
    while (countWords(text) < 10_000 && at < texts.length) text += texts[at++] + '\n\n'
    sources.push({path: `quelle-${n + 1}.txt`, text})
  }
  const summary = sources[1].text.split(/(?<=[.!?])\s+/).slice(5, 11).join(' ')
  const rules = only('ungrounded')
  const timed = async () => {
    const start = performance.now()
    await lint(summary, {language: 'de-AT', rules, sources})
    return performance.now() - start
  }
  const first = await timed()
  const warm: number[] = []
  for (let i = 0; i < 10; i++) warm.push(await timed())
  const words = sources.map((s) => countWords(s.text).toLocaleString('en')).join(' + ')
  return `grounding (only \`ungrounded\`, a 6-sentence summary against 3 sources of ${words} words): first run ${first.toFixed(0)} ms (indexes the sources), warm median ${median(warm).toFixed(1)} ms (target < 300 ms warm)`
}

export async function bench(): Promise<string> {
  const lines: string[] = []
  const cold = coldStart()
  const unsnapped = coldStart({KORREKTOR_NO_SNAPSHOT: '1'})
  // The spelling issue's figure: the command with only `spelling` on.
  const spellingOnly = coldStart({}, ruleIds.filter((id) => id !== 'spelling').flatMap((id) => ['--rule', `${id}=off`]))
  const nodeAlone = coldStart({}, [], ['-e', '0'])
  lines.push(
    `cold start (korrektor, one 3 KB file): median ${cold.median.toFixed(0)} ms, min ${cold.min.toFixed(0)} ms (target < 400 ms); ` +
      `only \`spelling\`: median ${spellingOnly.median.toFixed(0)} ms, min ${spellingOnly.min.toFixed(0)} ms; ` +
      `without the Hunspell snapshot (KORREKTOR_NO_SNAPSHOT=1): median ${unsnapped.median.toFixed(0)} ms; ` +
      `node alone (node -e 0) on this machine: median ${nodeAlone.median.toFixed(0)} ms`
  )
  if (!hasShared) {
    lines.push('throughput and baselines: skipped – ../shared not found (10kGNAD is read from there at run time)')
    lines.push(`peak memory (max RSS of this process): ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`)
    return lines.join('\n')
  }
  const texts = articles()
  const words = texts.reduce((n, t) => n + countWords(t), 0)
  const rate = (seconds: number) => `${Math.round(words / seconds).toLocaleString('en')} words/s`
  const one = await throughput(texts)
  lines.push(
    `throughput, 1 thread (10kGNAD test, ${texts.length} articles, ${words.toLocaleString('en')} words, default rules, de-AT): ` +
      `${rate(one.seconds)} (${one.seconds.toFixed(2)} s; target > 50,000 words/s; ${one.messages} messages)`
  )
  // Only the spelling rule. The first pass fills the per-word caches (every
  // distinct word is looked up once); the second shows the steady state.
  const [spellingFirst, spellingAgain] = await isolated(texts, only('spelling'))
  lines.push(
    `throughput, 1 thread, only \`spelling\`: first pass ${rate(spellingFirst)} (${spellingFirst.toFixed(2)} s), ` +
      `second pass with warm word caches ${rate(spellingAgain)} (${spellingAgain.toFixed(2)} s); target > 200,000 words/s`
  )
  const cli = cliRun(texts, 'spelling')
  lines.push(
    `the korrektor command on the ${texts.length} articles as files, only \`spelling\`, one process: ${cli.seconds.toFixed(2)} s = ${rate(cli.seconds)} ` +
      `including start-up; peak memory ${cli.maxRssMb} MB (target < 250 MB)`
  )
  const two = await parallel(texts)
  lines.push(`throughput, 2 worker threads: ${rate(two.seconds)} (${two.seconds.toFixed(2)} s wall, ${(one.seconds / two.seconds).toFixed(2)}× one thread)`)
  lines.push(`peak memory (max RSS of this process, incl. workers): ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`)

  lines.push(await grounding(texts))

  const text = texts.join('\n\n')
  const native = hunspell(text)
  if (typeof native === 'string') lines.push(`baseline hunspell -l -d de_AT: skipped – ${native}`)
  else {
    lines.push(
      `baseline hunspell -l -d de_AT (native, same text): ${native.seconds.toFixed(2)} s = ${rate(native.seconds)}, ` +
        `${native.flagged.toLocaleString('en')} tokens flagged; korrektor is faster by ${(native.seconds / one.seconds).toFixed(1)}× (1 thread, default rules), ` +
        `${(native.seconds / spellingAgain).toFixed(1)}× (only \`spelling\`, warm; target ≥ 20×), ${(native.seconds / cli.seconds).toFixed(1)}× (the command on the files, only \`spelling\`, one process from start)`
    )
  }
  const naive = await nspell(text)
  if (typeof naive === 'string') lines.push(`baseline nspell + dictionary-de: ${naive}`)
  else {
    lines.push(
      `baseline nspell + dictionary-de (with a per-word cache): load ${naive.load.toFixed(2)} s, check ${naive.seconds.toFixed(2)} s = ${rate(naive.seconds + naive.load)} incl. load, ` +
        `${naive.flagged.toLocaleString('en')} of ${words.toLocaleString('en')} tokens flagged (${((100 * naive.flagged) / words).toFixed(1)} %); ` +
        `korrektor 1 thread is ${((naive.seconds + naive.load) / one.seconds).toFixed(1)}× the speed`
    )
  }
  return lines.join('\n')
}

if (!isMainThread && (workerData as {isolated?: boolean}).isolated) {
  const {texts, rules} = workerData as {texts: string[]; rules: Rules}
  const pass = async () => {
    const start = performance.now()
    for (const text of texts) await lint(text, {language: 'de-AT', rules})
    return (performance.now() - start) / 1000
  }
  const first = await pass()
  parentPort!.postMessage([first, await pass()])
} else if (!isMainThread) {
  const texts = workerData as string[]
  for (const text of texts.slice(0, 50)) await lint(text, {language: 'de-AT'})
  parentPort!.once('message', async () => {
    let messages = 0
    for (const text of texts) messages += (await lint(text, {language: 'de-AT'})).length
    parentPort!.postMessage(messages)
  })
  parentPort!.postMessage('ready')
} else if (import.meta.url === `file://${process.argv[1]}`) {
  const head = `korrektor bench – node ${process.version}, ${new Date().toISOString().slice(0, 10)}, \`npm run bench\``
  const body = await bench()
  console.log(head + '\n' + body)
  replaceSection('benchmark', head + '\n\n' + body.split('\n').map((line) => '- ' + line).join('\n'))
}
