/**
 * Item access of a memoryview: `adjust_fmt` and the per-view choice of
 * `unpack_single` / `pack_single` (`Objects/memoryobject.c`).
 *
 * The single-item codecs themselves are in unpack-single.ts
 * (`getItemUnpacker` / `getItemPacker`, with memoryview's messages
 * `memoryview: invalid type for format 'B'`). An `ItemCodec` is
 * built once per format and cached in the view (`mv.codec`), so `m[i]` costs
 * one closure call and no allocation beyond the result object. CPython 3.11's
 * memoryview has no 'e' items: like any other non-native single char they
 * raise `NotImplementedError: memoryview: format e not supported`.
 */
import { PyExc_NotImplementedError, type PyObject, raise } from "@py/object";
import type { PyMemory } from "@py/buffer";
import { getItemPacker, getItemUnpacker, nativeFormatChar } from "./unpack-single.js";

// The ITEM_* bits this codec is cached with in `flags` are defined in flags.ts.

/** Reads the item at byte `off` of `mem` (new reference). */
export type Unpacker = (mem: PyMemory, off: number) => PyObject;
/** Writes `item` (borrowed) at byte `off` of `mem`, or raises memoryview's error. */
export type Packer = (mem: PyMemory, off: number, item: PyObject) => void;

/** The item access of one view format. */
export interface ItemCodec {
  /** The single format char after `adjust_fmt` ('@' removed). */
  readonly fmt: string;
  readonly unpack: Unpacker;
  readonly pack: Packer;
}

/**
 * `adjust_fmt(view)`: the single format char (an explicit '@' allowed), or
 * NotImplementedError `memoryview: unsupported format <fmt>`.
 */
export function adjustFmt(format: string): string {
  const fmt = format.charCodeAt(0) === 64 /* @ */ ? format.slice(1) : format;
  if (fmt.length === 1) return fmt;
  raise(PyExc_NotImplementedError, `memoryview: unsupported format ${format}`);
}

const codecCache = new Map<string, ItemCodec>();

/**
 * The codec of a view format, checked by `adjustFmt` first. A single char
 * that is not a native format gives a codec that raises
 * `memoryview: format x not supported` when an item is accessed.
 */
export function itemCodec(format: string): ItemCodec {
  let c = codecCache.get(format);
  if (c === undefined) {
    const fmt = adjustFmt(format);
    const native = nativeFormatChar(fmt) !== null;
    const un = native ? getItemUnpacker(fmt) : null;
    const pk = native ? getItemPacker(fmt) : null;
    const unsupported = (): never =>
      raise(PyExc_NotImplementedError, `memoryview: format ${fmt} not supported`);
    c = {
      fmt,
      unpack: un === null ? unsupported : (mem, off) => un(mem.dv, off),
      pack: pk === null ? unsupported : (mem, off, item) => pk(mem.dv, off, item),
    };
    codecCache.set(format, c);
  }
  return c;
}
