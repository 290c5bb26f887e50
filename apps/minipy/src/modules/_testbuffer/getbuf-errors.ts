/**
 * The `BufferError` messages of `ndarray_getbuf` (CPython 3.11's
 * `Modules/_testbuffer.c`) for requests an ndarray cannot meet; the request
 * rules themselves are @py/buffer's `fillRequestedView`.
 */
import type { RequestErrors } from "@py/buffer";

/** The messages of `ndarray_getbuf` (Modules/_testbuffer.c, 3.11). */
export const NDARRAY_REQUEST_ERRORS: RequestErrors = {
  notWritable: "ndarray is not writable",
  notC: "ndarray is not C-contiguous",
  notF: "ndarray is not Fortran contiguous",
  notAny: "ndarray is not contiguous",
  needsSuboffsets: "ndarray cannot be represented without suboffsets",
  formatWithoutShape: "ndarray: cannot cast to unsigned bytes if the format flag is present",
  contiguityMismatch: "ndarray: contiguity mismatch in getbuf()",
};
