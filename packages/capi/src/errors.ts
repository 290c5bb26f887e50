/**
 * The error indicator and the C calling convention (`Python/errors.c`).
 *
 * A failing C-API function returns NULL (or -1) and leaves the exception in
 * the indicator, where `PyErr_Occurred` finds it. The TypeScript layers below
 * raise `PyError`s instead; every façade function catches them and converts
 * (`setErrorFrom`). Any other JS exception is a bug below or a misuse and
 * becomes a `SystemError` naming the function — no JS exception escapes a
 * C-API function.
 */
import {
  isCheckedMode,
  newException,
  PyBaseExceptionObject,
  PyError,
  PyExc_BaseException,
  PyExc_MemoryError,
  PyExc_SystemError,
  type PyObject,
  PyObject_TypeCheck,
  PyTuple_Check,
  PyType_Check,
  type PyTypeObject,
  PyType_IsSubtype,
  Py_DECREF as objDECREF,
  RefcountError,
  raise,
} from "@py/object";
import { _setIndicatorGuard, capiReport } from "./checked.js";
import { NULL_OBJECT, type PyObjectPtr } from "./handles.js";
import { _setErrorSink, adopt, badHandle, borrow, Py_DECREF, stealHandle } from "./refcount.js";
import { rt } from "./runtime.js";

/**
 * The current exception, or null (`tstate->curexc_*`). The indicator owns one
 * reference to it, as in CPython: `PyErr_Clear` drops it (so an exception C
 * fetched and let go is deallocated, with what its args hold), `PyErr_Fetch`
 * hands it to C, `PyErr_Restore` takes C's. A thrown `PyError` owns one
 * reference to its exception too (the object layer creates a raised exception
 * with count 1): catching it into the indicator takes that reference over, and
 * `raiseIfError` gives it back to the `PyError` it throws.
 */
let curexc: PyBaseExceptionObject | null = null;

/** Drops a reference the indicator owned (or `takeException` gave); a header of an exception that died goes with it. */
export function releaseException(o: PyObject): void {
  objDECREF(o);
  if (o.ob_refcnt <= 0) rt.handles.noteObjectMaybeDead(o);
}

/** Makes `exc` (a reference the caller gives up) the current exception, dropping the previous one. */
function setIndicator(exc: PyBaseExceptionObject | null): void {
  const old = curexc;
  curexc = exc;
  if (old !== null) releaseException(old);
}

/**
 * Moves the current exception out of the indicator (clearing it): the caller
 * now owns the indicator's reference (to throw in a `PyError`, or to drop).
 */
export function takeException(): PyBaseExceptionObject | null {
  const e = curexc;
  curexc = null;
  return e;
}

/** Stores a caught JS exception in the indicator (see the module comment). */
export function setErrorFrom(e: unknown, fn: string): void {
  if (e instanceof PyError) {
    setIndicator(e.exc);
    return;
  }
  if (e instanceof RefcountError) {
    capiReport(`${fn}: ${e.message}`);
    setIndicator(newException(PyExc_SystemError, `${fn}: ${e.message}`));
    return;
  }
  // (V8's "Invalid string length"/"Invalid typed array length": a size no allocation can hold.)
  if (
    e instanceof RangeError &&
    /allocation|Array buffer|memory|Invalid (string|typed array|array) length/i.test(e.message)
  ) {
    setIndicator(newException(PyExc_MemoryError));
    return;
  }
  const msg = e instanceof Error ? e.message : String(e);
  setIndicator(newException(PyExc_SystemError, `${fn}: internal error: ${msg}`));
}

_setErrorSink(setErrorFrom);
_setIndicatorGuard((f) => {
  const saved = takeException();
  try {
    return f();
  } finally {
    setIndicator(saved);
  }
});

/**
 * The exception in the indicator (TypeScript access).
 * @returns Borrowed reference, or null.
 */
export function currentException(): PyBaseExceptionObject | null {
  return curexc;
}

/** The type object named by handle `t`, which must be an exception class. */
function exceptionClass(t: PyObjectPtr, fn: string): PyTypeObject {
  const tp = borrow(t, fn);
  if (!PyType_Check(tp) || !PyType_IsSubtype(tp, PyExc_BaseException)) {
    raise(PyExc_SystemError, `${fn}: exception ${describeType(tp)} is not a BaseException subclass`);
  }
  return tp;
}

function describeType(o: PyObject): string {
  return PyType_Check(o) ? `<class '${o.tp_name}'>` : `of type ${o.ob_type.tp_name}`;
}

/** `PyErr_SetString(type, message)`: sets the indicator to `type(message)`. */
export function PyErr_SetString(type: PyObjectPtr, message: string | number): void {
  try {
    const tp = exceptionClass(type, "PyErr_SetString");
    const msg = typeof message === "number" ? rt.mem.readCString(message) : message;
    setIndicator(newException(tp, msg));
  } catch (e) {
    setErrorFrom(e, "PyErr_SetString");
  }
}

/** `PyErr_SetNone(type)`: sets the indicator to `type()`. */
export function PyErr_SetNone(type: PyObjectPtr): void {
  try {
    setIndicator(newException(exceptionClass(type, "PyErr_SetNone")));
  } catch (e) {
    setErrorFrom(e, "PyErr_SetNone");
  }
}

/** `PyErr_SetObject(type, value)`: an exception instance `value`, or `type(value)`. */
export function PyErr_SetObject(type: PyObjectPtr, value: PyObjectPtr): void {
  try {
    const tp = exceptionClass(type, "PyErr_SetObject");
    const v = value === 0 ? null : borrow(value, "PyErr_SetObject");
    // The indicator's reference to the instance, or the new exception's to its argument.
    if (v !== null) v.ob_refcnt++;
    if (v instanceof PyBaseExceptionObject && PyObject_TypeCheck(v, tp)) setIndicator(v);
    else setIndicator(newException(tp, undefined, v === null ? [] : [v]));
  } catch (e) {
    setErrorFrom(e, "PyErr_SetObject");
  }
}

/**
 * `PyErr_NoMemory()`: sets MemoryError; returns NULL.
 * @returns New reference: always NULL (MemoryError set).
 */
export function PyErr_NoMemory(): PyObjectPtr {
  setIndicator(newException(PyExc_MemoryError));
  return NULL_OBJECT;
}

/**
 * `PyErr_Occurred()`: the type of the current exception (borrowed), or NULL.
 * @returns Borrowed reference.
 */
export function PyErr_Occurred(): PyObjectPtr {
  return curexc === null ? NULL_OBJECT : rt.handles.handleOf(curexc.ob_type);
}

/** `PyErr_Clear()`. */
export function PyErr_Clear(): void {
  setIndicator(null);
}

/**
 * `PyErr_Fetch(&type, &value, &traceback)`: moves the indicator out (new
 * references, NULL when clear) and clears it. Pass addresses of `PyObject *`
 * slots to have them written as in C; the triple is also returned.
 * @returns New references (NULL when clear).
 */
export function PyErr_Fetch(ptype = 0, pvalue = 0, ptraceback = 0): [PyObjectPtr, PyObjectPtr, PyObjectPtr] {
  let out: [PyObjectPtr, PyObjectPtr, PyObjectPtr] = [NULL_OBJECT, NULL_OBJECT, NULL_OBJECT];
  try {
    const m = rt.mem;
    // All out-parameters are checked before anything moves: a bad one must
    // not leave the others written and the references handed out unseen.
    for (const p of [ptype, pvalue, ptraceback])
      if (p !== 0) m.ptr(p, m.abi.ptrSize, "PyErr_Fetch: out-parameter");
    const exc = takeException();
    // The indicator's reference to the value passes to C; the type's is a new one.
    if (exc !== null) out = [adoptNew(exc.ob_type), adopt(exc), NULL_OBJECT];
    if (ptype !== 0) m.writePtr(ptype, out[0]);
    if (pvalue !== 0) m.writePtr(pvalue, out[1]);
    if (ptraceback !== 0) m.writePtr(ptraceback, out[2]);
  } catch (e) {
    setErrorFrom(e, "PyErr_Fetch");
  }
  return out;
}

function adoptNew(o: PyObject): PyObjectPtr {
  o.ob_refcnt++;
  return adopt(o);
}

/**
 * `PyErr_Restore(type, value, traceback)`: sets the indicator, stealing the
 * three references (any may be NULL; NULL type clears it).
 */
export function PyErr_Restore(type: PyObjectPtr, value: PyObjectPtr, traceback: PyObjectPtr): void {
  const fn = "PyErr_Restore";
  let next: PyBaseExceptionObject | null = null;
  let failure: unknown = null;
  // Handles that do not resolve hold no reference to drop or take.
  const live = (h: PyObjectPtr) => h !== 0 && rt.handles.resolve(h) !== null;
  try {
    if (type !== 0) {
      const tp = exceptionClass(type, fn);
      const v = value === 0 ? null : borrow(value, fn);
      next = v instanceof PyBaseExceptionObject ? v : newException(tp, undefined, v === null ? [] : [v]);
    }
  } catch (e) {
    failure = e;
  }
  // The references are stolen whatever happens (CPython's PyErr_Restore cannot
  // fail): the value's becomes the indicator's (or the new exception's, which
  // holds the value in its args); the type's and the traceback's are dropped.
  if (next !== null && live(value)) stealHandle(value);
  else if (live(value)) Py_DECREF(value);
  for (const h of [type, traceback]) if (live(h)) Py_DECREF(h);
  if (failure !== null) setErrorFrom(failure, fn);
  else setIndicator(next);
}

/** `PyErr_GivenExceptionMatches(given, exc)`: `exc` a class or a tuple of classes. */
export function PyErr_GivenExceptionMatches(given: PyObjectPtr, exc: PyObjectPtr): number {
  try {
    if (given === 0 || exc === 0) return 0;
    return givenMatches(
      borrow(given, "PyErr_GivenExceptionMatches"),
      borrow(exc, "PyErr_GivenExceptionMatches"),
    )
      ? 1
      : 0;
  } catch (e) {
    setErrorFrom(e, "PyErr_GivenExceptionMatches");
    return 0;
  }
}

function givenMatches(given: PyObject, exc: PyObject): boolean {
  if (PyTuple_Check(exc)) {
    for (const item of exc.items) if (givenMatches(given, item)) return true;
    return false;
  }
  const g = given instanceof PyBaseExceptionObject ? given.ob_type : given;
  if (PyType_Check(g) && PyType_Check(exc)) return PyType_IsSubtype(g, exc);
  return g === exc;
}

/** `PyErr_ExceptionMatches(exc)`: whether the current exception matches `exc`. */
export function PyErr_ExceptionMatches(exc: PyObjectPtr): number {
  if (curexc === null) return 0;
  try {
    return givenMatches(curexc, borrow(exc, "PyErr_ExceptionMatches")) ? 1 : 0;
  } catch (e) {
    setErrorFrom(e, "PyErr_ExceptionMatches");
    return 0;
  }
}

/**
 * For TypeScript clients: if the indicator is set, clears it and throws the
 * exception as a `PyError` (the C convention turned back into a throw).
 */
export function raiseIfError(): void {
  if (curexc !== null) {
    const exc = curexc;
    curexc = null;
    throw new PyError(exc);
  }
}

/**
 * For TypeScript clients: the object of a new reference returned by a C-API
 * function (ownership moves to the caller), or throws the pending exception
 * if `h` is NULL.
 * @returns New reference (taken over from the C-API result).
 */
export function unwrapResult(h: PyObjectPtr): PyObject {
  if (h === 0) {
    raiseIfError();
    raise(PyExc_SystemError, "error return without exception set");
  }
  return stealHandle(h);
}

/** Checked-mode helper: whether the façade should keep extra bookkeeping. */
export function checking(): boolean {
  return isCheckedMode();
}

export { badHandle };
