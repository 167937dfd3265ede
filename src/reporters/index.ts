import type {Reporter} from './types.js'
import {stylish} from './stylish.js'
import {json} from './json.js'
import {sarif} from './sarif.js'
import {github} from './github.js'
import {compact} from './compact.js'

export const reporters: Record<string, Reporter> = {stylish, json, sarif, github, compact}
export const formats = Object.keys(reporters)
export type {Reporter, ReportInput, ReportOutput} from './types.js'
