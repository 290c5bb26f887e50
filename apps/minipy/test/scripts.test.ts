/**
 * The script corpus (test/scripts/NAME.py) against CPython: each script is run
 * in-process by `runScript` as `python3 NAME.py` runs it, and its stdout, the
 * last line of its stderr and its exit status are compared with what
 * fixtures/gen_scripts.py recorded from python3 (fixtures/scripts.json).
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
const dir = join(import.meta.dirname, "scripts");
const cases = JSON.parse(
  readFileSync(join(import.meta.dirname, "fixtures", "scripts.json"), "utf8"),
) as Record<string, Expected>;
/** Object addresses, written `0x?` as the generator writes them. */
const ADDR = /(?<= at )0x[0-9a-fA-F]+/g;

beforeAll(() => loadModules());

describe("scripts run as CPython runs them", () => {
  for (const [name, want] of Object.entries(cases)) {
    it(name, () => {
      const src = readFileSync(join(dir, `${name}.py`), "utf8");
      let out = "";
      let err = "";
      const status = runScript(src, `${name}.py`, {
        stdout: (s) => (out += s),
        stderr: (s) => (err += s),
      });
      const lines = err.replace(/\n$/, "").split("\n");
      expect({
        stdout: out.replace(ADDR, "0x?"),
        stderr: err === "" ? "" : lines[lines.length - 1]!.replace(ADDR, "0x?"),
        status,
      }).toEqual(want);
    });
  }
});
