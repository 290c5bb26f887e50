/**
 * Owned references released on scope exit: `using ref = owned(o)`.
 *
 * CPython code pairs every new reference with a `Py_DECREF` on each exit path;
 * in TypeScript, `using` does it once: the reference is dropped when the block
 * is left, by return, break or exception. `release()` hands the reference on
 * instead (the caller now owns it; dispose then does nothing), as C code does
 * when it returns a reference it created.
 */
import type { PyObject } from "./object.js";
import { Py_DECREF } from "./refcount.js";

/** `Symbol.dispose` where the runtime has it, else its registered stand-in. */
export const SYMBOL_DISPOSE: typeof Symbol.dispose =
  (Symbol as { dispose?: typeof Symbol.dispose }).dispose ??
  (Symbol.for("Symbol.dispose") as typeof Symbol.dispose);

/** One owned (new) reference, dropped by `Symbol.dispose` unless `release()`d first. */
export class Owned<T extends PyObject = PyObject> {
  #obj: T | null;
  constructor(obj: T) {
    this.#obj = obj;
  }
  /** The object (borrowed from this holder). */
  get obj(): T {
    const o = this.#obj;
    if (o === null) throw new Error("Owned: reference already released");
    return o;
  }
  /** Gives up ownership: returns the reference, which the caller now owns. */
  release(): T {
    const o = this.obj;
    this.#obj = null;
    return o;
  }
  [SYMBOL_DISPOSE](): void {
    const o = this.#obj;
    if (o !== null) {
      this.#obj = null;
      Py_DECREF(o);
    }
  }
}

/** Wraps a NEW reference so that `using` drops it at scope exit (`Py_DECREF`). */
export function owned<T extends PyObject>(obj: T): Owned<T> {
  return new Owned(obj);
}
