/**
 * An independent model of what a `Py_buffer` struct in linear memory
 * describes: the address of every item, computed with exact arithmetic from
 * the raw fields (following PIL-style suboffsets), and whether each item
 * lies inside the linear memory. The oracle uses it to tell whether a
 * successful call may have touched memory outside the address space (it must
 * have failed instead) and what bytes a successful copy must have produced.
 */
import { linearMemory, type RawPyBuffer, readRawPyBuffer } from "@py/capi";
import { readPointer } from "@py/buffer";

/** Items enumerated at most; beyond it content checks are skipped. */
export const ITEM_LIMIT = 1 << 14;

export interface ModelLayout {
  raw: RawPyBuffer;
  ndim: number;
  itemsize: number;
  shape: number[];
  strides: number[];
  suboffsets: number[] | null;
  /** Product of the shape (may be huge or inexact). */
  nitems: number;
}

export type LayoutResult = { ok: true; layout: ModelLayout } | { ok: false; why: string };

/** Reads `n` Py_ssize_t at `addr` as exact bigints, or null if unreadable. */
function readArray(addr: number, n: number): number[] | null {
  const m = linearMemory();
  const w = m.abi.ssizeSize;
  if (!m.isValid(addr, n * w)) return null;
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const v = w === 8 ? m.readI64(addr + i * 8) : BigInt(m.readI32(addr + i * 4));
    out.push(Number(v));
  }
  return out;
}

/** The layout the struct at `view` describes (as `init_shape_strides` reconstructs missing parts). */
export function modelLayout(view: number): LayoutResult {
  const m = linearMemory();
  if (!m.isValid(view, m.abi.pyBuffer.size)) return { ok: false, why: "struct not in memory" };
  let raw: RawPyBuffer;
  try {
    raw = readRawPyBuffer(m, view);
  } catch {
    return { ok: false, why: "fields not representable" };
  }
  const { ndim, itemsize } = raw;
  if (ndim < 0 || ndim > 64) return { ok: false, why: `ndim ${ndim}` };
  if (itemsize < 0) return { ok: false, why: `itemsize ${itemsize}` };
  let shape: number[];
  let strides: number[];
  if (ndim === 0) {
    shape = [];
    strides = [];
  } else {
    if (raw.shape === 0) {
      if (ndim !== 1) return { ok: false, why: "ndim > 1 without shape" };
      shape = [itemsize === 0 ? 0 : Math.floor(raw.len / itemsize)];
    } else {
      const s = readArray(raw.shape, ndim);
      if (s === null) return { ok: false, why: "shape unreadable" };
      shape = s;
    }
    if (raw.strides === 0) {
      strides = new Array<number>(ndim);
      let sd = itemsize;
      for (let k = ndim - 1; k >= 0; k--) {
        strides[k] = sd;
        sd *= shape[k]!;
      }
    } else {
      const s = readArray(raw.strides, ndim);
      if (s === null) return { ok: false, why: "strides unreadable" };
      strides = s;
    }
  }
  let suboffsets: number[] | null = null;
  if (raw.suboffsets !== 0 && ndim > 0) {
    suboffsets = readArray(raw.suboffsets, ndim);
    if (suboffsets === null) return { ok: false, why: "suboffsets unreadable" };
  }
  let nitems = 1;
  for (const d of shape) {
    if (d < 0) return { ok: false, why: `negative shape ${d}` };
    nitems *= d;
  }
  return { ok: true, layout: { raw, ndim, itemsize, shape, strides, suboffsets, nitems } };
}

/** Follows a PIL pointer stored at address `p` (a byte offset into p's memory); null if unreadable. */
function deref(p: number): number | null {
  const m = linearMemory();
  if (!m.isValid(p, 8)) return null;
  const bp = m.ptr(p, 8);
  const off = readPointer(bp.mem, bp.offset);
  return m.addressOf({ mem: bp.mem, offset: 0 }) + off;
}

/** The address of the item at `index`, or null if a pointer on the way is unreadable. */
export function itemAddress(l: ModelLayout, index: readonly number[]): number | null {
  let p = l.raw.buf;
  for (let i = 0; i < l.ndim; i++) {
    p += l.strides[i]! * index[i]!;
    const so = l.suboffsets?.[i] ?? -1;
    if (so >= 0) {
      const q = deref(p);
      if (q === null) return null;
      p = q + so;
    }
  }
  return p;
}

export type ItemsResult = { ok: true; addrs: number[] } | { ok: false; why: string } | { ok: "huge" };

/**
 * Every item's address in `order` ('F' = first index fastest, else C), each
 * checked to be `itemsize` bytes inside the memory; "huge" beyond ITEM_LIMIT.
 */
export function itemAddresses(l: ModelLayout, order: string): ItemsResult {
  if (l.nitems === 0 || l.itemsize === 0) return { ok: true, addrs: [] };
  if (!(l.nitems <= ITEM_LIMIT)) return { ok: "huge" };
  const m = linearMemory();
  const idx = new Array<number>(l.ndim).fill(0);
  const out: number[] = [];
  for (let n = 0; n < l.nitems; n++) {
    const a = itemAddress(l, idx);
    if (a === null) return { ok: false, why: `pointer unreadable at index [${idx}]` };
    if (!Number.isSafeInteger(a) || !m.isValid(a, l.itemsize)) {
      return { ok: false, why: `item [${idx}] at ${a} outside the memory` };
    }
    out.push(a);
    if (order === "F") {
      for (let k = 0; k < l.ndim; k++) {
        if (++idx[k]! < l.shape[k]!) break;
        idx[k] = 0;
      }
    } else {
      for (let k = l.ndim - 1; k >= 0; k--) {
        if (++idx[k]! < l.shape[k]!) break;
        idx[k] = 0;
      }
    }
  }
  return { ok: true, addrs: out };
}

/** `PyBuffer_IsContiguous` on the model (suboffsets: never). */
export function modelIsContiguous(l: ModelLayout, order: string): boolean {
  if (l.raw.suboffsets !== 0) return false;
  const c = (): boolean => {
    if (l.raw.len === 0) return true;
    if (l.raw.strides === 0) return true;
    let sd = l.itemsize;
    for (let i = l.ndim - 1; i >= 0; i--) {
      const d = l.shape[i]!;
      if (d > 1 && l.strides[i] !== sd) return false;
      sd *= d;
    }
    return true;
  };
  const f = (): boolean => {
    if (l.raw.len === 0) return true;
    if (l.raw.strides === 0) {
      if (l.ndim <= 1) return true;
      let n = 0;
      for (const d of l.shape) if (d > 1) n++;
      return n <= 1;
    }
    let sd = l.itemsize;
    for (let i = 0; i < l.ndim; i++) {
      const d = l.shape[i]!;
      if (d > 1 && l.strides[i] !== sd) return false;
      sd *= d;
    }
    return true;
  };
  if (order === "C") return c();
  if (order === "F") return f();
  if (order === "A") return c() || f();
  return false;
}
