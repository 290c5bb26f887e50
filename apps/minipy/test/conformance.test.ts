/**
 * The conformance corpus, in-process: each case of test/conformance/cases runs
 * through `runTranscript` and must print exactly CPython's `.out` (written by
 * regen.py from python3); memory addresses compare as `0x?`.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadModules, runTranscript } from "../src/run.js";

const dir = join(import.meta.dirname, "conformance", "cases");
const cases = readdirSync(dir)
  .filter((f) => f.endsWith(".py"))
  .sort();
const ADDR = /0x[0-9a-fA-F]+/g;

/** Runs one case and returns its transcript with addresses masked. */
function transcript(src: string): string {
  let out = "";
  const interp = runTranscript(src, { stdout: (s) => (out += s) });
  try {
    interp.clearGlobals();
  } catch {
    // a failing dealloc belongs to another layer; the transcript is what is compared
  }
  return out.replace(ADDR, "0x?");
}

describe("conformance", () => {
  beforeAll(() => loadModules());
  for (const c of cases) {
    it(c.replace(/\.py$/, ""), () => {
      const src = readFileSync(join(dir, c), "utf8");
      const want = readFileSync(join(dir, c.replace(/\.py$/, ".out")), "utf8");
      expect(transcript(src)).toBe(want);
    });
  }
});
