/**
 * The `e` code against CPython 3.11 (fixtures/half_float.json from
 * gen_struct_fixtures.py): every 16-bit pattern unpacks to the same double,
 * and packing many doubles gives the same pattern or the same OverflowError.
 */
import { readFileSync } from "node:fs";
import { isPyError } from "@py/object";
import { describe, expect, it } from "vitest";
import { doubleFromHalf, halfFromDouble } from "../src/format/half-float.js";

const fixture = JSON.parse(readFileSync(new URL("./fixtures/half_float.json", import.meta.url), "utf8")) as {
  unpacked: string[];
  packed: [string, string][];
};

function doubleFromHex(hex: string): number {
  const dv = new DataView(new ArrayBuffer(8));
  for (let i = 0; i < 8; i++) dv.setUint8(i, Number.parseInt(hex.slice(2 * i, 2 * i + 2), 16));
  return dv.getFloat64(0, true);
}

function hexOfDouble(x: number): string {
  const dv = new DataView(new ArrayBuffer(8));
  dv.setFloat64(0, x, true);
  let s = "";
  for (let i = 0; i < 8; i++) s += dv.getUint8(i).toString(16).padStart(2, "0");
  return s;
}

describe("half floats (struct code e)", () => {
  it("unpacks all 65536 patterns as CPython", () => {
    let bad = 0;
    for (let h = 0; h < 65536; h++) {
      // Bit for bit, NaNs included (3.11 gives the default NaN with the sign).
      if (hexOfDouble(doubleFromHalf(h)) !== fixture.unpacked[h]) bad++;
    }
    expect(bad).toBe(0);
  });

  it("packs doubles as CPython, overflow included", () => {
    const mismatches: string[] = [];
    for (const [dhex, want] of fixture.packed) {
      const x = doubleFromHex(dhex);
      let got: string;
      try {
        const h = halfFromDouble(x);
        got = (h & 0xff).toString(16).padStart(2, "0") + (h >> 8).toString(16).padStart(2, "0");
      } catch (e) {
        if (!isPyError(e)) throw e;
        got = e.message;
      }
      if (got !== want) mismatches.push(`${x}: ${got} != ${want}`);
    }
    expect(mismatches.slice(0, 10)).toEqual([]);
  });

  it("packs NaN as the quiet NaN with its sign, and round-trips -0.0", () => {
    expect(halfFromDouble(Number.NaN)).toBe(0x7e00);
    expect(halfFromDouble(-0)).toBe(0x8000);
    expect(Object.is(doubleFromHalf(0x8000), -0)).toBe(true);
  });
});
