/**
 * Byte memory that a `Py_buffer` points into.
 *
 * A `PyMemory` owns an `ArrayBuffer`, a `SharedArrayBuffer`, or a
 * `WebAssembly.Memory` whose buffer is replaced (and the old one detached) when
 * it grows. Invariant: nothing keeps a typed array across a possible growth —
 * `u8`/`view` are derived from the current buffer each time it changes.
 */
import { PyExc_MemoryError, PyExc_SystemError, raise } from "@py/object";

type Backing = ArrayBuffer | SharedArrayBuffer;

interface WasmMemoryLike {
  readonly buffer: Backing;
  grow(pages: number): number;
}

export class PyMemory {
  /**
   * Width of the PIL-style pointers stored in this memory (`readPointer`):
   * 8 (the convention of the TypeScript exporters), or 4 for the memory of a
   * wasm32 C runtime, whose C exporters store 32-bit addresses.
   */
  pointerSize: 4 | 8 = 8;
  /**
   * Whether the owner's `tp_dealloc` may give this memory to the storage
   * pool (`storage-pool.ts`): true only for a private memory the pool made
   * and no JS window onto which has escaped; cleared for good on escape.
   */
  reusable = false;
  private source: WasmMemoryLike | null;
  private backing: Backing;
  private _u8: Uint8Array;
  private _dv: DataView;

  constructor(source: Backing | WasmMemoryLike | number) {
    if (typeof source === "number") {
      this.source = null;
      this.backing = allocateBytes(source);
    } else if (source instanceof ArrayBuffer || isShared(source)) {
      this.source = null;
      this.backing = source as Backing;
    } else {
      this.source = source as WasmMemoryLike;
      this.backing = this.source.buffer;
    }
    this._u8 = new Uint8Array(this.backing);
    this._dv = new DataView(this.backing);
  }

  /** Re-derives the views if the backing buffer changed (wasm growth). */
  private refresh(): void {
    if (this.source !== null && this.source.buffer !== this.backing) {
      this.backing = this.source.buffer;
      this._u8 = new Uint8Array(this.backing);
      this._dv = new DataView(this.backing);
    }
  }

  /** The current backing buffer. */
  get buffer(): Backing {
    this.refresh();
    return this.backing;
  }

  /** A byte view of the whole current buffer. */
  get u8(): Uint8Array {
    if (this.source !== null) this.refresh();
    return this._u8;
  }

  /** A DataView of the whole current buffer. */
  get dv(): DataView {
    if (this.source !== null) this.refresh();
    return this._dv;
  }

  /** Size in bytes of the current buffer. */
  get byteLength(): number {
    return this.u8.byteLength;
  }

  /**
   * Replaces the backing store by a new ArrayBuffer of `size` bytes, keeping
   * the first min(old, new) bytes. Used by resizable exporters (bytearray,
   * array) only while they have no exports.
   */
  reallocate(size: number): void {
    if (this.source !== null) {
      const need = size - this.byteLength;
      if (need > 0) this.source.grow(Math.ceil(need / 65536));
      this.refresh();
      return;
    }
    const next = allocateBytes(size);
    const n = Math.min(size, this.backing.byteLength);
    new Uint8Array(next).set(new Uint8Array(this.backing, 0, n));
    this.backing = next;
    this._u8 = new Uint8Array(next);
    this._dv = new DataView(next);
  }

  /** Grows a WebAssembly memory by `pages` (64 KiB each); the old buffer is detached. */
  grow(pages: number): void {
    if (this.source === null) throw new Error("PyMemory.grow: not a WebAssembly.Memory");
    this.source.grow(pages);
    this.refresh();
  }
}

/**
 * `new ArrayBuffer(size)`, raising Python's MemoryError where the host
 * cannot allocate it (CPython's `PyMem_Malloc` failing) and SystemError for
 * a size that is not a byte count — never a raw RangeError.
 */
function allocateBytes(size: number): ArrayBuffer {
  if (!(Number.isInteger(size) && size >= 0)) raise(PyExc_SystemError, `PyMemory: invalid size ${size}`);
  // past 2**53 (the len of a huge virtual array): more than any host has, as malloc fails
  if (size > Number.MAX_SAFE_INTEGER) raise(PyExc_MemoryError);
  try {
    return new ArrayBuffer(size);
  } catch (e) {
    if (e instanceof RangeError) raise(PyExc_MemoryError);
    throw e;
  }
}

function isShared(b: unknown): boolean {
  return typeof SharedArrayBuffer !== "undefined" && b instanceof SharedArrayBuffer;
}

/** `char *`: a byte offset in a memory. */
export interface BufPtr {
  readonly mem: PyMemory;
  readonly offset: number;
}

/** `buf + delta`. */
export function ptrAdd(p: BufPtr, delta: number): BufPtr {
  return { mem: p.mem, offset: p.offset + delta };
}

/** The `NULL` pointer: offset 0 of an empty memory (never dereferenced). */
export const NULL_MEMORY: PyMemory = new PyMemory(0);
/** `(char *)NULL`, the `buf` of a `Py_buffer` not yet filled. */
export const NULL_PTR: BufPtr = { mem: NULL_MEMORY, offset: 0 };

/** Whether `p` is the NULL pointer. */
export function ptrIsNull(p: BufPtr): boolean {
  return p.mem === NULL_MEMORY;
}

/**
 * Reads a PIL-style pointer stored at `offset`: a little-endian byte offset
 * into the same memory (`*((char **)ptr)`), `mem.pointerSize` bytes wide.
 */
export function readPointer(mem: PyMemory, offset: number): number {
  const dv = mem.dv;
  if (mem.pointerSize === 4) return dv.getUint32(offset, true);
  return dv.getUint32(offset, true) + dv.getUint32(offset + 4, true) * 0x1_0000_0000;
}

/**
 * `ADJUST_PTR(ptr, suboffsets, dim)`: follows the pointer stored at `at` and
 * adds the suboffset when dimension `dim` has one (>= 0), else returns `at`.
 */
export function adjustPtr(
  mem: PyMemory,
  at: number,
  suboffsets: readonly number[] | null,
  dim: number,
): number {
  if (suboffsets === null) return at;
  const so = suboffsets[dim]!;
  return so >= 0 ? readPointer(mem, at) + so : at;
}

/** Stores a PIL-style pointer (`*((char **)ptr) = target`), `mem.pointerSize` bytes little-endian. */
export function writePointer(mem: PyMemory, offset: number, target: number): void {
  const dv = mem.dv;
  dv.setUint32(offset, target >>> 0, true);
  if (mem.pointerSize === 4) return;
  dv.setUint32(offset + 4, Math.floor(target / 0x1_0000_0000) >>> 0, true);
}
