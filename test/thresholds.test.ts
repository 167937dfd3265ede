import {describe, expect, it} from 'vitest'
import {check, raised} from '../scripts/thresholds.js'

describe('eval thresholds', () => {
  const thresholds = {min: {'seeds.must': 0.5}, max: {'fp.x.rule': 0.2}}

  it('pass when every metric holds', () => {
    expect(check({'seeds.must': 0.5, 'fp.x.rule': 0.2}, thresholds)).toEqual([])
  })

  it('fail when recall drops, false positives rise, or a metric is missing', () => {
    expect(check({'seeds.must': 0.49, 'fp.x.rule': 0.2}, thresholds)).toEqual(['seeds.must: 0.4900 < 0.5'])
    expect(check({'seeds.must': 0.6, 'fp.x.rule': 0.25}, thresholds)).toEqual(['fp.x.rule: 0.2500 > 0.2'])
    expect(check({'fp.x.rule': 0.1}, thresholds)).toEqual(['seeds.must: not measured'])
  })

  it('only ever tighten', () => {
    expect(raised({'seeds.must': 0.8, 'fp.x.rule': 0.1}, thresholds)).toEqual({min: {'seeds.must': 0.8}, max: {'fp.x.rule': 0.1}})
    expect(raised({'seeds.must': 0.3, 'fp.x.rule': 0.9}, thresholds)).toEqual(thresholds)
    expect(raised({'new.metric': 0.4567, 'fp.new.rule': 0.1234}, {min: {}, max: {}})).toEqual({
      min: {'new.metric': 0.456},
      max: {'fp.new.rule': 0.124}
    })
  })
})
