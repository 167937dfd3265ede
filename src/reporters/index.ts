import type {Reporter} from './types.js'
import {stylish} from './stylish.js'
import {json} from './json.js'
import {sarif} from './sarif.js'
import {github} from './github.js'
import {compact} from './compact.js'
import {html} from './html.js'

export const reporters: Record<string, Reporter> = {stylish, json, sarif, github, compact, html}
export const formats = Object.keys(reporters)
/** Formats that show the files' text (the CLI keeps it for them). */
export const textFormats = new Set(['html'])
export type {Reporter, ReportInput, ReportOutput} from './types.js'
