/**
 * Reading a file as korrektor sees it: UTF-8, BOM removed, nothing else
 * changed (CRLF, NFD and invisible characters stay, so positions match the
 * file on disk). Files that are not UTF-8 text are refused with a reason.
 */
import {readFile, stat} from 'node:fs/promises'

export const MAX_BYTES = 64 * 1024 * 1024

export type Decoded = {ok: true; text: string} | {ok: false; reason: string}

/** Index of the first byte that breaks UTF-8, or -1. */
export function invalidUtf8At(bytes: Uint8Array): number {
  let index = 0
  const length = bytes.length
  while (index < length) {
    const byte = bytes[index]
    if (byte < 0x80) {
      index++
      continue
    }
    let need: number
    let min: number
    if (byte >= 0xc2 && byte <= 0xdf) (need = 1), (min = 0x80)
    else if (byte >= 0xe0 && byte <= 0xef) (need = 2), (min = 0x800)
    else if (byte >= 0xf0 && byte <= 0xf4) (need = 3), (min = 0x10000)
    else return index
    if (index + need >= length) return index
    let code = byte & (0x3f >> need)
    for (let k = 1; k <= need; k++) {
      const next = bytes[index + k]
      if (next === undefined || (next & 0xc0) !== 0x80) return index
      code = (code << 6) | (next & 0x3f)
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return index
    index += need + 1
  }
  return -1
}

export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return {ok: false, reason: 'UTF-16-kodiert; bitte als UTF-8 speichern'}
  }
  const head = bytes.subarray(0, 8192)
  if (head.includes(0)) return {ok: false, reason: 'Binärdatei (enthält NUL-Bytes), übersprungen'}
  const bad = invalidUtf8At(bytes)
  if (bad !== -1) {
    const hex = bytes[bad].toString(16).toUpperCase().padStart(2, '0')
    return {ok: false, reason: `ungültiges UTF-8 an Byte ${bad} (0x${hex}); bitte als UTF-8 speichern`}
  }
  let text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  return {ok: true, text}
}

export async function readText(path: string): Promise<Decoded> {
  try {
    const info = await stat(path)
    if (info.isDirectory()) return {ok: false, reason: 'ist ein Verzeichnis'}
    if (info.size > MAX_BYTES) {
      return {ok: false, reason: `zu groß (${Math.round(info.size / 1048576)} MB; Grenze ${MAX_BYTES / 1048576} MB)`}
    }
    return decode(await readFile(path))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const reason =
      code === 'ENOENT'
        ? 'Datei nicht gefunden'
        : code === 'EACCES' || code === 'EPERM'
          ? 'keine Leseberechtigung'
          : `kann nicht gelesen werden (${code ?? (error as Error).message})`
    return {ok: false, reason}
  }
}
