/**
 * bytes and bytearray against CPython 3.11: every case of
 * fixtures/bytes_cases.json (written by fixtures/gen_bytes_fixtures.py with
 * python3) is run through the object layer's abstract API and must give
 * CPython's repr or exception text.
 */
import {
  type KwArgs,
  PyError,
  PyFloat_FromDouble,
  PyList_FromArray,
  PyLong_FromBigInt,
  PyNumber_Add,
  PyNumber_InPlaceAdd,
  PyNumber_InPlaceMultiply,
  PyNumber_Multiply,
  PyNumber_Remainder,
  type PyObject,
  PyObject_CallMethod,
  PyObject_DelItem,
  PyObject_GetItem,
  PyObject_Length,
  PyObject_RichCompare,
  PyObject_SetItem,
  PySequence_Contains,
  PySequence_List,
  PySlice_New,
  PyTuple_Pack,
  PyUnicode_FromString,
  Py_DECREF,
  Py_False,
  Py_NewRef,
  Py_None,
  Py_True,
  type CompareOp,
  repr,
  str,
  PyBool_FromBool,
  PyLong_FromNumber,
  PyLong_FromValue,
} from "@py/object";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  PyBuffer_Release,
  PyBUF_SIMPLE,
  PyByteArray_FromBytes,
  PyByteArray_Type,
  PyBytes_FromBytes,
  PyBytes_Type,
  getBuffer,
  type Py_buffer,
} from "../src/index.js";

interface Tagged {
  t: string;
  v?: string | number | boolean;
  hex?: string;
  items?: Tagged[];
}
interface Case {
  kind: "method" | "ctor" | "op";
  recv?: Tagged;
  name?: string;
  type?: string;
  op?: string;
  a?: Tagged;
  b?: Tagged;
  args?: Tagged[];
  kwargs?: Record<string, Tagged>;
  expect: string;
}
interface Step {
  step: [string, ...(Tagged | string)[]];
  result: string;
  after: string;
}
interface Script {
  initial: Tagged;
  steps: Step[];
}

const fixture = JSON.parse(readFileSync(new URL("./fixtures/bytes_cases.json", import.meta.url), "utf8")) as {
  cases: Case[];
  scripts: Script[];
};

function hexBytes(h: string): Uint8Array {
  const out = new Uint8Array(h.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(h.slice(2 * i, 2 * i + 2), 16);
  return out;
}

/** A new reference for a tagged fixture value. */
function build(t: Tagged): PyObject {
  switch (t.t) {
    case "none":
      return Py_NewRef(Py_None);
    case "bool":
      return Py_NewRef(t.v ? Py_True : Py_False);
    case "int":
      return PyLong_FromBigInt(BigInt(t.v as string));
    case "float":
      return PyFloat_FromDouble(
        t.v === "inf" ? Number.POSITIVE_INFINITY : t.v === "-inf" ? Number.NEGATIVE_INFINITY : Number(t.v),
      );
    case "str":
      return PyUnicode_FromString(t.v as string);
    case "bytes":
      return PyBytes_FromBytes(hexBytes(t.hex!));
    case "bytearray":
      return PyByteArray_FromBytes(hexBytes(t.hex!));
    case "tuple":
      return PyTuple_Pack(t.items!.map(build));
    case "list":
      return PyList_FromArray(t.items!.map(build));
    case "range": {
      // An iterable of ints that is not a buffer: a tuple of the range's values.
      const [a, b, c] = t.items!.map((x) => Number(x.v));
      const vals: PyObject[] = [];
      for (let i = a!; c! > 0 ? i < b! : i > b!; i += c!) vals.push(PyLong_FromNumber(i));
      return PyTuple_Pack(vals);
    }
    case "slice": {
      const parts = t.items!.map(build);
      const s = PySlice_New(parts[0]!, parts[1]!, parts[2]!);
      for (const p of parts) Py_DECREF(p);
      return s;
    }
    case "type":
      return Py_NewRef(t.v === "bytes" ? PyBytes_Type : PyByteArray_Type);
    default:
      throw new Error(`unknown tag ${t.t}`);
  }
}

function kwargsOf(kw: Record<string, Tagged> | undefined): KwArgs | null {
  if (kw === undefined || Object.keys(kw).length === 0) return null;
  return new Map(Object.entries(kw).map(([k, v]) => [k, build(v)]));
}

/** Runs `f` and gives CPython's repr of the result or `Type: message`. */
function outcome(f: () => PyObject): string {
  try {
    const r = f();
    const s = repr(r);
    Py_DECREF(r);
    return s;
  } catch (e) {
    if (e instanceof PyError) return e.message;
    throw e;
  }
}

const CMP: Record<string, CompareOp> = { lt: 0, le: 1, eq: 2, ne: 3, gt: 4, ge: 5 };

function runOp(name: string, a: PyObject, b: PyObject): PyObject {
  switch (name) {
    case "add":
      return PyNumber_Add(a, b);
    case "mul":
      return PyNumber_Multiply(a, b);
    case "mod":
      return PyNumber_Remainder(a, b);
    case "contains":
      return PyBool_FromBool(PySequence_Contains(a, b));
    case "getitem":
      return PyObject_GetItem(a, b);
    case "repr":
      return Py_NewRef(a);
    case "str":
      return PyUnicode_FromString(str(a));
    case "len":
      return PyLong_FromValue(PyObject_Length(a));
    case "list":
      return PySequence_List(a);
    default:
      return PyObject_RichCompare(a, b, CMP[name]!);
  }
}

function runCase(c: Case): string {
  const args = (c.args ?? []).map(build);
  const kwargs = kwargsOf(c.kwargs);
  const owned: PyObject[] = [...args, ...(kwargs ? kwargs.values() : [])];
  try {
    if (c.kind === "method") {
      const recv = build(c.recv!);
      owned.push(recv);
      return outcome(() => PyObject_CallMethod(recv, c.name!, args, kwargs));
    }
    if (c.kind === "ctor") {
      const type = c.type === "bytes" ? PyBytes_Type : PyByteArray_Type;
      return outcome(() => type.tp_new!(type, args, kwargs));
    }
    const a = build(c.a!);
    const b = build(c.b!);
    owned.push(a, b);
    return outcome(() => runOp(c.op!, a, b));
  } finally {
    for (const o of owned) Py_DECREF(o);
  }
}

function label(c: Case): string {
  const r = c.recv ? `${c.recv.t}:${c.recv.hex ?? c.recv.v}` : (c.type ?? c.op);
  return `${c.kind} ${r} ${c.name ?? ""} ${JSON.stringify(c.args ?? [c.a, c.b]).slice(0, 120)}`;
}

describe("bytes/bytearray cases from CPython", () => {
  for (const [i, c] of fixture.cases.entries()) {
    it(`${i}: ${label(c)}`, () => {
      expect(runCase(c)).toBe(c.expect);
    });
  }
});

describe("bytearray scripts (resize lock while exported)", () => {
  for (const [i, s] of fixture.scripts.entries()) {
    it(`script ${i}`, () => {
      const b = build(s.initial);
      const views: Py_buffer[] = [];
      for (const [j, st] of s.steps.entries()) {
        const [kind, ...rest] = st.step;
        const vals = (kind === "call" ? rest.slice(1) : rest).map((x) => build(x as Tagged));
        const r = outcome(() => {
          switch (kind) {
            case "export":
              views.push(getBuffer(b, PyBUF_SIMPLE));
              return Py_NewRef(Py_None);
            case "release":
              PyBuffer_Release(views.pop()!);
              return Py_NewRef(Py_None);
            case "call":
              return PyObject_CallMethod(b, rest[0] as string, vals, null);
            case "setitem":
              PyObject_SetItem(b, vals[0]!, vals[1]!);
              return Py_NewRef(Py_None);
            case "delitem":
              PyObject_DelItem(b, vals[0]!);
              return Py_NewRef(Py_None);
            case "iadd": {
              const x = PyNumber_InPlaceAdd(b, vals[0]!);
              Py_DECREF(x);
              return Py_NewRef(Py_None);
            }
            case "imul": {
              const x = PyNumber_InPlaceMultiply(b, vals[0]!);
              Py_DECREF(x);
              return Py_NewRef(Py_None);
            }
            default:
              throw new Error(kind);
          }
        });
        for (const v of vals) Py_DECREF(v);
        expect(`${j} ${JSON.stringify(st.step)}: ${r}`).toBe(`${j} ${JSON.stringify(st.step)}: ${st.result}`);
        expect(`${j}: ${repr(b)}`).toBe(`${j}: ${st.after}`);
      }
      for (const v of views) PyBuffer_Release(v);
      Py_DECREF(b);
    });
  }
});
