import {describe, expect, it} from 'vitest'
import {parseGermanText} from '../src/lang/segment.js'
import {inRanges, quotedRanges} from '../src/lang/quotes.js'

const spans = (text: string) => quotedRanges(parseGermanText(text)).map(([s, e]) => text.slice(s, e))

describe('quoted ranges', () => {
  it('finds German, Swiss, single and straight quotes', () => {
    expect(spans('Er sagte „Wir kommen.“ und »gern«, sie «sicher» und ‚klein‘, dazu "gerade".')).toEqual([
      '„Wir kommen.“',
      '»gern«',
      '«sicher»',
      '‚klein‘',
      '"gerade"'
    ])
  })

  it('finds straight single quotes, not apostrophes', () => {
    expect(spans("Das Motto lautet 'Let's build bridges'. Sie nennen es 'No ticket, no entry' - also nichts.")).toEqual([
      "'Let's build bridges'",
      "'No ticket, no entry'"
    ])
    // Apostrophes inside and after words open nothing (Let's, Andreas' Buch, geht's).
    expect(spans("Andreas' Buch kam, wie geht's? Let's go.")).toEqual([])
  })

  it('spans sentences inside one paragraph but not paragraphs', () => {
    expect(spans('„Eins. Zwei.“ Drei.')).toEqual(['„Eins. Zwei.“'])
    expect(spans('„Offen\n\nZu“')).toEqual([])
  })

  it('answers containment', () => {
    const ranges: Array<[number, number]> = [[2, 5], [10, 20]]
    expect(inRanges(ranges, 3, 5)).toBe(true)
    expect(inRanges(ranges, 4, 6)).toBe(false)
    expect(inRanges(ranges, 12, 13)).toBe(true)
    expect(inRanges(ranges, 6, 7)).toBe(false)
  })
})
