/**
 * The learn track's plain words for what checked mode reports: `explainReport`
 * finds the explanation of one report (by what it says), `explainCheck` turns a
 * whole check (`learn-check.ts`) into the text `pnpm learn check` prints.
 * Browser-safe: the playground can use the same words.
 */

/** What a check found. */
export interface CheckResult {
  /** Misuses reported as they happened (checked mode). */
  reports: string[];
  /** What C still held once the program's names were released. */
  leaks: string[];
  /** The first line whose output differs from CPython's, or null. */
  outputDiff: { line: string; expected: string; got: string } | null;
  /** clang's diagnostics when the file does not compile. */
  compileError: string | null;
  /** The transcript the program printed. */
  output: string;
}

/** Plain-words explanations of the misuses checked mode names, by what the report says. */
const EXPLANATIONS: [RegExp, string][] = [
  [
    /unreleased Py_buffer|unreleased export|still holds an export/,
    "A Py_buffer that PyObject_GetBuffer filled is never given back. Pair every successful " +
      "PyObject_GetBuffer with one PyBuffer_Release(&view), on every path out of the function (errors " +
      "included). Until then the exporter stays locked: a bytearray cannot be resized.",
  ],
  [
    /wrote into a read-only buffer|which is immutable/,
    "C writes through a buffer it did not ask to write to. A request without PyBUF_WRITABLE may get a " +
      "read-only buffer (bytes always gives one), and writing to it changes an immutable object. Ask for " +
      "PyBUF_WRITABLE when you mean to write: an exporter that cannot be written then refuses with BufferError.",
  ],
  [
    /PyMemoryView_GET_BUFFER|PyMemoryView_GET_BASE/,
    "PyMemoryView_GET_BUFFER (or GET_BASE) is given an object that is not a memoryview. These macros do " +
      "not check their argument: test PyMemoryView_Check(o) first and raise TypeError when it is false.",
  ],
  [
    /C does not own a reference/,
    "C gives back a reference it does not own. A borrowed reference (from PyList_GetItem, " +
      "PyTuple_GetItem, PyDict_GetItem, or an argument) must not be Py_DECREF'ed: only decref what a " +
      "function returned as a new reference, or what you Py_INCREF'ed yourself.",
  ],
  [
    /decref below zero/,
    "An object is released once too often (its count went below zero): some Py_DECREF has no " +
      "matching new reference or Py_INCREF.",
  ],
  [
    /leaked handle/,
    "C keeps a reference it never gives back. Every new reference (PyLong_FromLong, PyObject_Repr, " +
      "Py_BuildValue...) must be returned, handed to a function that steals it (PyList_SetItem, " +
      "PyTuple_SetItem), or released with Py_DECREF. PyList_Append, PyDict_SetItem and " +
      "PyObject_SetItem do not steal: your reference stays yours.",
  ],
  [
    /stale PyObject\*/,
    "C uses a pointer to an object that was already deallocated. A borrowed reference is only good " +
      "while its owner keeps the object alive; Py_INCREF it (and Py_DECREF it later) if you need it longer.",
  ],
  [
    /use after free|after it was freed|freed memory|double free/,
    "Memory is used after it was freed. A block that an export still points into (a memoryview over " +
      "your exporter's storage) must not be freed or reallocated: refuse to resize with BufferError while " +
      "the export count is not zero.",
  ],
];

/** The plain words for one checked-mode report, or null when the learn track has none for it. */
export function explainReport(report: string): string | null {
  for (const [re, words] of EXPLANATIONS) if (re.test(report)) return words;
  return null;
}

/** The plain-words text of a check, one paragraph per finding; `passed` when there is nothing to say. */
export function explainCheck(
  ch: { number: number; title: string },
  file: string,
  r: CheckResult,
): { passed: boolean; text: string } {
  const out: string[] = [];
  const name = file.slice(file.lastIndexOf("/") + 1);
  if (r.compileError !== null) {
    return { passed: false, text: `${name} does not compile:\n${r.compileError}` };
  }
  // Each explanation is given once, under the first report it explains.
  const said = new Set<string>();
  const explain = (report: string): string => {
    const words = explainReport(report);
    if (words === null || said.has(words)) return "";
    said.add(words);
    return `\n   ${words}`;
  };
  // The same misuse made again (a loop, a second call) is said once, with how many times.
  const counts = new Map<string, number>();
  for (const rep of r.reports) counts.set(rep, (counts.get(rep) ?? 0) + 1);
  for (const [rep, n] of counts)
    out.push(`- checked mode${n > 1 ? ` (${n} times)` : ""}: ${rep}${explain(rep)}`);
  for (const leak of r.leaks) out.push(`- at the end, C still holds something: ${leak}${explain(leak)}`);
  if (r.outputDiff !== null) {
    out.push(
      `- the program's output differs from CPython's from its line ${r.outputDiff.line} on: ` +
        `CPython prints\n     ${r.outputDiff.expected}\n   yours printed\n     ${r.outputDiff.got}`,
    );
  }
  if (out.length === 0) {
    return {
      passed: true,
      text: `Chapter ${ch.number} (${ch.title}): ${name} passes: no misuse, nothing left held, and the output is CPython's.`,
    };
  }
  return {
    passed: false,
    text: `Chapter ${ch.number} (${ch.title}): ${name} is not right yet.\n${out.join("\n")}`,
  };
}
