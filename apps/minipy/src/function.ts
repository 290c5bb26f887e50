/**
 * `function`: objects made by `def` and `lambda` (`Objects/funcobject.c`).
 *
 * A function owns its default values; calling it runs its body in a new
 * frame through the interpreter that defined it (`callFunction` hook).
 */
import {
  type KwArgs,
  Py_Address,
  Py_DECREF,
  Py_NewRef,
  Py_None,
  PyObject,
  PyTypeObject,
  PyUnicode_FromString,
} from "@py/object";
import type { Expr, Params, Stmt } from "./ast.js";

/** What a function needs from the interpreter: its defining scope and how to run it. */
export interface FunctionScope {
  call(fn: PyFunctionObject, args: readonly PyObject[], kwargs: KwArgs | null): PyObject;
}

/** The static scope of a function body, as the compiler's symtable finds it. */
export interface FunctionNames {
  /** Names assigned in the body (parameters included): its locals. */
  locals: Set<string>;
  /** `global` declarations. */
  globals: Set<string>;
  /** `nonlocal` declarations. */
  nonlocals: Set<string>;
}

/** `PyFunctionObject`. `defaults` and `kwDefaults` are owned references. */
export class PyFunctionObject extends PyObject {
  /** `__qualname__`: `C.m`, `f.<locals>.g`. */
  qualname: string;
  constructor(
    readonly name: string,
    readonly params: Params,
    /** Statements for `def`, an expression for `lambda`. */
    readonly body: Stmt[] | Expr,
    readonly defaults: (PyObject | null)[],
    readonly kwDefaults: (PyObject | null)[],
    /** The defining frame (globals, and enclosing locals for closures). */
    readonly scope: FunctionScope,
    readonly names: FunctionNames,
    /** A generator function: a call makes a generator. */
    readonly isGenerator: boolean,
    qualname: string,
  ) {
    super(PyFunction_Type);
    this.qualname = qualname;
  }

  /** Names assigned in the body: its locals. */
  get localNames(): Set<string> {
    return this.names.locals;
  }
}

/** `PyFunction_Type`: `<function f at 0x...>`. */
export const PyFunction_Type: PyTypeObject = new PyTypeObject({
  name: "function",
  repr: (o) => `<function ${(o as PyFunctionObject).qualname} at ${Py_Address(o)}>`,
  call: (f, args, kwargs) => (f as PyFunctionObject).scope.call(f as PyFunctionObject, args, kwargs),
  dealloc: (o) => {
    const f = o as PyFunctionObject;
    for (const d of [...f.defaults, ...f.kwDefaults]) if (d !== null) Py_DECREF(d);
    f.defaults.length = 0;
    f.kwDefaults.length = 0;
  },
  getset: {
    __name__: { get: (o) => PyUnicode_FromString((o as PyFunctionObject).name) },
    __qualname__: { get: (o) => PyUnicode_FromString((o as PyFunctionObject).qualname) },
    __doc__: {
      get: (o) => {
        const body = (o as PyFunctionObject).body;
        const first = Array.isArray(body) ? body[0] : undefined;
        if (first?.kind === "Expr" && first.value.kind === "Str")
          return PyUnicode_FromString(first.value.value);
        return Py_NewRef(Py_None);
      },
    },
  },
});

/** `PyFunction_Check(o)`. */
export function PyFunction_Check(o: PyObject): o is PyFunctionObject {
  return o.ob_type === PyFunction_Type;
}
