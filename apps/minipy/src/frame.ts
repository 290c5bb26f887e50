/**
 * Execution frames (`PyFrameObject`): a namespace plus the function's static
 * scope, and the name bindings of that namespace.
 *
 * A namespace (`Map<string, PyObject>`) owns one reference per binding:
 * binding increfs the new value, rebinding and `del` decref the old one — so
 * `del m` of a memoryview's last reference releases its buffer at once.
 */
import { type KwArgs, Py_DECREF, Py_INCREF, type PyObject } from "@py/object";
import type { Loc } from "./ast.js";
import type { FunctionScope, PyFunctionObject } from "./function.js";

/** How a block finished: normally, or by break / continue / return. */
export enum Signal {
  Normal = 0,
  Break = 1,
  Continue = 2,
  Return = 3,
}

/** What runs a function called from a frame it was defined in (the interpreter). */
export interface FunctionRunner {
  callFunction(
    fn: PyFunctionObject,
    scope: Frame,
    args: readonly PyObject[],
    kwargs: KwArgs | null,
  ): PyObject;
}

/** An execution frame: a namespace plus the function's static scope. */
export class Frame implements FunctionScope {
  /** Owned references. For the module frame this is `globals`. */
  readonly locals: Map<string, PyObject>;
  retval: PyObject | null = null;
  line = 0;
  /** The statement running (its position: where a traceback points when no expression noted one). */
  stmtLoc: Loc | null = null;
  /** Set when a nested function captured this frame: its locals must outlive the call. */
  captured = false;
  /** A class body's frame: the class once made (`__class__` for zero-argument `super()`). */
  classObject: PyObject | null = null;
  /** A function's frame: the name of its first parameter (the `self` of `super()`). */
  firstArg: string | null = null;
  constructor(
    readonly interp: FunctionRunner,
    readonly globals: Map<string, PyObject>,
    readonly name: string,
    /** null for the module frame; otherwise the function's local names. */
    readonly localNames: Set<string> | null,
    readonly globalDecl: Set<string>,
    readonly enclosing: Frame | null,
    /** Expression statements echo their value (compile mode 'single'). */
    readonly interactive: boolean,
    /** `nonlocal` declarations: stored in the enclosing function frame that binds them. */
    readonly nonlocalDecl: ReadonlySet<string> = NO_NAMES,
    /** A class body: its namespace is looked up first, and nested functions do not see it. */
    readonly isClass = false,
    /** `__qualname__` prefix of what is defined here: `C.`, `f.<locals>.`. */
    readonly qualPrefix = "",
  ) {
    this.locals = localNames === null ? globals : new Map();
  }

  call(fn: PyFunctionObject, args: readonly PyObject[], kwargs: KwArgs | null): PyObject {
    return this.interp.callFunction(fn, this, args, kwargs);
  }
}

const NO_NAMES: ReadonlySet<string> = new Set();

/** The namespace a name of frame `f` is bound in: locals, globals, or an enclosing frame's (`nonlocal`). */
export function namespaceOf(name: string, f: Frame): Map<string, PyObject> {
  if (f.localNames === null) return f.locals;
  if (f.globalDecl.has(name)) return f.globals;
  if (f.nonlocalDecl.has(name)) {
    for (let e = f.enclosing; e !== null && e.localNames !== null; e = e.enclosing) {
      if (!e.isClass && e.localNames.has(name) && !e.nonlocalDecl.has(name)) return e.locals;
    }
  }
  return f.locals;
}

/** `STORE_NAME`/`STORE_FAST`/`STORE_GLOBAL`/`STORE_DEREF`: binds `v` (borrowed; the namespace takes a reference). */
export function storeName(name: string, v: PyObject, f: Frame): void {
  const ns = namespaceOf(name, f);
  Py_INCREF(v);
  const old = ns.get(name);
  ns.set(name, v);
  if (old !== undefined) Py_DECREF(old);
}

/** Removes a binding if there is one (`except E as e` at the end of the handler). */
export function unbindName(name: string, f: Frame): void {
  const ns = namespaceOf(name, f);
  const old = ns.get(name);
  if (old === undefined) return;
  ns.delete(name);
  Py_DECREF(old);
}

/** Drops a frame's local bindings (end of a call). */
export function releaseFrame(f: Frame): void {
  if (f.localNames === null) return;
  const vals = [...f.locals.values()];
  f.locals.clear();
  for (const v of vals) Py_DECREF(v);
}
