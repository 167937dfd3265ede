/**
 * Quality thresholds (eval/thresholds.json): recall-like metrics have a
 * minimum, false-positive rates (keys starting `fp.`, `fp-serious.` or `fp-error.`) a maximum. `raised`
 * only ever tightens them: a minimum goes up, a maximum goes down.
 */
export type Metrics = Record<string, number>

export interface Thresholds {
  min: Record<string, number>
  max: Record<string, number>
}

const EPSILON = 1e-9

export function check(metrics: Metrics, thresholds: Thresholds): string[] {
  const failures: string[] = []
  for (const [key, bound] of Object.entries(thresholds.min)) {
    if (metrics[key] === undefined) failures.push(`${key}: not measured`)
    else if (metrics[key] < bound - EPSILON) failures.push(`${key}: ${metrics[key].toFixed(4)} < ${bound}`)
  }
  for (const [key, bound] of Object.entries(thresholds.max)) {
    if (metrics[key] === undefined) failures.push(`${key}: not measured`)
    else if (metrics[key] > bound + EPSILON) failures.push(`${key}: ${metrics[key].toFixed(4)} > ${bound}`)
  }
  return failures
}

export function raised(metrics: Metrics, old: Thresholds): Thresholds {
  const next: Thresholds = {min: {...old.min}, max: {...old.max}}
  for (const [key, value] of Object.entries(metrics)) {
    if (/^fp[.-]/.test(key)) {
      const bound = Math.ceil(value * 1000) / 1000
      next.max[key] = key in old.max ? Math.min(old.max[key], bound) : bound
    } else {
      const bound = Math.floor(value * 1000) / 1000
      next.min[key] = key in old.min ? Math.max(old.min[key], bound) : bound
    }
  }
  return next
}
