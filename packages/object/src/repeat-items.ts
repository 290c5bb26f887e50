/**
 * `sq_repeat` of list and tuple (`list_repeat`, `tuple_repeat`): the items of
 * `src` repeated `n` times, each stored reference counted.
 */
import { PyExc_MemoryError, raise } from "./exceptions.js";
import type { PyObject } from "./object.js";

/**
 * New references to `src`'s items, `n` times over (n >= 1, src not empty).
 * @returns New references.
 */
export function repeatItems(src: readonly PyObject[], n: number): PyObject[] {
  if (src.length * n > 2 ** 28) raise(PyExc_MemoryError);
  const out: PyObject[] = new Array(src.length * n);
  for (let k = 0, j = 0; k < n; k++) {
    for (let i = 0; i < src.length; i++, j++) {
      const x = src[i]!;
      x.ob_refcnt++;
      out[j] = x;
    }
  }
  return out;
}
