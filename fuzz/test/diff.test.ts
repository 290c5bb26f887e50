/**
 * The differential fuzzer in CI: a fixed-seed run of random transcript
 * programs through python3 and minipy must give no divergence
 * (`pnpm fuzz --seed 2026 --count 300` reproduces it, with shrinking).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CPython } from "../src/diff/cpython.js";
import { render } from "../src/diff/generate.js";
import { runDiffFuzz, samplePrograms } from "../src/diff/run.js";

const RUNNER = join(import.meta.dirname, "..", "..", "tools", "conformance", "cpython_transcript.py");

const SEED = 2026;
const COUNT = 300;

describe("differential fuzz", () => {
  it("draws the same programs for the same seed", () => {
    const a = samplePrograms(SEED, 20).map(render);
    const b = samplePrograms(SEED, 20).map(render);
    expect(a).toEqual(b);
    expect(new Set(a).size).toBeGreaterThan(15);
    for (const src of a)
      expect(src.startsWith("import array, struct\nfrom _testbuffer import *\n")).toBe(true);
  });

  it("the batch driver prints what the reference runner prints", async () => {
    const srcs = samplePrograms(SEED + 1, 8).map(render);
    srcs.push("x = 1\nx\n# comment\n\nprint('a')\n1/0\nid(x) == id(x)\n");
    const py = new CPython();
    const dir = mkdtempSync(join(tmpdir(), "pyobj-diff-test-"));
    try {
      for (const [i, src] of srcs.entries()) {
        const file = join(dir, `p${i}.py`);
        writeFileSync(file, src);
        const want = execFileSync(process.env.PYTHON ?? "python3", [RUNNER, file], { encoding: "utf8" });
        expect(await py.run(src)).toEqual({ out: want, crashed: false });
      }
    } finally {
      py.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it(`${COUNT} programs (seed ${SEED}) give CPython's transcripts`, async () => {
    const r = await runDiffFuzz({ seed: SEED, count: COUNT, shrink: 1 });
    const report = r.divergences
      .slice(0, 1)
      .map((d) => `run ${d.run}:\n${d.shrunk}--- cpython:\n${d.cpython}--- minipy:\n${d.minipy}`);
    expect(report).toEqual([]);
    expect(r.programs).toBe(COUNT);
    expect(r.crashed.length).toBeLessThan(COUNT / 10);
  }, 60_000);
});
