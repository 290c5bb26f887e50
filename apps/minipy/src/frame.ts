/**
 * Execution frames (`PyFrameObject`): a namespace plus the function's static
 * scope, and the name bindings of that namespace.
 *
 * A namespace (`Map<string, PyObject>`) owns one reference per binding:
 * binding increfs the new value, rebinding and `del` decref the old one — so
 * `del m` of a memoryview's last reference releases its buffer at once.
 */
import { type KwArgs, Py_DECREF, Py_INCREF, type PyObject } from "@py/object";
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
  /** Set when a nested function captured this frame: its locals must outlive the call. */
  captured = false;
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
  ) {
    this.locals = localNames === null ? globals : new Map();
  }

  call(fn: PyFunctionObject, args: readonly PyObject[], kwargs: KwArgs | null): PyObject {
    return this.interp.callFunction(fn, this, args, kwargs);
  }
}

/** `STORE_NAME`/`STORE_FAST`/`STORE_GLOBAL`: binds `v` (borrowed; the namespace takes a reference). */
export function storeName(name: string, v: PyObject, f: Frame): void {
  const ns = f.localNames !== null && f.globalDecl.has(name) ? f.globals : f.locals;
  Py_INCREF(v);
  const old = ns.get(name);
  ns.set(name, v);
  if (old !== undefined) Py_DECREF(old);
}

/** Removes a binding if there is one (`except E as e` at the end of the handler). */
export function unbindName(name: string, f: Frame): void {
  const ns = f.localNames !== null && f.globalDecl.has(name) ? f.globals : f.locals;
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
