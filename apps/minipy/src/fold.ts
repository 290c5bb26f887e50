/**
 * Folding an iterable with a binary number operation: what `sum()` and
 * `math.prod()` share (bltinmodule.c's `builtin_sum_impl` and mathmodule.c's
 * `math_prod_impl` without their fast paths).
 */
import { PyIter_Next, type PyObject, PyObject_GetIter, Py_DECREF } from "@py/object";

/**
 * `op(...op(op(start, x0), x1)..., xn)` over `iterable`. `start()` makes the
 * first accumulator (a new reference) once the iterator exists; every item
 * and intermediate result is released, also when `op` or the iteration
 * raises.
 * @returns New reference.
 */
export function foldIterable(
  iterable: PyObject,
  start: () => PyObject,
  op: (acc: PyObject, x: PyObject) => PyObject,
): PyObject {
  const it = PyObject_GetIter(iterable);
  let acc: PyObject | null = null;
  try {
    acc = start();
    for (let x = PyIter_Next(it); x !== null; x = PyIter_Next(it)) {
      try {
        const next = op(acc, x);
        Py_DECREF(acc);
        acc = next;
      } finally {
        Py_DECREF(x);
      }
    }
  } catch (e) {
    if (acc !== null) Py_DECREF(acc);
    throw e;
  } finally {
    Py_DECREF(it);
  }
  return acc;
}
