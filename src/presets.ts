/**
 * Presets are nothing but rule settings.
 * - `recommended`: every rule at its default severity, except strict-only rules.
 * - `strict`: every rule on; warnings become errors (info stays info).
 */
import {rules} from '../rules/index.js'
import type {SeveritySetting} from './types.js'

export type PresetName = 'recommended' | 'strict'
export const PRESETS: readonly PresetName[] = ['recommended', 'strict']

export function presetRules(name: PresetName): Record<string, SeveritySetting> {
  const out: Record<string, SeveritySetting> = {}
  for (const {meta} of rules) {
    if (name === 'recommended') out[meta.id] = meta.strictOnly ? 'off' : meta.severity
    else out[meta.id] = meta.severity === 'warning' ? 'error' : meta.severity
  }
  return out
}
