/**
 * Inline message control, one mechanism for Markdown and HTML:
 *
 *   <!-- korrektor-disable [rule-id …] -->          off from here (all rules if none named)
 *   <!-- korrektor-enable [rule-id …] -->           on again from here
 *   <!-- korrektor-ignore-next-line [rule-id …] --> drop messages on the next line
 *
 * Directives are collected from the syntax tree (mdast `html` nodes, hast
 * `comment` nodes), so a comment inside a code block is not a directive.
 */
import type {Root as MdastRoot} from 'mdast'
import type {Root as HastRoot} from 'hast'
import {visit} from 'unist-util-visit'
import type {VFile} from 'vfile'
import type {LintMessage} from './types.js'

export interface Directive {
  kind: 'disable' | 'enable' | 'ignore-next-line'
  /** Rule ids; empty means every rule. */
  rules: string[]
  offset: number
  line: number
}

const COMMENT = /<!--\s*korrektor-(disable|enable|ignore-next-line)((?:\s+[\w-]+)*)\s*-->/g

function fromComment(text: string, offset: number, line: number, out: Directive[]): void {
  for (const match of text.matchAll(COMMENT)) {
    const before = text.slice(0, match.index)
    const lines = before.split(/\r?\n|\r/).length - 1
    const commentLines = match[0].split(/\r?\n|\r/).length - 1
    out.push({
      kind: match[1] as Directive['kind'],
      rules: match[2].trim() ? match[2].trim().split(/\s+/) : [],
      offset: offset + match.index,
      line: line + lines + commentLines
    })
  }
}

/** unified plugin: collect directives from an mdast or hast tree into file.data. */
export function collectDirectives() {
  return function (tree: MdastRoot | HastRoot, file: VFile) {
    const out: Directive[] = []
    visit(tree as MdastRoot, (node) => {
      const type = node.type as string
      if ((type === 'html' || type === 'comment') && node.position) {
        const value = type === 'comment' ? `<!--${(node as {value: string}).value}-->` : (node as {value: string}).value
        fromComment(value, node.position.start.offset ?? 0, node.position.start.line, out)
      }
    })
    file.data.korrektorDirectives = out
  }
}

/** Keep only the messages the directives allow. */
export function applyDirectives(messages: LintMessage[], directives: Directive[]): LintMessage[] {
  if (directives.length === 0) return messages
  const sorted = [...directives].sort((a, b) => a.offset - b.offset)
  return messages.filter((message) => {
    let allOff = false
    const off = new Set<string>()
    const on = new Set<string>()
    for (const directive of sorted) {
      if (directive.kind === 'ignore-next-line') {
        if (
          message.line === directive.line + 1 &&
          (directive.rules.length === 0 || directive.rules.includes(message.ruleId))
        ) {
          return false
        }
        continue
      }
      if (directive.offset > message.offset) break
      if (directive.kind === 'disable') {
        if (directive.rules.length === 0) {
          allOff = true
          on.clear()
        } else for (const id of directive.rules) (off.add(id), on.delete(id))
      } else if (directive.rules.length === 0) {
        allOff = false
        off.clear()
      } else for (const id of directive.rules) (off.delete(id), on.add(id))
    }
    if (off.has(message.ruleId)) return false
    return !allOff || on.has(message.ruleId)
  })
}
