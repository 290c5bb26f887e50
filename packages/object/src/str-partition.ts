/** `str.partition`, `str.rpartition`, `str.removeprefix`, `str.removesuffix` (`Objects/unicodeobject.c`). */
import { strArg } from "./str-args.js";
import { type PyUnicodeObject, PyUnicode_FromString } from "./str-object.js";
import { METH_O, type PyObject, type PyMethodDef } from "./object.js";
import { badArgument } from "./args.js";
import { PyExc_TypeError, PyExc_ValueError, raise } from "./exceptions.js";
import { PyTuple_Pack } from "./tuple-object.js";

/** strPartition methods of `str` (entries of `unicode_methods`). */
export const strPartitionMethods: Record<string, PyMethodDef> = {
  partition: { flags: METH_O, meth: (self, args) => partition(self, args[0]!, false) },
  rpartition: { flags: METH_O, meth: (self, args) => partition(self, args[0]!, true) },
  removeprefix: {
    flags: METH_O,
    meth: (self, args) => {
      const p = strArg(args[0]!);
      if (p === null) badArgument("removeprefix", 1, "str", args[0]!);
      const s = (self as PyUnicodeObject).value;
      return PyUnicode_FromString(s.startsWith(p) ? s.slice(p.length) : s);
    },
  },
  removesuffix: {
    flags: METH_O,
    meth: (self, args) => {
      const p = strArg(args[0]!);
      if (p === null) badArgument("removesuffix", 1, "str", args[0]!);
      const s = (self as PyUnicodeObject).value;
      return PyUnicode_FromString(p !== "" && s.endsWith(p) ? s.slice(0, s.length - p.length) : s);
    },
  },
};

function partition(self: PyObject, sepObj: PyObject, reverse: boolean): PyObject {
  const sep = strArg(sepObj);
  if (sep === null) raise(PyExc_TypeError, `must be str, not ${sepObj.ob_type.tp_name}`);
  if (sep === "") raise(PyExc_ValueError, "empty separator");
  const s = (self as PyUnicodeObject).value;
  const i = reverse ? s.lastIndexOf(sep) : s.indexOf(sep);
  const parts = i < 0 ? (reverse ? ["", "", s] : [s, "", ""]) : [s.slice(0, i), sep, s.slice(i + sep.length)];
  return PyTuple_Pack(parts.map((p) => PyUnicode_FromString(p)));
}
