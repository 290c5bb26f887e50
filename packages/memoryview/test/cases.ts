/**
 * The case runner and small builders shared by the memoryview test files:
 * `c(name, fn)` runs one case in checked mode, compares its outcome with the
 * fixture written by fixtures/gen_fixtures.py and requires no leaks.
 */
import {
  type PyObject,
  PyFloat_FromDouble,
  PyObject_RichCompare,
  Py_DECREF,
  Py_EQ,
  Py_Ellipsis,
  Py_INCREF,
  checkpoint,
} from "@py/object";
import { expect, it } from "vitest";
import { BA, type Scope, S, call, expected, int, ints, mv, outcome, set, leaks } from "./helpers.js";

export function c(name: string, fn: (T: Scope) => PyObject | string | null): void {
  it(name, () => {
    checkpoint();
    const got = outcome(fn);
    expect(expected[name], `fixture ${name}`).toBeDefined();
    expect(got).toBe(expected[name]);
    expect(leaks()).toEqual([]);
  });
}

export const ell = (): PyObject => {
  Py_INCREF(Py_Ellipsis);
  return Py_Ellipsis;
};
/** A writable typed view: memoryview(bytearray(n*size)).cast(fmt) filled with values. */
export function typed(T: Scope, fmt: string, size: number, values: (number | bigint)[]): PyObject {
  const m = T.o(call(T.o(mv(T.o(BA(new Array(size * values.length).fill(0))))), "cast", [T.o(S(fmt))]));
  for (const [i, v] of values.entries()) {
    set(m, int(i), fmt === "d" || fmt === "f" ? PyFloat_FromDouble(Number(v)) : int(v));
  }
  return m;
}
export function cast(T: Scope, m: PyObject, fmt: string, shape?: number[]): PyObject {
  const args = [T.o(S(fmt))];
  if (shape !== undefined) args.push(T.o(ints(shape)));
  return T.o(call(m, "cast", args));
}
export function release(m: PyObject): void {
  Py_DECREF(call(m, "release"));
}
export function eq(a: PyObject, b: PyObject, op: 0 | 2 | 3 = Py_EQ): PyObject {
  return PyObject_RichCompare(a, b, op);
}
