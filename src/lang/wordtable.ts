/**
 * A fixed set of words in three typed arrays: the words' UTF-16 code units
 * one after the other (in sorted order; one byte each when all are Latin-1,
 * as in the German dictionaries), where each word starts, and an
 * open-addressing hash index filled to at most 60 %. `npm run build` writes the dictionary's stems
 * in this form (scripts/snapshot.ts), and a process maps the file's bytes
 * instead of building a `Set` of ~76,000 strings (~90 ms and much garbage
 * at every start; see the speller's `preparedStems`).
 */

/** The letter at `k` of `text` with `del` letters at `at` replaced by `ins`. */
export function charOf(text: string, at: number, del: number, ins: string, k: number): number {
  if (k < at) return text.charCodeAt(k)
  if (k < at + ins.length) return ins.charCodeAt(k - at)
  return text.charCodeAt(k - ins.length + del)
}

/** FNV-1a over a string's UTF-16 code units. */
function hashOf(word: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193)
  return hash >>> 0
}

const MAGIC = 0x4b575432 // "KWT2"

export class WordTable {
  private constructor(
    /** The words' code units, word after word (bytes when all are Latin-1). */
    private readonly chars: Uint8Array | Uint16Array,
    /** Where word i begins in `chars` (i < size) and where the last one ends (i = size). */
    private readonly starts: Uint32Array,
    /** Hash index: word number + 1, 0 for a free slot; its length is a power of two. */
    private readonly slots: Uint32Array
  ) {}

  /** The words, sorted by code unit and without repeats. */
  static from(words: Iterable<string>): WordTable {
    const sorted = [...new Set(words)].sort()
    const starts = new Uint32Array(sorted.length + 1)
    let length = 0
    for (let i = 0; i < sorted.length; i++) {
      starts[i] = length
      length += sorted[i].length
    }
    starts[sorted.length] = length
    const chars = sorted.every((word) => /^[\u0000-\u00ff]*$/.test(word)) ? new Uint8Array(length) : new Uint16Array(length)
    sorted.forEach((word, i) => {
      for (let k = 0; k < word.length; k++) chars[starts[i] + k] = word.charCodeAt(k)
    })
    let size = 16
    while (size * 0.6 < sorted.length) size *= 2
    const slots = new Uint32Array(size)
    sorted.forEach((word, i) => {
      let slot = hashOf(word) & (size - 1)
      while (slots[slot] !== 0) slot = (slot + 1) & (size - 1)
      slots[slot] = i + 1
    })
    return new WordTable(chars, starts, slots)
  }

  /** The table as bytes (`fromBytes` reads them back). */
  toBytes(): Uint8Array {
    const width = this.chars.BYTES_PER_ELEMENT
    const head = new Uint32Array([MAGIC, this.size, this.chars.length, this.slots.length, width])
    // Each part at a multiple of four bytes, so the arrays can view the bytes as they are.
    const charBytes = Math.ceil((this.chars.length * width) / 4) * 4
    const out = new Uint8Array(head.byteLength + this.starts.byteLength + charBytes + this.slots.byteLength)
    let at = 0
    for (const part of [head, this.starts, this.chars, this.slots]) {
      out.set(new Uint8Array(part.buffer, part.byteOffset, part.byteLength), at)
      at += part === this.chars ? charBytes : part.byteLength
    }
    return out
  }

  /** A table from `toBytes` output (undefined when the bytes are not one); `bytes` must begin at a multiple of four. */
  static fromBytes(bytes: Uint8Array): WordTable | undefined {
    if (bytes.byteOffset % 4 !== 0 || bytes.byteLength < 20) return undefined
    const [magic, count, charCount, slotCount, width] = new Uint32Array(bytes.buffer, bytes.byteOffset, 5)
    const charBytes = Math.ceil((charCount * width) / 4) * 4
    if (magic !== MAGIC || (width !== 1 && width !== 2) || bytes.byteLength !== 20 + (count + 1) * 4 + charBytes + slotCount * 4) return undefined
    let at = bytes.byteOffset + 20
    const starts = new Uint32Array(bytes.buffer, at, count + 1)
    at += starts.byteLength
    const chars = width === 1 ? new Uint8Array(bytes.buffer, at, charCount) : new Uint16Array(bytes.buffer, at, charCount)
    at += charBytes
    return new WordTable(chars, starts, new Uint32Array(bytes.buffer, at, slotCount))
  }

  get size(): number {
    return this.starts.length - 1
  }

  has(word: string): boolean {
    const {slots, starts, chars} = this
    const mask = slots.length - 1
    for (let slot = hashOf(word) & mask; slots[slot] !== 0; slot = (slot + 1) & mask) {
      const i = slots[slot] - 1
      const from = starts[i]
      if (starts[i + 1] - from !== word.length) continue
      let k = 0
      while (k < word.length && chars[from + k] === word.charCodeAt(k)) k++
      if (k === word.length) return true
    }
    return false
  }

  /** Word number i in sorted order. */
  word(i: number): string {
    return this.tail(i, 0)
  }

  wordLength(i: number): number {
    return this.starts[i + 1] - this.starts[i]
  }

  /** The code unit at `k` of word i. */
  codeAt(i: number, k: number): number {
    return this.chars[this.starts[i] + k]
  }

  /** Word i from its `from`th letter on. */
  tail(i: number, from: number): string {
    return String.fromCharCode(...this.chars.subarray(this.starts[i] + from, this.starts[i + 1]))
  }

  /**
   * How word i sorts against the first `length` letters of `text` with
   * `del` letters at `at` replaced by `ins`: 0 when the word begins with them.
   */
  compare(i: number, text: string, at: number, del: number, ins: string, length: number): number {
    const from = this.starts[i]
    const size = this.starts[i + 1] - from
    for (let k = 0; k < length; k++) {
      if (k >= size) return -1
      const difference = this.chars[from + k] - charOf(text, at, del, ins, k)
      if (difference !== 0) return difference
    }
    return 0
  }

  /** The first word that does not sort before the first `length` letters of the (edited) text. */
  lowerBound(text: string, at: number, del: number, ins: string, length: number): number {
    let low = 0
    let high = this.size
    while (low < high) {
      const middle = (low + high) >>> 1
      if (this.compare(middle, text, at, del, ins, length) < 0) low = middle + 1
      else high = middle
    }
    return low
  }
}
