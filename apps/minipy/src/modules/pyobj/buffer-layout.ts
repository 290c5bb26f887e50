/**
 * The layout of a buffer over its bytes, as plain data: which bytes each
 * item covers, the strides as steps per dimension, and the suboffset
 * indirections (PIL-style pointers) followed on the way to each item — what
 * `pyobj.show()` draws in the terminal (`show.ts`) and the playground draws
 * as SVG. Browser-safe.
 *
 * An item's address is found as `PyBuffer_GetPointer` finds it
 * (`Objects/abstract.c`): start at `buf`; for each dimension `d`, add
 * `index[d] * strides[d]`, then, if `suboffsets[d] >= 0`, read the pointer
 * stored there and add `suboffsets[d]` to it (`ADJUST_PTR`).
 */
import { type Py_buffer, calcsize, readPointer } from "@py/buffer";
import type { PyObject } from "@py/object";
import { type BufferInfo, bufferFields, withBuffer } from "./buffer-info.js";

/** One suboffset indirection: the pointer read at `at` in dimension `dim`. */
export interface PointerHop {
  dim: number;
  /** Address of the stored pointer (`pointerSize` bytes). */
  at: number;
  /** The pointer's value. */
  target: number;
  /** `suboffsets[dim]`, added to the pointer. */
  suboffset: number;
  /** Where the walk goes on: `target + suboffset`. */
  to: number;
}

/** One item: its indices, the bytes `[start, end)` it covers, the pointers followed to reach it. */
export interface LayoutItem {
  index: number[];
  start: number;
  end: number;
  hops: PointerHop[];
}

/** One dimension: how many items, the step in bytes between them, and its suboffset (null: none). */
export interface LayoutStep {
  dim: number;
  extent: number;
  stride: number;
  suboffset: number | null;
}

/** A byte range `[start, end)` of the memory. */
export interface ByteRange {
  start: number;
  end: number;
}

/** The whole picture of one buffer. */
export interface BufferLayout {
  info: BufferInfo;
  /** The items in C order (index order), at most `maxItems` of them. */
  items: LayoutItem[];
  /** How many items the buffer has (product of the shape; 1 for a 0-d buffer). */
  itemCount: number;
  /** Whether `items` was cut at `maxItems`. */
  truncated: boolean;
  steps: LayoutStep[];
  /** The bytes that hold PIL pointers (one range per distinct stored pointer). */
  pointers: ByteRange[];
  /** Width of a stored pointer in this memory (4 in the wasm32 heap, 8 elsewhere). */
  pointerSize: number;
  /** The smallest range covering every item and pointer (empty buffer: `[buf, buf)`). */
  span: ByteRange;
  /** A copy of the bytes of `span`, for drawing their values. */
  bytes: Uint8Array;
  /** The item size the format implies (`struct.calcsize`), or null when the format is not struct's. */
  formatSize: number | null;
}

/** Options of `bufferLayout`. */
export interface LayoutOptions {
  /** At most this many items are listed (default 4096). */
  maxItems?: number;
}

/** The layout of `view` (borrowed; read, never written). */
export function layoutOfView(
  view: Py_buffer,
  structAddress: number | null,
  opts: LayoutOptions = {},
): BufferLayout {
  const info = bufferFields(view, structAddress);
  const maxItems = opts.maxItems ?? 4096;
  const mem = view.buf.mem;
  const ndim = view.ndim;
  const shape = info.shape ?? (ndim === 0 ? [] : [view.itemsize > 0 ? view.len / view.itemsize : 0]);
  const strides = info.strides ?? contiguousStrides(shape, view.itemsize);
  const sub = info.suboffsets;
  const steps: LayoutStep[] = shape.map((extent, dim) => ({
    dim,
    extent,
    stride: strides[dim] ?? view.itemsize,
    suboffset: sub !== null && sub[dim]! >= 0 ? sub[dim]! : null,
  }));
  const itemCount = shape.reduce((a, b) => a * b, 1);
  const items: LayoutItem[] = [];
  const pointerAt = new Set<number>();
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  const psize = mem.pointerSize;
  const memSize = mem.u8.length;
  // Walks the items in C order, following pointers as PyBuffer_GetPointer does.
  const index = new Array<number>(ndim).fill(0);
  for (let n = 0; n < itemCount && items.length < maxItems; n++) {
    let p = view.buf.offset;
    const hops: PointerHop[] = [];
    for (let d = 0; d < ndim; d++) {
      p += index[d]! * steps[d]!.stride;
      const so = steps[d]!.suboffset;
      if (so !== null) {
        if (p < 0 || p + psize > memSize) break;
        const target = readPointer(mem, p);
        hops.push({ dim: d, at: p, target, suboffset: so, to: target + so });
        pointerAt.add(p);
        lo = Math.min(lo, p);
        hi = Math.max(hi, p + psize);
        p = target + so;
      }
    }
    items.push({ index: [...index], start: p, end: p + view.itemsize, hops });
    lo = Math.min(lo, p);
    hi = Math.max(hi, p + view.itemsize);
    for (let d = ndim - 1; d >= 0; d--) {
      if (++index[d]! < shape[d]!) break;
      index[d] = 0;
    }
  }
  if (items.length === 0 || itemCount === 0) {
    lo = view.buf.offset;
    hi = view.buf.offset;
  }
  const span = { start: lo, end: hi };
  const bytes =
    span.start >= 0 && span.end <= memSize ? mem.u8.slice(span.start, span.end) : new Uint8Array(0);
  let formatSize: number | null = null;
  try {
    const size = calcsize(view.format ?? "B");
    formatSize = typeof size === "bigint" ? null : size;
  } catch {
    formatSize = null;
  }
  return {
    info,
    items,
    itemCount,
    truncated: items.length < itemCount,
    steps,
    pointers: [...pointerAt].sort((a, b) => a - b).map((start) => ({ start, end: start + psize })),
    pointerSize: psize,
    span,
    bytes,
    formatSize,
  };
}

/** C-contiguous strides for `shape` (what a consumer assumes when `strides` is NULL). */
function contiguousStrides(shape: readonly number[], itemsize: number): number[] {
  const s = new Array<number>(shape.length);
  let step = itemsize;
  for (let d = shape.length - 1; d >= 0; d--) {
    s[d] = step;
    step *= shape[d]!;
  }
  return s;
}

/** The layout of `o`'s buffer: a memoryview's own, or a `PyBUF_FULL_RO` export of another exporter. */
export function bufferLayout(o: PyObject, opts: LayoutOptions = {}): BufferLayout {
  return withBuffer(o, (view, addr) => layoutOfView(view, addr, opts));
}
