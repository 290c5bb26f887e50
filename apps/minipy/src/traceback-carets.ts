/**
 * The line of carets under a traceback's source line (PEP 657, CPython
 * 3.11's `Python/traceback.c`: `tb_displayline` and
 * `extract_anchors_from_line`): `^` under the operation that raised, or
 * `~~^~~` around a binary operator and `~~~^^^` under a subscript's
 * brackets; none when the carets would span the whole line.
 */
import type { Expr, Loc } from "./ast.js";
import { parseModule } from "./parse.js";

/** Python's `str.isspace()` for the characters a source line holds. */
const SPACE = /\s/;

/** `(left_end, right_start)` within `segment`: the operator's or the brackets' columns, or null. */
function anchors(segment: string): { left: number; right: number } | null {
  let e: Expr;
  try {
    const body = parseModule(segment);
    const s = body[0];
    if (body.length !== 1 || s?.kind !== "Expr") return null;
    e = s.value;
  } catch {
    return null;
  }
  if (e.kind === "BinOp") {
    const from = e.left.loc.endCol;
    const to = e.right.loc.col;
    if (from === undefined || to === undefined || e.left.loc.endLine !== 1 || e.right.loc.line !== 1)
      return null;
    // the first character that is not a space or a closing bracket (a two-character operator takes both)
    let left = -1;
    let right = -1;
    for (let i = from; i < to; i++) {
      if (SPACE.test(segment[i]!)) continue;
      left = i;
      right = i + 1;
      if (i + 1 < to && !SPACE.test(segment[i + 1]!)) right++;
      if (i + 1 < to && segment[i] === ")") continue;
      break;
    }
    return left < 0 ? null : { left, right };
  }
  if (e.kind === "Subscript") {
    const valueEnd = e.value.loc.endCol;
    const indexEnd = e.index.loc.endCol;
    if (valueEnd === undefined || indexEnd === undefined) return null;
    let left = valueEnd;
    let right = indexEnd + 1;
    while (left < segment.length && segment[left] !== "[") left++;
    while (right < segment.length && segment[right] !== "]") right++;
    if (right < segment.length) right++;
    return { left, right };
  }
  return null;
}

/**
 * The caret line for `line` (the source line as in the file) where the
 * operation at `loc` raised, or null when none is shown.
 */
export function caretLine(line: string, loc: Loc): string | null {
  if (loc.col === undefined || loc.endCol === undefined || loc.endLine === undefined) return null;
  const stripped = line.trim();
  const indent = line.length - line.trimStart().length;
  const start = loc.col;
  let end = loc.endCol;
  let a: { left: number; right: number } | null = null;
  if (loc.endLine === loc.line) a = anchors(line.slice(start, end));
  // a multi-line operation: up to the line's last character
  else end = line.trimEnd().length;
  if (end - start >= stripped.length && (a === null || a.right - a.left <= 0)) return null;
  let out = `    ${" ".repeat(Math.max(0, start - indent))}`;
  if (a === null) return `${out}${"^".repeat(end - start)}`;
  out += "~".repeat(a.left);
  out += "^".repeat(a.right - a.left);
  out += "~".repeat(Math.max(0, end - start - a.right));
  return out;
}
