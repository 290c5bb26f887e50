/**
 * Checked-mode reports pointed at the C source: a report of `@py/capi` names
 * the C-API function misused (`PyBuffer_Release: double release …`) and,
 * when C called it, the C function that did (`… (called from C function
 * f)`; a leak or heap report may name one otherwise: `allocated by C
 * function f`, which points at `f`'s definition). The C line is the call of that API function inside `f`'s body in
 * the editor's text; when `f` calls it more than once, a report of a second
 * use (double release, already released) points at the last call, others at
 * the first, and the other calls are listed.
 */

/** A report with where it points. */
export interface PlacedReport {
  text: string;
  /** The C-API function the report is about, if it names one. */
  api: string | null;
  /** The C function that called it, if C did. */
  cFunction: string | null;
  /** The 1-based line of the call in the C source, or of `cFunction`'s definition; null if not found. */
  line: number | null;
  /** Other lines of `cFunction` calling `api`. */
  otherLines: number[];
}

const CALLER = /\s*\(called from C function ([A-Za-z_]\w*)\)\s*$/;
/** Any other mention of a C function (`allocated by C function Box_new`). */
const MENTION = /\bC function ([A-Za-z_]\w*)/;
const API = /^([A-Za-z_]\w*):/;
const SECOND_USE = /double|twice|already|again|stale|after .*release/i;

/** The lines `[from, to]` (0-based) of the body of C function `name`, and its definition line. */
function functionBody(lines: string[], name: string): { def: number; from: number; to: number } | null {
  const head = new RegExp(`(^|[\\s*])${name}\\s*\\(`);
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (!head.test(l) || /;\s*$/.test(l) || /^\s*(return|if|while|for)\b/.test(l)) continue;
    // The body: from the first "{" at or after the header to its matching "}".
    let depth = 0;
    let opened = -1;
    for (let j = i; j < lines.length; j++) {
      const code = lines[j]!.replace(/\/\/.*$/, "").replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, '""');
      if (opened < 0 && /;/.test(code) && !code.includes("{")) break; // a declaration
      for (const c of code) {
        if (c === "{") {
          if (opened < 0) opened = j;
          depth++;
        } else if (c === "}") {
          depth--;
          if (opened >= 0 && depth === 0) return { def: i, from: opened, to: j };
        }
      }
    }
  }
  return null;
}

/** Places one report in `source`. */
export function placeReport(text: string, source: string): PlacedReport {
  const cFunction = CALLER.exec(text)?.[1] ?? MENTION.exec(text)?.[1] ?? null;
  const api = API.exec(text)?.[1] ?? null;
  const placed: PlacedReport = { text, api, cFunction, line: null, otherLines: [] };
  if (cFunction === null) return placed;
  const lines = source.split("\n");
  const body = functionBody(lines, cFunction);
  if (body === null) return placed;
  const calls: number[] = [];
  if (api !== null) {
    const call = new RegExp(`\\b${api}\\s*\\(`);
    for (let i = body.from; i <= body.to; i++) if (call.test(lines[i]!)) calls.push(i + 1);
  }
  if (calls.length === 0) {
    placed.line = body.def + 1;
    return placed;
  }
  const pick = SECOND_USE.test(text) ? calls[calls.length - 1]! : calls[0]!;
  placed.line = pick;
  placed.otherLines = calls.filter((l) => l !== pick);
  return placed;
}

/** The report in plain words with its place: `line 12, in twice(): …`. */
export function describePlace(r: PlacedReport): string {
  if (r.cFunction === null || r.line === null) return r.text;
  const where = `line ${r.line}, in ${r.cFunction}()`;
  const also =
    r.otherLines.length > 0
      ? ` (${r.api} is also called on line${r.otherLines.length === 1 ? "" : "s"} ${r.otherLines.join(", ")})`
      : "";
  return `${where}: ${r.text.replace(CALLER, "")}${also}`;
}
