/**
 * minipy's functions: `@py/object`'s function objects (`PyFunctionObject`,
 * `Objects/funcobject.c`) whose code is a `def`/`lambda` body and the frame
 * it was defined in. The function type binds them as methods in classes and
 * gives them `__defaults__`, `__doc__`, `__dict__`...; minipy supplies the
 * call (`callFunction` of calls.ts).
 */
import {
  type KwArgs,
  PyDict_GetItemString,
  PyFunction_SetDefaults,
  PyFunction_SetKwDefaults,
  PyFunctionObject as ObjectFunction,
  Py_DECREF,
  type PyObject,
  PyTuple_Check,
  PyTuple_FromBorrowed,
  type PyTupleObject,
} from "@py/object";
import type { Expr, Params, Stmt } from "./ast.js";

/** What a function needs from the interpreter: how to run it. */
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

/** A function's code (`__code__`): its parameters, body, scope and defining frame. */
export interface FunctionCode {
  params: Params;
  /** Statements for `def`, an expression for `lambda`. */
  body: Stmt[] | Expr;
  names: FunctionNames;
  /** A generator function: a call makes a generator. */
  isGenerator: boolean;
  /** The defining frame (globals, and enclosing locals for closures). */
  scope: FunctionScope;
}

/** A `def`/`lambda` function: `@py/object`'s function with minipy's code. */
export class PyFunctionObject extends ObjectFunction {
  declare func_code: FunctionCode;

  constructor(
    name: string,
    qualname: string,
    code: FunctionCode,
    /** Positional defaults, for the last parameters (borrowed). */
    defaults: readonly PyObject[],
    /** `__kwdefaults__`: a dict, or null (borrowed). */
    kwdefaults: PyObject | null,
  ) {
    super(name, qualname, (f, args, kwargs) => code.scope.call(f as PyFunctionObject, args, kwargs));
    this.func_code = code;
    if (defaults.length > 0) {
      const t = PyTuple_FromBorrowed(defaults);
      PyFunction_SetDefaults(this, t);
      Py_DECREF(t);
    }
    if (kwdefaults !== null) PyFunction_SetKwDefaults(this, kwdefaults);
  }

  get name(): string {
    return this.func_name;
  }
  get qualname(): string {
    return this.func_qualname;
  }
  get params(): Params {
    return this.func_code.params;
  }
  get body(): Stmt[] | Expr {
    return this.func_code.body;
  }
  get names(): FunctionNames {
    return this.func_code.names;
  }
  get localNames(): Set<string> {
    return this.func_code.names.locals;
  }
  get isGenerator(): boolean {
    return this.func_code.isGenerator;
  }

  /** The default of each positional parameter (borrowed; null: none), from `__defaults__`. */
  get defaults(): (PyObject | null)[] {
    const n = this.params.names.length;
    const d = this.func_defaults;
    const items: readonly PyObject[] = d !== null && PyTuple_Check(d) ? (d as PyTupleObject).items : [];
    return this.params.names.map((_, i) => items[i - (n - items.length)] ?? null);
  }

  /** The default of each keyword-only parameter (borrowed; null: none), from `__kwdefaults__`. */
  get kwDefaults(): (PyObject | null)[] {
    const d = this.func_kwdefaults;
    return this.params.kwonly.map((k) => (d === null ? null : PyDict_GetItemString(d, k)));
  }
}

export { PyFunction_Check, PyFunction_Type } from "@py/object";
