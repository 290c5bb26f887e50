/**
 * The sort of `list.sort()` and `sorted()` (`list_sort_impl` in
 * `Objects/listobject.c`): a stable sort that compares only with `<`, in the
 * order CPython's timsort does for short lists (`count_run` then
 * `binarysort`), so the first failing comparison and its message are
 * CPython's. Longer lists merge sorted runs (stable, fewer compares).
 */
import { PyObject_RichCompareBool } from "./compare.js";
import { PyObject_Call } from "./call.js";
import { type PyObject, Py_LT } from "./object.js";
import { Py_DECREF } from "./refcount.js";

function lt(a: PyObject, b: PyObject): boolean {
  return PyObject_RichCompareBool(a, b, Py_LT);
}

/** Sorts `keys` in place, moving `vals` (if given) along. */
function sortRange(keys: PyObject[], vals: PyObject[] | null, lo: number, hi: number): void {
  const n = hi - lo;
  if (n < 2) return;
  // count_run: a strictly descending run is reversed in place.
  let run = lo + 1;
  if (lt(keys[run]!, keys[lo]!)) {
    run++;
    while (run < hi && lt(keys[run]!, keys[run - 1]!)) run++;
    reverse(keys, lo, run);
    if (vals !== null) reverse(vals, lo, run);
  } else {
    run++;
    while (run < hi && !lt(keys[run]!, keys[run - 1]!)) run++;
  }
  if (n < 64) {
    binarysort(keys, vals, lo, hi, run);
    return;
  }
  const mid = lo + (n >> 1);
  sortRange(keys, vals, lo, mid);
  sortRange(keys, vals, mid, hi);
  merge(keys, vals, lo, mid, hi);
}

function reverse(a: PyObject[], lo: number, hi: number): void {
  for (let i = lo, j = hi - 1; i < j; i++, j--) {
    const t = a[i]!;
    a[i] = a[j]!;
    a[j] = t;
  }
}

function binarysort(keys: PyObject[], vals: PyObject[] | null, lo: number, hi: number, start: number): void {
  for (let s = start; s < hi; s++) {
    const pivot = keys[s]!;
    const pv = vals === null ? null : vals[s]!;
    let l = lo;
    let r = s;
    while (l < r) {
      const p = l + ((r - l) >> 1);
      if (lt(pivot, keys[p]!)) r = p;
      else l = p + 1;
    }
    for (let k = s; k > l; k--) {
      keys[k] = keys[k - 1]!;
      if (vals !== null) vals[k] = vals[k - 1]!;
    }
    keys[l] = pivot;
    if (vals !== null) vals[l] = pv!;
  }
}

function merge(keys: PyObject[], vals: PyObject[] | null, lo: number, mid: number, hi: number): void {
  const lk = keys.slice(lo, mid);
  const lv = vals === null ? null : vals.slice(lo, mid);
  let i = 0;
  let j = mid;
  let k = lo;
  while (i < lk.length && j < hi) {
    // Stable: take from the right only when strictly smaller.
    if (lt(keys[j]!, lk[i]!)) {
      keys[k] = keys[j]!;
      if (vals !== null) vals[k] = vals[j]!;
      j++;
    } else {
      keys[k] = lk[i]!;
      if (vals !== null) vals[k] = lv![i]!;
      i++;
    }
    k++;
  }
  while (i < lk.length) {
    keys[k] = lk[i]!;
    if (vals !== null) vals[k] = lv![i]!;
    i++;
    k++;
  }
}

/**
 * `list_sort_impl` (`list.sort(key=None, reverse=False)`, `sorted()`) on an
 * array of owned references, sorted in place. `key` (null for none) results
 * are computed first and released after. The caller detects mutation of the
 * list during the sort (`list.sort` empties the list while it runs).
 */
export function listSort(items: PyObject[], key: PyObject | null, reverseOrder: boolean): void {
  if (reverseOrder) reverse(items, 0, items.length);
  if (key === null) {
    sortRange(items, null, 0, items.length);
  } else {
    const keys: PyObject[] = [];
    try {
      for (const x of items) keys.push(PyObject_Call(key, [x], null));
      sortRange(keys, items, 0, items.length);
    } finally {
      for (const k of keys) Py_DECREF(k);
    }
  }
  if (reverseOrder) reverse(items, 0, items.length);
}
