/**
 * `PyMem_Malloc`, `PyMem_Calloc`, `PyMem_Realloc`, `PyMem_Free`
 * (`Objects/obmalloc.c`): raw blocks on the linear memory's heap.
 *
 * As in CPython these do not set an exception: a failed allocation returns
 * NULL (callers use `PyErr_NoMemory`). `PyMem_Malloc(0)` returns a unique
 * non-NULL block. Freeing an address that is not a live block is reported in
 * checked mode and otherwise ignored (C would corrupt its heap).
 */
import { isCheckedMode } from "@py/object";
import { capiReport, hexAddr } from "./checked.js";
import type { Ptr } from "./c-types.js";
import { rt } from "./runtime.js";

/** `PyMem_Malloc(n)`: `n` bytes (contents unspecified), or NULL. */
export function PyMem_Malloc(n: number): Ptr {
  return rt.mem.allocator.malloc(n);
}

/** `PyMem_Calloc(nelem, elsize)`: zeroed memory, or NULL. */
export function PyMem_Calloc(nelem: number, elsize: number): Ptr {
  // size_t arguments: a negative or fractional count is not one; nelem * elsize must not overflow.
  if (!(Number.isSafeInteger(nelem) && nelem >= 0 && Number.isSafeInteger(elsize) && elsize >= 0)) return 0;
  const n = nelem * elsize;
  if (!Number.isSafeInteger(n)) return 0;
  const addr = rt.mem.allocator.malloc(n);
  if (addr !== 0 && n > 0) rt.mem.zero(addr, n);
  return addr;
}

/** `PyMem_Realloc(p, n)`: resizes (maybe moves) a block; NULL `p` allocates. NULL on failure (p stays valid). */
export function PyMem_Realloc(p: Ptr, n: number): Ptr {
  const a = rt.mem.allocator;
  // size_t: a negative or fractional size is not one (the block stays as it is).
  if (!(Number.isSafeInteger(n) && n >= 0)) return 0;
  if (p === 0) return a.malloc(n);
  const old = a.blockSize(p);
  if (old < 0) {
    capiReport(`PyMem_Realloc: ${hexAddr(p)} is not a block allocated by PyMem_Malloc`);
    return 0;
  }
  // (A guarded block moves: its guard bytes lie just after the size asked for.)
  if (n <= old && n > old / 2 && a.debug?.isGuarded(p) !== true) return p;
  const q = a.malloc(n);
  if (q === 0) return 0;
  const keep = Math.min(old, n);
  if (keep > 0) rt.mem.heapU8().copyWithin(q, p, p + keep);
  a.free(p, "PyMem_Realloc");
  return q;
}

/** `PyMem_Free(p)`: NULL is ignored. (`fn`: the C name it was called by, `free` for libc's.) */
export function PyMem_Free(p: Ptr, fn = "PyMem_Free"): void {
  if (p === 0) return;
  const a = rt.mem.allocator;
  if (isCheckedMode() && rt.exports.size > 0) {
    const size = a.blockSize(p);
    for (const [view, rec] of rt.exports) {
      if (view >= p && view < p + Math.max(size, 1)) {
        capiReport(
          `${fn}: the block at ${hexAddr(p)} holds a Py_buffer (at ${hexAddr(view)}) that still holds an export ` +
            `(filled by ${rec.origin}): call PyBuffer_Release on it before freeing it; the export is leaked`,
        );
        // The struct died with its block: forget it, or the block's next life (a new struct at
        // that address) would be taken for this one (a refill, a free "holding an export").
        if (size >= 0) rt.exports.delete(view);
      }
    }
  }
  if (!a.free(p, fn)) {
    capiReport(
      a.isFreed(p)
        ? `${fn}: double free of ${hexAddr(p)}`
        : `${fn}: ${hexAddr(p)} is not a block allocated by PyMem_Malloc`,
    );
    return;
  }
  rt.released.delete(p);
}
