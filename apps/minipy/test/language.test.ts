/**
 * The language against CPython: transcripts and scripts whose expected output
 * fixtures/gen_fixtures.py recorded from python3 (fixtures/language.json).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadModules, runScript, runTranscript } from "../src/run.js";

interface Fixtures {
  transcripts: Record<string, { src: string; out: string }>;
  scripts: Record<string, { src: string; stdout: string; last: string; rc: number }>;
}
const fx = JSON.parse(
  readFileSync(join(import.meta.dirname, "fixtures", "language.json"), "utf8"),
) as Fixtures;
const ADDR = /0x[0-9a-fA-F]+/g;

beforeAll(() => loadModules());

describe("transcript mode matches CPython", () => {
  for (const [name, { src, out }] of Object.entries(fx.transcripts)) {
    it(name, () => {
      let got = "";
      runTranscript(src, { stdout: (s) => (got += s) }).clearGlobals();
      expect(got.replace(ADDR, "0x?")).toBe(out);
    });
  }
});

describe("script mode matches CPython", () => {
  for (const [name, { src, stdout, last, rc }] of Object.entries(fx.scripts)) {
    it(name, () => {
      let out = "";
      let err = "";
      const code = runScript(src, "case.py", { stdout: (s) => (out += s), stderr: (s) => (err += s) });
      expect(out).toBe(stdout);
      expect(code).toBe(rc);
      const lines = err.trim().split("\n");
      expect(lines[lines.length - 1]).toBe(last);
      if (rc !== 0) expect(lines[0]).toBe("Traceback (most recent call last):");
    });
  }
});

describe("examples/ run as under python3 -P", () => {
  const dir = join(import.meta.dirname, "..", "..", "..", "examples");
  for (const [name, { stdout, rc }] of Object.entries(
    (fx as unknown as { examples: Record<string, { stdout: string; rc: number }> }).examples,
  )) {
    it(name, () => {
      let out = "";
      let err = "";
      const code = runScript(readFileSync(join(dir, name), "utf8"), name, {
        stdout: (s) => (out += s),
        stderr: (s) => (err += s),
      });
      expect(err).toBe("");
      expect(out).toBe(stdout);
      expect(code).toBe(rc);
    });
  }
});
