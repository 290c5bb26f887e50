/**
 * Raw number readers/writers of native single-code formats and `parseFormat`
 * layouts. (memoryview's single items, `getItemUnpacker` / `getItemPacker`,
 * are tested in @py/memoryview.)
 * Expected values were checked with python3 (struct.unpack / calcsize).
 */
import { isPyError } from "@py/object";
import { describe, expect, it } from "vitest";
import {
  PyBuffer_SizeFromFormat,
  StructError,
  calcsize,
  getNumberReader,
  getNumberWriter,
  parseFormat,
} from "../src/index.js";
import { transcript } from "./transcript.js";

function dvOf(bytes: number[], at = 0): DataView {
  const u8 = new Uint8Array(16);
  u8.set(bytes, at);
  return new DataView(u8.buffer);
}

describe("parseFormat", () => {
  it("lays out native codes with alignment and standard codes without", () => {
    const sf = parseFormat("@bq");
    expect(sf.size).toBe(16);
    expect(sf.codes.map((c) => [c.code, c.offset, c.size, c.repeat])).toEqual([
      ["b", 0, 1, 1],
      ["q", 8, 8, 1],
    ]);
    expect(parseFormat("<bq").size).toBe(9);
    expect(calcsize("@c0i")).toBe(4);
    expect(parseFormat("3s2x4h").nitems).toBe(5);
    expect(parseFormat("3s2x4h").codes.map((c) => [c.code, c.offset, c.repeat])).toEqual([
      ["s", 0, 1],
      ["h", 6, 4],
    ]);
  });

  it("caches and raises struct.error", () => {
    expect(parseFormat("<ih")).toBe(parseFormat("<ih"));
    expect(() => parseFormat("<P")).toThrow(transcript("format items")("struct.calcsize('<P')"));
    try {
      parseFormat("3");
    } catch (e) {
      expect(isPyError(e, StructError)).toBe(true);
    }
    expect(PyBuffer_SizeFromFormat("d")).toBe(8);
    expect(calcsize("9223372036854775807x")).toBe(9223372036854775807n);
  });
});

describe("raw number access", () => {
  it("reads and writes raw numbers", () => {
    const dv = dvOf([]);
    getNumberWriter("h")!(dv, 2, -2);
    expect(getNumberReader("h")!(dv, 2)).toBe(-2);
    expect(getNumberReader("H")!(dv, 2)).toBe(65534);
    getNumberWriter("Q")!(dv, 8, 2n ** 64n - 1n);
    expect(getNumberReader("Q")!(dv, 8)).toBe(2n ** 64n - 1n);
    expect(getNumberReader("q")!(dv, 8)).toBe(-1);
    getNumberWriter("d")!(dv, 0, 0.5);
    expect(getNumberReader("d")!(dv, 0)).toBe(0.5);
    expect(getNumberReader("c")).toBeNull();
  });
});
