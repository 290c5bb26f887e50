/**
 * The struct-semantics codecs of one item (`nu_*`/`np_*`, `lu_*`/`lp_*`,
 * `bu_*`/`bp_*` of CPython 3.11's `Modules/_struct.c`), cached by
 * byte order and code. Packers raise `struct.error` with CPython's messages.
 */
import {
  PyBool_FromBool,
  PyExc_OverflowError,
  PyFloat_FromDouble,
  PyLong_FromNumber,
  PyObject_IsTrue,
  raise,
} from "@py/object";
import { PyBytes_AS_U8, PyBytes_Check } from "../bytes/bytes.js";
import {
  bigTableInt64,
  charByte,
  getDouble,
  getLong,
  getPyLongValue,
  getULong,
  INT64_MIN,
  int64Object,
  UINT64_MAX,
  write64,
} from "./convert.js";
import {
  type ItemPacker,
  type ItemUnpacker,
  NATIVE_SIZE,
  STANDARD_SIZE,
  StructError,
} from "./format-code.js";
import { doubleFromHalf, halfFromDouble } from "./half-float.js";

const unpackerCache = new Map<string, ItemUnpacker>();

const packerCache = new Map<string, ItemPacker>();

export function structUnpacker(code: string, native: boolean, le: boolean): ItemUnpacker {
  const key = `${native ? "@" : le ? "<" : ">"}${code}`;
  let u = unpackerCache.get(key);
  if (u === undefined) {
    u = makeUnpacker(code, native ? NATIVE_SIZE[code]! : STANDARD_SIZE[code]!, le);
    unpackerCache.set(key, u);
  }
  return u;
}

export function structPacker(code: string, native: boolean, le: boolean): ItemPacker {
  const key = `${native ? "@" : le ? "<" : ">"}${code}`;
  let p = packerCache.get(key);
  if (p === undefined) {
    p = makePacker(code, native, native ? NATIVE_SIZE[code]! : STANDARD_SIZE[code]!, le, !native && !le);
    packerCache.set(key, p);
  }
  return p;
}

/** `nu_*`/`lu_*`/`bu_*`: the unpacker of one item of `code` with `size` bytes. */
function makeUnpacker(code: string, size: number, le: boolean): ItemUnpacker {
  switch (code) {
    case "b":
      return (dv, o) => PyLong_FromNumber(dv.getInt8(o));
    case "B":
      return (dv, o) => PyLong_FromNumber(dv.getUint8(o));
    case "c":
      return charByte;
    case "?":
      return (dv, o) => PyBool_FromBool(dv.getUint8(o) !== 0);
    case "h":
      return (dv, o) => PyLong_FromNumber(dv.getInt16(o, le));
    case "H":
      return (dv, o) => PyLong_FromNumber(dv.getUint16(o, le));
    case "e":
      return (dv, o) => PyFloat_FromDouble(doubleFromHalf(dv.getUint16(o, le)));
    case "f":
      return (dv, o) => PyFloat_FromDouble(dv.getFloat32(o, le));
    case "d":
      return (dv, o) => PyFloat_FromDouble(dv.getFloat64(o, le));
    case "i":
    case "l":
    case "q":
    case "n":
      if (size === 4) return (dv, o) => PyLong_FromNumber(dv.getInt32(o, le));
      return (dv, o) => int64Object(dv, o, le, false);
    case "I":
    case "L":
    case "Q":
    case "N":
    case "P":
      if (size === 4) return (dv, o) => PyLong_FromNumber(dv.getUint32(o, le));
      return (dv, o) => int64Object(dv, o, le, true);
  }
  throw new Error(`makeUnpacker: no unpacker for ${code}`);
}

/**
 * The range error of an integer code. `named` selects the messages of the
 * native `np_byte`/`np_ubyte`/`np_short`/`np_ushort` ("short format requires
 * ..."); otherwise `_range_error`'s "'h' format requires ...".
 */
function rangeError(code: string, signed: boolean, size: number, named: boolean): never {
  if (named && size === 1) {
    raise(
      StructError,
      signed ? "byte format requires -128 <= number <= 127" : "ubyte format requires 0 <= number <= 255",
    );
  }
  if (named && size === 2) {
    raise(
      StructError,
      signed
        ? "short format requires -32768 <= number <= 32767"
        : "ushort format requires 0 <= number <= 65535",
    );
  }
  // _range_error: the bounds of an integer of f->size bytes.
  const bits = BigInt(size * 8);
  if (signed) {
    const largest = (1n << (bits - 1n)) - 1n;
    raise(StructError, `'${code}' format requires ${-largest - 1n} <= number <= ${largest}`);
  }
  raise(StructError, `'${code}' format requires 0 <= number <= ${(1n << bits) - 1n}`);
}

/**
 * `np_*`/`lp_*`/`bp_*`: the struct packer of one item of `code`. On a
 * little-endian host CPython swaps the native packers into the `<`/`=` table
 * for same-size codes, so only the big-endian table (`>`/`!`, `bigTable`)
 * has `bp_int`/`bp_uint`'s messages for `h` and `H`.
 */
function makePacker(code: string, native: boolean, size: number, le: boolean, bigTable: boolean): ItemPacker {
  // Byte and short codes report with their names, except bp_int/bp_uint for h/H.
  const named = size === 1 || (size === 2 && !bigTable);
  switch (code) {
    case "b":
    case "h":
    case "i":
    case "l":
    case "q":
    case "n": {
      if (size === 8) {
        // bp_longlong: _PyLong_AsByteArray's OverflowError, turned into
        // "int too large to convert" by s_pack_internal.
        if (bigTable) return (dv, o, v) => write64(dv, o, bigTableInt64(getPyLongValue(v), false), le);
        return (dv, o, v) => write64(dv, o, getLong(v), le);
      }
      const lo = -(2 ** (size * 8 - 1));
      const hi = 2 ** (size * 8 - 1) - 1;
      return (dv, o, v) => {
        const x = getLong(v);
        if (typeof x !== "number" || x < lo || x > hi) rangeError(code, true, size, named);
        if (size === 1) dv.setInt8(o, x);
        else if (size === 2) dv.setInt16(o, x, le);
        else dv.setInt32(o, x, le);
      };
    }
    case "B":
    case "H":
    case "I":
    case "L":
    case "Q":
    case "N": {
      if (size === 8) {
        if (bigTable) return (dv, o, v) => write64(dv, o, bigTableInt64(getPyLongValue(v), true), le);
        return (dv, o, v) => write64(dv, o, getULong(v), le);
      }
      const hi = 2 ** (size * 8) - 1;
      // np_ubyte/np_ushort check the range after get_long (negatives get the
      // range message); the others use get_ulong (negatives are out of range).
      const viaLong = named;
      return (dv, o, v) => {
        const x = viaLong ? getLong(v) : getULong(v);
        if (typeof x !== "number" || x < 0 || x > hi) rangeError(code, false, size, named);
        if (size === 1) dv.setUint8(o, x);
        else if (size === 2) dv.setUint16(o, x, le);
        else dv.setUint32(o, x, le);
      };
    }
    case "P":
      // np_void_p: get_pylong, then PyLong_AsVoidPtr.
      return (dv, o, v) => {
        const x = getPyLongValue(v);
        if (typeof x !== "number" && (x < INT64_MIN || x > UINT64_MAX))
          raise(StructError, "int too large to convert");
        write64(dv, o, x, le);
      };
    case "?":
      return (dv, o, v) => dv.setUint8(o, PyObject_IsTrue(v) ? 1 : 0);
    case "c":
      return (dv, o, v) => {
        const d = PyBytes_Check(v) ? PyBytes_AS_U8(v) : null;
        if (d === null || d.length !== 1)
          raise(StructError, "char format requires a bytes object of length 1");
        dv.setUint8(o, d[0]!);
      };
    case "e":
      return (dv, o, v) => dv.setUint16(o, halfFromDouble(getDouble(v)), le);
    case "f":
      if (native) return (dv, o, v) => dv.setFloat32(o, getDouble(v), le);
      // PyFloat_Pack4: a finite double that rounds to infinity overflows.
      return (dv, o, v) => {
        const x = getDouble(v);
        const y = Math.fround(x);
        if ((y === Number.POSITIVE_INFINITY || y === Number.NEGATIVE_INFINITY) && Number.isFinite(x)) {
          raise(PyExc_OverflowError, "float too large to pack with f format");
        }
        dv.setFloat32(o, y, le);
      };
    case "d":
      return (dv, o, v) => dv.setFloat64(o, getDouble(v), le);
  }
  throw new Error(`makePacker: no packer for ${code}`);
}
