/**
 * CI run of the bad-input fuzzer of `@py/capi` / `@py/buffer` (issue 8): a
 * fixed seed, 20,000 calls, no violation. A failure lists the violations
 * with the call number; reproduce with
 * `npx tsx --conditions=@py/source src/capi/main.ts <seed> <count>`
 * (or `pnpm fuzz capi --seed S --count N`), adding `CAPI_FUZZ_TRACE=1` to
 * see the calls of the failing sequence.
 */
import { describe, expect, it } from "vitest";
import { runCapiFuzz } from "../src/capi/run.js";

describe("bad-input fuzzing of the C-API", () => {
  it("20,000 calls with seed 20261129: no raw JS exception, no bad access, nothing leaked", () => {
    const res = runCapiFuzz({ seed: 20261129, count: 20_000 });
    expect(res.calls).toBeGreaterThanOrEqual(20_000);
    expect(res.violations).toEqual([]);
  });

  it("seed 777, 20,000 calls: handles borrowed from the error indicator's exception (was a crash at call 19,394)", () => {
    // The world borrowed the handle of an exception only the indicator owned; the call's
    // PyErr_Clear freed it between the world's look and the call (d056b21).
    const res = runCapiFuzz({ seed: 777, count: 20_000 });
    expect(res.calls).toBeGreaterThanOrEqual(20_000);
    expect(res.violations).toEqual([]);
  });
});
