import { type PyObject, Py_Address } from "./object.js";
import { PyUnicode_FromString } from "./str-object.js";

/** `repr(o)` as a JS string (`PyObject_Repr` without the str object). */
export function repr(o: PyObject): string {
  const f = o.ob_type.tp_repr;
  if (f !== null) return f(o);
  return `<${o.ob_type.tp_name} object at ${Py_Address(o)}>`;
}

/** `str(o)` as a JS string: `tp_str`, falling back to `tp_repr`. */
export function str(o: PyObject): string {
  const f = o.ob_type.tp_str;
  if (f !== null) return f(o);
  return repr(o);
}

const reprStack = new Set<PyObject>();
/** `Py_ReprEnter`: false when `o` is already being repr'd (a container holding itself). */
export function Py_ReprEnter(o: PyObject): boolean {
  if (reprStack.has(o)) return false;
  reprStack.add(o);
  return true;
}
/** `Py_ReprLeave`. */
export function Py_ReprLeave(o: PyObject): void {
  reprStack.delete(o);
}

/**
 * `PyObject_Repr`.
 * @returns New reference.
 */
export function PyObject_Repr(o: PyObject): PyObject {
  return PyUnicode_FromString(repr(o));
}

/**
 * `PyObject_Str`.
 * @returns New reference.
 */
export function PyObject_Str(o: PyObject): PyObject {
  return PyUnicode_FromString(str(o));
}
