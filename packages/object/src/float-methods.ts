/**
 * The methods and getsets of `float` (`is_integer`, `hex`, `conjugate`,
 * `__trunc__`, `as_integer_ratio`; `real`, `imag`), added to the type
 * float.ts made ready (`PyType_AddMethods`). Only a look-up by name reaches
 * them, so only the full API (ready-full.ts) imports this file. Only
 * imported for its effect (package.json `sideEffects`).
 */
import { PyBool_FromBool } from "./bool-object.js";
import { PyExc_OverflowError, PyExc_ValueError, raise } from "./exceptions.js";
import { PyFloat_FromDouble, PyFloat_Type, type PyFloatObject } from "./float-object.js";
import { floatHex } from "./float-string.js";
import { PyLong_FromBigInt } from "./int-object.js";
import { longFromDouble } from "./int-string.js";
import { METH_NOARGS, PyType_AddMethods } from "./object.js";
import { PyUnicode_FromString } from "./str-object.js";
import { PyTuple_Pack } from "./tuple-object.js";
import "./float.js";

PyType_AddMethods(PyFloat_Type, {
  methods: {
    is_integer: {
      flags: METH_NOARGS,
      meth: (self) => PyBool_FromBool(Number.isInteger((self as PyFloatObject).value)),
    },
    hex: {
      flags: METH_NOARGS,
      meth: (self) => PyUnicode_FromString(floatHex((self as PyFloatObject).value)),
    },
    conjugate: { flags: METH_NOARGS, meth: (self) => PyFloat_FromDouble((self as PyFloatObject).value) },
    __trunc__: { flags: METH_NOARGS, meth: (self) => longFromDouble((self as PyFloatObject).value) },
    as_integer_ratio: {
      flags: METH_NOARGS,
      meth: (self) => {
        const x = (self as PyFloatObject).value;
        if (Number.isNaN(x)) raise(PyExc_ValueError, "cannot convert NaN to integer ratio");
        if (!Number.isFinite(x)) raise(PyExc_OverflowError, "cannot convert Infinity to integer ratio");
        let n = x;
        let d = 1n;
        while (!Number.isInteger(n)) {
          n *= 2;
          d *= 2n;
        }
        return PyTuple_Pack([PyLong_FromBigInt(BigInt(n)), PyLong_FromBigInt(d)]);
      },
    },
  },
  getset: {
    real: { get: (o) => PyFloat_FromDouble((o as PyFloatObject).value) },
    imag: { get: () => PyFloat_FromDouble(0) },
  },
});
