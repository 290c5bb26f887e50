/** The `float` object (`PyFloatObject`): a JS number. float.ts fills the type's slots. */
import { PyObject, PyTypeObject, PyObject_TypeCheck } from "./object.js";
import { objectTracking } from "./object-tracking.js";

/**
 * `PyFloatObject`. Not a JS subclass of `PyObject` (its prototype is chained
 * to `PyObject`'s below), for the reason `PyLongObject` gives: the
 * constructor writes the header itself.
 */
export class PyFloatObject {
  declare ob_refcnt: number;
  declare ob_type: PyTypeObject;
  declare value: number;
  constructor(type: PyTypeObject, value: number) {
    this.ob_refcnt = 1;
    this.ob_type = type;
    this.value = value;
    const live = objectTracking.live;
    if (live !== null) live.add(this);
  }
}
// `instanceof PyObject` holds for a float, as for every Python object.
Object.setPrototypeOf(PyFloatObject.prototype, PyObject.prototype);

/** `PyFloat_Type`: declared with the layout; its slots are filled by float.ts (`PyType_Ready`). */
export const PyFloat_Type: PyTypeObject = new PyTypeObject({ name: "float" });

/**
 * A free list of one, as CPython's float free list (`float_dealloc` keeps
 * freed floats for `PyFloat_FromDouble`): a float made here is kept and made
 * again whenever it is dead (refcount 0) — exact refcounts say so — so that
 * a float freed before the next is made (`m[i]` in a loop, an arithmetic
 * temporary) costs no allocation. While the kept one lives, it is replaced by
 * a new one only every `REPIN_EVERY + 1` floats: storing each new float here
 * would cost every long-lived float a GC write barrier (about 10 ns). Not in
 * checked mode, which must see every object made and tell a use of a dead
 * one.
 */
let freeFloat: PyFloatObject | null = null;
/** Floats to make before the next replaces `freeFloat`. */
let floatMisses = 0;
/** See `freeFloat`. */
const REPIN_EVERY = 63;

/**
 * `PyFloat_FromDouble`.
 * @returns New reference.
 */
export function PyFloat_FromDouble(v: number): PyFloatObject {
  const f = freeFloat;
  if (f !== null && f.ob_refcnt === 0 && objectTracking.live === null) {
    f.ob_refcnt = 1;
    f.value = v;
    return f;
  }
  const o = new PyFloatObject(PyFloat_Type, v);
  if (--floatMisses < 0) {
    floatMisses = REPIN_EVERY;
    freeFloat = o;
  }
  return o;
}

/** `PyFloat_Check(o)`. */
export function PyFloat_Check(o: PyObject): o is PyFloatObject {
  return o.ob_type === PyFloat_Type || PyObject_TypeCheck(o, PyFloat_Type);
}

/** `PyFloat_CheckExact(o)`. */
export function PyFloat_CheckExact(o: PyObject): o is PyFloatObject {
  return o.ob_type === PyFloat_Type;
}
