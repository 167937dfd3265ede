/** Where ../shared is (beside the project), or undefined with a note. */
import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

export const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url))
export const hasShared = existsSync(SHARED + 'seeds')

export function sharedNote(what: string): void {
  if (!hasShared) console.warn(`[korrektor] ../shared fehlt – übersprungen: ${what}`)
}
