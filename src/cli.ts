/**
 * The command line. It parses options, asks the API to lint, hands the
 * messages to a reporter and decides the exit code:
 *
 *   0  no errors (and warnings within --max-warnings)
 *   1  errors found, or more warnings than --max-warnings
 *   2  usage, configuration or I/O error (other files are still linted)
 */
import {appendFileSync, existsSync, readFileSync, statSync, watch, writeFileSync, type FSWatcher} from 'node:fs'
import {basename, dirname, resolve} from 'node:path'
import {parseArgs} from 'node:util'
import {findConfigFile, resolveConfig} from './config/load.js'
import {formatOf, lintText} from './engine.js'
import {ConfigError, UsageError} from './errors.js'
import {lintFiles} from './index.js'
import {decode} from './io/read.js'
import {readSource, type SourceText} from './io/sources.js'
import {packageRoot} from './lang/data.js'
import {formats, reporters, textFormats} from './reporters/index.js'
import {rules, ruleById} from '../rules/index.js'
import type {RuleSetting} from './rule.js'
import type {FileError, FileResult, Language} from './types.js'

const LANGUAGES: Language[] = ['de-DE', 'de-AT', 'de-CH']
const SEVERITIES = ['off', 'info', 'warning', 'error']

export const HELP = `Verwendung: korrektor [Optionen] <Datei|Verzeichnis|Muster …>

Prüft deutsche Nachrichtentexte (.txt, .md, .html) auf Tippfehler, Sprach-,
Namens- und Quellenfehler sowie Reste von Scrapern und Sprachmodellen.

Optionen:
  -f, --format <name>        Ausgabe: stylish (Standard), json, sarif, github, compact, html
  -o, --output-file <datei>  Bericht in eine Datei schreiben statt auf stdout
  -c, --config <datei>       diese Konfiguration verwenden (statt Suche nach .korrektorrc)
  -r, --rule <id=schwere>    Regel einstellen, mehrfach möglich; schwere: off, info, warning, error
  -l, --language <variante>  de-DE (Standard), de-AT, de-CH
  -q, --quiet                nur Fehler melden (keine Warnungen und Hinweise)
      --max-warnings <n>     Exit-Code 1, wenn mehr als n Warnungen gefunden werden
      --stdin                Text von der Standardeingabe lesen
      --stdin-filename <p>   Dateiname für den Text von --stdin (Format, Konfiguration)
      --ignore-path <datei>  Ignore-Datei (Standard: .korrektorignore)
      --color, --no-color    Farbe erzwingen oder abschalten (Standard: nur im Terminal)
      --across-files         Dateien untereinander vergleichen (z. B. Namen: „Sergei“ in einer, „Sergej“ in den anderen)
  -w, --watch                nach jeder Änderung der Dateien neu prüfen (Strg+C beendet)
  -s, --source <datei>       Quellartikel der Zusammenfassung (.txt, .md, .html), mehrfach möglich:
                             Zahlen, Daten, Namen, Zitate werden mit ihnen abgeglichen (Regel ungrounded)
      --sources-manifest <d> JSON/YAML {Zusammenfassung: [Quellen]} für viele Zusammenfassungen
      --debug                bei internen Fehlern den Stacktrace zeigen
  -h, --help                 diese Hilfe
  -v, --version              Version

Exit-Codes: 0 keine Fehler, 1 Fehler gefunden (oder zu viele Warnungen),
2 Aufruf-, Konfigurations- oder Lesefehler. Mit --watch: 0 beim Beenden.

Im Terminal zeigt korrektor bei mehreren Dateien den Fortschritt auf stderr.
--format html schreibt eine eigenständige Seite: korrektor texte/ -f html -o bericht.html

Regeln: ${rules.map((rule) => rule.meta.id).join(', ')}
Dokumentation: rules/<id>.md`

export function version(): string {
  return JSON.parse(readFileSync(resolve(packageRoot(), 'package.json'), 'utf8')).version
}

export const DOCS_BASE = process.env.KORREKTOR_DOCS_URL ?? 'https://github.com/korrektor/korrektor/blob/main/rules/'

interface Io {
  stdout: (text: string) => void
  stderr: (text: string) => void
  stdin: () => Promise<Buffer>
  isTTY: boolean
  /** Standard error is a terminal: show progress there. */
  progress?: boolean
  env: NodeJS.ProcessEnv
  cwd: string
  /** Ends `--watch` (tests; the command ends it with Ctrl+C). */
  stop?: Promise<void>
}

const defaultIo: Io = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  stdin: async () => {
    const chunks: Buffer[] = []
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
    return Buffer.concat(chunks)
  },
  isTTY: Boolean(process.stdout.isTTY),
  progress: Boolean(process.stderr.isTTY),
  env: process.env,
  cwd: process.cwd()
}

function parseOptions(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: {type: 'string', short: 'f'},
        'output-file': {type: 'string', short: 'o'},
        config: {type: 'string', short: 'c'},
        rule: {type: 'string', short: 'r', multiple: true},
        language: {type: 'string', short: 'l'},
        quiet: {type: 'boolean', short: 'q'},
        'max-warnings': {type: 'string'},
        stdin: {type: 'boolean'},
        'stdin-filename': {type: 'string'},
        'ignore-path': {type: 'string'},
        color: {type: 'boolean'},
        'no-color': {type: 'boolean'},
        debug: {type: 'boolean'},
        'across-files': {type: 'boolean'},
        watch: {type: 'boolean', short: 'w'},
        source: {type: 'string', short: 's', multiple: true},
        'sources-manifest': {type: 'string'},
        help: {type: 'boolean', short: 'h'},
        version: {type: 'boolean', short: 'v'}
      }
    })
  } catch (error) {
    const message = (error as Error).message
    const option = /'([^']+)'/.exec(message)?.[1]
    const code = (error as {code?: string}).code
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`unbekannte Option ${option ?? ''}`.trim())
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      throw new UsageError(`Option ${option ?? ''} braucht einen Wert`.replace(/\s+/g, ' '))
    }
    throw new UsageError(message.split('\n')[0])
  }
}

function parseRules(values: string[] | undefined): Record<string, RuleSetting<Record<string, unknown>>> {
  const out: Record<string, RuleSetting<Record<string, unknown>>> = {}
  for (const value of values ?? []) {
    const match = /^([\w-]+)=(\w+)$/.exec(value)
    if (!match) throw new UsageError(`--rule erwartet id=schwere, nicht „${value}“`)
    const [, id, severity] = match
    if (!ruleById(id)) throw new UsageError(`--rule: unbekannte Regel „${id}“`)
    if (!SEVERITIES.includes(severity)) throw new UsageError(`--rule ${id}: Schweregrad muss off, info, warning oder error sein`)
    out[id] = severity as RuleSetting<Record<string, unknown>>
  }
  return out
}

/** Run the CLI; returns the exit code. */
export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  const debug = argv.includes('--debug')
  try {
    return await run(argv, io)
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`korrektor: ${error.message} (siehe korrektor --help)\n`)
      return 2
    }
    if (error instanceof ConfigError) {
      io.stderr(`korrektor: Konfigurationsfehler: ${error.message}\n`)
      return 2
    }
    io.stderr(
      debug
        ? `korrektor: interner Fehler\n${(error as Error).stack}\n`
        : `korrektor: interner Fehler: ${(error as Error).message} (Details mit --debug)\n`
    )
    return 2
  }
}

async function run(argv: string[], io: Io): Promise<number> {
  const {values, positionals} = parseOptions(argv)
  if (values.help) {
    io.stdout(HELP + '\n')
    return 0
  }
  if (values.version) {
    io.stdout(version() + '\n')
    return 0
  }

  const format = values.format ?? 'stylish'
  const reporter = reporters[format]
  if (!reporter) throw new UsageError(`unbekanntes Format „${format}“ (möglich: ${formats.join(', ')})`)
  const language = values.language as Language | undefined
  if (language && !LANGUAGES.includes(language)) {
    throw new UsageError(`--language muss ${LANGUAGES.join(', ')} sein`)
  }
  let maxWarnings = -1
  if (values['max-warnings'] !== undefined) {
    if (!/^\d+$/.test(values['max-warnings'])) throw new UsageError('--max-warnings erwartet eine ganze Zahl ≥ 0')
    maxWarnings = Number(values['max-warnings'])
  }
  const ruleOverrides = parseRules(values.rule)
  if (values.stdin && positionals.length > 0) throw new UsageError('--stdin und Dateien schließen sich aus')
  if (!values.stdin && positionals.length === 0) throw new UsageError('keine Dateien angegeben')
  if (values['stdin-filename'] && !values.stdin) throw new UsageError('--stdin-filename nur zusammen mit --stdin')
  if (values.watch && values.stdin) throw new UsageError('--watch geht nicht mit --stdin')

  const once = () => lintAndReport({values, positionals, io, format, reporter, language, maxWarnings, ruleOverrides})
  if (!values.watch) return once()
  const output = values['output-file'] ? resolve(io.cwd, values['output-file']) : undefined
  return watchAndLint(positionals, io, once, output)
}

type Values = ReturnType<typeof parseOptions>['values']

interface RunSettings {
  values: Values
  positionals: string[]
  io: Io
  format: string
  reporter: (typeof reporters)[string]
  language: Language | undefined
  maxWarnings: number
  ruleOverrides: Record<string, RuleSetting<Record<string, unknown>>>
}

/** Lint once, print the report, return the exit code. */
async function lintAndReport({values, positionals, io, format, reporter, language, maxWarnings, ruleOverrides}: RunSettings): Promise<number> {
  let results: FileResult[]
  let errors: FileError[]
  let texts: Record<string, string> | undefined
  const keepTexts = textFormats.has(format)
  if (values.stdin) {
    const path = values['stdin-filename'] ?? '<stdin>'
    const configPath = values.config
      ? resolve(io.cwd, values.config)
      : findConfigFile(values['stdin-filename'] ? dirname(resolve(io.cwd, path)) : io.cwd)
    const config = resolveConfig(configPath, {rules: ruleOverrides, language}, io.cwd)
    const decoded = decode(await io.stdin())
    const sources: SourceText[] = []
    errors = []
    for (const source of values.source ?? []) {
      const read = await readSource(source, io.cwd)
      if (read.ok) sources.push(read.source)
      else errors.push({path: read.path, reason: read.reason})
    }
    if (decoded.ok) {
      const messages = await lintText(
        decoded.text,
        formatOf(path),
        {rules: config.rules, shared: {language: config.language, words: config.words, names: config.names}},
        path,
        values.source ? sources : undefined
      )
      results = [{path, messages}]
      if (keepTexts) texts = {[path]: decoded.text}
    } else {
      results = []
      errors.push({path, reason: decoded.reason})
    }
  } else {
    const outcome = await lintFiles(positionals, {
      cwd: io.cwd,
      configPath: values.config,
      rules: ruleOverrides,
      language,
      ignorePath: values['ignore-path'],
      acrossFiles: values['across-files'],
      keepTexts,
      sources: values.source,
      sourcesManifest: values['sources-manifest'],
      onFile: io.progress ? progress(io) : undefined
    })
    results = outcome.results
    errors = outcome.errors
    texts = outcome.texts
    for (const path of outcome.ignored) io.stderr(`korrektor: ${path}: übersprungen (Ignore-Datei)\n`)
  }

  if (values.quiet) {
    results = results.map((r) => ({path: r.path, messages: r.messages.filter((m) => m.severity === 'error')}))
  }

  const color =
    values['no-color'] || io.env.NO_COLOR !== undefined
      ? false
      : Boolean(values.color) || (io.isTTY && !values['output-file'] && format === 'stylish') || Boolean(io.env.FORCE_COLOR)
  const output = reporter({
    results,
    errors,
    rules: rules.map((rule) => rule.meta),
    version: version(),
    color,
    docsBase: DOCS_BASE,
    texts
  })
  if (values['output-file']) writeFileSync(resolve(io.cwd, values['output-file']), output.stdout)
  else io.stdout(output.stdout)
  if (output.summary && io.env.GITHUB_STEP_SUMMARY) appendFileSync(io.env.GITHUB_STEP_SUMMARY, output.summary)

  for (const error of errors) io.stderr(`korrektor: ${error.path}: ${error.reason}\n`)

  if (errors.length > 0) return 2
  const errorCount = results.reduce((n, r) => n + r.messages.filter((m) => m.severity === 'error').length, 0)
  if (errorCount > 0) return 1
  const warningCount = results.reduce((n, r) => n + r.messages.filter((m) => m.severity === 'warning').length, 0)
  if (maxWarnings >= 0 && warningCount > maxWarnings) {
    io.stderr(`korrektor: ${warningCount} Warnungen, erlaubt sind höchstens ${maxWarnings} (--max-warnings)\n`)
    return 1
  }
  return 0
}

/**
 * Progress on a terminal's standard error: `korrektor: 12/40 Dateien`,
 * redrawn at most ten times a second and cleared at the end, so it never
 * mixes with the report on standard output.
 */
function progress(io: Io): (done: number, total: number) => void {
  let last = 0
  return (done, total) => {
    if (total < 2) return
    const now = Date.now()
    if (done < total && now - last < 100) return
    last = now
    io.stderr(done < total ? `\rkorrektor: ${done}/${total} Dateien` : '\r\u001b[K')
  }
}

/**
 * `--watch`: lint, then lint again whenever a watched file changes (its
 * directory is watched, so editors that save by renaming are seen), until
 * Ctrl+C. Directories are watched recursively; for a glob, the working
 * directory.
 */
async function watchAndLint(positionals: string[], io: Io, once: () => Promise<number>, output?: string): Promise<number> {
  const watchers: FSWatcher[] = []
  let timer: NodeJS.Timeout | undefined
  let running = Promise.resolve(0)
  const rerun = () => {
    clearTimeout(timer)
    timer = setTimeout(() => {
      running = running.then(async () => {
        if (io.isTTY) io.stdout('\u001b[2J\u001b[H')
        const code = await once().catch((error: Error) => {
          io.stderr(`korrektor: ${error.message}\n`)
          return 2
        })
        io.stderr('korrektor: warte auf Änderungen … (Strg+C beendet)\n')
        return code
      })
    }, 150)
  }
  const relevant = (name: string | null) => !name || /\.(?:txt|md|markdown|html?|json|ya?ml)$|^\.korrektor/i.test(name)
  const targets = new Map<string, {recursive: boolean; only?: Set<string>}>()
  for (const input of positionals) {
    const path = resolve(io.cwd, input)
    if (existsSync(path) && statSync(path).isDirectory()) targets.set(path, {recursive: true})
    else if (existsSync(path)) {
      const dir = dirname(path)
      const target = targets.get(dir) ?? {recursive: false, only: new Set<string>()}
      target.only?.add(basename(path))
      targets.set(dir, target)
    } else targets.set(io.cwd, {recursive: true})
  }
  for (const [dir, {recursive, only}] of targets) {
    watchers.push(
      watch(dir, {recursive}, (_event, name) => {
        const file = name ? basename(String(name)) : null
        // The report korrektor writes itself is no reason to lint again.
        if (name && output && resolve(dir, String(name)) === output) return
        if (only ? file !== null && only.has(file) : relevant(file)) rerun()
      })
    )
  }
  await once()
  io.stderr('korrektor: warte auf Änderungen … (Strg+C beendet)\n')
  await new Promise<void>((done) => {
    process.once('SIGINT', done)
    process.once('SIGTERM', done)
    void io.stop?.then(done)
  })
  clearTimeout(timer)
  for (const watcher of watchers) watcher.close()
  await running
  return 0
}
