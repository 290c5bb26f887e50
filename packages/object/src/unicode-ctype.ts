/** Python's `str.isspace` set (what split() and strip() remove by default). */
const WS =
  " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000";

/** `Py_UNICODE_ISSPACE` of one character. */
export function isWs(ch: string): boolean {
  return WS.includes(ch);
}

/** `str.strip()` with no argument: removes Python whitespace at both ends. */
export function stripWhitespace(s: string): string {
  let i = 0;
  let j = s.length;
  while (i < j && isWs(s[i]!)) i++;
  while (j > i && isWs(s[j - 1]!)) j--;
  return i === 0 && j === s.length ? s : s.slice(i, j);
}

/** Whether every code unit is ASCII. */
export function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

const ND = /\p{Nd}/u;

/**
 * `_PyUnicode_TransformDecimalToASCII`: Unicode decimal digits become ASCII
 * digits (`int('٣') == 3`); other characters are kept. Digit blocks are runs
 * of ten consecutive code points, so a digit's value is its offset in its run mod 10.
 */
export function transformDecimalToASCII(s: string): string {
  return s.replace(/\p{Nd}/gu, (d) => {
    const cp = d.codePointAt(0)!;
    if (cp < 0x80) return d;
    let start = cp;
    while (start > 0 && cp - start < 100 && ND.test(String.fromCodePoint(start - 1))) start--;
    return String((cp - start) % 10);
  });
}
