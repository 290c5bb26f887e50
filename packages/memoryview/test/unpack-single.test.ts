/**
 * memoryview's single items (unpack-single.ts: `get_native_fmtchar`,
 * `unpack_single`, `pack_single`) against CPython 3.11: the values of
 * @py/buffer's struct fixtures packed with `m[0] = v` and read back with
 * `m[0]` on every native code (fixtures/single_items.json from
 * gen_single_items.py), and the single-item API's edges.
 */
import { readFileSync } from "node:fs";
import { PyBytes_AS_U8, PyBytes_Check } from "@py/buffer";
import {
  PyExc_TypeError,
  PyExc_ValueError,
  type PyObject,
  PyUnicode_FromString,
  Py_DECREF,
  isPyError,
} from "@py/object";
import { describe, expect, it } from "vitest";
import { PackItemError, getItemPacker, getItemUnpacker, nativeFormatChar } from "../src/index.js";
import { type Enc, type PackCase, decode, errorText, same, toHex } from "../../buffer/test/struct-values.js";

const fixture = JSON.parse(
  readFileSync(new URL("./fixtures/single_items.json", import.meta.url), "utf8"),
) as { memoryview: PackCase[]; type_error_B: string };

function pyValue(o: PyObject): unknown {
  if (PyBytes_Check(o)) return Array.from(PyBytes_AS_U8(o));
  return (o as PyObject & { value: unknown }).value;
}

function dvOf(bytes: number[], at = 0): DataView {
  const u8 = new Uint8Array(16);
  u8.set(bytes, at);
  return new DataView(u8.buffer);
}

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
      expect((e as Error).message).toBe(fixture.type_error_B);
    }
    Py_DECREF(s);
    expect(getItemPacker("<i")).toBeNull();
    expect(getItemPacker("e")).toBeNull();
    void PyExc_ValueError;
  });

  it("packs and unpacks the struct fixtures' values as CPython's memoryview", () => {
    const bad: string[] = [];
    for (const c of fixture.memoryview) {
      const pack = getItemPacker(c.fmt);
      if (c.error?.startsWith("NotImplementedError")) {
        expect(pack).toBeNull();
        continue;
      }
      const unpack = getItemUnpacker(c.fmt)!;
      const dv = new DataView(new ArrayBuffer(16));
      const v = decode(c.value);
      let got: string;
      try {
        pack!(dv, 4, v);
        got = toHex(new Uint8Array(dv.buffer, 4, (c.packed ?? "").length / 2 || 1));
        if (c.packed !== undefined) {
          const o = unpack(dv, 4);
          if (!same(o, c.unpacked as Enc)) bad.push(`${c.fmt} unpack of ${got}`);
          Py_DECREF(o);
        }
      } catch (e) {
        got = errorText(e);
      }
      const want = c.packed ?? c.error;
      if (got !== want) bad.push(`m[0] = ${JSON.stringify(c.value)} (${c.fmt}): ${got} != ${want}`);
      Py_DECREF(v);
    }
    expect(bad.slice(0, 20)).toEqual([]);
  });
});
