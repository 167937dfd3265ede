/**
 * Hunspell start-up snapshots (src/lang/hunspell.ts): a restored group
 * answers exactly as one built from the dictionary files, and a snapshot that
 * does not fit – another dictionary, a damaged file – is ignored.
 */
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {HunspellGroup, type DictionaryFiles} from '../src/lang/hunspell.js'
import {dictionaryStems, loadDictionary, preparedStems, preparedStemsPath} from '../src/lang/speller.js'
import {existsSync} from 'node:fs'

const WORDS = [
  'Bundesregierung', 'Außenminister', 'stehen', 'sein', 'Ruslands', 'Hautbahnhof', 'Gesichtspunk', 'Jänner', 'heuer',
  'Straße', 'Strasse', 'Ukrainekrieg', 'Lehrerinnen', 'gepostet', 'xyzzy', 'Donnnerstag', 'Zusammenhang', 'zusammenhing'
]
const ENGLISH = ['house', 'already', 'Welcome', 'hous', 'Bundesregierung']
const TYPOS = ['Ruslands', 'Donnnerstag', 'Gesichtspunk', 'Bürgrermeister']

let dir: string
let de: DictionaryFiles
let at: DictionaryFiles
let english: DictionaryFiles
let snapshot: string

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'korrektor-snapshot-'))
  ;[de, at, english] = await Promise.all([loadDictionary('dictionary-de'), loadDictionary('dictionary-de-at'), loadDictionary('dictionary-en')])
  snapshot = join(dir, 'dictionary-de.bin')
  writeFileSync(snapshot, await HunspellGroup.snapshot(de, english))
}, 60_000)

afterAll(() => rmSync(dir, {recursive: true, force: true}))

describe('Hunspell snapshots', () => {
  it('restores main, lexicon and English Hunspell that answer like freshly built ones', async () => {
    const restored = await HunspellGroup.load('dictionary-de', de, snapshot)
    const built = await HunspellGroup.load('dictionary-de', de, join(dir, 'missing.bin'))
    expect(restored.restored).toBe(true)
    expect(built.restored).toBe(false)
    built.loadEnglish(english)
    restored.loadEnglish(english)
    for (const word of WORDS) {
      expect(restored.main.spell(word), word).toBe(built.main.spell(word))
      expect(restored.lexicon().spell(word), word).toBe(built.lexicon().spell(word))
    }
    for (const word of ENGLISH) expect(restored.english()!.spell(word), word).toBe(built.english()!.spell(word))
    for (const typo of TYPOS) expect(restored.main.suggest(typo), typo).toEqual(built.main.suggest(typo))
    expect(restored.main.suggest('Ruslands')[0]).toBe('Russlands')
  }, 60_000)

  it('ignores a snapshot of another dictionary and a damaged file, and still works', async () => {
    const other = await HunspellGroup.load('dictionary-de-at', at, snapshot)
    expect(other.restored).toBe(false)
    expect(other.main.spell('Jänner')).toBe(true)

    const damaged = join(dir, 'damaged.bin')
    const bytes = readFileSync(snapshot)
    writeFileSync(damaged, bytes.subarray(0, bytes.length >> 1))
    const half = await HunspellGroup.load('dictionary-de', de, damaged)
    expect(half.restored).toBe(false)
    expect(half.main.spell('Bundesregierung')).toBe(true)

    writeFileSync(damaged, 'not a snapshot')
    expect((await HunspellGroup.load('dictionary-de', de, damaged)).restored).toBe(false)
  }, 60_000)

  it('prepares the stems as the speller would parse them', async () => {
    const stems = dictionaryStems(de.dic)
    expect(stems).toContain('Haus')
    expect(stems.some((stem) => stem === '' || stem.includes('/'))).toBe(false)
    expect(new Set(stems).size).toBe(stems.length)
    const path = preparedStemsPath('dictionary-de')
    if (!existsSync(path)) {
      console.log(`skipped: ${path} is written by npm run build`)
      return
    }
    const prepared = preparedStems('dictionary-de', de.dic)!
    expect(prepared).toBeDefined()
    expect(prepared.stems.size).toBe(stems.length)
    expect(stems.every((stem) => prepared.stems.has(stem))).toBe(true)
    expect(prepared.stems.has('Ruslands')).toBe(false)
    const lower = [...new Set(stems.map((stem) => stem.toLowerCase()))].sort()
    expect(Array.from({length: prepared.lower.size}, (_, i) => prepared.lower.word(i))).toEqual(lower)
    // Made from another dictionary: not used.
    expect(preparedStems('dictionary-de', new TextEncoder().encode('1\nHaus\n'))).toBeUndefined()
  })
})

describe('the WebAssembly runtime in a host process', () => {
  it('leaves the process its own uncaughtException handling (emscripten hooks it and would print its 150 KB line first)', async () => {
    const before = process.listeners('uncaughtException').length
    await HunspellGroup.load('dictionary-de', await loadDictionary('dictionary-de'), join(dir, 'none.bin'))
    await HunspellGroup.load('dictionary-de', await loadDictionary('dictionary-de'), snapshot)
    expect(process.listeners('uncaughtException').length).toBe(before)
  }, 60_000)
})

