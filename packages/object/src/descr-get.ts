/**
 * `wrap_descr_get` (`Objects/typeobject.c`): the `__get__` method of a
 * descriptor type, over its `tp_descr_get` slot.
 */
import { checkPositional, noKeywords } from "./args.js";
import { PyExc_TypeError, raise } from "./exceptions.js";
import { Py_None } from "./none.js";
import type { PyMethodDef, PyTypeObject, descrgetfunc } from "./object.js";

/**
 * The `__get__(obj, type=None)` method calling `get`: None for either is
 * absent, and both absent is `TypeError: __get__(None, None) is invalid`.
 */
export function descrGetMethod(get: descrgetfunc): PyMethodDef {
  return {
    meth: (self, args, kwargs) => {
      noKeywords("__get__", kwargs);
      checkPositional("", args.length, 1, 2);
      const obj = args[0] === Py_None ? null : args[0]!;
      const type = args[1] === undefined || args[1] === Py_None ? null : (args[1] as PyTypeObject);
      if (obj === null && type === null) raise(PyExc_TypeError, "__get__(None, None) is invalid");
      return get(self, obj, type);
    },
  };
}
