/** Access to ../shared for the evaluation and benchmark scripts. */
import {existsSync, readFileSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {packageRoot} from '../src/lang/data.js'

export const SHARED = resolve(packageRoot(), '..', 'shared')
export const hasShared = existsSync(join(SHARED, 'seeds'))

export function readJsonl<T>(relative: string): T[] {
  return readFileSync(join(SHARED, relative), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T)
}

export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0
}
