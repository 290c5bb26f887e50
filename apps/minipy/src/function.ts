/**
 * `function`: objects made by `def` and `lambda` (`Objects/funcobject.c`).
 *
 * A function owns its default values; calling it runs its body in a new
 * frame through the interpreter that defined it (`callFunction` hook).
 */
import { type KwArgs, Py_Address, Py_DECREF, PyObject, PyTypeObject, PyUnicode_FromString } from "@py/object";
import type { Expr, Params, Stmt } from "./ast.js";

/** What a function needs from the interpreter: its defining scope and how to run it. */
export interface FunctionScope {
  call(fn: PyFunctionObject, args: readonly PyObject[], kwargs: KwArgs | null): PyObject;
}

/** `PyFunctionObject`. `defaults` are owned references. */
export class PyFunctionObject extends PyObject {
  constructor(
    readonly name: string,
    readonly params: Params,
    /** Statements for `def`, an expression for `lambda`. */
    readonly body: Stmt[] | Expr,
    readonly defaults: (PyObject | null)[],
    /** The defining frame (globals, and enclosing locals for closures). */
    readonly scope: FunctionScope,
    /** Names assigned in the body: its locals. */
    readonly localNames: Set<string>,
  ) {
    super(PyFunction_Type);
  }
}

/** `PyFunction_Type`: `<function f at 0x...>`. */
export const PyFunction_Type: PyTypeObject = new PyTypeObject({
  name: "function",
  repr: (o) => `<function ${(o as PyFunctionObject).name} at ${Py_Address(o)}>`,
  call: (f, args, kwargs) => (f as PyFunctionObject).scope.call(f as PyFunctionObject, args, kwargs),
  dealloc: (o) => {
    const f = o as PyFunctionObject;
    for (const d of f.defaults) if (d !== null) Py_DECREF(d);
    f.defaults.length = 0;
  },
  getset: {
    __name__: { get: (o) => PyUnicode_FromString((o as PyFunctionObject).name) },
    __qualname__: { get: (o) => PyUnicode_FromString((o as PyFunctionObject).name) },
  },
});

/** `PyFunction_Check(o)`. */
export function PyFunction_Check(o: PyObject): o is PyFunctionObject {
  return o.ob_type === PyFunction_Type;
}
