/**
 * PIL-style pointers inside an ndarray's memory.
 *
 * Convention (docs/ARCHITECTURE.md): a `char *` stored in memory is an 8-byte
 * little-endian byte offset into the same `PyMemory` (`readPointer` /
 * `writePointer` of @py/buffer; `ADJUST_PTR` is @py/buffer's `adjustPtr`).
 */

/** Size of a stored pointer (`sizeof(char *)`). */
export const SIZEOF_VOID_P = 8;
