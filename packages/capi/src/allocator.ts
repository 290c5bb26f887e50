/**
 * The heap allocator behind `PyMem_Malloc`/`PyMem_Realloc`/`PyMem_Free`: a
 * bump pointer plus free lists per size class, 16-byte aligned.
 *
 * Block sizes are kept in a JS map (not in headers in the memory), so C code
 * overrunning a block cannot corrupt the allocator, and freeing an address
 * that is not a live block is detected. Invariants: every live block starts
 * at a multiple of 16 at or above `base` (> 0, so NULL is never returned for
 * a successful allocation); blocks never overlap; a freed block is reused
 * only for a request of the same size class.
 */

import { isCheckedMode } from "@py/object";
import { capiReport, cCaller } from "./checked.js";
import { CheckedHeap, GUARD } from "./checked-heap.js";

const ALIGN = 16;

/** The size class of an `n`-byte request: multiples of 16 up to 1 KiB, then powers of two. */
function sizeClass(n: number): number {
  if (n <= ALIGN) return ALIGN;
  if (n <= 1024) return (n + ALIGN - 1) & ~(ALIGN - 1);
  return 2 ** Math.ceil(Math.log2(n));
}

/**
 * Where blocks come from when the heap belongs to C code: the wasm runtime
 * gives the main module's `malloc`/`free`, so the façade and C share one
 * allocator (as `PyMem_SetAllocator` would arrange in CPython).
 */
export interface AllocatorBackend {
  /** A block of at least `n` bytes (aligned for any C type), or 0. */
  malloc(n: number): number;
  free(addr: number): void;
}

export class Allocator {
  private readonly live = new Map<number, number>();
  private readonly freeLists = new Map<number, number[]>();
  private top: number;

  /**
   * @param base first address the heap may use (rounded up to 16, at least 16)
   * @param limit first address the heap may not use
   * @param ensure makes addresses below `end` accessible (grows the memory); returns false if it cannot
   */
  constructor(
    base: number,
    private readonly limit: number,
    private readonly ensure: (end: number) => boolean,
    private readonly backend: AllocatorBackend | null = null,
  ) {
    this.top = Math.max(ALIGN, Math.ceil(base / ALIGN) * ALIGN);
  }

  /** `PyMem_Malloc(n)`: a block of at least `n` bytes (a unique one for 0), or 0. */
  malloc(n: number): number {
    if (!(Number.isSafeInteger(n) && n >= 0)) return 0;
    const cls = sizeClass(n);
    if (this.backend !== null) {
      if (cls > 0x7fffffff) return 0;
      if (this.debug !== null && isCheckedMode()) return this.mallocChecked(n, cls, this.debug);
      const addr = this.backend.malloc(cls) >>> 0;
      if (addr !== 0) {
        this.live.set(addr, cls);
        this.freedRecently.delete(addr);
      }
      return addr;
    }
    const list = this.freeLists.get(cls);
    if (list !== undefined && list.length > 0) {
      const addr = list.pop()!;
      this.live.set(addr, cls);
      return addr;
    }
    const addr = this.top;
    const end = addr + cls;
    if (end > this.limit || !this.ensure(end)) return 0;
    this.top = end;
    this.live.set(addr, cls);
    return addr;
  }

  /**
   * Checked mode of a C-owned heap (the wasm runtime): guard bytes and
   * poisoned, quarantined frees (checked-heap.ts). Null otherwise.
   */
  debug: CheckedHeap | null = null;

  /** Turns the checked heap on: `bytes` is the heap's current byte view. */
  enableChecks(bytes: () => Uint8Array): void {
    if (this.backend === null || this.debug !== null) return;
    const backend = this.backend;
    this.debug = new CheckedHeap(bytes, capiReport, (a) => {
      this.freedRecently.add(a);
      backend.free(a);
    });
  }

  private mallocChecked(n: number, cls: number, debug: CheckedHeap): number {
    const addr = this.backend!.malloc(cls + GUARD) >>> 0;
    if (addr === 0) return 0;
    this.live.set(addr, cls);
    this.freedRecently.delete(addr);
    const caller = cCaller();
    debug.allocated(addr, n, cls + GUARD, caller === null ? "the C-API" : `C function ${caller}`);
    return addr;
  }

  /** `PyMem_Free(addr)`. Returns false if `addr` is not a live block (nothing is freed). */
  free(addr: number, fn = "PyMem_Free"): boolean {
    const cls = this.live.get(addr);
    if (cls === undefined) return false;
    this.live.delete(addr);
    if (this.backend !== null) {
      if (this.debug !== null && this.debug.size > 0 && this.debug.freed(addr, fn)) return true;
      this.backend.free(addr);
      this.freedRecently.add(addr);
      return true;
    }
    let list = this.freeLists.get(cls);
    if (list === undefined) this.freeLists.set(cls, (list = []));
    list.push(addr);
    return true;
  }

  /** The usable size of the live block at `addr`, or -1. */
  blockSize(addr: number): number {
    return this.live.get(addr) ?? -1;
  }

  /** With a backend: blocks freed since they were last allocated (for double-free reports). */
  private readonly freedRecently = new Set<number>();

  /** Whether `addr` was freed and not reallocated since (a double free). */
  isFreed(addr: number): boolean {
    if (this.backend !== null)
      return (
        !this.live.has(addr) && (this.freedRecently.has(addr) || this.debug?.isQuarantined(addr) === true)
      );
    if (this.live.has(addr) || addr < ALIGN || addr >= this.top) return false;
    for (const list of this.freeLists.values()) if (list.includes(addr)) return true;
    return false;
  }

  /** Number of live blocks. */
  get liveCount(): number {
    return this.live.size;
  }

  /** Live blocks as `[address, size]`. */
  liveBlocks(): [number, number][] {
    return [...this.live];
  }
}
