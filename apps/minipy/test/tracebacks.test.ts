/**
 * The traceback corpus (test/tracebacks/NAME.py) against CPython: each script
 * ends with an uncaught exception, and minipy's whole stderr (file, line and
 * function of each frame, the source line, the `^`/`~~^~~` markers under what
 * raised, the message) must be what fixtures/gen_tracebacks.py recorded from
 * python3 (fixtures/tracebacks.json).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadModules, runScript } from "../src/run.js";

interface Expected {
  stdout: string;
  stderr: string;
  status: number;
}
const dir = join(import.meta.dirname, "tracebacks");
const cases = JSON.parse(
  readFileSync(join(import.meta.dirname, "fixtures", "tracebacks.json"), "utf8"),
) as Record<string, Expected>;

beforeAll(() => loadModules());

describe("tracebacks as CPython 3.11 prints them for a script", () => {
  for (const [name, want] of Object.entries(cases)) {
    it(name, () => {
      const src = readFileSync(join(dir, `${name}.py`), "utf8");
      let out = "";
      let err = "";
      const status = runScript(src, `${name}.py`, {
        stdout: (s) => (out += s),
        stderr: (s) => (err += s),
      });
      expect({ stdout: out, stderr: err, status }).toEqual(want);
    });
  }
});
