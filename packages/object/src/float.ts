/** `float` (`Objects/floatobject.c`): an IEEE-754 double, as in CPython. */
import { PyFloat_Type, PyFloatObject, PyFloat_FromDouble } from "./float-object.js";
import {
  PyType_Ready,
  type CompareOp,
  type KwArgs,
  type PyObject,
  type PyTypeObject,
  PyObject_TypeCheck,
  Py_EQ,
  Py_GE,
  Py_GT,
  Py_LE,
  Py_LT,
} from "./object.js";
import { checkPositional, noKeywords } from "./args.js";
import { PyBool_FromBool } from "./bool-object.js";
import { PyExc_TypeError, PyExc_ZeroDivisionError, raise } from "./exceptions.js";
import { PyTuple_Pack } from "./tuple-object.js";
import { PyLong_Check } from "./int-object.js";
import { longFromDouble } from "./int-string.js";
import { longToDouble } from "./int-arith.js";
import { Py_NotImplemented, Py_None } from "./none.js";
import { PyNumber_Float } from "./number.js";
import { Py_DECREF } from "./refcount.js";
import { floatRepr } from "./float-string.js";
import { floatHash } from "./float-hash.js";
import { floatMod, floatFloorDiv, floatDivMod, floatPow } from "./float-arith.js";

// ---------------------------------------------------------------- arithmetic

function notImpl(): PyObject {
  Py_NotImplemented.ob_refcnt++;
  return Py_NotImplemented;
}

/** CONVERT_TO_DOUBLE: a float or an int operand as a double, else null. */
function toDouble(o: PyObject): number | null {
  if (o.ob_type === PyFloat_Type || PyObject_TypeCheck(o, PyFloat_Type)) return (o as PyFloatObject).value;
  if (PyLong_Check(o)) return longToDouble(o);
  return null;
}

function fbinop(f: (a: number, b: number) => number) {
  return (v: PyObject, w: PyObject): PyObject => {
    const a = toDouble(v);
    if (a === null) return notImpl();
    const b = toDouble(w);
    if (b === null) return notImpl();
    return PyFloat_FromDouble(f(a, b));
  };
}

function float_richcompare(v: PyObject, w: PyObject, op: CompareOp): PyObject {
  const a = (v as PyFloatObject).value;
  let b: number | bigint;
  if (w.ob_type === PyFloat_Type || PyObject_TypeCheck(w, PyFloat_Type)) b = (w as PyFloatObject).value;
  else if (PyLong_Check(w))
    b = w.value; // JS compares number with bigint exactly
  else return notImpl();
  let r: boolean;
  switch (op) {
    case Py_LT:
      r = a < b;
      break;
    case Py_LE:
      r = a <= b;
      break;
    case Py_EQ:
      r = typeof b === "number" ? a === b : !(a < b || a > b) && !Number.isNaN(a);
      break;
    case Py_GT:
      r = a > b;
      break;
    case Py_GE:
      r = a >= b;
      break;
    default:
      r = typeof b === "number" ? a !== b : a < b || a > b || Number.isNaN(a);
  }
  return PyBool_FromBool(r);
}

function float_new(type: PyTypeObject, args: readonly PyObject[], kwargs: KwArgs | null): PyObject {
  noKeywords("float", kwargs);
  checkPositional("float", args.length, 0, 1);
  const r = args.length === 0 ? PyFloat_FromDouble(0) : PyNumber_Float(args[0]!);
  if (type !== PyFloat_Type) {
    const sub = new PyFloatObject(type, r.value);
    Py_DECREF(r);
    return sub;
  }
  return r;
}

// The slots; the methods and getsets (reached only by a look-up by name) are added by float-methods.ts.
PyType_Ready(PyFloat_Type, {
  basetype: true,
  repr: (o) => floatRepr((o as PyFloatObject).value),
  hash: (o) => floatHash((o as PyFloatObject).value, o),
  richcompare: float_richcompare,
  new: float_new,
  doc: "Convert a string or number to a floating point number, if possible.",
  as_number: {
    nb_add: fbinop((a, b) => a + b),
    nb_subtract: fbinop((a, b) => a - b),
    nb_multiply: fbinop((a, b) => a * b),
    nb_true_divide: fbinop((a, b) => {
      if (b === 0) raise(PyExc_ZeroDivisionError, "float division by zero");
      return a / b;
    }),
    nb_floor_divide: fbinop(floatFloorDiv),
    nb_remainder: fbinop(floatMod),
    nb_divmod: (v, w) => {
      const a = toDouble(v);
      if (a === null) return notImpl();
      const b = toDouble(w);
      if (b === null) return notImpl();
      if (b === 0) raise(PyExc_ZeroDivisionError, "float divmod()");
      const [q, r] = floatDivMod(a, b);
      return PyTuple_Pack([PyFloat_FromDouble(q), PyFloat_FromDouble(r)]);
    },
    nb_power: (v, w, z) => {
      if (z !== Py_None) {
        const a = toDouble(v);
        const b = toDouble(w);
        if (a === null || b === null) return notImpl();
        raise(PyExc_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
      }
      const a = toDouble(v);
      if (a === null) return notImpl();
      const b = toDouble(w);
      if (b === null) return notImpl();
      return PyFloat_FromDouble(floatPow(a, b));
    },
    nb_negative: (o) => PyFloat_FromDouble(-(o as PyFloatObject).value),
    nb_positive: (o) => PyFloat_FromDouble((o as PyFloatObject).value),
    nb_absolute: (o) => PyFloat_FromDouble(Math.abs((o as PyFloatObject).value)),
    nb_bool: (o) => (o as PyFloatObject).value !== 0,
    nb_int: (o) => longFromDouble((o as PyFloatObject).value),
    nb_float: (o) => PyFloat_FromDouble((o as PyFloatObject).value),
  },
});
