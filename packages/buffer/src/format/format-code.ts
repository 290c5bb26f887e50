/**
 * The parsed form of a struct format, as CPython 3.11's `Modules/_struct.c`
 * (`formatcode`, `PyStructObject`), and its size tables (`native_table`,
 * `lilendian_table`/`bigendian_table`) for an x86-64 LP64 host (native =
 * little-endian, `l L n N P q Q d` 8 bytes aligned to 8).
 *
 * Invariants: item closures take a `DataView` over the whole memory and an
 * absolute byte offset; callers have checked that the item lies inside the
 * buffer. Unpackers return NEW references; packers borrow the value.
 */
import { PyErr_NewException, type PyObject } from "@py/object";

/** `struct.error`: the exception of the struct module (`PyErr_NewException("struct.error")`). */
export const StructError = PyErr_NewException("struct.error");

/** Unpacks one item at an absolute byte offset. Returns a new reference. */
export type ItemUnpacker = (dv: DataView, offset: number) => PyObject;

/** Packs one item (borrowed) at an absolute byte offset. */
export type ItemPacker = (dv: DataView, offset: number, value: PyObject) => void;

/** One run of a format code, as CPython's `formatcode`. `x` pad bytes have none. */
export interface FormatCode {
  /** The format character. */
  readonly code: string;
  /** Byte offset of the first item from the start of the record. */
  readonly offset: number;
  /** Item size in bytes; for `s` and `p`, the count (the one item's length). */
  readonly size: number;
  /** Number of items (1 for `s` and `p`). */
  readonly repeat: number;
  /** Struct-semantics codec of one item; null for `s` and `p`. */
  readonly unpack: ItemUnpacker | null;
  readonly pack: ItemPacker | null;
}

/** A parsed format (CPython's `PyStructObject` minus the object header). */
export interface StructFormat {
  /** The format string as given. */
  readonly format: string;
  /** `@` or no prefix: native sizes and alignment. */
  readonly native: boolean;
  readonly littleEndian: boolean;
  /** `s_size`: the record size in bytes (inexact beyond 2**53, see `exactSize`). */
  readonly size: number;
  /** The exact record size when it exceeds 2**53 - 1, else null. */
  readonly exactSize: bigint | null;
  /** `s_len`: number of Python items in a record (inexact beyond 2**53, see `exactNitems`). */
  readonly nitems: number;
  /** The exact number of items when it exceeds 2**53 - 1, else null (such a record is never packed). */
  readonly exactNitems: bigint | null;
  /** Codes with their offsets; `x` and zero-count codes are omitted. */
  readonly codes: readonly FormatCode[];
  /**
   * Whether the items' packers write every byte of the record (no `x`, no
   * alignment padding, no `s`/`p`): packing then needs no zero-fill first
   * unless a packer fails.
   */
  readonly covered: boolean;
}

/** Native sizes and alignments on x86-64 LP64 (`native_table`). */
export const NATIVE_SIZE: Record<string, number> = {
  x: 1,
  c: 1,
  b: 1,
  B: 1,
  "?": 1,
  s: 1,
  p: 1,
  h: 2,
  H: 2,
  e: 2,
  i: 4,
  I: 4,
  f: 4,
  l: 8,
  L: 8,
  q: 8,
  Q: 8,
  n: 8,
  N: 8,
  d: 8,
  P: 8,
};

/** Standard sizes (`lilendian_table`/`bigendian_table`): no `n N P`, no alignment. */
export const STANDARD_SIZE: Record<string, number> = {
  x: 1,
  c: 1,
  b: 1,
  B: 1,
  "?": 1,
  s: 1,
  p: 1,
  h: 2,
  H: 2,
  e: 2,
  i: 4,
  I: 4,
  l: 4,
  L: 4,
  f: 4,
  q: 8,
  Q: 8,
  d: 8,
};
