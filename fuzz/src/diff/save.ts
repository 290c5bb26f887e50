/**
 * Saves a shrunk divergence as a conformance case `fuzz-<area>-<n>.py` in
 * apps/minipy/test/conformance/cases (or fuzz/known-divergences), with the `.out` written by CPython's
 * reference runner (`cpython_transcript.py --write`, run on a scratch folder
 * holding only the new case, so no other case's output is touched).
 */
import { execFileSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TRANSCRIPT_RUNNER as RUNNER } from "./cpython.js";

const REPO = join(import.meta.dirname, "..", "..", "..");
export const CASES_DIR = join(REPO, "apps", "minipy", "test", "conformance", "cases");
/** Cases of known divergences not fixed yet (see fuzz/KNOWN-DIVERGENCES.md); moved to CASES_DIR once fixed. */
export const KNOWN_DIR = join(REPO, "fuzz", "known-divergences");

/** The area of a program, for the case name: what its last statement exercises. */
export function areaOf(src: string): string {
  const last = src.trim().split("\n").at(-1) ?? "";
  const areas: [RegExp, string][] = [
    [/struct\./, "struct"],
    [/\.hex\(/, "hex"],
    [/\.cast\(/, "cast"],
    [/\.tobytes\(/, "tobytes"],
    [/\.tolist\(/, "tolist"],
    [/get_contiguous|py_buffer_to_contiguous|is_contiguous|cmp_contig/, "contig"],
    [/hash\(/, "hash"],
    [/release|with /, "release"],
    [/^b(\.| \+=| \*=|\[)/, "resize"],
    [/ (==|!=|<|>=) /, "compare"],
    [/\] = /, "setitem"],
    [/\[[^\]]*:[^\]]*\]/, "slice"],
    [/\[/, "index"],
  ];
  for (const [re, a] of areas) if (re.test(last)) return a;
  return "misc";
}

/** Writes `src` as the next free `fuzz-<area>-<n>.py` with CPython's `.out`; returns the case name. */
export function saveCase(src: string, header: string, dir: string = CASES_DIR, area = areaOf(src)): string {
  const taken = new Set([
    ...readdirSync(CASES_DIR),
    ...(existsSync(KNOWN_DIR) ? readdirSync(KNOWN_DIR) : []),
  ]);
  let n = 1;
  while (taken.has(`fuzz-${area}-${n}.py`)) n++;
  const name = `fuzz-${area}-${n}`;
  const scratch = mkdtempSync(join(tmpdir(), "pyobj-case-"));
  try {
    const body = `# ${header}\n${src}`;
    writeFileSync(join(scratch, `${name}.py`), body);
    if (!existsSync(RUNNER)) throw new Error(`reference runner not found: ${RUNNER}`);
    execFileSync(process.env.PYTHON ?? "python3", [RUNNER, "--write", scratch]);
    mkdirSync(dir, { recursive: true });
    copyFileSync(join(scratch, `${name}.py`), join(dir, `${name}.py`));
    copyFileSync(join(scratch, `${name}.out`), join(dir, `${name}.out`));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return name;
}
