import {describe, expect, it} from 'vitest'
import {unified} from 'unified'
import {ParseLatin} from 'parse-latin'
import {VFile} from 'vfile'
import type {Root} from 'nlcst'
import {lint, lintFiles, rules, ruleIds} from '../src/index.js'
import repeatedWord from '../rules/repeated-word.js'
import {tempDir} from './helpers/cli.js'

describe('rules as plain retext plugins', () => {
  it('run in a foreign unified pipeline with a plain parse-latin parser', async () => {
    const processor = unified()
      .use(function () {
        this.parser = (document: string) => new ParseLatin().parse(document)
      })
      .use(repeatedWord, 'error')
    const file = new VFile('Die Regierung hat hat entschieden.')
    await processor.run(processor.parse(file) as Root, file)
    expect(file.messages).toHaveLength(1)
    expect(file.messages[0]).toMatchObject({ruleId: 'repeated-word', source: 'korrektor', fatal: true, actual: 'hat hat', expected: ['hat']})
    expect(file.messages[0].place).toMatchObject({start: {line: 1, column: 15, offset: 14}, end: {line: 1, column: 22, offset: 21}})
  })

  it('carry their metadata', () => {
    expect(repeatedWord.meta).toMatchObject({id: 'repeated-word', severity: 'warning', category: 'Grammatik'})
    expect(ruleIds).toEqual(rules.map((r) => r.meta.id))
  })
})

describe('Node API', () => {
  it('lint and lintFiles return the JSON report objects', async () => {
    const text = 'Sie hat hat gewonnen.'
    const [message] = await lint(text)
    expect(Object.keys(message)).toEqual([
      'ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'offset', 'endOffset', 'actual', 'expected'
    ])
    const dir = tempDir({'b.txt': text, 'a.txt': 'Sauber.', 'kaputt.txt': new Uint8Array([0xff, 0xfe, 0])})
    const {results, errors} = await lintFiles(['.'], {cwd: dir})
    expect(results.map((r) => r.path)).toEqual(['a.txt', 'b.txt'])
    expect(results[1].messages).toEqual([message])
    expect(errors).toEqual([{path: 'kaputt.txt', reason: 'UTF-16-kodiert; bitte als UTF-8 speichern'}])
  })
})
