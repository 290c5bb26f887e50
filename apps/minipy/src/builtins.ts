/**
 * The `builtins` namespace (`Python/bltinmodule.c`): the builtin types of the
 * packages, the iterator types, the exception types, the constants and the
 * builtin functions (`builtin-functions.ts`), made fresh for each interpreter.
 *
 * Types come from the layer that owns them (int/str/... from @py/object,
 * dict from @py/object too, bytes/bytearray from @py/buffer, memoryview from
 * @py/memoryview).
 */
import { PyByteArray_Type, PyBytes_Type } from "@py/buffer";
import { PyMemoryView_Type } from "@py/memoryview";
import {
  builtinExceptions,
  PyExc_OSError,
  Py_Ellipsis,
  Py_None,
  Py_NotImplemented,
  PyBaseObject_Type,
  PyBool_Type,
  PyCFunction_New,
  PyClassMethod_Type,
  PyDict_Type,
  PyFloat_Type,
  PyFrozenSet_Type,
  PyList_Type,
  PyLong_Type,
  type PyObject,
  PyProperty_Type,
  PyRange_Type,
  PySet_Type,
  PySlice_Type,
  PyStaticMethod_Type,
  PySuper_Type,
  PyTuple_Type,
  type PyTypeObject,
  PyType_Type,
  PyUnicode_FromString,
  PyUnicode_Type,
} from "@py/object";
import { type BuiltinsOutput, builtinFunctions } from "./builtin-functions.js";
import { languageBuiltins } from "./builtins-language.js";
import { PyExc_GeneratorExit } from "./gen-object.js";
import { PyEnum_Type, PyFilter_Type, PyMap_Type, PyReversed_Type, PyZip_Type } from "./builtin-iterators.js";
import { type IntrospectionHost, introspectionBuiltins } from "./builtins-introspection.js";

export type { BuiltinsOutput } from "./builtin-functions.js";
export { PyEnum_Type, PyFilter_Type, PyMap_Type, PyReversed_Type, PyZip_Type } from "./builtin-iterators.js";

/** Builtin types by name. */
const TYPES: [string, PyTypeObject][] = [
  ["object", PyBaseObject_Type],
  ["type", PyType_Type],
  ["int", PyLong_Type],
  ["float", PyFloat_Type],
  ["bool", PyBool_Type],
  ["str", PyUnicode_Type],
  ["tuple", PyTuple_Type],
  ["list", PyList_Type],
  ["dict", PyDict_Type],
  ["set", PySet_Type],
  ["frozenset", PyFrozenSet_Type],
  ["range", PyRange_Type],
  ["slice", PySlice_Type],
  ["bytes", PyBytes_Type],
  ["bytearray", PyByteArray_Type],
  ["memoryview", PyMemoryView_Type],
  ["super", PySuper_Type],
  ["property", PyProperty_Type],
  ["staticmethod", PyStaticMethod_Type],
  ["classmethod", PyClassMethod_Type],
];

/** A fresh builtins namespace for one interpreter (print writes to `out.stdout`). */
export function makeBuiltins(out: BuiltinsOutput & IntrospectionHost): Map<string, PyObject> {
  const b = new Map<string, PyObject>();
  for (const [name, t] of TYPES) b.set(name, t);
  b.set("enumerate", PyEnum_Type);
  b.set("zip", PyZip_Type);
  b.set("map", PyMap_Type);
  b.set("filter", PyFilter_Type);
  b.set("reversed", PyReversed_Type);
  for (const [name, t] of builtinExceptions) b.set(name, t);
  b.set("GeneratorExit", PyExc_GeneratorExit);
  // OSError's old names (Python 3.3's PEP 3151)
  b.set("IOError", PyExc_OSError);
  b.set("EnvironmentError", PyExc_OSError);
  b.set("None", Py_None);
  b.set("Ellipsis", Py_Ellipsis);
  b.set("NotImplemented", Py_NotImplemented);
  b.set("__name__", PyUnicode_FromString("builtins"));
  for (const [name, f] of builtinFunctions(out)) b.set(name, PyCFunction_New(name, f));
  for (const [name, f] of introspectionBuiltins(out)) b.set(name, PyCFunction_New(name, f));
  for (const [name, f] of languageBuiltins()) b.set(name, PyCFunction_New(name, f));
  return b;
}
