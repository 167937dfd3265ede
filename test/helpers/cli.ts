/** Run the CLI in-process with captured output, in a temporary directory. */
import {mkdtempSync, mkdirSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {main} from '../../src/cli.js'

export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

export function tempDir(files: Record<string, string | Uint8Array> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'korrektor-'))
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name)
    mkdirSync(dirname(path), {recursive: true})
    writeFileSync(path, content)
  }
  return dir
}

export async function cli(
  args: string[],
  options: {cwd: string; stdin?: string | Uint8Array; env?: NodeJS.ProcessEnv; isTTY?: boolean; progress?: boolean; stop?: Promise<void>; onStdout?: (text: string) => void}
): Promise<CliRun> {
  let stdout = ''
  let stderr = ''
  const code = await main(args, {
    stdout: (text) => {
      stdout += text
      options.onStdout?.(text)
    },
    stderr: (text) => void (stderr += text),
    stdin: async () => Buffer.from(options.stdin ?? ''),
    isTTY: options.isTTY ?? false,
    progress: options.progress ?? false,
    stop: options.stop,
    env: options.env ?? {},
    cwd: options.cwd
  })
  return {code, stdout, stderr}
}
