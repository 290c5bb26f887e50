/**
 * Whole struct records: `s_unpack_internal` and `s_pack_internal` of
 * CPython 3.11's `Modules/_struct.c`, on a parsed `StructFormat`.
 */
import {
  isPyError,
  Py_DECREF,
  PyExc_OverflowError,
  PyExc_SystemError,
  PyFloat_Type,
  PyLong_Check,
  PyLong_Type,
  type PyObject,
  raise,
} from "@py/object";
import { _PyBytes_Adopt } from "../bytes/bytes.js";
import { bytesLikeData } from "./convert.js";
import { StructError, type StructFormat } from "./format-code.js";

/**
 * `s_unpack_internal`: unpacks one record of `sf` at `offset` of `u8`/`dv`
 * (views of the same memory). Returns new references, `sf.nitems` of them.
 * @returns New references.
 */
export function unpackRecord(sf: StructFormat, u8: Uint8Array, dv: DataView, offset: number): PyObject[] {
  const out: PyObject[] = new Array(sf.nitems);
  let k = 0;
  const codes = sf.codes;
  try {
    for (let c = 0; c < codes.length; c++) {
      const fc = codes[c]!;
      const base = offset + fc.offset;
      const un = fc.unpack;
      if (un !== null) {
        const size = fc.size;
        const end = fc.repeat;
        for (let r = 0; r < end; r++) out[k++] = un(dv, base + r * size);
      } else if (fc.code === "s") {
        out[k++] = _PyBytes_Adopt(u8.slice(base, base + fc.size));
      } else {
        // 'p': a length byte, capped at size - 1.
        // With a count of 0 the length is always -1 (CPython reads the byte anyway).
        if (fc.size === 0) raise(PyExc_SystemError, "Negative size passed to PyBytes_FromStringAndSize");
        let len = u8[base]!;
        if (len >= fc.size) len = fc.size - 1;
        out[k++] = _PyBytes_Adopt(u8.slice(base + 1, base + 1 + len));
      }
    }
  } catch (e) {
    for (let j = 0; j < k; j++) Py_DECREF(out[j]!);
    throw e;
  }
  return out;
}

/**
 * Whether every value from `args[start]` on is an exact int or float: their
 * conversions (`get_long`, `PyFloat_AsDouble`, `PyObject_IsTrue`) run no
 * Python code, so nothing but the packers writes the record meanwhile.
 */
export function plainValues(args: readonly PyObject[], start: number): boolean {
  for (let i = start; i < args.length; i++) {
    const t = args[i]!.ob_type;
    if (t !== PyLong_Type && t !== PyFloat_Type) return false;
  }
  return true;
}

/**
 * `s_pack_internal`: zero-fills the record at `offset` then packs
 * `args[start ...]` (borrowed; the caller checked there are `sf.nitems`).
 * A failure leaves the items packed so far, as CPython does. `limit` is the
 * absolute end of the writable buffer; `plain`, whether `plainValues` holds
 * (computed when not given).
 */
export function packRecord(
  sf: StructFormat,
  u8: Uint8Array,
  dv: DataView,
  offset: number,
  args: readonly PyObject[],
  start: number,
  limit: number = u8.length,
  plain: boolean = plainValues(args, start),
): void {
  // memset(res, 0, s_size) — unless the packers write every byte (`covered`)
  // and no Python code can run while packing (exact ints and floats only):
  // then only a failure zero-fills, from the failing item on (below), which
  // leaves the same bytes as the memset would have.
  const lazyZero = sf.covered && plain;
  if (!lazyZero) u8.fill(0, offset, offset + sf.size);
  let k = start;
  const codes = sf.codes;
  for (let c = 0; c < codes.length; c++) {
    const fc = codes[c]!;
    const base = offset + fc.offset;
    const pk = fc.pack;
    if (pk !== null) {
      const size = fc.size;
      const end = fc.repeat;
      let r = 0;
      try {
        for (; r < end; r++) pk(dv, base + r * size, args[k++]!);
      } catch (e) {
        // The bytes CPython's memset left zero: the failing item's and every later one's.
        if (lazyZero) u8.fill(0, base + r * size, offset + sf.size);
        // s_pack_internal: an OverflowError while packing an int becomes struct.error.
        if (isPyError(e, PyExc_OverflowError) && PyLong_Check(args[k - 1]!)) {
          raise(StructError, "int too large to convert");
        }
        throw e;
      }
      continue;
    }
    const v = args[k++]!;
    const data = bytesLikeData(v);
    if (fc.code === "s") {
      if (data === null) raise(StructError, "argument for 's' must be a bytes object");
      const n = Math.min(data.length, fc.size);
      u8.set(n === data.length ? data : data.subarray(0, n), base);
    } else {
      if (data === null) raise(StructError, "argument for 'p' must be a bytes object");
      let n = Math.min(data.length, fc.size - 1);
      if (n > 0) u8.set(data.subarray(0, n), base + 1);
      if (n > 255) n = 255;
      // With a count of 0 CPython still stores the length byte (0xff) here;
      // never past the end of the caller's buffer.
      if (base < limit) u8[base] = n & 0xff;
    }
  }
}
