/**
 * struct against CPython 3.11, code by code (fixtures/struct_cases.json from
 * gen_struct_fixtures.py): `pack` of boundary and wrong-typed values for every
 * code under every prefix (result bytes or exact error), `unpack` of the
 * result, and `calcsize` of valid and invalid formats. (memoryview's
 * single-item packer on the same values is @py/memoryview's unpack-single test.)
 */
import { readFileSync } from "node:fs";
import { type PyObject, PyUnicode_FromString, Py_DECREF } from "@py/object";
import { describe, expect, it } from "vitest";
import { PyBytes_AS_U8, struct_calcsize, struct_pack, struct_unpack } from "../src/index.js";
import { type Enc, type PackCase, decode, errorText, same, toHex } from "./struct-values.js";

const fixture = JSON.parse(
  readFileSync(new URL("./fixtures/struct_cases.json", import.meta.url), "utf8"),
) as {
  pack: PackCase[];
  calcsize: { fmt: string; size?: string; error?: string }[];
};

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
});
