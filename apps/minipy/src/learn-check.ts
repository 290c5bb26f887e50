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
import { join } from "node:path";
import { capiCheckpoint, capiClearReports, capiForgetLeaks, capiOnReport, capiReports } from "@py/capi";
import { isCheckedMode, setCheckedMode } from "@py/object";
import { extensionModuleTable, prepareExtensions } from "./cext.js";
import type { CheckResult } from "./learn-explain.js";
import { loadModules, runTranscript } from "./run.js";

export { type CheckResult, explainCheck, explainReport } from "./learn-explain.js";

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
