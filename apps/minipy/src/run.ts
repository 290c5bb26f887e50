/**
 * The ways to run source: transcript (each line as typed at the interactive
 * prompt, like `tools/cpython_transcript.py`), script (`python FILE`, with a
 * traceback on stderr) — both in-process, writing through callbacks.
 */
import {
  formatExceptionOnly,
  type PyBaseExceptionObject,
  type PyError,
  PyExc_SyntaxError,
  PyExc_SystemExit,
  PyLong_Check,
  Py_None,
  str,
} from "@py/object";
import { Interpreter, type InterpreterOptions } from "./interpreter.js";
import { suggestionFor } from "./suggestions.js";
import { caretLine } from "./traceback-carets.js";
import { dropError, type TracebackEntry, toPyError, tracebackOfException } from "./tracebacks.js";

export { loadModules } from "./modules/index.js";

/** Python's `str.splitlines()` line boundaries. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: \x1c-\x1e are line boundaries for str.splitlines()
const LINE_BREAK = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/;

/** Trailing whitespace as Python's `str.rstrip()` sees it (`str.isspace()`; not U+FEFF, which JS's `\\s` has). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: \x1c-\x1f are whitespace for str.isspace()
const PY_TRAILING_SPACE = /[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/;

/** The last line of a traceback: `TypeError: msg`, `struct.error: msg`, `StopIteration`. */
export function exceptionLastLine(e: unknown): string {
  return formatExceptionOnly(toPyError(e).exc);
}

/**
 * Runs a transcript case: every non-blank, non-comment line is compiled and
 * run on its own in one namespace (compile mode 'single'): expression values
 * other than None are echoed with repr(); an exception prints its last
 * traceback line on stdout and the run goes on.
 */
export function runTranscript(src: string, opts: InterpreterOptions = {}): Interpreter {
  const interp = new Interpreter(opts);
  const out = opts.stdout ?? (() => {});
  for (const line of src.split(LINE_BREAK)) {
    if (line.trim() === "" || line.trimStart().startsWith("#")) continue;
    try {
      interp.exec(`${line}\n`, true);
    } catch (e) {
      // The exception (and what its arguments held) is dropped here.
      // As the reference runner prints it: `format_exception_only(...)[-1].rstrip()`.
      out(`${exceptionLastLine(e).replace(PY_TRAILING_SPACE, "")}\n`);
      dropError(e);
    }
  }
  return interp;
}

/** Formats an uncaught exception as CPython's traceback (source lines included), its chain first. */
export function formatTraceback(e: PyError, filename: string, src: string): string {
  const lines = src.split(LINE_BREAK);
  if (e.matches(PyExc_SyntaxError)) {
    return `  File "${filename}", line ?\n${formatExceptionOnly(e.exc)}\n`;
  }
  return formatChain(e.exc, filename, lines, new Set(), suggestionFor(e));
}

/** `print_exception_recursive`: the cause (or the context) first, then the exception. */
function formatChain(
  exc: PyBaseExceptionObject,
  filename: string,
  lines: string[],
  seen: Set<PyBaseExceptionObject>,
  suggestion = "",
): string {
  seen.add(exc);
  let s = "";
  if (exc.cause !== null && !seen.has(exc.cause)) {
    s += formatChain(exc.cause, filename, lines, seen);
    s += "\nThe above exception was the direct cause of the following exception:\n\n";
  } else if (exc.context !== null && !exc.suppressContext && !seen.has(exc.context)) {
    s += formatChain(exc.context, filename, lines, seen);
    s += "\nDuring handling of the above exception, another exception occurred:\n\n";
  }
  const tb = tracebackOfException(exc);
  if (tb !== null && tb.length > 0) s += formatEntries(tb, filename, lines);
  return `${s}${formatExceptionOnly(exc)}${suggestion}\n`;
}

/** `Traceback (most recent call last):` and one entry per frame (source line, carets). */
function formatEntries(entries: readonly TracebackEntry[], filename: string, lines: string[]): string {
  let s = "Traceback (most recent call last):\n";
  // As traceback.py: after 3 identical entries, "[Previous line repeated N more times]".
  let last = "";
  let repeat = 0;
  const flush = (): void => {
    if (repeat > 3) s += `  [Previous line repeated ${repeat - 3} more time${repeat - 3 === 1 ? "" : "s"}]\n`;
  };
  for (const tb of entries) {
    let entry = `  File "${filename}", line ${tb.line}, in ${tb.name}\n`;
    // CPython 3.11 shows no source line for code given with -c ("<string>") or typed at the prompt ("<stdin>").
    const raw = filename === "<string>" || filename === "<stdin>" ? undefined : lines[tb.line - 1];
    const text = raw?.trim();
    if (text) {
      entry += `    ${text}\n`;
      const carets = tb.loc === null ? null : caretLine(raw!, tb.loc);
      if (carets !== null) entry += `${carets}\n`;
    }
    if (entry === last) {
      repeat++;
      if (repeat > 3) continue;
    } else {
      flush();
      last = entry;
      repeat = 1;
    }
    s += entry;
  }
  flush();
  return s;
}

/**
 * Runs a script (`python FILE`). Returns the exit status: 0, or 1 after an
 * uncaught exception whose traceback goes to stderr (SystemExit gives its code).
 */
export function runScript(src: string, filename: string, opts: InterpreterOptions = {}): number {
  const interp = new Interpreter(opts);
  const err = opts.stderr ?? (() => {});
  try {
    interp.exec(src, false);
    return 0;
  } catch (e) {
    const pe = toPyError(e);
    if (pe.matches(PyExc_SystemExit)) {
      const arg = pe.exc.args[0];
      if (arg === undefined || arg === Py_None) return 0;
      if (PyLong_Check(arg)) return Number((arg as { value: number | bigint }).value);
      err(`${str(arg)}\n`);
      return 1;
    }
    err(formatTraceback(pe, filename, src));
    return 1;
  }
}
