/**
 * Locating and reading korrektor's own data files (`dictionaries/`).
 *
 * Source runs from `src/`, the build from `dist/src/`; both find the package
 * root by walking up to the `package.json` named `korrektor`.
 */
import {existsSync, readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

let root: string | undefined

export function packageRoot(): string {
  if (root) return root
  let dir = dirname(fileURLToPath(import.meta.url))
  for (;;) {
    const manifest = join(dir, 'package.json')
    if (existsSync(manifest)) {
      try {
        if (JSON.parse(readFileSync(manifest, 'utf8')).name === 'korrektor') {
          root = dir
          return dir
        }
      } catch {
        // Not ours; keep walking.
      }
    }
    const parent = dirname(dir)
    if (parent === dir) throw new Error('korrektor: package root not found')
    dir = parent
  }
}

/**
 * Read a word list: one entry per line, `#` starts a comment, blank lines are
 * skipped. Entries may carry a reason after ` # `, which is dropped here.
 */
export function parseList(text: string): string[] {
  const out: string[] = []
  for (const raw of text.split(/\r?\n/)) {
    const hash = raw.indexOf('#')
    const line = (hash === -1 ? raw : raw.slice(0, hash)).trim()
    if (line) out.push(line)
  }
  return out
}

const cache = new Map<string, string[]>()

/** A list from `dictionaries/<name>`, read once per process. */
export function dictionaryList(name: string): string[] {
  let list = cache.get(name)
  if (!list) {
    list = parseList(readFileSync(join(packageRoot(), 'dictionaries', name), 'utf8'))
    cache.set(name, list)
  }
  return list
}

/**
 * A list whose entries end in ` => kind` (`llm-phrases.txt`,
 * `vague-sources.txt`): each entry's text and its kind, which must be one of
 * `kinds`; an entry without a known kind is an error in the list.
 */
export function dictionaryEntries<K extends string>(name: string, kinds: readonly K[]): Array<{source: string; kind: K}> {
  return dictionaryList(name).map((line) => {
    const at = line.lastIndexOf(' => ')
    const kind = line.slice(at + 4).trim() as K
    if (at === -1 || !kinds.includes(kind)) throw new Error(`${name}: no kind in „${line}“`)
    return {source: line.slice(0, at), kind}
  })
}
