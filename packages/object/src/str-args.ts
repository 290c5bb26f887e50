/** Argument helpers shared by the str methods. */
import { PyUnicode_Check } from "./str-object.js";
import type { KwArgs, PyObject } from "./object.js";
import { PyExc_TypeError, raise } from "./exceptions.js";

/** The JS string of a str argument, or null for any other type. */
export function strArg(o: PyObject): string | null {
  return PyUnicode_Check(o) ? o.value : null;
}

/** `_PyArg_NoKeywords` for a str method: `strip() takes no keyword arguments`. */
export function noKw(name: string, kwargs: KwArgs | null): void {
  if (kwargs !== null && kwargs.size > 0) raise(PyExc_TypeError, `${name}() takes no keyword arguments`);
}
