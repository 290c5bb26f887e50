/**
 * `slice` (`Objects/sliceobject.c`): start/stop/step objects, and the index
 * arithmetic every sequence uses (`PySlice_Unpack`, `PySlice_AdjustIndices`).
 *
 * Indices are JS numbers clamped to the C ssize_t range, as CPython clamps
 * them (PY_SSIZE_T_MAX is 2**63 - 1, held as the double 2**63).
 */
import { PySlice_Type, type PySliceObject, PySlice_New } from "./slice-object.js";
import { PyType_Ready, type CompareOp, type KwArgs, METH_O, type PyObject } from "./object.js";
import { checkPositional, noKeywords } from "./args.js";
import { PyObject_RichCompare } from "./compare.js";
import { repr } from "./repr.js";
import { PyLong_FromBigInt } from "./int-object.js";
import { Py_NotImplemented } from "./none.js";
import { Py_DECREF, Py_INCREF } from "./refcount.js";
import { PyTuple_Pack } from "./tuple-object.js";
import { slice_indices } from "./slice-indices.js";

function slice_richcompare(v: PyObject, w: PyObject, op: CompareOp): PyObject {
  if (w.ob_type !== PySlice_Type) {
    Py_NotImplemented.ob_refcnt++;
    return Py_NotImplemented;
  }
  const a = v as PySliceObject;
  const b = w as PySliceObject;
  Py_INCREF(a.start);
  Py_INCREF(a.stop);
  Py_INCREF(a.step);
  Py_INCREF(b.start);
  Py_INCREF(b.stop);
  Py_INCREF(b.step);
  const ta = PyTuple_Pack([a.start, a.stop, a.step]);
  const tb = PyTuple_Pack([b.start, b.stop, b.step]);
  try {
    return PyObject_RichCompare(ta, tb, op);
  } finally {
    Py_DECREF(ta);
    Py_DECREF(tb);
  }
}

function member(name: "start" | "stop" | "step") {
  return {
    get: (o: PyObject) => {
      const v = (o as PySliceObject)[name];
      Py_INCREF(v);
      return v;
    },
  };
}

PyType_Ready(PySlice_Type, {
  hash: null,
  repr: (o) => {
    const s = o as PySliceObject;
    return `slice(${repr(s.start)}, ${repr(s.stop)}, ${repr(s.step)})`;
  },
  richcompare: slice_richcompare,
  dealloc: (o) => {
    const s = o as PySliceObject;
    Py_DECREF(s.start);
    Py_DECREF(s.stop);
    Py_DECREF(s.step);
  },
  new: (_type, args, kwargs: KwArgs | null) => {
    noKeywords("slice", kwargs);
    checkPositional("slice", args.length, 1, 3);
    if (args.length === 1) return PySlice_New(null, args[0]!, null);
    return PySlice_New(args[0]!, args[1]!, args[2] ?? null);
  },
  getset: { start: member("start"), stop: member("stop"), step: member("step") },
  methods: {
    indices: {
      flags: METH_O,
      meth: (self, args) => {
        const [a, b, c] = slice_indices(self as PySliceObject, args[0]!);
        return PyTuple_Pack([PyLong_FromBigInt(a), PyLong_FromBigInt(b), PyLong_FromBigInt(c)]);
      },
    },
  },
  doc: "slice(stop)\nslice(start, stop[, step])",
});
