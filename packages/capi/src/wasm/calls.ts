/**
 * Calling C from TypeScript with objects: arguments are handed over as
 * BORROWED `PyObject *` (header addresses), results come back as NEW
 * references (stolen from C) or the C error convention is turned back into
 * a thrown `PyError` (`_Py_CheckFunctionResult`).
 */
import {
  type KwArgs,
  PyDict_New,
  PyDict_SetItemString,
  PyExc_SystemError,
  type PyObject,
  PyTuple_Pack,
  PyUnicode_FromString,
  Py_DECREF,
  raise,
} from "@py/object";
import { currentException, PyErr_Clear, raiseIfError } from "../errors.js";
import { stealHandle } from "../refcount.js";
import { type CRuntime, cRuntime } from "./c-runtime.js";

/** The `PyObject *` of `o` (borrowed; 0 for null). */
export function ptrOf(o: PyObject | null): number {
  return o === null ? 0 : cRuntime().objects.handleOf(o);
}

/**
 * The object of a `PyObject *` C returned as a new reference; NULL throws the
 * pending exception (SystemError if none is set), and a result with an
 * exception set is a SystemError, as in CPython. `what` names the callee.
 */
export function resultObject(addr: number, what: () => string): PyObject {
  if (addr === 0) {
    raiseIfError();
    raise(PyExc_SystemError, `${what()} returned NULL without setting an exception`);
  }
  // One look-up for a live object (stealHandle's resolve + addOwned otherwise).
  const e = cRuntime().objects.liveEntry(addr);
  let o: PyObject;
  if (e !== undefined) {
    o = e.obj;
    e.owned--;
  } else {
    o = stealHandle(addr as never);
  }
  if (currentException() !== null) {
    PyErr_Clear();
    Py_DECREF(o);
    raise(PyExc_SystemError, `${what()} returned a result with an exception set`);
  }
  return o;
}

/** An `int` result: -1 with an exception set throws it; -1 without one is a value. */
export function resultInt(r: number): number {
  if (r === -1 && currentException() !== null) raiseIfError();
  return r;
}

/**
 * Drops the reference to a temporary handed to C for one call; when that was
 * the last, its header is released now (rather than by a later sweep of the
 * whole table, which per-call temporaries would otherwise trigger often).
 */
function dropTemporary(o: PyObject): void {
  Py_DECREF(o);
  if (o.ob_refcnt <= 0) cRuntime().objects.noteObjectMaybeDead(o);
}

/** A temporary tuple of `args` for a C call; `done()` drops it. */
export function argsTuple(args: readonly PyObject[]): { ptr: number; done(): void } {
  for (const a of args) a.ob_refcnt++;
  const t = PyTuple_Pack([...args]);
  return { ptr: ptrOf(t), done: () => dropTemporary(t) };
}

/** A temporary dict of `kwargs` (NULL when there are none); `done()` drops it. */
export function kwargsDict(kwargs: KwArgs | null): { ptr: number; done(): void } {
  if (kwargs === null || kwargs.size === 0) return { ptr: 0, done: () => {} };
  const d = PyDict_New();
  for (const [k, v] of kwargs) PyDict_SetItemString(d, k, v);
  return { ptr: ptrOf(d), done: () => dropTemporary(d) };
}

/**
 * The vectorcall form of a call: `PyObject *const *args` in memory (positional
 * then keyword values) and the tuple of keyword names (NULL when none).
 */
export function vectorArgs(
  c: CRuntime,
  args: readonly PyObject[],
  kwargs: KwArgs | null,
): { array: number; nargs: number; kwnames: number; done(): void } {
  const kw = kwargs === null ? [] : [...kwargs];
  const n = args.length + kw.length;
  const array = c.mem.allocator.malloc(Math.max(1, n) * 4);
  if (array === 0) raise(PyExc_SystemError, "out of memory for call arguments");
  for (let i = 0; i < args.length; i++) c.mem.writeU32(array + i * 4, ptrOf(args[i]!));
  for (let i = 0; i < kw.length; i++) c.mem.writeU32(array + (args.length + i) * 4, ptrOf(kw[i]![1]));
  let names: PyObject | null = null;
  if (kw.length > 0) names = PyTuple_Pack(kw.map(([k]) => PyUnicode_FromString(k)));
  return {
    array,
    nargs: args.length,
    kwnames: ptrOf(names),
    done: () => {
      c.mem.allocator.free(array);
      if (names !== null) Py_DECREF(names);
    },
  };
}
