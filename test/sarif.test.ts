/**
 * The SARIF report validates against the official SARIF 2.1.0 schema (as
 * shipped in @microsoft/jest-sarif) and its fingerprints are stable.
 */
import {readFileSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import AjvDraft04 from 'ajv-draft-04'
import addFormats from 'ajv-formats'
import {cli, tempDir} from './helpers/cli.js'

const require = createRequire(import.meta.url)
const schemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json')
const schema = JSON.parse(readFileSync(schemaPath, 'utf8'))
const ajv = new AjvDraft04({allErrors: true, strict: false, unicodeRegExp: false})
addFormats(ajv)
const validate = ajv.compile(schema)

describe('SARIF', () => {
  it('validates against the SARIF 2.1.0 schema, with rule metadata and an I/O notification', async () => {
    const dir = tempDir({
      'a.txt': 'Die die Regierung meldet 14,000 Soldaten.\n',
      'sub/b.md': '# Titel\n\nSie sagte: "Wir kommen."\n',
      'bin.txt': new Uint8Array([0, 1, 2])
    })
    const run = await cli(['.', '-f', 'sarif'], {cwd: dir})
    const log = JSON.parse(run.stdout)
    const valid = validate(log)
    expect(validate.errors ?? []).toEqual([])
    expect(valid).toBe(true)
    const [sarifRun] = log.runs
    expect(sarifRun.tool.driver.rules.map((r: {id: string}) => r.id)).toContain('repeated-word')
    for (const rule of sarifRun.tool.driver.rules) expect(rule.helpUri).toMatch(/^https:\/\/.+\.md$/)
    expect(sarifRun.results.map((r: {ruleId: string; level: string}) => `${r.ruleId}:${r.level}`)).toEqual([
      'repeated-word:warning',
      'typography:warning',
      'typography:warning'
    ])
    expect(sarifRun.results[2].locations[0].physicalLocation.artifactLocation.uri).toBe('sub/b.md')
    expect(sarifRun.invocations[0].toolExecutionNotifications[0].message.text).toContain('bin.txt')
  })

  it('keeps fingerprints when lines above a finding change', async () => {
    const dir = tempDir({'a.txt': 'Die Regierung hat die die Sache vertagt.\n'})
    const before = JSON.parse((await cli(['a.txt', '-f', 'sarif'], {cwd: dir})).stdout).runs[0].results[0]
    writeFileSync(join(dir, 'a.txt'), 'Ein neuer Absatz steht davor.\n\nDie Regierung hat die die Sache vertagt.\n')
    const after = JSON.parse((await cli(['a.txt', '-f', 'sarif'], {cwd: dir})).stdout).runs[0].results[0]
    expect(after.locations[0].physicalLocation.region.startLine).toBe(3)
    expect(after.partialFingerprints).toEqual(before.partialFingerprints)
  })

  it('gives repeated identical findings distinct fingerprints', async () => {
    const dir = tempDir({'a.txt': 'Erst die die Sache.\nDann die die Sache.\n'})
    const results = JSON.parse((await cli(['a.txt', '-f', 'sarif'], {cwd: dir})).stdout).runs[0].results
    expect(results[0].partialFingerprints['korrektor/v1']).not.toBe(results[1].partialFingerprints['korrektor/v1'])
  })
})
