#!/usr/bin/env node
// korrektor command-line entry point. The TypeScript sources are built into
// dist/ by `npm install` (prepare script) or `npm run build`.
import {existsSync} from 'node:fs'

const cli = new URL('../dist/src/cli.js', import.meta.url)
if (!existsSync(cli)) {
  process.stderr.write('korrektor: nicht gebaut – bitte „npm install“ oder „npm run build“ ausführen\n')
  process.exit(2)
}
const {main} = await import(cli.href)
process.exitCode = await main(process.argv.slice(2))
