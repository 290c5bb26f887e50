import {
  PyObject,
  PyFloat_FromDouble,
  PyList_FromArray,
  PyLong_FromBigInt,
  PyLong_FromNumber,
  PyNumber_Add,
  PyNumber_InPlaceAdd,
  PyNumber_InPlaceMultiply,
  PyNumber_Multiply,
  PyObject_DelItem,
  PyObject_GetItem,
  PyObject_GetIter,
  PyObject_Length,
  PyObject_RichCompare,
  PyObject_SetItem,
  PySequence_Contains,
  PySlice_New,
  PyTuple_Pack,
  PyTypeObject,
  PyUnicode_FromString,
  Py_DECREF,
  Py_None,
  PyIter_Next,
  isPyError,
  repr,
  setCheckedMode,
  leakReport,
  checkpoint,
} from "@py/object";
import { describe, expect, it } from "vitest";
import {
  PyArray_Type,
  type PyArrayObject,
  PyBUF_FULL_RO,
  PyBUF_SIMPLE,
  PyBuffer_FillInfo,
  PyBuffer_Release,
  PyByteArray_FromBytes,
  PyBytes_FromBytes,
  PyMemory,
  type Py_buffer,
  getBuffer,
} from "../src/index.js";
import { transcript } from "./transcript.js";
import cases from "./fixtures/array.json" with { type: "json" };

type Enc = unknown;
interface Case {
  init: [string, Enc[]] | null;
  op: string;
  args: Enc[];
  result?: string;
  error?: string;
  msg?: string;
  after: string | null;
}

/** A read-only bytes-like exporter standing in for memoryview(bytes) in frombytes. */
class Blob extends PyObject {
  mem!: PyMemory;
  len!: number;
}
const BlobType = new PyTypeObject({
  name: "memoryview",
  as_buffer: {
    bf_getbuffer(o, view, flags) {
      const b = o as Blob;
      PyBuffer_FillInfo(view as Py_buffer, b, { mem: b.mem, offset: 0 }, b.len, true, flags);
    },
  },
});
function blob(bytes: number[]): PyObject {
  const b = new Blob(BlobType);
  b.mem = new PyMemory(bytes.length);
  b.mem.u8.set(bytes);
  b.len = bytes.length;
  return b;
}

function newArray(tc: string, items: Enc[]): PyObject {
  const list = dec(items);
  const tcs = PyUnicode_FromString(tc);
  try {
    return PyArray_Type.tp_new!(PyArray_Type, [tcs, list], null);
  } finally {
    Py_DECREF(tcs);
    Py_DECREF(list);
  }
}

/** Decodes the fixture encoding to a new reference. */
function dec(v: Enc): PyObject {
  if (v === null) return Py_None;
  if (typeof v === "number") return PyLong_FromNumber(v);
  if (typeof v === "boolean") return PyLong_FromNumber(v ? 1 : 0);
  if (typeof v === "string") return PyUnicode_FromString(v);
  if (Array.isArray(v)) return PyList_FromArray(v.map(dec));
  const [k, x] = Object.entries(v as Record<string, unknown>)[0]!;
  switch (k) {
    case "int":
      return PyLong_FromBigInt(BigInt(x as string));
    case "float":
      return PyFloat_FromDouble(Number(x === "inf" ? Infinity : x === "-inf" ? -Infinity : x));
    case "tuple":
      return PyTuple_Pack((x as Enc[]).map(dec));
    case "bytes":
      return PyBytes_FromBytes(new Uint8Array(x as number[]));
    case "bytearray":
      return PyByteArray_FromBytes(new Uint8Array(x as number[]));
    case "array": {
      const [tc, items] = x as [string, Enc[]];
      return newArray(tc, items);
    }
    case "slice": {
      const parts = (x as Enc[]).map(dec);
      while (parts.length < 3) parts.push(Py_None);
      const s = PySlice_New(parts[0]!, parts[1]!, parts[2]!);
      return s;
    }
    case "range": {
      // An iterable of ints: a list works the same for the array constructor.
      const [a, b] = (x as number[]).length === 1 ? [0, (x as number[])[0]!] : (x as number[]);
      const items: PyObject[] = [];
      for (let i = a!; i < b!; i++) items.push(PyLong_FromNumber(i));
      const l = PyList_FromArray(items);
      const it = PyObject_GetIter(l);
      Py_DECREF(l);
      return it;
    }
    case "mv":
      return blob(x as number[]);
  }
  throw new Error(`bad encoding ${k}`);
}

const TRUE_FALSE = (b: boolean) => (b ? "True" : "False");

function call(a: PyObject, name: string, args: PyObject[]): PyObject {
  const m = PyArray_Type.tp_methods.get(name);
  if (m === undefined) throw new Error(`no method ${name}`);
  return m.meth(a, args, null);
}

function run(c: Case): { result?: string; error?: string; msg?: string; after: string | null } {
  const a = c.init === null ? null : newArray(c.init[0], c.init[1]);
  const args = c.args.map(dec);
  let result: string;
  try {
    let r: PyObject | string | null = null;
    switch (c.op) {
      case "new":
        r = PyArray_Type.tp_new!(PyArray_Type, args, null);
        break;
      case "getitem":
        r = PyObject_GetItem(a!, args[0]!);
        break;
      case "setitem":
        PyObject_SetItem(a!, args[0]!, args[1]!);
        break;
      case "delitem":
        PyObject_DelItem(a!, args[0]!);
        break;
      case "add":
        r = PyNumber_Add(a!, args[0]!);
        break;
      case "iadd":
        Py_DECREF(PyNumber_InPlaceAdd(a!, args[0]!));
        break;
      case "mul":
        r = PyNumber_Multiply(a!, args[0]!);
        break;
      case "imul":
        Py_DECREF(PyNumber_InPlaceMultiply(a!, args[0]!));
        break;
      case "cmp": {
        const out: string[] = [];
        for (const op of [0, 1, 2, 3, 4, 5] as const) {
          const x = PyObject_RichCompare(a!, args[0]!, op);
          out.push(repr(x));
          Py_DECREF(x);
        }
        r = `[${out.join(", ")}]`;
        break;
      }
      case "contains":
        r = TRUE_FALSE(PySequence_Contains(a!, args[0]!));
        break;
      case "len":
        r = String(PyObject_Length(a!));
        break;
      case "repr":
        break;
      case "list": {
        const it = PyObject_GetIter(a!);
        const items: string[] = [];
        for (let x = PyIter_Next(it); x !== null; x = PyIter_Next(it)) {
          items.push(repr(x));
          Py_DECREF(x);
        }
        Py_DECREF(it);
        r = `[${items.join(", ")}]`;
        break;
      }
      case "attrs": {
        const arr = a as PyArrayObject;
        const bi = call(a!, "buffer_info", []);
        const n = repr(PyObject_GetItem(bi, PyLong_FromNumber(1)));
        Py_DECREF(bi);
        r = `('${arr.descr.typecode}', ${arr.descr.itemsize}, ${n})`;
        break;
      }
      case "exportop": {
        const view = getBuffer(a!, PyBUF_FULL_RO);
        try {
          const name = c.args[0] as string;
          const rest = args.slice(1);
          if (name === "__iadd__") r = PyNumber_InPlaceAdd(a!, rest[0]!);
          else if (name === "__imul__") r = PyNumber_InPlaceMultiply(a!, rest[0]!);
          else if (name === "__delitem__") PyObject_DelItem(a!, rest[0]!);
          else if (name === "__setitem__") PyObject_SetItem(a!, rest[0]!, rest[1]!);
          else r = call(a!, name, rest);
        } finally {
          PyBuffer_Release(view);
        }
        break;
      }
      default:
        r = call(a!, c.op, args);
    }
    result = r === null ? "None" : typeof r === "string" ? r : repr(r);
    if (r !== null && typeof r !== "string") Py_DECREF(r);
  } catch (e) {
    if (!isPyError(e)) throw e;
    const [type, ...msg] = e.message.split(": ");
    const after = a === null ? null : repr(a);
    if (a !== null) Py_DECREF(a);
    return { error: type!, msg: msg.join(": "), after };
  } finally {
    for (const x of args) Py_DECREF(x);
  }
  const after = a === null ? null : repr(a);
  if (a !== null) Py_DECREF(a);
  return { result, after };
}

describe("array.array against CPython (fixtures/array.json)", () => {
  // memoryview is a higher layer: its iteration is not available here.
  const all = (cases as Case[]).filter((c) => !(c.op === "new" && JSON.stringify(c.args).includes('"mv"')));
  it.each(all.map((c, i) => [i, `${c.init?.[0] ?? ""} ${c.op} ${JSON.stringify(c.args)}`, c] as const))(
    "%i %s",
    (_i, _name, c) => {
      const got = run(c);
      if (c.error !== undefined) {
        expect({ error: got.error, msg: got.msg }).toEqual({ error: c.error, msg: c.msg });
      } else {
        expect(got.error === undefined ? got.result : `${got.error}: ${got.msg}`).toBe(c.result);
      }
      expect(got.after).toBe(c.after);
    },
  );
});

describe("array buffer export", () => {
  it("exports typecode format, locks resizing, unlocks on release", () => {
    const a = newArray("h", [1, 2, 3]) as PyArrayObject;
    const v = getBuffer(a, PyBUF_FULL_RO);
    expect([v.format, v.itemsize, v.len, v.ndim, v.shape, v.strides, v.readonly]).toEqual([
      "h",
      2,
      6,
      1,
      [3],
      [2],
      false,
    ]);
    expect(a.ob_exports).toBe(1);
    expect(a.ob_refcnt).toBe(2);
    const one = PyLong_FromNumber(1);
    const py = transcript("array buffer export");
    expect(() => call(a, "append", [one])).toThrow(py("a.append(1)"));
    const s = getBuffer(a, PyBUF_SIMPLE);
    expect([s.format, s.shape, s.strides, s.itemsize]).toEqual([null, null, null, 2]);
    PyBuffer_Release(s);
    PyBuffer_Release(v);
    expect(a.ob_exports).toBe(0);
    expect(a.ob_refcnt).toBe(1);
    Py_DECREF(call(a, "append", [one]));
    expect(repr(a)).toBe(py("a"));
    Py_DECREF(a);
  });

  it("growth keeps views of the same memory object valid", () => {
    const a = newArray("B", []) as PyArrayObject;
    for (let i = 0; i < 1000; i++) {
      const x = PyLong_FromNumber(i & 255);
      Py_DECREF(call(a, "append", [x]));
    }
    const v = getBuffer(a, PyBUF_SIMPLE);
    expect(v.len).toBe(1000);
    expect(v.buf.mem.u8[v.buf.offset + 999]).toBe(999 & 255);
    PyBuffer_Release(v);
    Py_DECREF(a);
  });

  it("no leaks in checked mode", () => {
    setCheckedMode(true);
    checkpoint();
    const a = newArray("i", [1, 2, 3]);
    const b = newArray("i", [4]);
    const c = PyNumber_Add(a, b);
    const it = PyObject_GetIter(c);
    for (let x = PyIter_Next(it); x !== null; x = PyIter_Next(it)) Py_DECREF(x);
    Py_DECREF(it);
    const l = call(c, "tolist", []);
    Py_DECREF(l);
    Py_DECREF(c);
    Py_DECREF(b);
    Py_DECREF(a);
    expect(leakReport()).toEqual([]);
    setCheckedMode(false);
  });
});
