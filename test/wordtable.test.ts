import {describe, expect, it} from 'vitest'
import {WordTable} from '../src/lang/wordtable.js'

describe('WordTable', () => {
  const words = ['Haus', 'haus', 'Häuser', 'Bahnhof', 'bahn', 'Straße', 'a', 'Ärger', 'Haus']
  const table = WordTable.from(words)

  it('holds exactly its words, case and umlauts as they are', () => {
    expect(table.size).toBe(8)
    for (const word of words) expect(table.has(word)).toBe(true)
    for (const word of ['', 'Hau', 'Hause', 'HAUS', 'Hauser', 'Strasse', 'b', 'Bahnhofs']) expect(table.has(word)).toBe(false)
  })

  it('keeps the words sorted by code unit, as Array#sort does', () => {
    const sorted = [...new Set(words)].sort()
    expect(Array.from({length: table.size}, (_, i) => table.word(i))).toEqual(sorted)
    expect(table.tail(sorted.indexOf('Häuser'), 2)).toBe('user')
    expect(table.wordLength(sorted.indexOf('Straße'))).toBe(6)
  })

  it('finds where a beginning, also an edited one, would sort', () => {
    const sorted = [...new Set(words)].sort()
    expect(table.lowerBound('Bah', 0, 0, '', 3)).toBe(sorted.indexOf('Bahnhof'))
    expect(table.compare(sorted.indexOf('Bahnhof'), 'Bah', 0, 0, '', 3)).toBe(0)
    // "Hxus" with the x (one letter at 1) replaced by "a": begins Haus.
    const at = table.lowerBound('Hxus', 1, 1, 'a', 4)
    expect(table.word(at)).toBe('Haus')
    expect(table.compare(at, 'Hxus', 1, 1, 'a', 4)).toBe(0)
    expect(table.lowerBound('zzz', 0, 0, '', 3)).toBe(table.size - 1) // before Ärger (Ä sorts after z)
    expect(table.lowerBound('öl', 0, 0, '', 2)).toBe(table.size)
  })

  it('reads back what it wrote, and refuses other bytes', () => {
    const copy = WordTable.fromBytes(table.toBytes())!
    expect(copy.size).toBe(table.size)
    for (const word of words) expect(copy.has(word)).toBe(true)
    expect(copy.has('Hause')).toBe(false)
    expect(WordTable.fromBytes(new Uint8Array(8))).toBeUndefined()
    expect(WordTable.fromBytes(table.toBytes().subarray(0, 40))).toBeUndefined()
    const many = WordTable.from(Array.from({length: 5000}, (_, i) => `w${i}`))
    expect(WordTable.fromBytes(many.toBytes())!.has('w4999')).toBe(true)
  })

  it('holds words beyond Latin-1 too (two bytes per letter), also read back', () => {
    const names = ['Łódź', 'Erdoğan', 'Haus', 'Ελλάδα', 'Ärger']
    const wide = WordTable.from(names)
    for (const copy of [wide, WordTable.fromBytes(wide.toBytes())!]) {
      for (const word of names) expect(copy.has(word)).toBe(true)
      expect(copy.has('Lodz')).toBe(false)
      expect(copy.has('Erdogan')).toBe(false)
      expect(copy.word(copy.lowerBound('Erdo', 0, 0, '', 4))).toBe('Erdoğan')
      expect(copy.tail(copy.lowerBound('Łó', 0, 0, '', 2), 1)).toBe('ódź')
    }
    // Latin-1 words take one byte each: the German table above is smaller than the same words with one Greek letter.
    expect(table.toBytes().byteLength).toBeLessThan(WordTable.from([...words, 'α']).toBytes().byteLength - 10)
  })
})
