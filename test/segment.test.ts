import {describe, expect, it} from 'vitest'
import {sentences} from '../src/lang/segment.js'

const split = (text: string) => sentences(text).map((s) => s.text)

describe('German sentence segmentation', () => {
  it('does not split after common abbreviations', () => {
    expect(split('Dr. Müller traf die Nr. 2 der Partei, z. B. in Wien bzw. Graz mit ca. 3 Mio. Euro. Dann ging er.')).toEqual([
      'Dr. Müller traf die Nr. 2 der Partei, z. B. in Wien bzw. Graz mit ca. 3 Mio. Euro.',
      'Dann ging er.'
    ])
    expect(split('Es geht um 2 Mrd. Dollar, u. a. für St. Pölten. Prof. Huber widerspricht.')).toEqual([
      'Es geht um 2 Mrd. Dollar, u. a. für St. Pölten.',
      'Prof. Huber widerspricht.'
    ])
  })

  it('keeps ordinals, dates and Roman numerals inside the sentence', () => {
    expect(split('Am 19. Oktober 2023 kam er an. Am 1.11.2024 reiste er ab.')).toEqual([
      'Am 19. Oktober 2023 kam er an.',
      'Am 1.11.2024 reiste er ab.'
    ])
    expect(split('Papst Benedikt XVI. sagte das am 3.10. in Rom. Danach schwieg er.')).toEqual([
      'Papst Benedikt XVI. sagte das am 3.10. in Rom.',
      'Danach schwieg er.'
    ])
  })

  it('splits after abbreviations that often end a sentence when a capital follows', () => {
    expect(split('Er kaufte Äpfel, Birnen usw. Dann ging er heim.')).toEqual([
      'Er kaufte Äpfel, Birnen usw.',
      'Dann ging er heim.'
    ])
  })

  it('keeps closing German quotes in their sentence', () => {
    expect(split('Sie sagte: „Russland wird diesen Krieg gewinnen.“ Dann reiste sie ab.')).toEqual([
      'Sie sagte: „Russland wird diesen Krieg gewinnen.“',
      'Dann reiste sie ab.'
    ])
    expect(split('Er rief: «Wir bleiben!» Die Menge jubelte.')).toEqual(['Er rief: «Wir bleiben!»', 'Die Menge jubelte.'])
    expect(split('„Wir bleiben!“, rief er. Die Menge jubelte.')).toEqual(['„Wir bleiben!“, rief er.', 'Die Menge jubelte.'])
  })

  it('leaves an opening straight quote with the sentence it opens', () => {
    expect(split('Er schwieg. "Wir kommen", sagte sie.')).toEqual(['Er schwieg.', '"Wir kommen", sagte sie.'])
  })

  it('does not split inside URLs and e-mail addresses', () => {
    expect(split('Mehr unter https://www.zeit.de/politik/a.html. Oder an info@example.org schreiben.')).toEqual([
      'Mehr unter https://www.zeit.de/politik/a.html.',
      'Oder an info@example.org schreiben.'
    ])
  })

  it('ends a headline at its line break in plain text', () => {
    expect(split('Nordkorea unterstützt Russland\nDer Außenminister reiste an.')).toEqual([
      'Nordkorea unterstützt Russland',
      'Der Außenminister reiste an.'
    ])
  })

  it('does not break a sentence at a line break inside it', () => {
    expect(split('Die Regierung hat am Montag\nbeschlossen, zu warten.')).toEqual([
      'Die Regierung hat am Montag\nbeschlossen, zu warten.'
    ])
  })

  it('keeps offsets exact', () => {
    const text = 'Äpfel für 3 Mio. Euro. Öl\r\nkostet mehr.'
    for (const s of sentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text)
  })
})
