/**
 * Where bytes, bytearray, array.array and `_testbuffer` objects keep their
 * bytes under the wasm runtime (`PyBuffer_SetStorageAllocator`, as
 * `PyMem_SetAllocator`): blocks of the main module's `malloc` in the
 * WebAssembly memory, so C reads and writes them in place.
 *
 * In checked mode the blocks come from the façade's allocator instead, which
 * guards them and poisons and quarantines them when freed (checked-heap.ts):
 * a `PyBytes_AsString` pointer kept after its bytes object died then points
 * into a freed, poisoned block, and passing it back to the C-API is reported.
 * A block is freed (or resized) by the allocator that made it, whatever the
 * mode is by then.
 */
import { isCheckedMode } from "@py/object";
import type { LinearMemory } from "../linear-memory.js";

/** The main module's allocator (`malloc`, `realloc`, `free` of wasi-libc). */
export interface MainAllocator {
  malloc(n: number): number;
  realloc(p: number, n: number): number;
  free(p: number): void;
}

/** The storage allocator of a runtime whose façade memory is `mem` and main module's allocator `main`. */
export function storageAllocator(mem: LinearMemory, main: MainAllocator) {
  const checked = mem.allocator;
  const ownedByChecked = (p: number) => checked.blockSize(p) >= 0;
  return {
    memory: mem.heap,
    malloc: (n: number): number => (isCheckedMode() ? checked.malloc(n) : main.malloc(n) >>> 0),
    realloc: (p: number, n: number): number => {
      if (p === 0 || !ownedByChecked(p)) {
        if (p !== 0 || !isCheckedMode()) return main.realloc(p, n) >>> 0;
        return checked.malloc(n);
      }
      const q = checked.malloc(n);
      if (q === 0) return 0;
      const h = mem.heapU8();
      h.copyWithin(q, p, p + Math.min(n, checked.blockSize(p)));
      checked.free(p, "the storage of a resized object");
      return q;
    },
    free: (p: number): void => {
      if (p !== 0 && !checked.free(p, "the storage of a deallocated object")) main.free(p);
    },
  };
}
