/**
 * One item of a memoryview format: `get_native_fmtchar`, `unpack_single` and
 * `pack_single` of CPython 3.11's `Objects/memoryobject.c`, built on the
 * struct tables of @py/buffer (any other one-item format unpacks with struct
 * semantics, `struct_unpack_single`).
 */
import {
  type ItemPacker,
  type ItemUnpacker,
  PyBytes_AS_U8,
  PyBytes_Check,
  type StructFormat,
  getNumberWriter,
  parseFormat,
  unpackRecord,
} from "@py/buffer";
import {
  isPyError,
  newException,
  Py_DECREF,
  PyError,
  PyExc_OverflowError,
  PyExc_TypeError,
  PyExc_ValueError,
  PyFloat_AsDouble,
  PyFloat_Check,
  PyLong_Check,
  PyNumber_Index,
  type PyObject,
  PyObject_IsTrue,
} from "@py/object";

const INT64_MIN = -(1n << 63n);
const INT64_MAX = (1n << 63n) - 1n;
const UINT64_MAX = (1n << 64n) - 1n;
/** Stores a 64-bit int already in range, little-endian (two's complement when negative). */
const write64 = getNumberWriter("q")!;

/**
 * The native single-character code of a memoryview format (`get_native_fmtchar`):
 * `X` or `@X` with X one of `cbBhHiIlLqQnNfd?P` (3.11's memoryview has no `e`);
 * null otherwise.
 */
export function nativeFormatChar(fmt: string): string | null {
  let c: string;
  if (fmt.length === 1) c = fmt;
  else if (fmt.length === 2 && fmt.charCodeAt(0) === 64) c = fmt[1]!;
  else return null;
  return "cbBhHiIlLqQnNfd?P".includes(c) ? c : null;
}

const itemUnpackers = new Map<string, ItemUnpacker | null>();

/**
 * The unpacker of one item of format `fmt` (cached): `(dv, offset) => PyObject`
 * (new reference). Native single codes are memoryview's `unpack_single`; any
 * other format holding exactly one item (`<i`, `>Q`, `2x h`...) unpacks with
 * struct semantics (`struct_unpack_single`). Null for formats that do not
 * parse or hold a number of items other than one (`3i`, `5s` is one item).
 */
export function getItemUnpacker(fmt: string): ItemUnpacker | null {
  let u = itemUnpackers.get(fmt);
  if (u !== undefined) return u;
  u = null;
  const c = nativeFormatChar(fmt);
  if (c !== null) u = parseFormat(c).codes[0]!.unpack;
  else {
    let sf: StructFormat | null = null;
    try {
      sf = parseFormat(fmt);
    } catch (e) {
      if (!isPyError(e)) throw e;
    }
    if (sf !== null && sf.nitems === 1 && sf.codes.length === 1) {
      const fc = sf.codes[0]!;
      const off = fc.offset;
      if (fc.unpack !== null) {
        const un = fc.unpack;
        u = off === 0 ? un : (dv, o) => un(dv, o + off);
      } else {
        const rec = sf;
        u = (dv, o) => unpackRecord(rec, new Uint8Array(dv.buffer, dv.byteOffset, dv.byteLength), dv, o)[0]!;
      }
    }
  }
  itemUnpackers.set(fmt, u);
  return u;
}

/** Why a memoryview item could not be packed: `pack_single`'s two error classes. */
export type PackItemReason = "type" | "value";

/**
 * The error of a memoryview-style item packer. It is a Python exception
 * already: `TypeError: memoryview: invalid type for format 'B'` (reason
 * "type") or `ValueError: memoryview: invalid value for format 'B'` (reason
 * "value"), as `type_error_int`/`value_error_int` of memoryobject.c raise.
 */
export class PackItemError extends PyError {
  readonly reason: PackItemReason;
  readonly fmt: string;
  constructor(reason: PackItemReason, fmt: string) {
    super(
      reason === "type"
        ? newException(PyExc_TypeError, `memoryview: invalid type for format '${fmt}'`)
        : newException(PyExc_ValueError, `memoryview: invalid value for format '${fmt}'`),
    );
    this.reason = reason;
    this.fmt = fmt;
  }
}

const itemPackers = new Map<string, ItemPacker | null>();

/**
 * memoryview's `pack_single` for a native single-code format `fmt` (`B`,
 * `@d`, ...), cached: `(dv, offset, value)`, value borrowed. Failures throw a
 * `PackItemError` (a `PyError` with memoryview's message and a `reason`):
 * "type" where CPython's `fix_error_int` sees a TypeError (not an int / float /
 * bytes), "value" for out-of-range values (OverflowError, ValueError, C range).
 * Errors of `bool(value)` for `?` pass through unchanged. Null for formats
 * memoryview cannot pack.
 */
export function getItemPacker(fmt: string): ItemPacker | null {
  let p = itemPackers.get(fmt);
  if (p !== undefined) return p;
  const c = nativeFormatChar(fmt);
  p = c === null ? null : makeSinglePacker(c, fmt);
  itemPackers.set(fmt, p);
  return p;
}

function makeSinglePacker(code: string, fmt: string): ItemPacker {
  /** `pylong_as_*`: PyNumber_Index; a non-index is a type error. */
  const index = (v: PyObject): number | bigint => {
    if (PyLong_Check(v)) return v.value;
    let o: PyObject;
    try {
      o = PyNumber_Index(v);
    } catch (e) {
      if (isPyError(e, PyExc_TypeError)) throw new PackItemError("type", fmt);
      throw e;
    }
    const r = (o as PyObject & { value: number | bigint }).value;
    Py_DECREF(o);
    return r;
  };
  const size = parseFormat(code).size;
  switch (code) {
    case "b":
    case "h":
    case "i":
    case "l":
    case "q":
    case "n": {
      if (size === 8) {
        return (dv, o, v) => {
          const x = index(v);
          if (typeof x !== "number" && (x < INT64_MIN || x > INT64_MAX))
            throw new PackItemError("value", fmt);
          write64(dv, o, x);
        };
      }
      const lo = -(2 ** (size * 8 - 1));
      const hi = 2 ** (size * 8 - 1) - 1;
      return (dv, o, v) => {
        const x = index(v);
        if (typeof x !== "number" || x < lo || x > hi) throw new PackItemError("value", fmt);
        if (size === 1) dv.setInt8(o, x);
        else if (size === 2) dv.setInt16(o, x, true);
        else dv.setInt32(o, x, true);
      };
    }
    case "B":
    case "H":
    case "I":
    case "L":
    case "Q":
    case "N": {
      if (size === 8) {
        return (dv, o, v) => {
          const x = index(v);
          if (typeof x === "number" ? x < 0 : x < 0n || x > UINT64_MAX) throw new PackItemError("value", fmt);
          write64(dv, o, x);
        };
      }
      const hi = 2 ** (size * 8) - 1;
      return (dv, o, v) => {
        const x = index(v);
        if (typeof x !== "number" || x < 0 || x > hi) throw new PackItemError("value", fmt);
        if (size === 1) dv.setUint8(o, x);
        else if (size === 2) dv.setUint16(o, x, true);
        else dv.setUint32(o, x, true);
      };
    }
    case "P":
      // PyLong_AsVoidPtr: ints only (no __index__).
      return (dv, o, v) => {
        if (!PyLong_Check(v)) throw new PackItemError("type", fmt);
        const x = (v as PyObject & { value: number | bigint }).value;
        if (typeof x !== "number" && (x < INT64_MIN || x > UINT64_MAX)) throw new PackItemError("value", fmt);
        write64(dv, o, x);
      };
    case "f":
    case "d": {
      const asDouble = (v: PyObject): number => {
        if (PyFloat_Check(v)) return v.value;
        try {
          return PyFloat_AsDouble(v);
        } catch (e) {
          if (isPyError(e, PyExc_TypeError)) throw new PackItemError("type", fmt);
          if (isPyError(e, PyExc_OverflowError) || isPyError(e, PyExc_ValueError))
            throw new PackItemError("value", fmt);
          throw e;
        }
      };
      if (code === "f") return (dv, o, v) => dv.setFloat32(o, asDouble(v), true);
      return (dv, o, v) => dv.setFloat64(o, asDouble(v), true);
    }
    case "?":
      return (dv, o, v) => dv.setUint8(o, PyObject_IsTrue(v) ? 1 : 0);
    case "c":
      return (dv, o, v) => {
        if (!PyBytes_Check(v)) throw new PackItemError("type", fmt);
        const d = PyBytes_AS_U8(v);
        if (d.length !== 1) throw new PackItemError("value", fmt);
        dv.setUint8(o, d[0]!);
      };
  }
  throw new Error(`makeSinglePacker: no packer for ${code}`);
}
