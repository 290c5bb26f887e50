/**
 * The single-item API that memoryview and _testbuffer use (`getItemUnpacker`,
 * `getItemPacker`, raw number readers/writers) and `parseFormat` layouts.
 * Expected values were checked with python3 (struct.unpack / calcsize).
 */
import {
  PyExc_TypeError,
  PyExc_ValueError,
  type PyObject,
  PyUnicode_FromString,
  Py_DECREF,
  isPyError,
} from "@py/object";
import { describe, expect, it } from "vitest";
import {
  PyBytes_AS_U8,
  PyBytes_Check,
  PackItemError,
  PyBuffer_SizeFromFormat,
  StructError,
  calcsize,
  getItemPacker,
  getItemUnpacker,
  getNumberReader,
  getNumberWriter,
  nativeFormatChar,
  parseFormat,
} from "../src/index.js";
import { transcript } from "./transcript.js";

function pyValue(o: PyObject): unknown {
  if (PyBytes_Check(o)) return Array.from(PyBytes_AS_U8(o));
  return (o as PyObject & { value: unknown }).value;
}

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

describe("single items", () => {
  it("recognizes memoryview's native formats", () => {
    expect(nativeFormatChar("B")).toBe("B");
    expect(nativeFormatChar("@d")).toBe("d");
    expect(nativeFormatChar("<i")).toBeNull();
    expect(nativeFormatChar("e")).toBeNull();
    expect(nativeFormatChar("2i")).toBeNull();
  });

  it("unpacks native and struct formats", () => {
    const cases: [string, number[], unknown][] = [
      ["<i", [0xfe, 0xff, 0xff, 0xff], -2],
      [">H", [1, 2], 258],
      ["2xh", [0, 0, 5, 0], 5],
      ["5s", [104, 101, 108, 108, 111], [104, 101, 108, 108, 111]],
      ["@q", [3, 0, 0, 0, 0, 0, 0, 0x10], 1152921504606846979n],
      ["<Q", [255, 255, 255, 255, 255, 255, 255, 255], 18446744073709551615n],
      ["B", [200], 200],
      ["?", [7], 1],
      ["c", [65], [65]],
    ];
    for (const [fmt, bytes, want] of cases) {
      const o = getItemUnpacker(fmt)!(dvOf(bytes, 3), 3);
      expect(pyValue(o), fmt).toEqual(want);
      Py_DECREF(o);
    }
    expect(getItemUnpacker("2i")).toBeNull();
    expect(getItemUnpacker("z")).toBeNull();
    expect(getItemUnpacker("B")).toBe(getItemUnpacker("B"));
  });

  it("packs with memoryview's rules and reason codes", () => {
    const dv = dvOf([]);
    const s = PyUnicode_FromString("x");
    try {
      getItemPacker("B")!(dv, 0, s);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(PackItemError);
      expect((e as PackItemError).reason).toBe("type");
      expect(isPyError(e, PyExc_TypeError)).toBe(true);
      expect((e as Error).message).toBe(transcript("format items")("m[0] = 'x'"));
    }
    Py_DECREF(s);
    expect(getItemPacker("<i")).toBeNull();
    expect(getItemPacker("e")).toBeNull();
    void PyExc_ValueError;
  });

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
