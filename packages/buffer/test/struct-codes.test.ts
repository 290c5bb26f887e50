/**
 * struct against CPython 3.11, code by code (fixtures/struct_cases.json from
 * gen_struct_fixtures.py): `pack` of boundary and wrong-typed values for every
 * code under every prefix (result bytes or exact error), `unpack` of the
 * result, `calcsize` of valid and invalid formats, and memoryview's
 * single-item packer (`getItemPacker`) on the same values.
 */
import { readFileSync } from "node:fs";
import {
  PyBool_Type,
  PyFloat_Check,
  PyFloat_FromDouble,
  PyList_FromArray,
  PyLong_Check,
  PyLong_FromBigInt,
  type PyObject,
  PyUnicode_FromString,
  Py_DECREF,
  Py_False,
  Py_NewRef,
  Py_None,
  Py_True,
  isPyError,
} from "@py/object";
import { describe, expect, it } from "vitest";
import {
  PyByteArray_FromBytes,
  PyBytes_AS_U8,
  PyBytes_Check,
  PyBytes_FromBytes,
  getItemPacker,
  getItemUnpacker,
  struct_calcsize,
  struct_pack,
  struct_unpack,
} from "../src/index.js";

type Enc = [string, ...unknown[]];
interface PackCase {
  fmt: string;
  value: Enc;
  packed?: string;
  unpacked?: Enc[] | Enc;
  error?: string;
  unpack_error?: string;
}
const fixture = JSON.parse(
  readFileSync(new URL("./fixtures/struct_cases.json", import.meta.url), "utf8"),
) as {
  pack: PackCase[];
  memoryview: PackCase[];
  calcsize: { fmt: string; size?: string; error?: string }[];
};

function fromHex(h: string): Uint8Array {
  const u = new Uint8Array(h.length / 2);
  for (let i = 0; i < u.length; i++) u[i] = Number.parseInt(h.slice(2 * i, 2 * i + 2), 16);
  return u;
}
function toHex(u: Uint8Array): string {
  let s = "";
  for (const b of u) s += b.toString(16).padStart(2, "0");
  return s;
}
function pyFloat(r: string): number {
  if (r === "inf") return Number.POSITIVE_INFINITY;
  if (r === "-inf") return Number.NEGATIVE_INFINITY;
  if (r === "nan") return Number.NaN;
  return Number(r);
}

/** A new reference to the object an encoded value denotes. */
function decode(e: Enc): PyObject {
  switch (e[0]) {
    case "bool":
      return Py_NewRef(e[1] ? Py_True : Py_False);
    case "int":
      return PyLong_FromBigInt(BigInt(e[1] as string));
    case "float":
      return PyFloat_FromDouble(pyFloat(e[1] as string));
    case "str":
      return PyUnicode_FromString(e[1] as string);
    case "none":
      return Py_NewRef(Py_None);
    case "bytes":
      return PyBytes_FromBytes(fromHex(e[1] as string));
    case "bytearray":
      return PyByteArray_FromBytes(fromHex(e[1] as string));
    case "list":
      return PyList_FromArray([]);
  }
  throw new Error(`bad encoding ${e[0]}`);
}

/** Whether our object equals the encoded CPython result. */
function same(o: PyObject, e: Enc): boolean {
  switch (e[0]) {
    case "bool":
      return o.ob_type === PyBool_Type && (o as PyObject & { value: number }).value === (e[1] ? 1 : 0);
    case "int":
      return PyLong_Check(o) && o.ob_type !== PyBool_Type && String(o.value) === e[1];
    case "float": {
      if (!PyFloat_Check(o)) return false;
      const w = pyFloat(e[1] as string);
      return Number.isNaN(w) ? Number.isNaN(o.value) : Object.is(o.value, w);
    }
    case "bytes":
      return PyBytes_Check(o) && toHex(PyBytes_AS_U8(o)) === e[1];
  }
  return false;
}

function errorText(e: unknown): string {
  if (!isPyError(e)) throw e;
  return e.message;
}

describe("struct codes vs CPython", () => {
  it("calcsize", () => {
    const bad: string[] = [];
    for (const c of fixture.calcsize) {
      const fmt = PyUnicode_FromString(c.fmt);
      let got: string;
      try {
        const r = struct_calcsize([fmt], null);
        got = String((r as PyObject & { value: number | bigint }).value);
        Py_DECREF(r);
      } catch (e) {
        got = errorText(e);
      }
      const want = c.size ?? c.error;
      if (got !== want) bad.push(`${JSON.stringify(c.fmt)}: ${got} != ${want}`);
    }
    expect(bad).toEqual([]);
  });

  it("pack and unpack every code under every prefix", () => {
    const bad: string[] = [];
    for (const c of fixture.pack) {
      const fmt = PyUnicode_FromString(c.fmt);
      const v = decode(c.value);
      let got: string;
      let packed: PyObject | null = null;
      try {
        packed = struct_pack([fmt, v], null);
        got = toHex(PyBytes_AS_U8(packed as never));
      } catch (e) {
        got = errorText(e);
      }
      const want = c.packed ?? c.error;
      if (got !== want) bad.push(`pack(${c.fmt}, ${JSON.stringify(c.value)}): ${got} != ${want}`);
      if (packed !== null && c.packed !== undefined) {
        try {
          const t = struct_unpack([fmt, packed], null) as PyObject & { items: PyObject[] };
          const w = c.unpacked as Enc[];
          if (t.items.length !== w.length || !t.items.every((x, i) => same(x, w[i]!))) {
            bad.push(`unpack(${c.fmt}) of ${c.packed} differs`);
          }
          Py_DECREF(t);
        } catch (e) {
          const g = errorText(e);
          if (g !== c.unpack_error) bad.push(`unpack(${c.fmt}): ${g} != ${c.unpack_error}`);
        }
        Py_DECREF(packed);
      }
      Py_DECREF(v);
      Py_DECREF(fmt);
    }
    expect(bad.slice(0, 20)).toEqual([]);
  });

  it("memoryview single-item packer and unpacker", () => {
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
