/** What list and tuple compute alike over their items (`Objects/listobject.c`, `Objects/tupleobject.c`): repr, comparison, hash, index, count. */
import { ssize_as_index } from "./ssize.js";
import { PyObject_RichCompare, PyObject_RichCompareBool } from "./compare.js";
import { repr } from "./repr.js";
import { PyBool_FromBool } from "./bool-object.js";
import { type CompareOp, type PyObject, Py_EQ, Py_NE } from "./object.js";
import { _PyEval_SliceIndexNotNone } from "./slice-indices.js";

/**
 * `tuplehash`: CPython's xxHash-based combination of the item hashes, with
 * all 64 bits (a bigint beyond 2**53). The items' hashes must be exact too
 * (`PyObject_HashValue`), as the result depends on every bit of each.
 */
export function tupleHashExact(hashes: readonly (number | bigint)[]): number | bigint {
  const P1 = 11400714785074694791n;
  const P2 = 14029467366897019727n;
  const P5 = 2870177450012600261n;
  const M = 0xffffffffffffffffn;
  let acc = P5;
  for (const h of hashes) {
    const lane = BigInt.asUintN(64, BigInt(h));
    acc = (acc + lane * P2) & M;
    acc = ((acc << 31n) | (acc >> 33n)) & M;
    acc = (acc * P1) & M;
  }
  acc = (acc + (BigInt(hashes.length) ^ (P5 ^ 3527539n))) & M;
  if (acc === M) return 1546275796;
  const r = BigInt.asIntN(64, acc);
  return r >= -MAX_SAFE && r <= MAX_SAFE ? Number(r) : r;
}
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** `tuplehash` as a JS number (`tp_hash`): `tupleHashExact`, the nearest double beyond 2**53. */
export function tupleHashOf(hashes: readonly (number | bigint)[]): number {
  return Number(tupleHashExact(hashes));
}

/** Shared by tuple and list: `repr` of the items with a cycle-free join. */
export function reprItems(items: readonly PyObject[]): string {
  let out = "";
  for (let i = 0; i < items.length; i++) {
    if (i > 0) out += ", ";
    out += repr(items[i]!);
  }
  return out;
}

/**
 * Lexicographic comparison of two item arrays (`tuplerichcompare` /
 * `list_richcompare`): the first differing pair decides.
 * @returns New reference.
 */
export function compareItems(a: readonly PyObject[], b: readonly PyObject[], op: CompareOp): PyObject {
  const n = Math.min(a.length, b.length);
  let i = 0;
  for (; i < n; i++) {
    if (!PyObject_RichCompareBool(a[i]!, b[i]!, Py_EQ)) break;
  }
  if (i >= a.length || i >= b.length) {
    const la = a.length;
    const lb = b.length;
    let r: boolean;
    switch (op) {
      case 0:
        r = la < lb;
        break;
      case 1:
        r = la <= lb;
        break;
      case 2:
        r = la === lb;
        break;
      case 3:
        r = la !== lb;
        break;
      case 4:
        r = la > lb;
        break;
      default:
        r = la >= lb;
    }
    return PyBool_FromBool(r);
  }
  if (op === Py_EQ) return PyBool_FromBool(false);
  if (op === Py_NE) return PyBool_FromBool(true);
  return PyObject_RichCompare(a[i]!, b[i]!, op);
}

/** Finds `v` in `items[start:stop]` by `==` (shared by tuple.index and list.index). */
export function indexOfItem(items: readonly PyObject[], v: PyObject, args: readonly PyObject[]): number {
  const len = items.length;
  let start = args.length > 1 ? ssize_as_index(_PyEval_SliceIndexNotNone(args[1]!)) : 0;
  let stop = args.length > 2 ? ssize_as_index(_PyEval_SliceIndexNotNone(args[2]!)) : len;
  if (start < 0) {
    start += len;
    if (start < 0) start = 0;
  }
  if (stop < 0) {
    stop += len;
    if (stop < 0) stop = 0;
  }
  for (let i = start; i < stop && i < items.length; i++) {
    if (PyObject_RichCompareBool(items[i]!, v, Py_EQ)) return i;
  }
  return -1;
}

/** Counts items equal to `v`. */
export function countItems(items: readonly PyObject[], v: PyObject): number {
  let n = 0;
  for (let i = 0; i < items.length; i++) if (PyObject_RichCompareBool(items[i]!, v, Py_EQ)) n++;
  return n;
}
