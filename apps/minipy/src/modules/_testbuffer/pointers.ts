/**
 * PIL-style pointers inside an ndarray's memory.
 *
 * Convention (docs/ARCHITECTURE.md): a `char *` stored in memory is an 8-byte
 * little-endian byte offset into the same `PyMemory` (`readPointer` /
 * `writePointer` of @py/buffer). `ADJUST_PTR` of `Modules/_testbuffer.c`
 * dereferences such a pointer and adds the dimension's suboffset.
 */
import { type PyMemory, readPointer } from "@py/buffer";

/** Size of a stored pointer (`sizeof(char *)`). */
export const SIZEOF_VOID_P = 8;

/**
 * `ADJUST_PTR(ptr, suboffsets)` for dimension `d`: follows the pointer at
 * `at` when `suboffsets[d] >= 0`, else returns `at` unchanged.
 */
export function adjustPtr(
  mem: PyMemory,
  at: number,
  suboffsets: readonly number[] | null,
  d: number,
): number {
  if (suboffsets === null) return at;
  const s = suboffsets[d]!;
  return s >= 0 ? readPointer(mem, at) + s : at;
}
