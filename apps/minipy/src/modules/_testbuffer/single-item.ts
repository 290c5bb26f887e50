/**
 * `unpack_single` and `pack_single` of `Modules/_testbuffer.c`: one item at
 * a `char *` read or written through a memoryview of exactly that item, made
 * by the façade's `PyMemoryView_FromMemory` (as C does, then calling
 * `struct.unpack_from` / `Struct.pack_into`, which take a buffer of the view).
 *
 * Invariant: the memoryview and the buffer taken from it are released before
 * returning, on success and on error.
 */
import { type BufPtr, PyBUF_READ, PyBUF_SIMPLE, PyBUF_WRITABLE, PyBUF_WRITE, StructError } from "@py/buffer";
import {
  fromHandle,
  linearMemory,
  PyMemoryView_FromMemory,
  Py_DECREF as Py_DECREF_h,
  type PyObjectPtr,
  readPyBuffer,
} from "@py/capi";
import { PyExc_IndexError, type PyObject, raise } from "@py/object";
import { check, getBuffer, releaseBuffer } from "./c-api.js";
import { formatCodec, type ItemCodec } from "./item-codec.js";
import { checkInitializer, packItem } from "./ndbuf.js";

/**
 * `PyMemoryView_FromMemory(ptr, itemsize, flags)` for an item at `ptr`
 * (new reference). An item reaching past its memory is only possible by
 * indexing a format=NULL view with itemsize > 1 by its byte length
 * (undefined behaviour in C): IndexError.
 */
function itemView(ptr: BufPtr, itemsize: number, codec: ItemCodec, flags: number): PyObjectPtr {
  const n = Math.max(itemsize, codec.itemsize);
  if (ptr.offset < 0 || ptr.offset + n > ptr.mem.byteLength) raise(PyExc_IndexError, "index out of bounds");
  const mview = PyMemoryView_FromMemory(linearMemory().addressOf(ptr), itemsize, flags);
  if (mview === 0) check(-1);
  return mview;
}

/** The `struct.error` of `unpack_from` on a buffer shorter than the item. */
export function unpackFromTooShort(size: number, len: number): never {
  raise(
    StructError,
    `unpack_from requires a buffer of at least ${size} bytes for unpacking ${size} bytes at offset 0 (actual buffer size is ${len})`,
  );
}

/**
 * `unpack_single(ptr, fmt, itemsize)`: the item at `ptr` as a Python object
 * (new reference); format NULL means "B" with itemsize 1.
 */
export function unpackSingle(ptr: BufPtr, format: string | null, itemsize: number): PyObject {
  if (format === null) itemsize = 1;
  const codec = formatCodec(format ?? "B");
  const mview = itemView(ptr, itemsize, codec, PyBUF_READ);
  try {
    // struct.unpack_from(fmt, mview)
    const view = getBuffer(fromHandle(mview), PyBUF_SIMPLE);
    try {
      const v = readPyBuffer(view);
      if (v.len < codec.itemsize) unpackFromTooShort(codec.itemsize, v.len);
      const mem = v.buf.mem;
      return codec.unpack(mem.u8, mem.dv, v.buf.offset);
    } finally {
      releaseBuffer(view);
    }
  } finally {
    Py_DECREF_h(mview);
  }
}

/** `pack_single(ptr, item, fmt, itemsize)`: packs `item` (borrowed) at `ptr`. */
export function packSingle(ptr: BufPtr, item: PyObject, format: string | null, itemsize: number): void {
  const codec = formatCodec(format ?? "B");
  const mview = itemView(ptr, itemsize, codec, PyBUF_WRITE);
  try {
    // Struct(fmt).pack_into(mview, 0, ...)
    const view = getBuffer(fromHandle(mview), PyBUF_WRITABLE);
    try {
      const v = readPyBuffer(view);
      checkInitializer(item, codec);
      if (v.len < codec.itemsize) {
        raise(
          StructError,
          `pack_into requires a buffer of at least ${codec.itemsize} bytes for packing ${codec.itemsize} bytes at offset 0 (actual buffer size is ${v.len})`,
        );
      }
      // s_pack_internal zeroes the item first: a value that fails to pack leaves it zeroed.
      v.buf.mem.u8.fill(0, v.buf.offset, v.buf.offset + codec.itemsize);
      packItem(v.buf.mem, v.buf.offset, item, codec);
    } finally {
      releaseBuffer(view);
    }
  } finally {
    Py_DECREF_h(mview);
  }
}
