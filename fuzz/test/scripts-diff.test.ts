/**
 * The script fuzzer in CI: a fixed-seed run of random multi-line programs
 * (functions, loops, try, generators, closures, comprehensions, f-strings and
 * %-formatting over bytes, bytearray and memoryview) run as scripts by
 * python3 and by minipy must give no divergence in stdout, the last line of
 * stderr and the exit status (`pnpm fuzz scripts --seed 2026 --count 200`).
 */
import { describe, expect, it } from "vitest";
import { renderScript } from "../src/scripts/generate.js";
import { runCPythonScripts, runMinipyScript, runScriptFuzz, sampleScripts } from "../src/scripts/run.js";

const SEED = 2026;
const COUNT = 200;

describe("script fuzz", () => {
  it("draws the same multi-line programs for the same seed", () => {
    const a = sampleScripts(SEED, 20).map(renderScript);
    expect(sampleScripts(SEED, 20).map(renderScript)).toEqual(a);
    expect(new Set(a).size).toBeGreaterThan(15);
    expect(a.some((src) => src.includes("def ") && src.includes("    "))).toBe(true);
  });

  it("compares what both interpreters give, and sees a difference", async () => {
    const src = "print(1)\nraise ValueError('x')\n";
    const [py] = runCPythonScripts([src]);
    expect(py).toEqual({ stdout: "1\n", stderr: "ValueError: x", status: 1 });
    const { loadModules } = await import("minipy");
    await loadModules();
    expect(runMinipyScript(src)).toEqual(py);
  });

  it(`seed ${SEED}: ${COUNT} programs, no divergence`, async () => {
    const found = await runScriptFuzz(SEED, COUNT, 1);
    const first = found[0];
    expect(
      first === undefined
        ? ""
        : `${first.src}\n${JSON.stringify(first.cpython)}\n${JSON.stringify(first.minipy)}`,
    ).toBe("");
  });
});
