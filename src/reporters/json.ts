/** JSON: `[{path, messages: [LintMessage]}]`, one entry per linted file. */
import type {Reporter} from './types.js'

export const json: Reporter = ({results}) => ({stdout: JSON.stringify(results) + '\n'})
