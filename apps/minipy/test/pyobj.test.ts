/**
 * The `pyobj` module's transcripts (test/pyobj/NAME.py -> NAME.out, reviewed
 * output of minipy itself: pyobj has no CPython counterpart; see test/pyobj/README.md).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadModules, runTranscript } from "../src/run.js";

const dir = join(import.meta.dirname, "pyobj");
const cases = readdirSync(dir)
  .filter((f) => f.endsWith(".py"))
  .map((f) => f.slice(0, -3))
  .sort();
/** Object ids (`id()`, default reprs) depend on what ran before. */
const ID = /0x7f3a[0-9a-f]+/g;

describe("pyobj transcripts", () => {
  beforeAll(() => loadModules());
  for (const name of cases) {
    it(name, () => {
      let out = "";
      runTranscript(readFileSync(join(dir, `${name}.py`), "utf8"), { stdout: (s) => (out += s) });
      expect(out.replace(ID, "0x?")).toBe(readFileSync(join(dir, `${name}.out`), "utf8"));
    });
  }
});
