/**
 * The address space C code sees: `char *`, `void *` and `Py_buffer *` are
 * plain numbers that index it.
 *
 * Layout (addresses are JS numbers, little-endian like wasm and x86-64/arm64):
 * - `[0, 16)` is the NULL page: never allocated, any access faults;
 * - `[16, foreignBase)` is the heap, a `PyMemory` the façade owns (a growable
 *   ArrayBuffer by default) or the host's `WebAssembly.Memory`. `PyMem_*`
 *   allocate here; so do `Py_buffer` structs, format strings and the
 *   shape/strides/suboffsets arrays written by `PyObject_GetBuffer`;
 * - `[foreignBase, foreignLimit)` holds "foreign" memories: the `PyMemory` of
 *   an exporter (bytes, bytearray, array, ...), whose bytes live outside the
 *   heap. The first time an address is needed inside such a memory (a
 *   `Py_buffer.buf`, `PyBytes_AsString`) the whole memory is mapped at a range
 *   of 64 KiB pages reserved for it, through a page table; reads and writes at
 *   those addresses reach the exporter's bytes directly (no copies), and
 *   `PyMemoryView_FromMemory` on such an address views the exporter's memory.
 *
 * Invariants: one `PyMemory` has one mapping at a time (the same address for
 * its lifetime, like a C object's storage); a memory that grew past its
 * reservation gets a new, larger mapping (as `realloc` may move a block), and
 * older addresses into it keep working for the part they covered. A mapping
 * holds its memory weakly and is unmapped when the memory is garbage
 * collected; its pages are then reused last-in-last-out.
 */
import { PyExc_BufferError, PyExc_SystemError, type Py_ssize_t, raise, ssize_from_big } from "@py/object";
import { type BufPtr, PyMemory } from "@py/buffer";
import type { Abi } from "./abi.js";
import { Allocator, type AllocatorBackend } from "./allocator.js";
import { capiReport, hexAddr } from "./checked.js";

const PAGE_BITS = 16;
const PAGE = 1 << PAGE_BITS;
/** Addresses below this are the NULL page. */
export const NULL_PAGE_END = 16;

interface WasmMemoryLike {
  readonly buffer: ArrayBuffer | SharedArrayBuffer;
  grow(pages: number): number;
}

interface Region {
  readonly mem: WeakRef<PyMemory>;
  readonly base: number;
  /** Reserved bytes (a multiple of PAGE). */
  readonly size: number;
}

/** Options for a linear memory. */
export interface LinearMemoryOptions {
  /** A host's `WebAssembly.Memory` (or a `PyMemory`) to use as the heap; default a new growable one. */
  memory?: WasmMemoryLike | PyMemory;
  /** First heap address the allocator may use (e.g. a wasm module's `__heap_base`). Default 16. */
  heapBase?: number;
  /** Initial size in bytes of a façade-owned heap. Default 64 KiB. */
  initialSize?: number;
  /** The heap's allocator when C owns it (the wasm runtime: its `malloc`/`free`). */
  allocator?: AllocatorBackend;
  /**
   * Whether C code can dereference the addresses of exporter memories mapped
   * above the heap. False for a wasm runtime (they are outside its memory):
   * asking for such an address raises BufferError instead.
   */
  foreignAccessible?: boolean;
}

export class LinearMemory {
  readonly abi: Abi;
  readonly heap: PyMemory;
  readonly allocator: Allocator;
  /** First address of the foreign range; the heap lies below it. */
  readonly foreignBase: number;
  readonly foreignLimit: number;
  private readonly pages = new Map<number, Region>();
  private readonly byMemory = new WeakMap<PyMemory, Region>();
  private nextPage: number;
  private readonly freeRanges: { page: number; count: number }[] = [];
  private readonly finalizer: FinalizationRegistry<Region>;
  private readonly wasm: boolean;
  /** See `LinearMemoryOptions.foreignAccessible`. */
  readonly foreignAccessible: boolean;
  /**
   * Whether `hU8`/`hDV` may be kept across calls: a non-shared WebAssembly
   * memory, whose growth detaches the old buffer (length 0), so a stale view
   * is seen at no cost. (`WebAssembly.Memory.prototype.buffer` is an API
   * call: reading it per access is most of the cost of a field write.)
   */
  private readonly cacheViews: boolean;
  private hU8: Uint8Array;
  private hDV: DataView;

  constructor(abi: Abi, options: LinearMemoryOptions = {}) {
    this.abi = abi;
    const m = options.memory;
    if (m === undefined) {
      this.heap = new PyMemory(Math.max(PAGE, options.initialSize ?? PAGE));
      this.wasm = false;
    } else {
      this.heap = m instanceof PyMemory ? m : new PyMemory(m);
      this.wasm = !(m instanceof PyMemory);
    }
    // PIL-style pointers stored in the heap (suboffsets, `readPointer`) are the ABI's.
    this.heap.pointerSize = abi.ptrSize;
    // wasm32 pointers are 32-bit: the upper half of the 4 GiB space is foreign.
    this.foreignBase = abi.ptrSize === 4 ? 2 ** 31 : 2 ** 40;
    this.foreignLimit = abi.ptrSize === 4 ? 2 ** 32 : 2 ** 52;
    this.nextPage = this.foreignBase / PAGE;
    this.allocator = new Allocator(
      options.heapBase ?? NULL_PAGE_END,
      this.foreignBase,
      (end) => this.ensureHeap(end),
      options.allocator ?? null,
    );
    this.foreignAccessible = options.foreignAccessible ?? true;
    this.cacheViews =
      this.wasm &&
      !(typeof SharedArrayBuffer !== "undefined" && this.heap.buffer instanceof SharedArrayBuffer);
    this.hU8 = this.heap.u8;
    this.hDV = this.heap.dv;
    this.finalizer = new FinalizationRegistry((r) => this.unmap(r));
  }

  /** A byte view of the whole heap as it is now (valid until it grows). */
  heapU8(): Uint8Array {
    if (!this.cacheViews || this.hU8.length === 0) this.refreshViews();
    return this.hU8;
  }

  /** A DataView of the whole heap as it is now (valid until it grows). */
  heapDV(): DataView {
    if (!this.cacheViews || this.hU8.length === 0) this.refreshViews();
    return this.hDV;
  }

  /** The bytes of the memory the last `locate` found. */
  private rU8(): Uint8Array {
    return this.rMem === this.heap ? this.heapU8() : this.rMem!.u8;
  }

  private refreshViews(): void {
    this.hU8 = this.heap.u8;
    this.hDV = this.heap.dv;
  }

  /** Makes heap addresses below `end` accessible; false if the heap cannot grow. */
  private ensureHeap(end: number): boolean {
    const have = this.heap.byteLength;
    if (end <= have) return true;
    try {
      if (this.wasm) {
        this.heap.grow(Math.ceil((end - have) / PAGE));
      } else {
        // An ArrayBuffer heap doubles (the PyMemory copies into a new buffer).
        let size = Math.max(have, PAGE);
        while (size < end) size *= 2;
        this.heap.reallocate(Math.min(size, this.foreignBase));
      }
    } catch {
      return false;
    }
    return this.heap.byteLength >= end;
  }

  // ---- addresses <-> (memory, offset)

  /** The address C sees for a `BufPtr` (maps a foreign memory on first use). */
  addressOf(p: BufPtr): number {
    const mem = p.mem;
    if (mem === this.heap) return p.offset;
    if (!this.foreignAccessible) {
      raise(
        PyExc_BufferError,
        "the object's bytes are not in the WebAssembly memory: C code cannot address them",
      );
    }
    let r = this.byMemory.get(mem);
    if (r === undefined || p.offset > r.size) r = this.map(mem, Math.max(p.offset, mem.byteLength));
    return r.base + p.offset;
  }

  private map(mem: PyMemory, bytes: number): Region {
    // One spare page after, so that a one-past-the-end pointer stays inside the
    // mapping, and one before: an empty view sliced with a negative step points
    // a stride before its memory (init_slice: buf + stride * -1), never read.
    const count = Math.ceil(bytes / PAGE) + 2;
    let page = -1;
    for (let i = 0; i < this.freeRanges.length; i++) {
      const f = this.freeRanges[i]!;
      if (f.count >= count) {
        page = f.page;
        f.page += count;
        f.count -= count;
        if (f.count === 0) this.freeRanges.splice(i, 1);
        break;
      }
    }
    if (page < 0) {
      if ((this.nextPage + count) * PAGE > this.foreignLimit) {
        raise(PyExc_SystemError, "linear memory: no address space left to map an exporter's memory");
      }
      page = this.nextPage;
      this.nextPage += count;
    }
    const r: Region = { mem: new WeakRef(mem), base: (page + 1) * PAGE, size: (count - 2) * PAGE };
    for (let i = 0; i < count; i++) this.pages.set(page + i, r);
    this.byMemory.set(mem, r);
    this.finalizer.register(mem, r);
    return r;
  }

  private unmap(r: Region): void {
    if (this.lastBase === r.base) this.lastMem = null;
    const page = r.base / PAGE - 1;
    const count = r.size / PAGE + 2;
    for (let i = 0; i < count; i++) if (this.pages.get(page + i) === r) this.pages.delete(page + i);
    this.freeRanges.push({ page, count });
  }

  /** Memory and offset of the last successful `locate`. */
  private rMem: PyMemory | null = null;
  private rOff = 0;

  /** Finds `[addr, addr + n)`; false if any of it is not accessible memory. */
  private locate(addr: number, n: number): boolean {
    // Integers only: a fractional address or size would be truncated by the typed arrays.
    if (!Number.isInteger(addr) || !Number.isInteger(n) || n < 0) return false;
    if (addr >= NULL_PAGE_END && addr + n <= this.heapU8().length) {
      this.rMem = this.heap;
      this.rOff = addr;
      return true;
    }
    if (addr < this.foreignBase) return false;
    // Cache of the last foreign mapping used (holds its memory until the next miss).
    const last = this.lastMem;
    if (last !== null && addr >= this.lastBase && addr + n - this.lastBase <= last.byteLength) {
      this.rMem = last;
      this.rOff = addr - this.lastBase;
      return true;
    }
    const r = this.pages.get(Math.floor(addr / PAGE));
    if (r === undefined) return false;
    const mem = r.mem.deref();
    if (mem === undefined) return false;
    const off = addr - r.base;
    // Outside the memory (in the guard pages) only as a pointer, never for access:
    // an empty view's buf may point before or past its memory.
    if (n > 0 && (off < 0 || off + n > mem.byteLength)) return false;
    this.lastMem = mem;
    this.lastBase = r.base;
    this.rMem = mem;
    this.rOff = off;
    return true;
  }

  private lastMem: PyMemory | null = null;
  private lastBase = 0;

  /** Whether `[addr, addr + n)` is accessible memory. */
  isValid(addr: number, n: number): boolean {
    return Number.isInteger(addr) && this.locate(addr, n);
  }

  private fault(addr: number, n: number, what: string): never {
    const msg =
      addr >= 0 && addr < NULL_PAGE_END
        ? `${what}: NULL pointer dereference (address ${hexAddr(addr)})`
        : `${what}: address ${typeof addr === "number" ? hexAddr(addr) : String(addr)} (${n} bytes) is outside the linear memory`;
    capiReport(msg);
    raise(PyExc_SystemError, msg);
  }

  /**
   * The heap's DataView when `[addr, addr + n)` lies in the heap (for a run of
   * field writes checked once), else null (use the checked accessors).
   */
  heapView(addr: number, n: number): DataView | null {
    const dv = this.heapDV();
    return addr >= NULL_PAGE_END && addr + n <= this.hU8.length && Number.isInteger(addr) ? dv : null;
  }

  /** Raises SystemError (as `ptr` does) unless `[addr, addr + n)` is accessible; allocates nothing. */
  check(addr: number, n: number, what = "memory access"): void {
    if (!this.locate(addr, n)) this.fault(addr, n, what);
  }

  /** `(char *)addr` as a `BufPtr` valid for `n` bytes; raises SystemError if it is not. */
  ptr(addr: number, n: number, what = "memory access"): BufPtr {
    if (!this.locate(addr, n)) this.fault(addr, n, what);
    return { mem: this.rMem!, offset: this.rOff };
  }

  /** A byte view of `[addr, addr + n)` (valid until the memory grows). */
  bytes(addr: number, n: number, what = "memory access"): Uint8Array {
    if (!this.locate(addr, n)) this.fault(addr, n, what);
    return this.rU8().subarray(this.rOff, this.rOff + n);
  }

  private dv(addr: number, n: number): DataView {
    const dv = this.heapDV();
    if (addr >= NULL_PAGE_END && addr + n <= this.hU8.length && Number.isInteger(addr)) {
      this.rOff = addr;
      return dv;
    }
    if (!this.locate(addr, n)) this.fault(addr, n, "memory access");
    return this.rMem === this.heap ? this.heapDV() : this.rMem!.dv;
  }

  // ---- typed access (little-endian)

  readU8(addr: number): number {
    return this.dv(addr, 1).getUint8(this.rOff);
  }
  readI8(addr: number): number {
    return this.dv(addr, 1).getInt8(this.rOff);
  }
  readU16(addr: number): number {
    return this.dv(addr, 2).getUint16(this.rOff, true);
  }
  readI16(addr: number): number {
    return this.dv(addr, 2).getInt16(this.rOff, true);
  }
  readU32(addr: number): number {
    return this.dv(addr, 4).getUint32(this.rOff, true);
  }
  readI32(addr: number): number {
    return this.dv(addr, 4).getInt32(this.rOff, true);
  }
  readI64(addr: number): bigint {
    return this.dv(addr, 8).getBigInt64(this.rOff, true);
  }
  readU64(addr: number): bigint {
    return this.dv(addr, 8).getBigUint64(this.rOff, true);
  }
  readF32(addr: number): number {
    return this.dv(addr, 4).getFloat32(this.rOff, true);
  }
  readF64(addr: number): number {
    return this.dv(addr, 8).getFloat64(this.rOff, true);
  }
  /** A pointer (`void *`) of the ABI's width. */
  readPtr(addr: number): number {
    if (this.abi.ptrSize === 4) return this.dv(addr, 4).getUint32(this.rOff, true);
    const dv = this.dv(addr, 8);
    return dv.getUint32(this.rOff + 4, true) * 4294967296 + dv.getUint32(this.rOff, true);
  }
  /**
   * A `Py_ssize_t` of the ABI's width read into a number (a Py_buffer field:
   * docs/ARCHITECTURE.md, "Py_ssize_t: one representation"): exact while safe;
   * past 2**53 (a stride of a dimension of at most one item, never an address)
   * the double nearest to the int64, ±2**63 for the int64 bounds.
   */
  readSsize(addr: number): number {
    if (this.abi.ssizeSize === 4) return this.dv(addr, 4).getInt32(this.rOff, true);
    const dv = this.dv(addr, 8);
    const lo = dv.getUint32(this.rOff, true);
    const hi = dv.getInt32(this.rOff + 4, true);
    return hi * 4294967296 + lo;
  }

  writeU8(addr: number, v: number): void {
    this.dv(addr, 1).setUint8(this.rOff, v);
  }
  writeI8(addr: number, v: number): void {
    this.dv(addr, 1).setInt8(this.rOff, v);
  }
  writeU16(addr: number, v: number): void {
    this.dv(addr, 2).setUint16(this.rOff, v, true);
  }
  writeI16(addr: number, v: number): void {
    this.dv(addr, 2).setInt16(this.rOff, v, true);
  }
  writeU32(addr: number, v: number): void {
    this.dv(addr, 4).setUint32(this.rOff, v, true);
  }
  writeI32(addr: number, v: number): void {
    if (!(v === (v | 0))) this.badValue(v, "int");
    this.dv(addr, 4).setInt32(this.rOff, v, true);
  }
  writeI64(addr: number, v: bigint): void {
    this.dv(addr, 8).setBigInt64(this.rOff, v, true);
  }
  writeU64(addr: number, v: bigint): void {
    this.dv(addr, 8).setBigUint64(this.rOff, v, true);
  }
  writeF32(addr: number, v: number): void {
    this.dv(addr, 4).setFloat32(this.rOff, v, true);
  }
  writeF64(addr: number, v: number): void {
    this.dv(addr, 8).setFloat64(this.rOff, v, true);
  }
  /** A pointer of the ABI's width; a value that is not an address of that width is a SystemError (no wrap). */
  writePtr(addr: number, v: number): void {
    if (this.abi.ptrSize === 4) {
      if (!(v === v >>> 0)) this.badValue(v, "pointer");
      this.dv(addr, 4).setUint32(this.rOff, v, true);
    } else {
      if (!(Number.isSafeInteger(v) && v >= 0)) this.badValue(v, "pointer");
      this.writeSsize64(addr, v);
    }
  }
  /**
   * A `Py_ssize_t` (exact, ssize.ts) of the ABI's width; a value out of its
   * range is a SystemError (no wrap). A JS number past 2**53 (a Py_buffer
   * field of a dimension of <= 1 item, never an address) is stored as the
   * int64 it holds, saturated at the int64 bounds.
   */
  writeSsize(addr: number, v: Py_ssize_t): void {
    if (this.abi.ssizeSize === 4) {
      if (typeof v === "bigint" || !(v === (v | 0))) this.badValue(v, "Py_ssize_t");
      this.dv(addr, 4).setInt32(this.rOff, v, true);
    } else if (typeof v === "number" && Number.isSafeInteger(v)) {
      this.writeSsize64(addr, v);
    } else {
      let b: bigint;
      if (typeof v === "bigint") b = v;
      else if (Number.isInteger(v))
        b = v >= 2 ** 63 ? 2n ** 63n - 1n : v < -(2 ** 63) ? -(2n ** 63n) : BigInt(v);
      else this.badValue(v, "Py_ssize_t");
      if (b < -(2n ** 63n) || b >= 2n ** 63n) this.badValue(b, "Py_ssize_t");
      this.dv(addr, 8).setBigInt64(this.rOff, b, true);
    }
  }
  private badValue(v: number | bigint, ctype: string): never {
    const msg = `value ${v} does not fit a ${this.abi.name} ${ctype}`;
    capiReport(msg);
    raise(PyExc_SystemError, msg);
  }
  private writeSsize64(addr: number, v: number): void {
    const dv = this.dv(addr, 8);
    const lo = v >>> 0;
    dv.setUint32(this.rOff, lo, true);
    dv.setInt32(this.rOff + 4, Math.floor((v - lo) / 4294967296), true);
  }

  /** A `Py_ssize_t` of the ABI's width, exactly (ssize.ts: a bigint only past 2**53). */
  readSsizeExact(addr: number): Py_ssize_t {
    if (this.abi.ssizeSize === 4) return this.dv(addr, 4).getInt32(this.rOff, true);
    return ssize_from_big(this.dv(addr, 8).getBigInt64(this.rOff, true));
  }

  /** Reads `n` `Py_ssize_t` values starting at `addr`, exactly. */
  readSsizeArrayExact(addr: number, n: number): Py_ssize_t[] {
    const out = new Array<Py_ssize_t>(n);
    const w = this.abi.ssizeSize;
    for (let i = 0; i < n; i++) out[i] = this.readSsizeExact(addr + i * w);
    return out;
  }

  /** Reads `n` `Py_ssize_t` values starting at `addr`. */
  readSsizeArray(addr: number, n: number): number[] {
    const out = new Array<number>(n);
    const w = this.abi.ssizeSize;
    for (let i = 0; i < n; i++) out[i] = this.readSsize(addr + i * w);
    return out;
  }

  /** Writes `values` as `Py_ssize_t` starting at `addr`. */
  writeSsizeArray(addr: number, values: readonly Py_ssize_t[]): void {
    const w = this.abi.ssizeSize;
    for (let i = 0; i < values.length; i++) this.writeSsize(addr + i * w, values[i]!);
  }

  /** Copies `src` to `addr`. */
  copyIn(addr: number, src: Uint8Array): void {
    if (!this.locate(addr, src.length)) this.fault(addr, src.length, "memory access");
    this.rU8().set(src, this.rOff);
  }

  /** A copy of `[addr, addr + n)`. */
  copyOut(addr: number, n: number): Uint8Array {
    return this.bytes(addr, n).slice();
  }

  /** Reads the NUL-terminated UTF-8 string at `addr`. */
  readCString(addr: number): string {
    if (!this.locate(addr, 1)) this.fault(addr, 1, "C string");
    const u8 = this.rU8();
    const start = this.rOff;
    let end = start;
    let ascii = true;
    while (end < u8.length && u8[end] !== 0) {
      if (u8[end]! >= 0x80) ascii = false;
      end++;
    }
    if (end === u8.length) this.fault(addr, end - start + 1, "C string (no terminating NUL)");
    if (ascii) {
      let s = "";
      for (let i = start; i < end; i += 8192)
        s += String.fromCharCode(...u8.subarray(i, Math.min(end, i + 8192)));
      return s;
    }
    return new TextDecoder().decode(u8.slice(start, end));
  }

  /** The bytes of the NUL-terminated C string at `addr` (a copy, without the NUL). */
  readCStringBytes(addr: number): Uint8Array {
    if (!this.locate(addr, 1)) this.fault(addr, 1, "C string");
    const u8 = this.rU8();
    const start = this.rOff;
    const end = u8.indexOf(0, start);
    if (end < 0) this.fault(addr, u8.length - start + 1, "C string (no terminating NUL)");
    return u8.slice(start, end);
  }

  /** Allocates a NUL-terminated UTF-8 copy of `s` on the heap (free it with `PyMem_Free`); 0 if out of memory. */
  allocCString(s: string): number {
    let ascii = true;
    for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) ascii = false;
    if (ascii) {
      const addr = this.allocator.malloc(s.length + 1);
      if (addr === 0) return 0;
      const u8 = this.heapU8();
      for (let i = 0; i < s.length; i++) u8[addr + i] = s.charCodeAt(i);
      u8[addr + s.length] = 0;
      return addr;
    }
    const bytes = new TextEncoder().encode(s);
    const addr = this.allocator.malloc(bytes.length + 1);
    if (addr === 0) return 0;
    const u8 = this.heapU8();
    u8.set(bytes, addr);
    u8[addr + bytes.length] = 0;
    return addr;
  }

  private readonly interned = new Map<string, number>();

  /**
   * A static NUL-terminated copy of a (format) string, shared and never freed
   * (as exporters' format strings are static in C); 0 if out of memory. At most
   * 4096 distinct strings are interned, then it returns 0 and callers allocate.
   */
  internCString(s: string): number {
    const hit = this.interned.get(s);
    if (hit !== undefined) return hit;
    if (this.interned.size >= 4096) return 0;
    const addr = this.allocCString(s);
    if (addr !== 0) this.interned.set(s, addr);
    return addr;
  }

  /** Zeroes `[addr, addr + n)`. */
  zero(addr: number, n: number): void {
    this.bytes(addr, n).fill(0);
  }
}
