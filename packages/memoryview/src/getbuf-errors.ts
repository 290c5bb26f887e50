/**
 * The `BufferError` messages of `memory_getbuf` (CPython 3.11's
 * `Objects/memoryobject.c`) for requests a memoryview cannot meet; the
 * request rules themselves are @py/buffer's `fillRequestedView`.
 */
import type { RequestErrors } from "@py/buffer";

/** The messages of `memory_getbuf` (Objects/memoryobject.c). */
export const MEMORYVIEW_REQUEST_ERRORS: RequestErrors = {
  notWritable: "memoryview: underlying buffer is not writable",
  notC: "memoryview: underlying buffer is not C-contiguous",
  notF: "memoryview: underlying buffer is not Fortran contiguous",
  notAny: "memoryview: underlying buffer is not contiguous",
  needsSuboffsets: "memoryview: underlying buffer requires suboffsets",
  formatWithoutShape: "memoryview: cannot cast to unsigned bytes if the format flag is present",
};
