/**
 * Hunspell in WebAssembly: the emscripten build that hunspell-asm ships,
 * loaded directly so that korrektor can restore a start-up snapshot of its
 * memory instead of building the dictionaries anew in every process.
 *
 * Building Hunspell's tables for the German dictionary takes ~130 ms, the
 * same dictionary without compounding (korrektor's lexicon) ~110 ms and the
 * English one ~60 ms – most of a small file's start-up. All three live in the
 * linear memory of one WebAssembly instance, and that memory is all the
 * state they have (the allocator's too): `npm run build` writes it to
 * `dist/snapshots/<dictionary>.bin` (non-zero pages only, ~12 MB), and a new
 * process reads it straight into the memory of a fresh instance of the
 * snapshot's size in ~50 ms. A snapshot is used only
 * when its key – the dictionary bytes, the lexicon's affix file, the
 * versions of hunspell-asm and dictionary-en – matches, and only after
 * three probe words answer as they must; otherwise the dictionaries are
 * built as before. Nothing is written at run time.
 *
 * Each German dictionary gets its own instance ("group"): a snapshot can only
 * be restored into untouched memory, and a process rarely uses two variants.
 */
import {createHash} from 'node:crypto'
import {closeSync, existsSync, openSync, readFileSync, readSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import {packageRoot} from './data.js'

const require = createRequire(import.meta.url)

export interface Hunspell {
  spell(word: string): boolean
  suggest(word: string): string[]
}

export interface DictionaryFiles {
  aff: Uint8Array
  dic: Uint8Array
}

// Node has WebAssembly; the TypeScript libraries in use do not declare it.
interface WasmMemory {
  readonly buffer: ArrayBuffer
}
declare const WebAssembly: {Memory: new (descriptor: {initial: number}) => WasmMemory}

/** The parts of the emscripten module korrektor uses. */
interface Emscripten {
  cwrap(name: string, returns: string | null, args: string[]): (...args: number[]) => number
  FS: {writeFile(path: string, data: Uint8Array): void}
  HEAPU8: Uint8Array
  _malloc(size: number): number
  _free(pointer: number): void
  allocateUTF8(text: string): number
  getValue(pointer: number, type: string): number
  UTF8ToString(pointer: number): string
}

// Snapshot layout: magic, header length (u32), header (JSON), runs of
// non-zero pages as [first page, page count] (u32 each), the runs' bytes.
const MAGIC = 'KORREKTOR-HUNSPELL-3\n'
const PAGE = 4096
const WASM_PAGE = 65536

interface Header {
  key: string
  /** Bytes of linear memory the snapshot covers. */
  size: number
  runs: number
  /** Pages a fresh instance of this size has written by the end of its start-up. */
  dirty: number[]
  main: number
  lexicon: number
  english: number
}

type Factory = (overrides: object) => Emscripten

const RUNTIME = 'hunspell-asm/dist/cjs/lib/node/hunspell.js'
const WASM_PREFIX = 'wasmBinaryFile="data:application/octet-stream;base64,'

/** Where `npm run build` puts hunspell-asm's runtime split into script and WebAssembly. */
export function splitRuntimePath(): {script: string; wasm: string; version: string} {
  const dir = join(packageRoot(), 'dist', 'hunspell')
  return {script: join(dir, 'hunspell.cjs'), wasm: join(dir, 'hunspell.wasm'), version: join(dir, 'version.txt')}
}

/**
 * hunspell-asm's Node build is one file (SINGLE_FILE): ~150 KB of script and
 * the WebAssembly module as a 630 KB base64 string in it. Split, the script
 * is parsed without the string and the module is not decoded at every start
 * (~15 ms and ~1.5 MB less memory per process, measured with a bare
 * instance). Written by `npm run build` (scripts/snapshot.ts); the script is
 * hunspell-asm's own with only the string emptied.
 */
export function splitRuntime(): {script: string; wasm: Uint8Array} {
  const source = readFileSync(require.resolve(RUNTIME), 'utf8')
  const from = source.indexOf(WASM_PREFIX) + WASM_PREFIX.length
  const to = source.indexOf('"', from)
  if (from < WASM_PREFIX.length || to < 0) throw new Error('hunspell-asm: WebAssembly-Modul nicht gefunden')
  return {script: source.slice(0, from) + source.slice(to), wasm: new Uint8Array(Buffer.from(source.slice(from, to), 'base64'))}
}

let factory: {create: Factory; overrides: object} | undefined
/**
 * The emscripten factory of hunspell-asm's Node build (MODULARIZE): the split
 * build when it was made from the installed hunspell-asm, else the original.
 */
function runtimeFactory(): {create: Factory; overrides: object} {
  if (!factory) {
    const split = splitRuntimePath()
    try {
      if (existsSync(split.version) && readFileSync(split.version, 'utf8') === version('hunspell-asm')) {
        factory = {create: require(split.script) as Factory, overrides: {wasmBinary: readFileSync(split.wasm)}}
      }
    } catch {
      // A broken split build: use the original.
    }
    factory ??= {create: require(RUNTIME) as Factory, overrides: {}}
  }
  return factory
}

/**
 * A fresh WebAssembly instance of Hunspell (~40 ms), wrapped: the module
 * object is a thenable (its `then` calls back with itself), so resolving a
 * promise with it – or returning it from an async function – never ends.
 * `memory`: linear memory to use instead of emscripten's own 16 MB.
 */
function instantiate(memory?: WasmMemory): Promise<{module: Emscripten}> {
  return new Promise((resolve, reject) => {
    const wrapped: {module?: Emscripten} = {}
    const {create, overrides} = runtimeFactory()
    // The emscripten runtime hooks the process's uncaughtException and
    // rethrows from there: Node then prints its one 150 KB line before any
    // error of the host program. korrektor is a library too; the hook goes.
    const hooked = new Set(process.listeners('uncaughtException'))
    wrapped.module = create({
      ...overrides,
      ...(memory ? {wasmMemory: memory} : {}),
      onRuntimeInitialized: () => resolve(wrapped as {module: Emscripten}),
      onAbort: (reason: unknown) => reject(reason instanceof Error ? reason : new Error(String(reason)))
    })
    for (const listener of process.listeners('uncaughtException')) if (!hooked.has(listener)) process.removeListener('uncaughtException', listener)
  })
}

/** Is the page all zero? (Eight bytes at a time.) */
function zeroPage(words: BigUint64Array, page: number): boolean {
  const from = (page * PAGE) / 8
  for (let at = from; at < from + PAGE / 8; at++) if (words[at] !== 0n) return false
  return true
}

/** A snapshot file's header and where its run table and bytes begin. */
function readHeader(fd: number): {header: Header; table: Buffer; dataAt: number} | undefined {
  const head = Buffer.alloc(MAGIC.length + 4)
  if (readSync(fd, head, 0, head.length, 0) !== head.length || head.toString('latin1', 0, MAGIC.length) !== MAGIC) return undefined
  const length = head.readUInt32LE(MAGIC.length)
  const json = Buffer.alloc(length)
  readSync(fd, json, 0, length, head.length)
  const header = JSON.parse(json.toString('utf8')) as Header
  const table = Buffer.alloc(header.runs * 8)
  readSync(fd, table, 0, table.length, head.length + length)
  return {header, table, dataAt: head.length + length + table.length}
}

/** Hunspell handles in one WebAssembly instance. */
class Runtime {
  private readonly createFn: (aff: number, dic: number) => number
  private readonly spellFn: (handle: number, word: number) => number
  private readonly suggestFn: (handle: number, list: number, word: number) => number
  private readonly freeListFn: (handle: number, list: number, count: number) => number
  private files = 0

  constructor(readonly module: Emscripten) {
    this.createFn = module.cwrap('Hunspell_create', 'number', ['number', 'number'])
    this.spellFn = module.cwrap('Hunspell_spell', 'number', ['number', 'number'])
    this.suggestFn = module.cwrap('Hunspell_suggest', 'number', ['number', 'number', 'number'])
    this.freeListFn = module.cwrap('Hunspell_free_list', null, ['number', 'number', 'number'])
  }

  /** Build a Hunspell from affix and dictionary bytes; returns its handle. */
  create(aff: Uint8Array, dic: Uint8Array): number {
    const id = this.files++
    this.module.FS.writeFile(`/k${id}.aff`, aff)
    this.module.FS.writeFile(`/k${id}.dic`, dic)
    return this.createFn(this.module.allocateUTF8(`/k${id}.aff`), this.module.allocateUTF8(`/k${id}.dic`))
  }

  /** The spell/suggest interface of a handle. */
  hunspell(handle: number): Hunspell {
    const {module} = this
    const withWord = <T>(word: string, use: (pointer: number) => T): T => {
      const pointer = module.allocateUTF8(word.normalize())
      try {
        return use(pointer)
      } finally {
        module._free(pointer)
      }
    }
    return {
      spell: (word) => withWord(word, (pointer) => this.spellFn(handle, pointer)) !== 0,
      suggest: (word) =>
        withWord(word, (pointer) => {
          const list = module._malloc(4)
          const count = this.suggestFn(handle, list, pointer)
          const items = module.getValue(list, '*')
          const out: string[] = []
          for (let i = 0; i < count; i++) out.push(module.UTF8ToString(module.getValue(items + i * 4, '*')))
          this.freeListFn(handle, list, count)
          module._free(list)
          return out
        })
    }
  }

  /** The memory as a snapshot: header plus the runs of pages that are not all zero. */
  snapshot(header: Omit<Header, 'size' | 'runs'>): Buffer {
    const memory = this.module.HEAPU8
    const words = new BigUint64Array(memory.buffer, memory.byteOffset, memory.length / 8)
    const runs: Array<[first: number, count: number]> = []
    for (let page = 0; page * PAGE < memory.length; page++) {
      if (zeroPage(words, page)) continue
      const last = runs.at(-1)
      if (last && last[0] + last[1] === page) last[1]++
      else runs.push([page, 1])
    }
    const json = Buffer.from(JSON.stringify({...header, size: memory.length, runs: runs.length} satisfies Header))
    const head = Buffer.alloc(MAGIC.length + 4)
    head.write(MAGIC, 'latin1')
    head.writeUInt32LE(json.length, MAGIC.length)
    const table = Buffer.alloc(runs.length * 8)
    runs.forEach(([first, count], i) => {
      table.writeUInt32LE(first, i * 8)
      table.writeUInt32LE(count, i * 8 + 4)
    })
    const data = runs.map(([first, count]) => Buffer.from(memory.buffer, memory.byteOffset + first * PAGE, count * PAGE))
    return Buffer.concat([head, json, table, ...data])
  }
}

/**
 * A runtime restored from a snapshot file, or undefined when the file does
 * not fit (`key`). The memory is made at the snapshot's size, so nothing has
 * to grow; the pages the runtime's start-up wrote are cleared, and the
 * snapshot's runs are read straight into memory.
 */
async function restore(path: string, key: string): Promise<{runtime: Runtime; header: Header} | undefined> {
  const fd = openSync(path, 'r')
  try {
    const file = readHeader(fd)
    if (!file || file.header.key !== key) return undefined
    const {header, table} = file
    const memory = new WebAssembly.Memory({initial: Math.ceil(header.size / WASM_PAGE)})
    const runtime = new Runtime((await instantiate(memory)).module)
    const bytes = new Uint8Array(memory.buffer)
    // Start-up is deterministic: the pages it writes were recorded with the snapshot.
    for (const page of header.dirty) bytes.fill(0, page * PAGE, (page + 1) * PAGE)
    let at = file.dataAt
    for (let i = 0; i < header.runs; i++) {
      const length = table.readUInt32LE(i * 8 + 4) * PAGE
      if (readSync(fd, bytes, table.readUInt32LE(i * 8) * PAGE, length, at) !== length) return undefined
      at += length
    }
    return {runtime, header}
  } finally {
    closeSync(fd)
  }
}

/** The lexicon: the same dictionary without compounding (tells dictionary words from compounds). */
export function lexiconAffix(aff: Uint8Array): Uint8Array {
  const plain = Buffer.from(aff)
    .toString('utf8')
    .replace(/^(?:COMPOUNDBEGIN|COMPOUNDMIDDLE|COMPOUNDEND|COMPOUNDPERMITFLAG|COMPOUNDMIN|COMPOUNDFLAG)\b.*$/gm, '')
  return new TextEncoder().encode(plain)
}

/** The installed hunspell-asm's version (the split runtime is marked with it). */
export function runtimeVersion(): string {
  return version('hunspell-asm')
}

const versions = new Map<string, string>()
/** A dependency's version, from the package.json above its entry point (dictionary-en exports no package.json). */
function version(name: string): string {
  let found = versions.get(name)
  if (found === undefined) versions.set(name, (found = readVersion(name)))
  return found
}

function readVersion(name: string): string {
  try {
    let dir = dirname(require.resolve(name))
    for (;;) {
      const manifest = join(dir, 'package.json')
      if (existsSync(manifest)) {
        const json = JSON.parse(readFileSync(manifest, 'utf8')) as {name?: string; version?: string}
        if (json.name === name) return json.version ?? '?'
      }
      if (dirname(dir) === dir) return '?'
      dir = dirname(dir)
    }
  } catch {
    return '?'
  }
}

const hashes = new WeakMap<Uint8Array, string>()
/** The hash of a dictionary's .dic bytes, computed once per process (snapshot and prepared stems are keyed by it). */
export function dictionaryHash(dic: Uint8Array): string {
  let hash = hashes.get(dic)
  if (!hash) hashes.set(dic, (hash = createHash('sha256').update(dic).digest('hex')))
  return hash
}

/** What a snapshot of this German dictionary must have been made from. */
function snapshotKey(german: DictionaryFiles): string {
  const hash = createHash('sha256')
  hash.update(MAGIC + version('hunspell-asm') + '\u0000' + version('dictionary-en') + '\u0000' + dictionaryHash(german.dic))
  hash.update(german.aff)
  hash.update(lexiconAffix(german.aff))
  return hash.digest('hex')
}

export function snapshotPath(name: string): string {
  return join(packageRoot(), 'dist', 'snapshots', `${name}.bin`)
}

/** Probe words every restored dictionary must answer correctly. */
function probesPass(main: Hunspell, lexicon: Hunspell, english: Hunspell): boolean {
  return (
    main.spell('Bundesregierung') && !main.spell('Ruslands') && lexicon.spell('Haus') && !lexicon.spell('Hauss') && english.spell('house') && !english.spell('hous')
  )
}

/**
 * A German dictionary's Hunspell, its lexicon and the English Hunspell, in
 * one WebAssembly instance, from a snapshot when one fits.
 */
export class HunspellGroup {
  private constructor(
    private readonly runtime: Runtime,
    private readonly german: DictionaryFiles,
    readonly main: Hunspell,
    /** Built from a snapshot (for the benchmark and tests). */
    readonly restored: boolean,
    private lexiconEngine?: Hunspell,
    private englishEngine?: Hunspell
  ) {}

  /** The group for a German dictionary (`name`: its package, which names the snapshot file at `path`). */
  static async load(name: string, german: DictionaryFiles, path = snapshotPath(name)): Promise<HunspellGroup> {
    if (process.env.KORREKTOR_NO_SNAPSHOT !== '1' && existsSync(path)) {
      try {
        const restored = await restore(path, snapshotKey(german))
        if (restored) {
          const {runtime, header} = restored
          const [main, lexicon, english] = [header.main, header.lexicon, header.english].map((handle) => runtime.hunspell(handle))
          if (probesPass(main, lexicon, english)) return new HunspellGroup(runtime, german, main, true, lexicon, english)
        }
      } catch {
        // An unreadable or foreign snapshot: build the dictionaries instead.
      }
    }
    return HunspellGroup.build(new Runtime((await instantiate()).module), german)
  }

  private static build(runtime: Runtime, german: DictionaryFiles): HunspellGroup {
    return new HunspellGroup(runtime, german, runtime.hunspell(runtime.create(german.aff, german.dic)), false)
  }

  /** The same dictionary without compounding, built on first use. */
  lexicon(): Hunspell {
    this.lexiconEngine ??= this.runtime.hunspell(this.runtime.create(lexiconAffix(this.german.aff), this.german.dic))
    return this.lexiconEngine
  }

  /** The English Hunspell, once `loadEnglish` has run. */
  english(): Hunspell | undefined {
    return this.englishEngine
  }

  /** Build the English Hunspell from its files, unless the snapshot brought it. */
  loadEnglish(files: DictionaryFiles): Hunspell {
    this.englishEngine ??= this.runtime.hunspell(this.runtime.create(files.aff, files.dic))
    return this.englishEngine
  }

  /**
   * Build all three in a fresh instance and return the snapshot
   * (`npm run build`, scripts/snapshot.ts).
   */
  static async snapshot(german: DictionaryFiles, english: DictionaryFiles): Promise<Buffer> {
    const runtime = new Runtime((await instantiate()).module)
    const main = runtime.create(german.aff, german.dic)
    const lexicon = runtime.create(lexiconAffix(german.aff), german.dic)
    const englishHandle = runtime.create(english.aff, english.dic)
    if (!probesPass(runtime.hunspell(main), runtime.hunspell(lexicon), runtime.hunspell(englishHandle))) throw new Error('Hunspell probe words failed')
    // What a fresh instance of the snapshot's size writes while starting (restore clears it).
    const size = runtime.module.HEAPU8.length
    const fresh = (await instantiate(new WebAssembly.Memory({initial: Math.ceil(size / WASM_PAGE)}))).module.HEAPU8
    const words = new BigUint64Array(fresh.buffer, fresh.byteOffset, fresh.length / 8)
    const dirty: number[] = []
    for (let page = 0; page * PAGE < fresh.length; page++) if (!zeroPage(words, page)) dirty.push(page)
    return runtime.snapshot({key: snapshotKey(german), main, lexicon, english: englishHandle, dirty})
  }
}
