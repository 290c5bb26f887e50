/**
 * The struct module's functions and Struct methods against CPython 3.11
 * (fixtures/struct_api.json from gen_struct_api.py): argument handling,
 * buffers, offsets, every error message, and what pack_into leaves in the
 * buffer. Refcounts are checked: nothing created by a call survives it.
 */
import { readFileSync } from "node:fs";
import {
  type KwArgs,
  PyBool_Type,
  PyFloat_Check,
  PyFloat_FromDouble,
  PyList_Check,
  PyList_FromArray,
  PyLong_Check,
  PyLong_FromBigInt,
  type PyObject,
  PyTuple_Check,
  PyUnicode_Check,
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
  PyByteArray_AS_U8,
  PyByteArray_Check,
  PyByteArray_FromBytes,
  PyBytes_AS_U8,
  PyBytes_Check,
  PyBytes_FromBytes,
  PyStruct_Type,
  struct_calcsize,
  struct_iter_unpack,
  struct_pack,
  struct_pack_into,
  struct_unpack,
  struct_unpack_from,
} from "../src/index.js";
import { fromHex, toHex } from "./struct-values.js";

type Enc = [string, ...unknown[]];
interface ApiCase {
  fn: string;
  args: Enc[];
  kwargs: Record<string, Enc>;
  result?: unknown;
  error?: string;
  after: Enc[];
}
const cases = JSON.parse(
  readFileSync(new URL("./fixtures/struct_api.json", import.meta.url), "utf8"),
) as ApiCase[];

function decode(e: Enc): PyObject {
  switch (e[0]) {
    case "bool":
      return Py_NewRef(e[1] ? Py_True : Py_False);
    case "int":
      return PyLong_FromBigInt(BigInt(e[1] as string));
    case "float":
      return PyFloat_FromDouble(Number(e[1]));
    case "str":
      return PyUnicode_FromString(e[1] as string);
    case "none":
      return Py_NewRef(Py_None);
    case "bytes":
      return PyBytes_FromBytes(fromHex(e[1] as string));
    case "bytearray":
      return PyByteArray_FromBytes(fromHex(e[1] as string));
    case "list":
      return PyList_FromArray((e[1] as Enc[]).map(decode));
  }
  throw new Error(`bad encoding ${e[0]}`);
}

/** Our object in the generator's encoding. */
function encode(o: PyObject): unknown {
  if (o === Py_None) return ["none"];
  if (o.ob_type === PyBool_Type) return ["bool", (o as PyObject & { value: number }).value === 1];
  if (PyLong_Check(o)) return ["int", String(o.value)];
  if (PyFloat_Check(o)) return ["float", String(o.value)];
  if (PyUnicode_Check(o)) return ["str", o.value];
  if (PyBytes_Check(o)) return ["bytes", toHex(PyBytes_AS_U8(o))];
  if (PyByteArray_Check(o)) return ["bytearray", toHex(PyByteArray_AS_U8(o))];
  if (PyTuple_Check(o)) return ["tuple", o.items.map(encode)];
  if (PyList_Check(o)) return ["list", o.items.map(encode)];
  throw new Error(`cannot encode ${o.ob_type.tp_name}`);
}

/** JSON with floats by value: Python and JS print them differently. */
function norm(x: unknown): string {
  return JSON.stringify(x).replace(/"float","([^"]*)"/g, (_m, f: string) => {
    const v =
      f === "inf" || f === "Infinity"
        ? "inf"
        : f === "-inf" || f === "-Infinity"
          ? "-inf"
          : String(Number(f));
    return `"float","${v}"`;
  });
}

type Fn = (args: readonly PyObject[], kwargs: KwArgs | null) => PyObject;
const FUNCS: Record<string, Fn> = {
  pack: struct_pack,
  unpack: struct_unpack,
  unpack_from: struct_unpack_from,
  pack_into: struct_pack_into,
  iter_unpack: struct_iter_unpack,
  calcsize: struct_calcsize,
};

function call(c: ApiCase, args: PyObject[], kwargs: KwArgs | null): unknown {
  if (c.fn === "Struct") {
    const s = PyStruct_Type.tp_new!(PyStruct_Type, args, kwargs);
    const fmt = PyStruct_Type.tp_getset.get("format")!.get(s);
    const size = PyStruct_Type.tp_getset.get("size")!.get(s);
    const r = [
      "struct",
      (fmt as PyObject & { value: string }).value,
      String((size as PyObject & { value: number }).value),
    ];
    Py_DECREF(fmt);
    Py_DECREF(size);
    Py_DECREF(s);
    return r;
  }
  let r: PyObject;
  if (c.fn.startsWith("Struct.")) {
    const s = PyStruct_Type.tp_new!(PyStruct_Type, [args[0]!], null);
    try {
      r = PyStruct_Type.tp_methods.get(c.fn.slice(7))!.meth(s, args.slice(1), kwargs);
    } finally {
      Py_DECREF(s);
    }
  } else {
    r = FUNCS[c.fn]!(args, kwargs);
  }
  if (r.ob_type.tp_name === "_struct.unpack_iterator") {
    const hint = (it: PyObject): string => {
      const h = r.ob_type.tp_methods.get("__length_hint__")!.meth(it, [], null);
      const s = String((h as PyObject & { value: number }).value);
      Py_DECREF(h);
      return s;
    };
    const first = hint(r);
    const items: unknown[] = [];
    for (let x = r.ob_type.tp_iternext!(r); x !== null; x = r.ob_type.tp_iternext!(r)) {
      items.push(encode(x));
      Py_DECREF(x);
    }
    const out = ["iter", first, items, hint(r)];
    Py_DECREF(r);
    return out;
  }
  const e = encode(r);
  Py_DECREF(r);
  return e;
}

describe("struct module API vs CPython", () => {
  for (const c of cases) {
    const label = `${c.fn}(${c.args.map((a) => JSON.stringify(a[1] ?? a[0])).join(", ")}${
      Object.keys(c.kwargs).length ? `, ${JSON.stringify(c.kwargs)}` : ""
    })`;
    it(label, () => {
      const args = c.args.map(decode);
      const kwargs: KwArgs | null = Object.keys(c.kwargs).length
        ? new Map(Object.entries(c.kwargs).map(([k, v]) => [k, decode(v)]))
        : null;
      let got: unknown;
      try {
        got = call(c, args, kwargs);
      } catch (e) {
        if (!isPyError(e)) throw e;
        got = e.message;
      }
      const want = c.result === undefined ? c.error : c.result;
      expect(norm(got)).toBe(norm(want));
      expect(norm(args.map(encode))).toBe(norm(c.after));
      for (const a of args) Py_DECREF(a);
      if (kwargs) for (const v of kwargs.values()) Py_DECREF(v);
    });
  }
});
