/** `bool` (`Objects/boolobject.c`): a subclass of int with the two singletons `True` and `False`. */
import { PyBool_Type, PyBool_FromBool } from "./bool-object.js";
import { PyType_Ready, type PyObject } from "./object.js";
import { checkPositional, noKeywords } from "./args.js";
import { PyObject_IsTrue } from "./truth.js";
import type { PyLongObject } from "./int-object.js";
import { long_as_number } from "./int.js";

function boolBinop(f: (a: boolean, b: boolean) => boolean, intop: (v: PyObject, w: PyObject) => PyObject) {
  // `&`, `|` and `^` of two bools stay bool; anything else is int arithmetic
  return (v: PyObject, w: PyObject): PyObject => {
    if (v.ob_type === PyBool_Type && w.ob_type === PyBool_Type) {
      return PyBool_FromBool(f((v as PyLongObject).value === 1, (w as PyLongObject).value === 1));
    }
    return intop(v, w);
  };
}

PyType_Ready(PyBool_Type, {
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
