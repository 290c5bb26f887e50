/**
 * The bounds generator in CI: a fixed-seed run of boundary statements through
 * python3 and minipy must give no divergence
 * (`pnpm fuzz bounds --seed 2026 --count 1500` reproduces it, with shrinking).
 */
import { describe, expect, it } from "vitest";
import { drawUnits, runBoundsFuzz } from "../src/bounds/run.js";
import { renderProgram } from "../src/bounds/generate.js";

const SEED = 2026;
const COUNT = 1500;

describe("bounds fuzz", () => {
  it("draws the same statements for the same seed, every kind of unit", () => {
    const a = renderProgram(drawUnits(SEED, 400));
    const b = renderProgram(drawUnits(SEED, 400));
    expect(a).toBe(b);
    expect(renderProgram(drawUnits(SEED + 1, 400))).not.toBe(a);
    const kinds = new Set(drawUnits(SEED, 400).map((u) => u.kind));
    expect([...kinds].sort()).toEqual(["call", "chain", "index", "range", "struct", "virtual"]);
    // boundary values of the C types are drawn
    for (const v of ["2**63 - 1", "-2**63", "2**53 + 1", "2**31", "2**64"]) expect(a).toContain(v);
  });

  it(`${COUNT} statements (seed ${SEED}) give CPython's transcripts`, async () => {
    const r = await runBoundsFuzz({ seed: SEED, count: COUNT });
    const report = r.divergences
      .slice(0, 1)
      .map((d) => `unit ${d.unit}:\n${d.shrunk}--- cpython:\n${d.cpython}--- minipy:\n${d.minipy}`);
    expect(report).toEqual([]);
    expect(r.statements).toBeGreaterThanOrEqual(COUNT);
    expect(r.notRun.length).toBeLessThan(r.units / 20);
  }, 60_000);
});
