/**
 * Part of `npm run bundle`: writes every non-ASCII character of the bundle
 * as a `\uXXXX` escape. esbuild escapes strings and identifiers but not
 * regular-expression literals (korrektor's are full of „“ and umlauts), and
 * one such character makes V8 hold the whole 0.8 MB source as a two-byte
 * string. ASCII only, it is held in half the memory, which on a machine
 * where fresh memory is expensive is measurable at start-up (npm run bench).
 *
 * The escape means the same character in strings, templates, regular
 * expressions with and without the u flag (a surrogate pair as two escapes
 * is one code point there too) and comments. A character escaped with a
 * backslash (`\–`, an identity escape) loses the backslash.
 */
import {readFileSync, renameSync, writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

export function asciiOnly(source: string): string {
  let out = ''
  let from = 0
  for (let at = 0; at < source.length; at++) {
    const unit = source.charCodeAt(at)
    if (unit < 0x80) continue
    let backslashes = 0
    while (at - backslashes - 1 >= from && source.charCodeAt(at - backslashes - 1) === 0x5c) backslashes++
    out += source.slice(from, backslashes % 2 === 1 ? at - 1 : at) + '\\u' + unit.toString(16).toUpperCase().padStart(4, '0')
    from = at + 1
  }
  return out + source.slice(from)
}

// Run as a script (not imported by a test): rewrite the file named.
const file = process.argv[2]
if (file && process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(`${file}.tmp`, asciiOnly(readFileSync(file, 'utf8')))
  renameSync(`${file}.tmp`, file)
}
