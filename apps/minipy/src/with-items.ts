/**
 * Parenthesized `with` items (`with (open(a) as f, open(b) as g):`, Python
 * 3.9's grammar: `'with' '(' ','.with_item+ ','? ')' ':'`), which
 * `@lezer/python` does not parse: such a header is rewritten, in place and
 * at the same length, as the unparenthesized form (the brackets, a trailing
 * comma, comments and line breaks inside become spaces), so every node keeps
 * its offset. Line numbers come from the original text.
 */

/** The end of the string literal starting at `i` (its quote), or -1 when unterminated. */
function stringEnd(src: string, i: number): number {
  const c = src[i]!;
  const q = src.startsWith(c.repeat(3), i) ? c.repeat(3) : c;
  let j = i + q.length;
  while (j < src.length && !src.startsWith(q, j)) {
    if (src[j] === "\\") j++;
    else if (q.length === 1 && src[j] === "\n") return -1;
    j++;
  }
  return j >= src.length ? -1 : j + q.length;
}

/**
 * The header's items between `open` (its `(`) and the matching `)`: the
 * positions of the top-level commas and whether a top-level `as` is there,
 * or null when the brackets do not close.
 */
function scanItems(src: string, open: number): { close: number; commas: number[]; hasAs: boolean } | null {
  let depth = 0;
  const commas: number[] = [];
  let hasAs = false;
  for (let i = open; i < src.length; i++) {
    const c = src[i]!;
    if (c === "#") {
      while (i < src.length && src[i] !== "\n") i++;
    } else if (c === "'" || c === '"') {
      const e = stringEnd(src, i);
      if (e < 0) return null;
      i = e - 1;
    } else if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") {
      depth--;
      if (depth === 0) return { close: i, commas, hasAs };
    } else if (depth === 1 && c === ",") commas.push(i);
    else if (depth === 1 && /\w/.test(c) && !/\w/.test(src[i - 1] ?? "")) {
      let j = i;
      while (j < src.length && /\w/.test(src[j]!)) j++;
      if (src.slice(i, j) === "as") hasAs = true;
      i = j - 1;
    }
  }
  return null;
}

/** Rewrites every parenthesized with-items header of `src` (same length). */
export function flattenParenthesizedWith(src: string): string {
  if (!/\bwith\s*\(/.test(src)) return src;
  const out = src.split("");
  const header = /(^|[\n;:])([ \t]*)(?:async[ \t]+)?with[ \t]*\(/g;
  for (let m = header.exec(src); m !== null; m = header.exec(src)) {
    const open = m.index + m[0].length - 1;
    const r = scanItems(src, open);
    if (r === null) continue;
    const after = /^[ \t]*:/.exec(src.slice(r.close + 1));
    // `with (a) as b:` and `with (a):` are expressions in brackets already
    if (after === null || (r.commas.length === 0 && !r.hasAs)) continue;
    out[open] = " ";
    out[r.close] = " ";
    const last = r.commas[r.commas.length - 1];
    if (last !== undefined && src.slice(last + 1, r.close).trim() === "") out[last] = " ";
    // comments and line breaks inside become spaces (strings are kept)
    for (let i = open + 1; i < r.close; i++) {
      const c = src[i]!;
      if (c === "'" || c === '"') {
        i = stringEnd(src, i) - 1;
      } else if (c === "#") {
        while (i < r.close && src[i] !== "\n") out[i++] = " ";
        if (i < r.close) out[i] = " ";
      } else if (c === "\n" || c === "\r" || (c === "\\" && (src[i + 1] === "\n" || src[i + 1] === "\r"))) {
        out[i] = " ";
      }
    }
  }
  return out.join("");
}
