/**
 * When an interactive input is complete, as CPython's REPL decides it: a
 * statement is complete when its first line does not open a block and no
 * bracket is left open; a block ends at an empty line. Shared by the
 * terminal REPL (`repl.ts`) and pages that run minipy (no Node API here).
 */

/** Whether `src` (lines typed so far) needs more lines before it can run. */
export function needsMoreInput(src: string): boolean {
  const lines = src.split("\n");
  const first = lines[0] ?? "";
  const last = lines[lines.length - 1] ?? "";
  if (bracketDepth(src) > 0) return true;
  if (last.endsWith("\\")) return true;
  // A block header keeps reading until an empty line.
  if (
    /:\s*(#.*)?$/.test(first.trimEnd()) &&
    /^\s*(if|elif|else|for|while|try|except|finally|with|def|class)\b/.test(first)
  ) {
    return last.trim() !== "" || lines.length === 1;
  }
  return false;
}

function bracketDepth(src: string): number {
  let depth = 0;
  let quote: string | null = null;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quote !== null) {
      if (c === "\\") i++;
      else if (src.startsWith(quote, i)) {
        i += quote.length - 1;
        quote = null;
      }
      continue;
    }
    if (c === "#") {
      while (i < src.length && src[i] !== "\n") i++;
    } else if (c === "'" || c === '"') {
      quote = src.startsWith(c.repeat(3), i) ? c.repeat(3) : c;
      i += quote.length - 1;
    } else if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") depth--;
  }
  return depth;
}
