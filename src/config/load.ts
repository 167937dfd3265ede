/**
 * Finding, reading and validating configuration.
 *
 * The nearest configuration file wins, searched upward from the linted file:
 * `.korrektorrc.json`, `.korrektorrc.yaml`, `.korrektorrc.yml`, or a
 * `korrektor` field in `package.json`. It is validated against the published
 * schema (`schema/korrektorrc.schema.json`); an error names the file and key.
 */
import {existsSync, readFileSync} from 'node:fs'
import {dirname, join, resolve} from 'node:path'
import {createRequire} from 'node:module'
import type {Ajv as AjvClass, ErrorObject} from 'ajv'
import {ConfigError} from '../errors.js'
import {packageRoot, parseList} from '../lang/data.js'
import {presetRules, type PresetName} from '../presets.js'
import type {RuleSetting} from '../rule.js'
import type {Language} from '../types.js'

export interface UserConfig {
  extends?: PresetName
  language?: Language
  rules?: Record<string, RuleSetting<Record<string, unknown>>>
  words?: string[]
  /** Lines of the house name table (`Lawrow | | Lavrov`, `! Scholz, Schulz`). */
  names?: string[]
  dictionaries?: string[]
  ignorePatterns?: string[]
}

export interface ResolvedConfig {
  language: Language
  rules: Record<string, RuleSetting<Record<string, unknown>>>
  words: string[]
  names: string[]
  ignorePatterns: string[]
  /** Directory the ignore patterns are relative to. */
  base: string
  /** The file the config came from, if any. */
  path?: string
}

const CANDIDATES = ['.korrektorrc.json', '.korrektorrc.yaml', '.korrektorrc.yml', 'package.json']

// ajv and yaml are loaded only when a config file is read (cold start).
const require = createRequire(import.meta.url)

let validator: ReturnType<AjvClass['compile']> | undefined
function validate(config: unknown): ErrorObject[] {
  if (!validator) {
    const {Ajv} = require('ajv') as {Ajv: typeof AjvClass}
    const schema = JSON.parse(readFileSync(join(packageRoot(), 'schema', 'korrektorrc.schema.json'), 'utf8'))
    validator = new Ajv({allErrors: true, strict: false}).compile(schema)
  }
  return validator(config) ? [] : (validator.errors ?? [])
}

/** Read and validate one configuration file. */
export function readConfigFile(path: string): UserConfig {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    throw new ConfigError(path, undefined, `kann nicht gelesen werden (${(error as NodeJS.ErrnoException).code ?? 'Fehler'})`)
  }
  let data: unknown
  try {
    data = path.endsWith('.json') ? JSON.parse(text) : (require('yaml') as typeof import('yaml')).parse(text)
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0]
    throw new ConfigError(path, undefined, `ungültiges ${path.endsWith('.json') ? 'JSON' : 'YAML'}: ${reason}`)
  }
  if (path.endsWith('package.json')) {
    data = (data as Record<string, unknown> | null)?.korrektor ?? {}
  }
  if (data === null || data === undefined) data = {}
  const errors = validate(data)
  if (errors.length > 0) {
    const error = mostSpecific(errors)
    throw new ConfigError(path, keyOf(error), describe(error))
  }
  return data as UserConfig
}

function mostSpecific(errors: ErrorObject[]): ErrorObject {
  // additionalProperties names the bad key; prefer it, then the deepest path.
  return (
    errors.find((e) => e.keyword === 'additionalProperties') ??
    [...errors].sort((a, b) => b.instancePath.length - a.instancePath.length)[0]
  )
}

function keyOf(error: ErrorObject): string {
  const path = error.instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
  if (error.keyword === 'additionalProperties') {
    path.push(String((error.params as {additionalProperty: string}).additionalProperty))
  }
  return path.join('.') || '(Wurzel)'
}

function describe(error: ErrorObject): string {
  if (error.keyword === 'additionalProperties') {
    return error.instancePath === '/rules' ? 'unbekannte Regel' : 'unbekannter Schlüssel'
  }
  if (error.keyword === 'enum') {
    return `erlaubt sind ${(error.params as {allowedValues: unknown[]}).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`
  }
  if (error.keyword === 'oneOf' || error.keyword === 'anyOf') {
    return 'erwartet "off", "info", "warning", "error" oder [Schweregrad, {Optionen}]'
  }
  if (error.keyword === 'type') return `erwartet ${(error.params as {type: string}).type}`
  return error.message ?? 'ungültig'
}

const found = new Map<string, string | null>()

/** The nearest configuration file for a directory, or undefined. */
export function findConfigFile(directory: string): string | undefined {
  const start = resolve(directory)
  const visited: string[] = []
  let dir = start
  let result: string | null = null
  for (;;) {
    const cached = found.get(dir)
    if (cached !== undefined) {
      result = cached
      break
    }
    visited.push(dir)
    const hit = CANDIDATES.map((name) => join(dir, name)).find(
      (candidate) => existsSync(candidate) && (!candidate.endsWith('package.json') || hasField(candidate))
    )
    if (hit) {
      result = hit
      break
    }
    const parent = dirname(dir)
    if (parent === dir) break
    dir = parent
  }
  for (const dir of visited) found.set(dir, result)
  return result ?? undefined
}

function hasField(path: string): boolean {
  try {
    return JSON.parse(readFileSync(path, 'utf8')).korrektor !== undefined
  } catch {
    return false
  }
}

const resolvedCache = new Map<string, ResolvedConfig>()

/**
 * Resolve the configuration: preset, then the file's settings, then
 * overrides (from the command line).
 */
export function resolveConfig(
  configPath: string | undefined,
  overrides: {rules?: Record<string, RuleSetting<Record<string, unknown>>>; language?: Language} = {},
  cwd = process.cwd()
): ResolvedConfig {
  const key = JSON.stringify([configPath, overrides, cwd])
  const cached = resolvedCache.get(key)
  if (cached) return cached
  const user = configPath ? readConfigFile(configPath) : {}
  const base = configPath ? dirname(configPath) : cwd
  const words = [...(user.words ?? [])]
  for (const [index, entry] of (user.dictionaries ?? []).entries()) {
    const file = resolve(base, entry)
    try {
      words.push(...parseList(readFileSync(file, 'utf8')))
    } catch {
      throw new ConfigError(configPath ?? '(Konfiguration)', `dictionaries.${index}`, `Wörterliste nicht lesbar: ${file}`)
    }
  }
  const resolved: ResolvedConfig = {
    language: overrides.language ?? user.language ?? 'de-DE',
    rules: {...presetRules(user.extends ?? 'recommended'), ...user.rules, ...overrides.rules},
    words,
    names: user.names ?? [],
    ignorePatterns: user.ignorePatterns ?? [],
    base,
    path: configPath
  }
  resolvedCache.set(key, resolved)
  return resolved
}

/** Forget cached lookups (for --watch and tests). */
export function clearConfigCache(): void {
  found.clear()
  resolvedCache.clear()
}
