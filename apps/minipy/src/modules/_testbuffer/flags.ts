/**
 * The `ND_*` flags of `Modules/_testbuffer.c`.
 *
 * User flags (`ND_VAREXPORT` on the ndarray, the others on each base buffer)
 * plus two internal base-buffer flags (`ND_C`, `ND_OWN_ARRAYS`).
 */
import { PyBUF_MAX_NDIM } from "@py/buffer";

/** Maximum number of dimensions of an ndarray: `2 * PyBUF_MAX_NDIM`. */
export const ND_MAX_NDIM = 2 * PyBUF_MAX_NDIM;

/** Default: NumPy style (strides), read-only, no var-export, C layout. */
export const ND_DEFAULT = 0x000;
/** Change layout while buffers are exported (ndarray flag). */
export const ND_VAREXPORT = 0x001;
/** Mark the base buffer as writable. */
export const ND_WRITABLE = 0x002;
/** Fortran contiguous layout. */
export const ND_FORTRAN = 0x004;
/** Scalar: ndim = 0. */
export const ND_SCALAR = 0x008;
/** Convert to a PIL-style array (suboffsets). */
export const ND_PIL = 0x010;
/** Redirect buffer requests to the underlying exporter. */
export const ND_REDIRECT = 0x020;
/** Trigger a getbuffer failure. */
export const ND_GETBUF_FAIL = 0x040;
/** Leave view.obj undefined on a getbuffer failure. */
export const ND_GETBUF_UNDEFINED = 0x080;
/** Internal: C contiguous layout. */
export const ND_C = 0x100;
/** Internal: the consumer owns its shape/strides/suboffsets arrays. */
export const ND_OWN_ARRAYS = 0x200;

/** `ND_C_CONTIGUOUS(flags)`. */
export function ndCContiguous(flags: number): boolean {
  return (flags & (ND_SCALAR | ND_C)) !== 0;
}
/** `ND_FORTRAN_CONTIGUOUS(flags)`. */
export function ndFortranContiguous(flags: number): boolean {
  return (flags & (ND_SCALAR | ND_FORTRAN)) !== 0;
}
/** `ND_ANY_CONTIGUOUS(flags)`. */
export function ndAnyContiguous(flags: number): boolean {
  return (flags & (ND_SCALAR | ND_C | ND_FORTRAN)) !== 0;
}
