/**
 * The sequence operations that bytes, bytearray (and array's comparison)
 * share: `memcmp`-style comparison, concatenation (`bytes_concat`),
 * repetition, `_Py_bytes_contains` and slicing, as CPython 3.11's
 * `Objects/bytesobject.c`.
 */
import {
  type CompareOp,
  isPyError,
  Py_EQ,
  Py_GT,
  Py_LE,
  Py_LT,
  Py_NE,
  Py_NewRef,
  PyExc_TypeError,
  PyExc_ValueError,
  PyIndex_Check,
  PyNumber_AsSsize_t,
  type PyObject,
  PySlice_Check,
  PySlice_GetIndicesEx,
  raise,
  ssize_as_index,
} from "@py/object";
import { PyBytes_CheckExact } from "./bytes.js";
import { allocByteArray, type ByteKind, type ByteSpan, getByteSpan, releaseByteSpan } from "./storage.js";

/** Lexicographic comparison of two byte ranges (`memcmp` then lengths). */
export function compareBytes(a: ByteSpan, b: ByteSpan): number {
  const n = Math.min(a.len, b.len);
  const au = a.u8;
  const bu = b.u8;
  for (let i = 0; i < n; i++) {
    const d = au[a.off + i]! - bu[b.off + i]!;
    if (d !== 0) return d;
  }
  return a.len - b.len;
}

/** The boolean of comparison `op` given a three-way result. */
export function compareResult(c: number, op: CompareOp): boolean {
  switch (op) {
    case Py_LT:
      return c < 0;
    case Py_LE:
      return c <= 0;
    case Py_EQ:
      return c === 0;
    case Py_NE:
      return c !== 0;
    case Py_GT:
      return c > 0;
    default:
      return c >= 0;
  }
}

/** `bytes_concat`: bytes + any bytes-like object (`can't concat str to bytes`). */
export function concatBytes(a: PyObject, b: PyObject, kind: ByteKind): PyObject {
  let sa: ByteSpan;
  let sb: ByteSpan;
  try {
    sa = getByteSpan(a);
  } catch (e) {
    if (isPyError(e)) raise(PyExc_TypeError, `can't concat ${b.ob_type.tp_name} to ${a.ob_type.tp_name}`);
    throw e;
  }
  try {
    sb = getByteSpan(b);
  } catch (e) {
    releaseByteSpan(sa);
    if (isPyError(e)) raise(PyExc_TypeError, `can't concat ${b.ob_type.tp_name} to ${a.ob_type.tp_name}`);
    throw e;
  }
  try {
    if (kind.name === "bytes") {
      // bytes_concat's end cases: an empty operand gives the other exact bytes itself
      if (sa.len === 0 && PyBytes_CheckExact(b)) return Py_NewRef(b);
      if (sb.len === 0 && PyBytes_CheckExact(a)) return Py_NewRef(a);
    }
    const out = allocByteArray(sa.len + sb.len);
    out.set(sa.u8.subarray(sa.off, sa.off + sa.len), 0);
    out.set(sb.u8.subarray(sb.off, sb.off + sb.len), sa.len);
    return kind.adopt(out);
  } finally {
    releaseByteSpan(sa);
    releaseByteSpan(sb);
  }
}

/** Whether `len * count` exceeds `PY_SSIZE_T_MAX` (exactly, as C's `len > PY_SSIZE_T_MAX / count`). */
export function repeatOverflows(len: number, count: number): boolean {
  return count > 0 && BigInt(len) * BigInt(count) > 2n ** 63n - 1n;
}

/** Fills `out` with `count` copies of `src[off, off+len)` by doubling block copies. */
export function repeatInto(out: Uint8Array, src: Uint8Array, off: number, len: number, count: number): void {
  const total = len * count;
  if (total === 0) return;
  if (len === 1) {
    out.fill(src[off]!, 0, total);
    return;
  }
  out.set(src.subarray(off, off + len), 0);
  let done = len;
  while (done < total) {
    const n = Math.min(done, total - done);
    out.copyWithin(done, 0, n);
    done += n;
  }
}

/**
 * `_Py_bytes_contains`: an int in range(0, 256) or any bytes-like object
 * (`a bytes-like object is required, not 'list'`).
 */
export function bytesContains(self: ByteSpan, arg: PyObject): boolean {
  if (PyIndex_Check(arg)) {
    const v = ssize_as_index(PyNumber_AsSsize_t(arg, null));
    if (v < 0 || v > 255) raise(PyExc_ValueError, "byte must be in range(0, 256)");
    const i = self.u8.indexOf(v, self.off);
    return i >= 0 && i < self.off + self.len;
  }
  const sub = getByteSpan(arg);
  try {
    if (sub.len === 0) return true;
    const end = self.off + self.len;
    const first = sub.u8[sub.off]!;
    for (let i = self.off; i <= end - sub.len; i++) {
      if (self.u8[i] !== first) continue;
      let k = 1;
      while (k < sub.len && self.u8[i + k] === sub.u8[sub.off + k]) k++;
      if (k === sub.len) return true;
    }
    return false;
  } finally {
    releaseByteSpan(sub);
  }
}

/**
 * The bytes selected by a slice (`bytes_subscript` / `bytearray_subscript`),
 * or null when `key` is not a slice.
 */
export function sliceBytes(s: ByteSpan, key: PyObject): Uint8Array | null {
  if (!PySlice_Check(key)) return null;
  const { start, step: st, slicelength } = PySlice_GetIndicesEx(key, s.len);
  const step = ssize_as_index(st); // |step| >= 2**53 takes at most one item
  if (slicelength <= 0) return new Uint8Array(0);
  if (step === 1) return s.u8.slice(s.off + start, s.off + start + slicelength);
  const out = new Uint8Array(slicelength);
  const u8 = s.u8;
  for (let i = 0, cur = s.off + start; i < slicelength; i++, cur += step) out[i] = u8[cur]!;
  return out;
}
