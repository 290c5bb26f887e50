/** `bool` (`Objects/boolobject.c`): a subclass of int with the two singletons `True` and `False`. */
import { checkPositional, noKeywords } from "./args.js";
import { PyObject_IsTrue } from "./truth.js";
import { PyLongObject, PyLong_Type } from "./int-object.js";
import { long_as_number } from "./int.js";
import { IMMORTAL_REFCNT, type PyObject, PyTypeObject } from "./object.js";

function boolBinop(f: (a: boolean, b: boolean) => boolean, intop: (v: PyObject, w: PyObject) => PyObject) {
  // `&`, `|` and `^` of two bools stay bool; anything else is int arithmetic
  return (v: PyObject, w: PyObject): PyObject => {
    if (v.ob_type === PyBool_Type && w.ob_type === PyBool_Type) {
      return PyBool_FromBool(f((v as PyLongObject).value === 1, (w as PyLongObject).value === 1));
    }
    return intop(v, w);
  };
}

export const PyBool_Type: PyTypeObject = new PyTypeObject({
  name: "bool",
  base: PyLong_Type,
  repr: (o) => ((o as PyLongObject).value ? "True" : "False"),
  new: (_type, args, kwargs) => {
    noKeywords("bool", kwargs);
    checkPositional("bool", args.length, 0, 1);
    return PyBool_FromBool(args.length === 1 && PyObject_IsTrue(args[0]!));
  },
  as_number: {
    ...long_as_number,
    nb_and: boolBinop((a, b) => a && b, long_as_number.nb_and),
    nb_or: boolBinop((a, b) => a || b, long_as_number.nb_or),
    nb_xor: boolBinop((a, b) => a !== b, long_as_number.nb_xor),
  },
  doc: "bool(x) -> bool",
});

function singleton(v: number): PyLongObject {
  const o = new PyLongObject(PyBool_Type, v);
  o.ob_refcnt = IMMORTAL_REFCNT;
  return o;
}
/** `Py_True`. */
export const Py_True: PyLongObject = singleton(1);
/** `Py_False`. */
export const Py_False: PyLongObject = singleton(0);

/** `PyBool_FromLong`: new reference to True or False. */
export function PyBool_FromBool(b: boolean): PyLongObject {
  const o = b ? Py_True : Py_False;
  o.ob_refcnt++;
  return o;
}

/** `PyBool_Check(o)`. */
export function PyBool_Check(o: PyObject): boolean {
  return o.ob_type === PyBool_Type;
}
