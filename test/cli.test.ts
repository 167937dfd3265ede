import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {cli, tempDir} from './helpers/cli.js'
import type {FileResult} from '../src/types.js'

const CLEAN = 'Die Regierung hat am Montag entschieden.\n'
const DIRTY = 'Die Regierung hat die die Entscheidung vertagt.\n'

describe('exit codes and formats', () => {
  it('exits 0 on clean files and 1 on errors', async () => {
    const dir = tempDir({'clean.txt': CLEAN, 'dirty.txt': DIRTY})
    expect((await cli(['clean.txt'], {cwd: dir})).code).toBe(0)
    // A warning alone does not fail …
    expect((await cli(['dirty.txt'], {cwd: dir})).code).toBe(0)
    // … an error does.
    expect((await cli(['dirty.txt', '--rule', 'repeated-word=error'], {cwd: dir})).code).toBe(1)
  })

  it('prints the JSON shape other tools rely on', async () => {
    const text = 'Zeile eins.\r\nÜbel ist die die Sache.\n'
    const dir = tempDir({'b.txt': text, 'a.txt': CLEAN})
    const run = await cli(['.', '--format', 'json'], {cwd: dir})
    const report = JSON.parse(run.stdout) as FileResult[]
    expect(report.map((r) => r.path)).toEqual(['a.txt', 'b.txt'])
    expect(report[1].messages).toEqual([
      {
        ruleId: 'repeated-word',
        severity: 'warning',
        message: 'Wort doppelt: „die die“.',
        line: 2,
        column: 10,
        endLine: 2,
        endColumn: 17,
        offset: 22,
        endOffset: 29,
        actual: 'die die',
        expected: ['die']
      }
    ])
    expect(text.slice(22, 29)).toBe('die die')
  })

  it('prints compact lines for editors', async () => {
    const dir = tempDir({'a.txt': DIRTY})
    const run = await cli(['a.txt', '-f', 'compact'], {cwd: dir})
    expect(run.stdout).toBe('a.txt:1:19: warning Wort doppelt: „die die“. (→ die) [repeated-word]\n')
  })

  it('prints GitHub workflow commands and writes the job summary', async () => {
    const dir = tempDir({'a,b.txt': DIRTY})
    const summary = join(dir, 'summary.md')
    const run = await cli(['a,b.txt', '-f', 'github'], {cwd: dir, env: {GITHUB_STEP_SUMMARY: summary}})
    expect(run.stdout).toBe(
      '::warning file=a%2Cb.txt,line=1,col=19,endLine=1,endColumn=26,title=korrektor (repeated-word)::Wort doppelt: „die die“. → die\n'
    )
    expect(readFileSync(summary, 'utf8')).toContain('| a,b.txt | 1:19 | Warnung | Wort doppelt: „die die“. | die | `repeated-word` |')
  })

  it('prints stylish output with flagged text, suggestion and rule id, no colour off a TTY', async () => {
    const dir = tempDir({'a.txt': DIRTY})
    const run = await cli(['a.txt'], {cwd: dir})
    expect(run.stdout).toContain('a.txt\n  1:19  Warnung  Wort doppelt: „die die“.  → „die“  repeated-word')
    expect(run.stdout).toContain('1 Befund in 1 Datei: 0 Fehler, 1 Warnung, 0 Hinweise')
    expect(run.stdout).not.toContain('\u001b[')
    const colored = await cli(['a.txt'], {cwd: dir, isTTY: true})
    expect(colored.stdout).toContain('\u001b[')
  })

  it('--quiet reports errors only; --max-warnings fails on too many warnings', async () => {
    const dir = tempDir({'a.txt': DIRTY + 'Es waren 14,000 Zuschauer.\n'})
    const quiet = await cli(['a.txt', '-q', '-f', 'json', '--rule', 'typography=error'], {cwd: dir})
    expect(JSON.parse(quiet.stdout)[0].messages.map((m: {ruleId: string}) => m.ruleId)).toEqual(['typography'])
    expect((await cli(['a.txt', '--max-warnings', '2'], {cwd: dir})).code).toBe(0)
    const over = await cli(['a.txt', '--max-warnings', '1'], {cwd: dir})
    expect(over.code).toBe(1)
    expect(over.stderr).toContain('2 Warnungen, erlaubt sind höchstens 1')
  })

  it('reads standard input with --stdin and --stdin-filename', async () => {
    const dir = tempDir()
    const run = await cli(['--stdin', '--stdin-filename', 'x.md', '-f', 'json'], {cwd: dir, stdin: '`die die` und die die'})
    const report = JSON.parse(run.stdout)
    expect(report[0].path).toBe('x.md')
    expect(report[0].messages).toHaveLength(1)
    expect(report[0].messages[0].offset).toBe(14)
  })

  it('prints help and version', async () => {
    const dir = tempDir()
    expect((await cli(['--help'], {cwd: dir})).stdout).toContain('Verwendung: korrektor')
    expect((await cli(['--version'], {cwd: dir})).stdout).toMatch(/^\d+\.\d+\.\d+\n$/)
  })
})

describe('bad input', () => {
  it('reports a missing file, lints the others, exits 2', async () => {
    const dir = tempDir({'a.txt': DIRTY})
    const run = await cli(['fehlt.txt', 'a.txt', '-f', 'json'], {cwd: dir})
    expect(run.code).toBe(2)
    expect(run.stderr).toBe('korrektor: fehlt.txt: Datei nicht gefunden\n')
    expect(JSON.parse(run.stdout)[0].messages).toHaveLength(1)
  })

  it('reports a directory without lintable files', async () => {
    const dir = tempDir({'leer/bild.png': 'x', 'a.txt': CLEAN})
    const run = await cli(['leer', 'a.txt'], {cwd: dir})
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('korrektor: leer: keine prüfbaren Dateien (.txt, .md, .markdown, .html, .htm)')
  })

  it('skips a binary file with a one-line error', async () => {
    const dir = tempDir({'bild.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]), 'a.txt': DIRTY})
    const run = await cli(['bild.txt', 'a.txt', '-f', 'compact'], {cwd: dir})
    expect(run.code).toBe(2)
    expect(run.stderr).toBe('korrektor: bild.txt: Binärdatei (enthält NUL-Bytes), übersprungen\n')
    expect(run.stdout).toContain('a.txt:1:19')
  })

  it('reports invalid UTF-8 with the byte offset', async () => {
    const latin1 = Buffer.concat([Buffer.from('Die Stra'), Buffer.from([0xdf]), Buffer.from('e ist lang.')])
    const dir = tempDir({'latin1.txt': latin1})
    const run = await cli(['latin1.txt'], {cwd: dir})
    expect(run.code).toBe(2)
    expect(run.stderr).toBe('korrektor: latin1.txt: ungültiges UTF-8 an Byte 8 (0xDF); bitte als UTF-8 speichern\n')
  })

  it('removes a UTF-8 BOM and counts offsets after it', async () => {
    const dir = tempDir({'bom.txt': '\uFEFFdie die Sache.'})
    const run = await cli(['bom.txt', '-f', 'json'], {cwd: dir})
    expect(JSON.parse(run.stdout)[0].messages[0]).toMatchObject({offset: 0, line: 1, column: 1, actual: 'die die'})
  })

  it('keeps positions exact with CRLF, NFD, soft hyphens and zero-width characters', async () => {
    const text = 'Erste Zeile.\r\n' + 'Über'.normalize('NFD') + ' Ver\u00ADhand\u200Blungen hat hat man gesprochen.\r\n'
    const dir = tempDir({'x.txt': text})
    const run = await cli(['x.txt', '-f', 'json'], {cwd: dir})
    const messages = JSON.parse(run.stdout)[0].messages as {ruleId: string; actual: string}[]
    expect(messages.map((m) => m.ruleId)).toEqual(['broken-hyphenation', 'repeated-word'])
    expect(messages[0]).toMatchObject({line: 2, column: 7, actual: 'Ver\u00ADhand\u200Blungen', expected: ['Verhandlungen']})
    const message = messages[1]
    expect(message).toMatchObject({line: 2, column: 23, actual: 'hat hat'})
    expect(text.slice(message.offset, message.endOffset)).toBe('hat hat')
  })

  it('lints an empty file without findings', async () => {
    const dir = tempDir({'leer.txt': ''})
    const run = await cli(['leer.txt', '-f', 'json'], {cwd: dir})
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)).toEqual([{path: 'leer.txt', messages: []}])
  })

  it('lints a 10 MB file', async () => {
    const paragraph = 'Die Regierung in Wien hat am 19. Oktober beschlossen, die Steuern zu senken. Dr. Huber war dagegen.\n\n'
    const text = paragraph.repeat(Math.ceil(10_000_000 / paragraph.length)) + 'Am Ende hat hat er recht.\n'
    const dir = tempDir({'gross.txt': text})
    const run = await cli(['gross.txt', '-f', 'json'], {cwd: dir})
    const [message] = JSON.parse(run.stdout)[0].messages
    expect(message.actual).toBe('hat hat')
    expect(text.slice(message.offset, message.endOffset)).toBe('hat hat')
  }, 120_000)

  it('rejects an unknown option with exit 2 and one line', async () => {
    const run = await cli(['--frobnicate', 'a.txt'], {cwd: tempDir()})
    expect(run.code).toBe(2)
    expect(run.stderr).toBe("korrektor: unbekannte Option --frobnicate (siehe korrektor --help)\n")
  })

  it('rejects an unknown format, rule or severity', async () => {
    const dir = tempDir({'a.txt': CLEAN})
    expect((await cli(['a.txt', '-f', 'xml'], {cwd: dir})).stderr).toContain('unbekanntes Format „xml“')
    expect((await cli(['a.txt', '--rule', 'gibtsnicht=error'], {cwd: dir})).stderr).toContain('unbekannte Regel „gibtsnicht“')
    expect((await cli(['a.txt', '--rule', 'typography=laut'], {cwd: dir})).code).toBe(2)
    expect((await cli([], {cwd: dir})).stderr).toContain('keine Dateien angegeben')
  })

  it('names the file for a config that is not valid JSON', async () => {
    const dir = tempDir({'.korrektorrc.json': '{"rules": {', 'a.txt': CLEAN})
    const run = await cli(['a.txt'], {cwd: dir})
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^korrektor: Konfigurationsfehler: .*\.korrektorrc\.json: ungültiges JSON: .*\n$/)
    expect(run.stderr).not.toContain('    at ')
  })

  it('names the file and key for an invalid config', async () => {
    const dir = tempDir({'.korrektorrc.json': JSON.stringify({rules: {'repeated-word': 'laut'}}), 'a.txt': CLEAN})
    const run = await cli(['a.txt'], {cwd: dir})
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('.korrektorrc.json: rules.repeated-word:')
    const unknown = tempDir({'.korrektorrc.yaml': 'rules:\n  gibtsnicht: error\n', 'a.txt': CLEAN})
    expect((await cli(['a.txt'], {cwd: unknown})).stderr).toContain('.korrektorrc.yaml: rules.gibtsnicht: unbekannte Regel')
    const key = tempDir({'.korrektorrc.json': '{"sprache": "de"}', 'a.txt': CLEAN})
    expect((await cli(['a.txt'], {cwd: key})).stderr).toContain('.korrektorrc.json: sprache: unbekannter Schlüssel')
  })
})

describe('configuration files', () => {
  it('finds the nearest config upward (json, yaml, package.json)', async () => {
    const dir = tempDir({
      '.korrektorrc.yaml': 'rules:\n  repeated-word: error\n',
      'sub/package.json': JSON.stringify({name: 'x', korrektor: {rules: {'repeated-word': 'off'}}}),
      'a.txt': DIRTY,
      'sub/b.txt': DIRTY
    })
    const run = await cli(['.', '-f', 'json'], {cwd: dir})
    const report = JSON.parse(run.stdout) as FileResult[]
    expect(report.find((r) => r.path === 'a.txt')!.messages[0].severity).toBe('error')
    expect(report.find((r) => r.path === 'sub/b.txt')!.messages).toEqual([])
  })

  it('--config overrides the search; --rule overrides the config', async () => {
    const dir = tempDir({'custom.json': JSON.stringify({extends: 'strict'}), 'a.txt': DIRTY})
    const strict = await cli(['a.txt', '-c', 'custom.json', '-f', 'json'], {cwd: dir})
    expect(JSON.parse(strict.stdout)[0].messages[0].severity).toBe('error')
    const off = await cli(['a.txt', '-c', 'custom.json', '-r', 'repeated-word=off', '-f', 'json'], {cwd: dir})
    expect(JSON.parse(off.stdout)[0].messages).toEqual([])
  })

  it('honours .korrektorignore and ignorePatterns', async () => {
    const dir = tempDir({
      '.korrektorignore': 'entwuerfe/\n',
      '.korrektorrc.json': JSON.stringify({ignorePatterns: ['alt-*.txt']}),
      'entwuerfe/a.txt': DIRTY,
      'alt-1.txt': DIRTY,
      'neu.txt': DIRTY
    })
    const run = await cli(['.', '-f', 'json'], {cwd: dir})
    expect(JSON.parse(run.stdout).map((r: FileResult) => r.path)).toEqual(['neu.txt'])
  })

  it('accepts globs', async () => {
    const dir = tempDir({'a.txt': DIRTY, 'b.md': DIRTY, 'c.html': '<p>die die</p>'})
    const run = await cli(['*.{md,html}', '-f', 'json'], {cwd: dir})
    expect(JSON.parse(run.stdout).map((r: FileResult) => r.path)).toEqual(['b.md', 'c.html'])
  })
})

describe('progress and --watch', () => {
  it('shows progress on a terminal stderr only, and clears it', async () => {
    const dir = tempDir({'a.txt': CLEAN, 'b.txt': DIRTY, 'c.txt': CLEAN})
    const run = await cli(['.', '-f', 'json'], {cwd: dir, progress: true})
    expect(run.stderr).toContain('\rkorrektor: 1/3 Dateien')
    expect(run.stderr.endsWith('\r\u001b[K')).toBe(true)
    expect(JSON.parse(run.stdout)).toHaveLength(3)
    const quiet = await cli(['.', '-f', 'json'], {cwd: dir})
    expect(quiet.stderr).toBe('')
  })

  it('lints again when a watched file changes, until stopped', async () => {
    const dir = tempDir({'a.txt': CLEAN})
    const outputs: string[] = []
    let changed: () => void = () => {}
    const second = new Promise<void>((done) => (changed = done))
    let stop: () => void = () => {}
    const stopped = new Promise<void>((done) => (stop = done))
    const running = cli(['a.txt', '-f', 'compact', '--watch'], {
      cwd: dir,
      stop: stopped,
      onStdout: (text) => {
        outputs.push(text)
        if (outputs.length === 2) changed()
      }
    })
    // Wait for the first report, then change the file.
    for (let i = 0; i < 100 && outputs.length === 0; i++) await new Promise((r) => setTimeout(r, 50))
    expect(outputs.join('')).not.toContain('die die')
    writeFileSync(join(dir, 'a.txt'), DIRTY)
    await Promise.race([second, new Promise((r) => setTimeout(r, 10_000))])
    stop()
    const run = await running
    expect(run.code).toBe(0)
    expect(outputs.length).toBeGreaterThanOrEqual(2)
    expect(outputs.slice(1).join('')).toContain('die die')
    expect(run.stderr).toContain('warte auf Änderungen')
  })

  it('refuses --watch with --stdin', async () => {
    const run = await cli(['--stdin', '--watch'], {cwd: tempDir(), stdin: CLEAN})
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('--watch geht nicht mit --stdin')
  })
})
