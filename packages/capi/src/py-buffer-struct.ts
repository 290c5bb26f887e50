/**
 * `Py_buffer` structs in linear memory, and their conversion to and from the
 * TypeScript `Py_buffer` of `@py/buffer`.
 *
 * The struct has the C layout of the ABI (abi.ts). Writing a TypeScript view
 * allocates its format string and shape/strides/suboffsets arrays on the
 * heap (`StructBlocks`, freed with the struct's export). Reading a struct
 * gives a fresh TypeScript view whose `obj` is BORROWED (no count changes)
 * and whose `buf` reaches the same bytes (linear-memory.ts maps addresses).
 *
 * Limitation: PIL-style pointers stored inside an indirect buffer's memory
 * are byte offsets into that memory (the `@py/buffer` convention), not
 * linear-memory addresses; `PyBuffer_GetPointer` follows them correctly, C
 * code dereferencing them by hand does not. (Under the wasm runtime the heap
 * is the whole WebAssembly memory, so for exporters whose bytes are in it an
 * offset is the address, and 4-byte wide: `PyMemory.pointerSize`.)
 */
import {
  type BufPtr,
  NULL_PTR,
  type Py_buffer,
  bufLen,
  bufShapeArray,
  bufStridesArray,
  emptyPyBuffer,
  setExactLayout,
} from "@py/buffer";
import type { Py_ssize_t } from "@py/object";
import type { PyObject } from "@py/object";
import type { PyObjectPtr } from "./handles.js";
import type { LinearMemory } from "./linear-memory.js";
import { checkNdim } from "./layout-check.js";
import { borrow } from "./refcount.js";
import type { StructBlocks } from "./runtime.js";

/** No heap blocks. */
export function noBlocks(): StructBlocks {
  return { format: 0, shape: 0, strides: 0, suboffsets: 0 };
}

/** Frees the heap blocks of a struct. */
export function freeBlocks(mem: LinearMemory, b: StructBlocks): void {
  const a = mem.allocator;
  if (b.format !== 0) a.free(b.format);
  if (b.shape !== 0) a.free(b.shape);
  if (b.strides !== 0) a.free(b.strides);
  if (b.suboffsets !== 0) a.free(b.suboffsets);
  b.format = b.shape = b.strides = b.suboffsets = 0;
}

function ssizeArray(mem: LinearMemory, values: readonly Py_ssize_t[] | null): number {
  if (values === null) return 0;
  const addr = mem.allocator.malloc(values.length * mem.abi.ssizeSize);
  if (addr === 0) throw new RangeError("memory allocation failed");
  mem.writeSsizeArray(addr, values);
  return addr;
}

/**
 * Writes `view` into the struct at `addr`; `obj` is the handle to store in
 * `view->obj`. Returns the heap blocks allocated for it.
 */
export function writePyBufferStruct(
  mem: LinearMemory,
  addr: number,
  view: Py_buffer,
  obj: PyObjectPtr,
): StructBlocks {
  const L = mem.abi.pyBuffer;
  const blocks = noBlocks();
  try {
    // Format strings are interned (static, as in C exporters), else owned by the struct.
    let format = 0;
    if (view.format !== null) {
      format = mem.internCString(view.format);
      if (format === 0) {
        format = blocks.format = mem.allocCString(view.format);
        if (format === 0) throw new RangeError("memory allocation failed");
      }
    }
    // exact values past 2**53 (wide-layout.ts)
    blocks.shape = ssizeArray(mem, bufShapeArray(view));
    blocks.strides = ssizeArray(mem, bufStridesArray(view));
    blocks.suboffsets = ssizeArray(mem, view.suboffsets);
    mem.writePtr(addr + L.buf, view.buf.mem === NULL_PTR.mem ? 0 : mem.addressOf(view.buf));
    mem.writePtr(addr + L.obj, obj);
    mem.writeSsize(addr + L.len, bufLen(view));
    mem.writeSsize(addr + L.itemsize, view.itemsize);
    mem.writeI32(addr + L.readonly, view.readonly ? 1 : 0);
    mem.writeI32(addr + L.ndim, view.ndim);
    mem.writePtr(addr + L.format, format);
    mem.writePtr(addr + L.shape, blocks.shape);
    mem.writePtr(addr + L.strides, blocks.strides);
    mem.writePtr(addr + L.suboffsets, blocks.suboffsets);
    mem.writePtr(addr + L.internal, 0);
  } catch (e) {
    freeBlocks(mem, blocks);
    throw e;
  }
  return blocks;
}

/** Whether `len`, `shape` and `strides` are all safe integers (the common case). */
function safeLayout(view: Py_buffer): boolean {
  if (!Number.isSafeInteger(view.len)) return false;
  for (const a of [view.shape, view.strides]) {
    if (a !== null) for (const v of a) if (!Number.isSafeInteger(v)) return false;
  }
  return true;
}

/** The fields of a struct, raw (addresses as numbers). */
export interface RawPyBuffer {
  buf: number;
  obj: number;
  len: number;
  itemsize: number;
  readonly: number;
  ndim: number;
  format: number;
  shape: number;
  strides: number;
  suboffsets: number;
  internal: number;
}

/** Reads the raw fields of the struct at `addr`. */
export function readRawPyBuffer(mem: LinearMemory, addr: number): RawPyBuffer {
  const L = mem.abi.pyBuffer;
  return {
    buf: mem.readPtr(addr + L.buf),
    obj: mem.readPtr(addr + L.obj),
    len: mem.readSsize(addr + L.len),
    itemsize: mem.readSsize(addr + L.itemsize),
    readonly: mem.readI32(addr + L.readonly),
    ndim: mem.readI32(addr + L.ndim),
    format: mem.readPtr(addr + L.format),
    shape: mem.readPtr(addr + L.shape),
    strides: mem.readPtr(addr + L.strides),
    suboffsets: mem.readPtr(addr + L.suboffsets),
    internal: mem.readPtr(addr + L.internal),
  };
}

/** `buf` as a `BufPtr` (NULL maps to `NULL_PTR`); raises SystemError for an address outside the memory. */
export function bufPtrOf(mem: LinearMemory, buf: number, fn: string): BufPtr {
  return buf === 0 ? NULL_PTR : mem.ptr(buf, 0, fn);
}

/**
 * The struct at `addr` as a TypeScript `Py_buffer` (a copy: fresh arrays,
 * `obj` borrowed). `fn` names the C-API function for error messages.
 */
export function readPyBufferStruct(mem: LinearMemory, addr: number, fn: string): Py_buffer {
  const r = readRawPyBuffer(mem, addr);
  // Arrays of ndim entries are read below: a garbage ndim must not size them.
  checkNdim(r.ndim, fn);
  const view = emptyPyBuffer(bufPtrOf(mem, r.buf, fn));
  view.obj = r.obj === 0 ? null : (borrow(r.obj, fn) as PyObject);
  view.len = r.len;
  view.itemsize = r.itemsize;
  view.readonly = r.readonly !== 0;
  view.ndim = r.ndim;
  view.format = r.format === 0 ? null : mem.readCString(r.format);
  const n = r.ndim;
  view.shape = r.shape === 0 ? null : mem.readSsizeArray(r.shape, n);
  view.strides = r.strides === 0 ? null : mem.readSsizeArray(r.strides, n);
  view.suboffsets = r.suboffsets === 0 ? null : mem.readSsizeArray(r.suboffsets, n);
  // a value past 2**53 (a huge virtual shape, the stride of a dimension of <= 1 item): exact in view.wide
  if (!safeLayout(view)) {
    setExactLayout(
      view,
      mem.readSsizeExact(addr + mem.abi.pyBuffer.len),
      r.shape === 0 ? null : mem.readSsizeArrayExact(r.shape, n),
      r.strides === 0 ? null : mem.readSsizeArrayExact(r.strides, n),
    );
  }
  view.internal = r.internal;
  return view;
}
