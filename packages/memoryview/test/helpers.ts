/**
 * Test helpers: build objects, call methods, and describe outcomes as
 * `repr(value)` or `ExcType: message`, the form of the fixture JSON written by
 * `fixtures/gen_fixtures.py` from CPython 3.11.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  type KwArgs,
  type PyObject,
  PyError,
  PyLong_FromValue,
  PyList_FromArray,
  PyObject_CallMethod,
  PyObject_GetAttr,
  PyObject_GetItem,
  PyObject_DelItem,
  PyObject_SetItem,
  PySlice_New,
  PyTuple_Pack,
  PyUnicode_FromString,
  Py_DECREF,
  Py_INCREF,
  Py_None,
  formatExceptionOnly,
  leakReport,
  repr,
} from "@py/object";
import { PyByteArray_FromBytes, PyBytes_FromBytes } from "@py/buffer";
import { PyMemoryView_FromObject } from "../src/index.js";

const fixturePath = fileURLToPath(new URL("./fixtures/memoryview.json", import.meta.url));
/** CPython's outcome for each case name. */
export const expected: Record<string, string> = JSON.parse(readFileSync(fixturePath, "utf8")).expected;

/** Owns the references a case keeps, and drops them all at the end. */
export class Scope {
  private owned: PyObject[] = [];
  /** Keeps `o` (a new reference) until `close()`. */
  o<T extends PyObject>(o: T): T {
    this.owned.push(o);
    return o;
  }
  close(): void {
    const owned = this.owned;
    this.owned = [];
    for (let i = owned.length - 1; i >= 0; i--) Py_DECREF(owned[i]!);
  }
}

/** Latin-1 string -> Uint8Array. */
export function u8(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** bytes (new reference). */
export function B(s: string | number[]): PyObject {
  return PyBytes_FromBytes(typeof s === "string" ? u8(s) : Uint8Array.from(s));
}
/** bytearray (new reference). */
export function BA(s: string | number[]): PyObject {
  return PyByteArray_FromBytes(typeof s === "string" ? u8(s) : Uint8Array.from(s));
}
/** memoryview(o) (new reference). */
export function mv(o: PyObject): PyObject {
  return PyMemoryView_FromObject(o);
}
/** int (new reference). */
export function int(v: number | bigint): PyObject {
  return PyLong_FromValue(v);
}
/** str (new reference). */
export function S(s: string): PyObject {
  return PyUnicode_FromString(s);
}
/** tuple stealing its items (new reference). */
export function tup(...items: PyObject[]): PyObject {
  return PyTuple_Pack(items);
}
/** list stealing its items (new reference). */
export function list(...items: PyObject[]): PyObject {
  return PyList_FromArray(items);
}
/** A tuple/list of ints (new reference). */
export function ints(vals: (number | bigint)[], asList = true): PyObject {
  const items = vals.map((v) => PyLong_FromValue(v));
  return asList ? PyList_FromArray(items) : PyTuple_Pack(items);
}
/** slice(start, stop, step) with JS numbers or null (new reference). */
export function sl(start: number | null, stop: number | null = null, step: number | null = null): PyObject {
  const a = start === null ? null : int(start);
  const b = stop === null ? null : int(stop);
  const c = step === null ? null : int(step);
  try {
    return PySlice_New(a, b, c);
  } finally {
    for (const x of [a, b, c]) if (x !== null) Py_DECREF(x);
  }
}
/** Borrowed None with a new reference (for tuples). */
export function none(): PyObject {
  Py_INCREF(Py_None);
  return Py_None;
}
/** o.name(*args, **kwargs) (new reference); args borrowed. */
export function call(
  o: PyObject,
  name: string,
  args: PyObject[] = [],
  kwargs: Record<string, PyObject> | null = null,
): PyObject {
  const kw: KwArgs | null = kwargs === null ? null : new Map(Object.entries(kwargs));
  return PyObject_CallMethod(o, name, args, kw);
}
/** o.name (new reference). */
export function attr(o: PyObject, name: string): PyObject {
  return PyObject_GetAttr(o, name);
}
/** o[k] with k stolen (new reference). */
export function get(o: PyObject, k: PyObject): PyObject {
  try {
    return PyObject_GetItem(o, k);
  } finally {
    Py_DECREF(k);
  }
}
/** o[k] = v with k and v stolen. */
export function set(o: PyObject, k: PyObject, v: PyObject | null): void {
  try {
    if (v === null) PyObject_DelItem(o, k);
    else PyObject_SetItem(o, k, v);
  } finally {
    Py_DECREF(k);
    if (v !== null) Py_DECREF(v);
  }
}

// Exception objects (and their message strs) are created as objects while
// checked mode is on, but are not refcount-tracked: leak checks skip them.
const caughtMessages = new Set<string>();

/** `leakReport()` without the exception objects raised during the test. */
export function leaks(): string[] {
  return leakReport().filter((line) => {
    if (/^leaked: \w+ object \w+\(/.test(line) && /(Error|Exception|StopIteration)\(/.test(line))
      return false;
    const m = /^leaked: str object (.*) with refcount 1$/.exec(line);
    return !(m !== null && caughtMessages.has(m[1]!));
  });
}

/** The outcome of `fn` as in the fixture: repr of the result (then dropped) or the exception line. */
export function outcome(fn: (T: Scope) => PyObject | string | null): string {
  const T = new Scope();
  try {
    const r = fn(T);
    if (r === null) return "None";
    if (typeof r === "string") return r;
    try {
      return repr(r);
    } finally {
      Py_DECREF(r);
    }
  } catch (e) {
    if (e instanceof PyError) {
      for (const a of e.exc.args) caughtMessages.add(repr(a));
      return formatExceptionOnly(e.exc);
    }
    throw e;
  } finally {
    T.close();
  }
}
