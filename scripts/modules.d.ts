// nspell ships no types; the bench uses it only as a baseline.
declare module 'nspell' {
  interface NSpell {
    correct(word: string): boolean
  }
  export default function nspell(dictionary: {aff: Uint8Array; dic: Uint8Array}): NSpell
}
