/**
 * Expanding the command line's files, directories and globs into a sorted
 * list of files, honouring `.korrektorignore` (gitignore syntax, relative to
 * the working directory) and the config's `ignorePatterns`.
 */
import {existsSync, readFileSync, statSync} from 'node:fs'
import {isAbsolute, relative, resolve} from 'node:path'
import {glob, isDynamicPattern} from 'tinyglobby'
import ignore, {type Ignore} from 'ignore'
import type {FileError} from '../types.js'

export const EXTENSIONS = ['txt', 'md', 'markdown', 'html', 'htm']
const DEFAULT_IGNORES = ['**/node_modules/**', '**/.git/**']

export interface Expanded {
  files: string[]
  errors: FileError[]
  /** Files named explicitly but skipped because an ignore file lists them. */
  ignored: string[]
}

export function loadIgnore(cwd: string, ignorePath?: string): Ignore {
  const matcher = ignore()
  const path = ignorePath ? resolve(cwd, ignorePath) : resolve(cwd, '.korrektorignore')
  if (existsSync(path)) matcher.add(readFileSync(path, 'utf8'))
  return matcher
}

function isIgnored(matcher: Ignore, cwd: string, file: string): boolean {
  const rel = relative(cwd, file)
  if (!rel || rel.startsWith('..') || isAbsolute(rel)) return false
  return matcher.ignores(rel.split('\\').join('/'))
}

export async function expandInputs(
  inputs: string[],
  options: {cwd: string; matcher: Ignore}
): Promise<Expanded> {
  const {cwd, matcher} = options
  const files = new Set<string>()
  const errors: FileError[] = []
  const ignored: string[] = []

  for (const input of inputs) {
    const absolute = resolve(cwd, input)
    let kind: 'file' | 'directory' | undefined
    try {
      const info = statSync(absolute)
      kind = info.isDirectory() ? 'directory' : 'file'
    } catch {
      kind = undefined
    }

    if (kind === 'file') {
      if (isIgnored(matcher, cwd, absolute)) ignored.push(absolute)
      else files.add(absolute)
      continue
    }

    let matches: string[]
    if (kind === 'directory') {
      matches = await glob(`**/*.{${EXTENSIONS.join(',')}}`, {
        cwd: absolute,
        absolute: true,
        ignore: DEFAULT_IGNORES,
        dot: false
      })
    } else if (isDynamicPattern(input)) {
      matches = await glob(input, {cwd, absolute: true, ignore: DEFAULT_IGNORES, onlyFiles: true})
    } else {
      errors.push({path: input, reason: 'Datei nicht gefunden'})
      continue
    }

    const kept = matches.filter((file) => !isIgnored(matcher, cwd, file))
    if (kept.length === 0) {
      errors.push({
        path: input,
        reason:
          kind === 'directory'
            ? `keine prüfbaren Dateien (${EXTENSIONS.map((e) => '.' + e).join(', ')})`
            : 'kein Treffer für dieses Muster'
      })
    }
    for (const file of kept) files.add(file)
  }

  return {files: [...files].sort(), errors, ignored}
}
