/**
 * `pnpm learn check N [file.c]`: runs chapter N's exercise of the learn track
 * (docs/learn/NN-name/exerciseN.py) with the learner's C file as module
 * `exerciseN`, in checked mode, and says in plain words what is still wrong:
 * each misuse the C-API façade reported, what C still holds at the end (leaked
 * references, unreleased `Py_buffer`s), and where the program's output first
 * differs from CPython's (exerciseN.out, written by docs/learn/regen.py with
 * the fixed C built by gcc). Node only (files, the compile cache).
 */
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { capiCheckpoint, capiClearReports, capiForgetLeaks, capiOnReport, capiReports } from "@py/capi";
import { isCheckedMode, setCheckedMode } from "@py/object";
import { extensionModuleTable, prepareExtensions } from "./cext.js";
import { loadModules, runTranscript } from "./run.js";

/** One chapter of docs/learn. */
export interface LearnChapter {
  number: number;
  dir: string;
  title: string;
  /** The exercise's module name (`exercise3`), its buggy and fixed C files and its transcript. */
  exercise: { module: string; buggy: string; fixed: string; program: string; expected: string } | null;
}

/** The chapters in `learnDir` (`NN-name/` directories with a README.md), in order. */
export function learnChapters(learnDir: string): LearnChapter[] {
  const out: LearnChapter[] = [];
  for (const name of readdirSync(learnDir).sort()) {
    const m = /^(\d+)-/.exec(name);
    if (m === null) continue;
    const dir = join(learnDir, name);
    const number = Number(m[1]);
    const readme = join(dir, "README.md");
    const title = existsSync(readme) ? (/^# (.+)$/m.exec(readFileSync(readme, "utf8"))?.[1] ?? name) : name;
    const module = `exercise${number}`;
    const f = (s: string) => join(dir, s);
    const exercise = existsSync(f(`${module}.c`))
      ? {
          module,
          buggy: f(`${module}.c`),
          fixed: f(`${module}_fixed.c`),
          program: f(`${module}.py`),
          expected: f(`${module}.out`),
        }
      : null;
    out.push({ number, dir, title, exercise });
  }
  return out;
}

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

/** Options of `checkExercise`. */
export interface CheckOptions {
  /** Where compiled C is cached (default: pyobj-cc's cache). */
  cacheDir?: string;
}

/** The first output line that differs (1-based), with both texts. */
function firstDifference(
  expected: string,
  got: string,
): { line: string; expected: string; got: string } | null {
  if (expected === got) return null;
  const e = expected.split("\n");
  const g = got.split("\n");
  let i = 0;
  while (i < e.length && i < g.length && e[i] === g[i]) i++;
  return { line: String(i + 1), expected: e[i] ?? "(nothing more)", got: g[i] ?? "(nothing more)" };
}

/**
 * Runs chapter `ch`'s exercise with `cFile` (default: the chapter's buggy
 * file) as module `exerciseN`, in checked mode.
 */
export async function checkExercise(
  ch: LearnChapter,
  cFile?: string,
  opts: CheckOptions = {},
): Promise<CheckResult> {
  const ex = ch.exercise;
  if (ex === null) throw new Error(`chapter ${ch.number} has no exercise`);
  await loadModules();
  const tmp = mkdtempSync(join(tmpdir(), `learn-${ch.number}-`));
  const wasChecked = isCheckedMode();
  setCheckedMode(true);
  const reports: string[] = [];
  let compileError: string | null = null;
  let output = "";
  let stop: (() => void) | null = null;
  try {
    copyFileSync(cFile ?? ex.buggy, join(tmp, `${ex.module}.c`));
    const src = readFileSync(ex.program, "utf8");
    const modules = extensionModuleTable();
    let cErr = "";
    await prepareExtensions(src, modules, {
      searchPath: [tmp],
      ...(opts.cacheDir === undefined ? {} : { cacheDir: opts.cacheDir }),
      stdout: (s) => (output += s),
      stderr: (s) => (cErr += s),
    });
    if (cErr.includes("error")) compileError = cErr;
    capiClearReports();
    capiCheckpoint();
    stop = capiOnReport((r) => reports.push(r));
    const interp = runTranscript(src, { stdout: (s) => (output += s), modules });
    // The program's names go (what CPython does at exit); what C still holds then is a leak.
    // A refcount already broken by C can make that fail: it is one more finding.
    try {
      interp.clearGlobals();
    } catch (e) {
      reports.push(
        `at the end, releasing the program's names failed: ${e instanceof Error ? e.message : String(e)}`,
      );
    }
    const before = capiReports().length;
    const found = capiCheckpoint();
    const leaks = found.slice(capiReports().length - before);
    const expected = existsSync(ex.expected) ? readFileSync(ex.expected, "utf8") : output;
    return { reports, leaks, outputDiff: firstDifference(expected, output), compileError, output };
  } finally {
    stop?.();
    capiClearReports();
    capiForgetLeaks();
    setCheckedMode(wasChecked);
    rmSync(tmp, { recursive: true, force: true });
  }
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

/** The plain-words text of a check, one paragraph per finding; `passed` when there is nothing to say. */
export function explainCheck(
  ch: LearnChapter,
  file: string,
  r: CheckResult,
): { passed: boolean; text: string } {
  const out: string[] = [];
  const name = basename(file);
  if (r.compileError !== null) {
    return { passed: false, text: `${name} does not compile:\n${r.compileError}` };
  }
  const said = new Set<string>();
  const explain = (report: string): string => {
    for (const [re, words] of EXPLANATIONS) {
      if (re.test(report) && !said.has(words)) {
        said.add(words);
        return `\n   ${words}`;
      }
    }
    return "";
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
