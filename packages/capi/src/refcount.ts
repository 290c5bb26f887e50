/**
 * Reference counting through handles (`Py_INCREF`, `Py_DECREF`, ...) and the
 * conversions a TypeScript client needs between handles and objects.
 *
 * The count is the object's own `ob_refcnt` (see handles.ts): the façade's
 * `Py_DECREF` is `@py/object`'s, so dropping the last reference deallocates
 * at once, and the handle's slot is freed with it.
 */
import {
  isCheckedMode,
  PyBaseExceptionObject,
  PyExc_SystemError,
  type PyObject,
  Py_DECREF as objDECREF,
  raise,
} from "@py/object";
import { capiReport, describeObject, hexAddr } from "./checked.js";
import { isImmortal, NULL_OBJECT, type PyObjectPtr } from "./handles.js";
import { rt } from "./runtime.js";

/**
 * Raises (and in checked mode reports) the SystemError for a handle that does
 * not resolve: NULL, stale (its object was deallocated) or forged.
 */
export function badHandle(h: number, fn: string): never {
  const why = rt.handles.lastFailure;
  let msg: string;
  if (why === "null" || h === 0) {
    msg = `${fn}: bad argument to internal function (NULL PyObject*)`;
  } else if (why === "freed" || why === "deallocated") {
    const what = rt.handles.freedDescription(h) ?? "an object";
    msg = `${fn}: stale PyObject* ${hexAddr(h)}: the ${what} it referred to was deallocated`;
  } else {
    msg = `${fn}: invalid PyObject* ${typeof h === "number" ? hexAddr(h) : String(h)}: not a handle of a live object`;
  }
  capiReport(msg);
  raise(PyExc_SystemError, msg);
}

/** The object of `h` (borrowed); raises SystemError for a bad handle. */
export function borrow(h: PyObjectPtr | number, fn: string): PyObject {
  const o = rt.handles.resolve(h);
  return o !== null ? o : badHandle(h, fn);
}

/**
 * Hands a new reference the caller owns to C: the handle now carries it.
 * @returns New reference (the handle carries the reference the caller gave).
 */
export function adopt(o: PyObject): PyObjectPtr {
  const h = rt.handles.handleOf(o);
  rt.handles.addOwned(h, 1);
  return h;
}

/**
 * `toHandle(o)`: a NEW reference to `o` as a handle (increments `o`).
 * @returns New reference.
 */
export function toHandle(o: PyObject): PyObjectPtr {
  o.ob_refcnt++;
  return adopt(o);
}

/**
 * The handle of `o` as a BORROWED reference (no count changes).
 * @returns Borrowed reference.
 */
export function borrowHandle(o: PyObject | null): PyObjectPtr {
  return o === null ? NULL_OBJECT : rt.handles.handleOf(o);
}

/**
 * `fromHandle(h)`: the object of `h`, BORROWED; throws SystemError (a PyError) for a bad handle.
 * @returns Borrowed reference.
 */
export function fromHandle(h: PyObjectPtr): PyObject {
  return borrow(h, "fromHandle");
}

/**
 * The object of `h`, taking over the reference C owned (a "steal"): use it for
 * a new reference a C-API function returned, to hand it to TypeScript code.
 * @returns New reference (taken over from C).
 */
export function stealHandle(h: PyObjectPtr): PyObject {
  const o = borrow(h, "stealHandle");
  rt.handles.addOwned(h, -1);
  return o;
}

/** `Py_INCREF(o)`. */
export function Py_INCREF(h: PyObjectPtr): void {
  const o = rt.handles.resolve(h);
  if (o === null) return void reportOnly(h, "Py_INCREF");
  o.ob_refcnt++;
  rt.handles.addOwned(h, 1);
}

/** `Py_DECREF(o)`: deallocates at zero (and frees the handle). */
export function Py_DECREF(h: PyObjectPtr): void {
  const handles = rt.handles;
  const o = handles.resolve(h);
  if (o === null) {
    const why = handles.lastFailure;
    if (why === "freed" || why === "deallocated") {
      const what = handles.freedDescription(h) ?? "object";
      return void reportOnly(
        h,
        "Py_DECREF",
        `Py_DECREF: decref below zero of the deallocated ${what} (${hexAddr(h)})`,
      );
    }
    return void reportOnly(h, "Py_DECREF");
  }
  handles.addOwned(h, -1);
  const desc = o.ob_refcnt === 1 && isCheckedMode() && !isImmortal(o) ? describeObject(o) : undefined;
  try {
    objDECREF(o);
  } catch (e) {
    deallocError(e);
  }
  if (o.ob_refcnt <= 0) handles.noteMaybeDead(h, desc);
  // Exception objects are not refcount-tracked (they never reach zero): their
  // slot goes when C gives back its last reference.
  else if (o instanceof PyBaseExceptionObject && handles.ownedCount(h) <= 0) handles.forget(h);
}

/** A destructor that raised: CPython would print it as "unraisable"; keep it in checked mode. */
function deallocError(e: unknown): void {
  capiReport(`Py_DECREF: exception in a destructor: ${e instanceof Error ? e.message : String(e)}`);
}

/** Reports a bad handle without raising (for `void` functions): sets SystemError in the indicator. */
function reportOnly(h: number, fn: string, message?: string): void {
  try {
    if (message !== undefined) {
      capiReport(message);
      raise(PyExc_SystemError, message);
    }
    badHandle(h, fn);
  } catch (e) {
    pendingSetError(e, fn);
  }
}

// errors.ts imports this module; it registers its setter here to avoid a cycle at load time.
let pendingSetError: (e: unknown, fn: string) => void = () => {};
/** @internal */
export function _setErrorSink(f: (e: unknown, fn: string) => void): void {
  pendingSetError = f;
}

/** `Py_XINCREF(o)`: nothing for NULL. */
export function Py_XINCREF(h: PyObjectPtr): void {
  if (h !== 0) Py_INCREF(h);
}

/** `Py_XDECREF(o)`: nothing for NULL. */
export function Py_XDECREF(h: PyObjectPtr): void {
  if (h !== 0) Py_DECREF(h);
}

/**
 * `Py_NewRef(o)`: increments and returns `o`.
 * @returns New reference.
 */
export function Py_NewRef(h: PyObjectPtr): PyObjectPtr {
  Py_INCREF(h);
  return h;
}

/**
 * `Py_XNewRef(o)`: as `Py_NewRef`, NULL for NULL.
 * @returns New reference, or NULL.
 */
export function Py_XNewRef(h: PyObjectPtr): PyObjectPtr {
  if (h !== 0) Py_INCREF(h);
  return h;
}

/** `Py_REFCNT(o)`: the reference count (-1 with SystemError set for a bad handle). */
export function Py_REFCNT(h: PyObjectPtr): number {
  const o = rt.handles.resolve(h);
  if (o === null) {
    reportOnly(h, "Py_REFCNT");
    return -1;
  }
  return o.ob_refcnt;
}

/**
 * `Py_TYPE(o)`: the type object, BORROWED (NULL with SystemError set for a bad handle).
 * @returns Borrowed reference.
 */
export function Py_TYPE(h: PyObjectPtr): PyObjectPtr {
  const o = rt.handles.resolve(h);
  if (o === null) {
    reportOnly(h, "Py_TYPE");
    return NULL_OBJECT;
  }
  return rt.handles.handleOf(o.ob_type);
}

/** `Py_IS_TYPE(o, type)`. */
export function Py_IS_TYPE(h: PyObjectPtr, type: PyObjectPtr): number {
  const o = rt.handles.resolve(h);
  return o !== null && rt.handles.handleOf(o.ob_type) === type ? 1 : 0;
}

/** Frees the handle of `o` if the TypeScript side has just deallocated it. */
export function noteMaybeDead(o: PyObject | null): void {
  if (o !== null && o.ob_refcnt <= 0) rt.handles.noteObjectMaybeDead(o);
}
