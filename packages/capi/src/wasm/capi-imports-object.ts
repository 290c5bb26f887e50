/**
 * Object-protocol functions third-party extensions call that reach beyond the
 * object layer: `PyObject_Format` (a C type's own `__format__` method
 * included), `PyObject_Dir` (the host's `dir()`) and `PyObject_ClearWeakRefs`.
 */
import {
  formatObject,
  PyExc_SystemError,
  PyExc_TypeError,
  type PyObject,
  PyObject_Call,
  PyObject_GetAttr,
  PyType_Check,
  type PyTypeObject,
  PyUnicode_Check,
  PyUnicode_FromString,
  Py_DECREF,
  raise,
  str,
} from "@py/object";
import { adopt, borrow } from "../refcount.js";
import { cRuntime } from "./c-runtime.js";
import { defineImports } from "./registry.js";
import { isCType } from "./types.js";

/** Whether `t` or one of its bases was defined in C (its methods live in the C type's tables). */
function hasCBase(t: PyTypeObject | null): boolean {
  for (; t !== null; t = t.tp_base) if (isCType(t)) return true;
  return false;
}

/**
 * `PyObject_Format(obj, spec)` (`format(obj, spec)`): `type(obj).__format__(obj, spec)`.
 * @returns New reference.
 */
export function objectFormat(v: PyObject, spec: PyObject | null): PyObject {
  if (spec !== null && !PyUnicode_Check(spec))
    raise(PyExc_SystemError, "PyObject_Format: bad argument to internal function");
  const s = spec === null ? "" : str(spec);
  if (!hasCBase(v.ob_type)) return PyUnicode_FromString(formatObject(v, s));
  const m = PyObject_GetAttr(v, "__format__");
  let r: PyObject;
  const arg = PyUnicode_FromString(s);
  try {
    r = PyObject_Call(m, [arg], null);
  } finally {
    Py_DECREF(arg);
    Py_DECREF(m);
  }
  if (!PyUnicode_Check(r)) {
    const name = r.ob_type.tp_name;
    Py_DECREF(r);
    raise(PyExc_TypeError, `__format__ must return a str, not ${name}`);
  }
  return r;
}

defineImports({
  PyObject_Format: {
    sig: "o:oo",
    fn: (a: number, b: number) =>
      adopt(objectFormat(borrow(a, "PyObject_Format"), b === 0 ? null : borrow(b, "PyObject_Format"))),
  },
  PyObject_Dir: {
    sig: "o:o",
    fn: (a: number) => {
      // CPython's PyObject_Dir(NULL) lists the calling Python frame's locals; C has none here.
      if (a === 0) raise(PyExc_SystemError, "frame does not exist");
      const dir = cRuntime().host.dir;
      if (dir === undefined) raise(PyExc_SystemError, "PyObject_Dir: the host provides no dir()");
      return adopt(dir(borrow(a, "PyObject_Dir")));
    },
  },
  // The tp_descr_get / tp_descr_set of a TypeScript type's C mirror: C calling
  // `Py_TYPE(f)->tp_descr_get(f, obj, type)` binds a Python function as CPython's does.
  _Pyobj_DescrGet: {
    sig: "o:ooo",
    fn: (d: number, obj: number, type: number) => {
      const descr = borrow(d, "tp_descr_get");
      const get = descr.ob_type.tp_descr_get;
      if (get === null) raise(PyExc_SystemError, "tp_descr_get: bad argument to internal function");
      const t = type === 0 ? null : borrow(type, "tp_descr_get");
      if (t !== null && !PyType_Check(t))
        raise(PyExc_SystemError, "tp_descr_get: bad argument to internal function");
      return adopt(get(descr, obj === 0 ? null : borrow(obj, "tp_descr_get"), t));
    },
  },
  _Pyobj_DescrSet: {
    sig: "i:ooo",
    fn: (d: number, obj: number, v: number) => {
      const descr = borrow(d, "tp_descr_set");
      const set = descr.ob_type.tp_descr_set;
      if (set === null) raise(PyExc_SystemError, "tp_descr_set: bad argument to internal function");
      set(descr, borrow(obj, "tp_descr_set"), v === 0 ? null : borrow(v, "tp_descr_set"));
      return 0;
    },
  },
  // @py/object has no weak references: no object can have any to clear.
  PyObject_ClearWeakRefs: { sig: "v:o", fn: (a: number) => void borrow(a, "PyObject_ClearWeakRefs") },
});
