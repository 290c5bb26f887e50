/**
 * What the builtin functions share: their JS signature and the keyword
 * checks of `Python/bltinmodule.c`, with CPython's messages.
 */
import { type KwArgs, type PyObject, PyExc_TypeError, raise } from "@py/object";

/** A builtin function's body: borrowed arguments, a NEW reference returned. */
export type BuiltinFn = (args: readonly PyObject[], kwargs: KwArgs | null) => PyObject;

/** Refuses keyword arguments: `f() takes no keyword arguments`. */
export function noKw(fname: string, kwargs: KwArgs | null): void {
  if (kwargs !== null && kwargs.size > 0) raise(PyExc_TypeError, `${fname}() takes no keyword arguments`);
}

/** Extracts keyword arguments by name; an unknown one is CPython's invalid-keyword error. */
export function takeKw(
  fname: string,
  kwargs: KwArgs | null,
  allowed: readonly string[],
): Map<string, PyObject> {
  const out = new Map<string, PyObject>();
  if (kwargs === null) return out;
  for (const [k, v] of kwargs) {
    if (!allowed.includes(k)) raise(PyExc_TypeError, `'${k}' is an invalid keyword argument for ${fname}()`);
    out.set(k, v);
  }
  return out;
}
