/** A UTF-16 surrogate: a string without one indexes its code points directly. */
export const SURROGATE = /[\uD800-\uDFFF]/;

/** The code points of `s` as separate strings (only used for strings with surrogate pairs). */
export function codePoints(s: string): string[] {
  return Array.from(s);
}

/** `len(s)` in code points. */
export function unicodeLength(s: string): number {
  if (!SURROGATE.test(s)) return s.length;
  let n = 0;
  for (const _ of s) n++;
  return n;
}
