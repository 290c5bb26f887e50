/**
 * The struct-module side of `Modules/_testbuffer.c`: `get_itemsize`
 * (`struct.calcsize`), and the `Struct(fmt).pack_into` / `unpack_from` calls
 * of `pack_from_list`, `pack_single`, `unpack_single` and `unpack_rec`, on
 * @py/buffer's parsed struct formats (so errors are `struct.error`s with the
 * struct module's messages).
 *
 * Invariant: a codec is built once per format string and cached; callers
 * have checked that the item lies inside the memory.
 */
import {
  PyBytes_Check,
  PyBytes_AS_U8,
  StructError,
  type StructFormat,
  packRecord,
  parseFormat,
  unpackRecord,
} from "@py/buffer";
import {
  isPyError,
  PyExc_OverflowError,
  PyExc_TypeError,
  PyLong_Check,
  type PyObject,
  PyObject_Hash,
  PyTuple_Pack,
  PyUnicode_Check,
  raise,
} from "@py/object";
import { encodeAscii } from "./converters.js";

/**
 * One item of a struct format: `nmemb` members, `itemsize` bytes. The
 * functions take byte and data views of the whole memory (hoisted by the
 * caller out of its loops) and an absolute byte offset.
 */
export interface ItemCodec {
  /** `s_len`: the number of members of one item. */
  readonly nmemb: number;
  /** `s_size`. */
  readonly itemsize: number;
  /** `s_size` exactly (it may exceed 2**53 for formats like "4611686018427387904s"). */
  readonly exactItemsize: bigint;
  /** `pack_into(buf, at, *values)`: `values` (borrowed) has `nmemb` entries. */
  pack(u8: Uint8Array, dv: DataView, at: number, values: readonly PyObject[]): void;
  /** `pack_into(buf, at, value)` for a one-member format (value borrowed). */
  pack1(u8: Uint8Array, dv: DataView, at: number, value: PyObject): void;
  /** `unpack_from(buf, at)`: the single member, or a tuple of them (new reference). */
  unpack(u8: Uint8Array, dv: DataView, at: number): PyObject;
}

const codecCache = new Map<string, ItemCodec>();

/** The codec of an already ASCII format string (cached). */
export function formatCodec(fmt: string): ItemCodec {
  let c = codecCache.get(fmt);
  if (c === undefined) {
    c = makeCodec(parseFormat(fmt));
    if (codecCache.size > 1024) codecCache.clear();
    codecCache.set(fmt, c);
  }
  return c;
}

function makeCodec(sf: StructFormat): ItemCodec {
  const codes = sf.codes;
  // Fast paths: one member with a per-item codec ('B', '<i', 'xd').
  const one = codes.length === 1 && sf.nitems === 1 ? codes[0]! : null;
  const un1 = one?.unpack ?? null;
  const pk1 = one?.pack ?? null;
  const off1 = one?.offset ?? 0;
  const size = sf.size;
  const pack = (u8: Uint8Array, dv: DataView, at: number, values: readonly PyObject[]): void =>
    packRecord(sf, u8, dv, at, values, 0);
  return {
    nmemb: sf.nitems,
    itemsize: size,
    exactItemsize: sf.exactSize ?? BigInt(size),
    pack,
    pack1:
      pk1 !== null
        ? (u8, dv, at, value) => {
            if (size !== 1) u8.fill(0, at, at + size);
            try {
              pk1(dv, at + off1, value);
            } catch (e) {
              // s_pack_internal: an OverflowError while packing an int becomes struct.error.
              if (isPyError(e, PyExc_OverflowError) && PyLong_Check(value)) {
                raise(StructError, "int too large to convert");
              }
              throw e;
            }
          }
        : (u8, dv, at, value) => pack(u8, dv, at, [value]),
    unpack:
      un1 !== null
        ? (_u8, dv, at) => un1(dv, at + off1)
        : (u8, dv, at) => {
            const items = unpackRecord(sf, u8, dv, at);
            return items.length === 1 ? items[0]! : PyTuple_Pack(items);
          },
  };
}

/**
 * The format as `struct.calcsize`'s `cache_struct_converter` takes it: the
 * format is hashed first (an unhashable one raises), then must be a str
 * (encoded as ASCII) or bytes; anything else is a TypeError.
 */
function formatString(format: PyObject): string {
  if (!PyUnicode_Check(format) && !PyBytes_Check(format)) PyObject_Hash(format);
  if (PyUnicode_Check(format)) return encodeAscii(format.value);
  if (PyBytes_Check(format)) {
    const u8 = PyBytes_AS_U8(format);
    let s = "";
    for (let i = 0; i < u8.length; i++) s += String.fromCharCode(u8[i]!);
    return s;
  }
  raise(PyExc_TypeError, `Struct() argument 1 must be a str or bytes object, not ${format.ob_type.tp_name}`);
}

/** `Struct(format)` as a codec. */
export function structCodec(format: PyObject): ItemCodec {
  return formatCodec(formatString(format));
}

/** `get_itemsize`: `struct.calcsize(format)`, exactly. */
export function structCalcsize(format: PyObject): bigint {
  return structCodec(format).exactItemsize;
}
