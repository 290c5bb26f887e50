/**
 * The bits of `PyMemoryViewObject.flags` and the named predicates over them
 * (`_Py_MEMORYVIEW_*`, `MV_C_CONTIGUOUS`, `MV_F_CONTIGUOUS`,
 * `MV_ANY_CONTIGUOUS` of `Objects/memoryobject.c`), with this project's
 * item-access bits next to them.
 *
 * Every test of `flags` goes through a name defined here, except the hot
 * paths of subscript.ts: their one-line predicates (`itemKind`,
 * `isLiveItemKind`, `storeItemKind`, `initFlags1D`) are declared there, with
 * these bits as literals, because an imported binding is loaded and checked
 * at each use in optimised code; flags.test.ts checks them against these
 * names for every value of the bits.
 */

/** `_Py_MEMORYVIEW_RELEASED`: release() has been called. */
export const _Py_MEMORYVIEW_RELEASED = 0x001;
/** `_Py_MEMORYVIEW_C`: C-contiguous (as `init_flags` computes it). */
export const _Py_MEMORYVIEW_C = 0x002;
/** `_Py_MEMORYVIEW_FORTRAN`: Fortran-contiguous. */
export const _Py_MEMORYVIEW_FORTRAN = 0x004;
/** `_Py_MEMORYVIEW_SCALAR`: ndim == 0. */
export const _Py_MEMORYVIEW_SCALAR = 0x008;
/** `_Py_MEMORYVIEW_PIL`: the view has suboffsets. */
export const _Py_MEMORYVIEW_PIL = 0x010;

/**
 * Not in CPython: the item access of a view, cached in `flags` next to its
 * codec (set by `viewCodec` on the first item access, never by `initFlags`,
 * which runs before). Bits 8-11: the kind of a 1-D view without suboffsets
 * of a native single-char format, whose `m[i]` skips the general checks:
 * `ITEM_B`, `ITEM_i`, `ITEM_d` read and write directly, `ITEM_NATIVE` through
 * the codec; 0 for any other view. Bit 12: the view is writable. One
 * comparison of `flags` then tells a live view of a known kind: a released
 * managed buffer has no unreleased view (it is released with its last view),
 * so the view's own RELEASED bit is enough there.
 */
export const ITEM_KIND_MASK = 0xf00;
export const ITEM_NATIVE = 0x100;
export const ITEM_B = 0x200;
export const ITEM_i = 0x300;
export const ITEM_d = 0x400;
export const ITEM_WRITABLE = 0x1000;

/** The contiguity bits `init_flags` computes (the rest are RELEASED and the ITEM_* bits). */
export const INIT_FLAGS_MASK =
  _Py_MEMORYVIEW_C | _Py_MEMORYVIEW_FORTRAN | _Py_MEMORYVIEW_SCALAR | _Py_MEMORYVIEW_PIL;

/** `MV_C_CONTIGUOUS(flags)`. */
export function mvCContiguous(flags: number): boolean {
  return (flags & (_Py_MEMORYVIEW_SCALAR | _Py_MEMORYVIEW_C)) !== 0;
}
/** `MV_F_CONTIGUOUS(flags)`. */
export function mvFContiguous(flags: number): boolean {
  return (flags & (_Py_MEMORYVIEW_SCALAR | _Py_MEMORYVIEW_FORTRAN)) !== 0;
}
/** `MV_ANY_CONTIGUOUS(flags)`. */
export function mvAnyContiguous(flags: number): boolean {
  return (flags & (_Py_MEMORYVIEW_SCALAR | _Py_MEMORYVIEW_C | _Py_MEMORYVIEW_FORTRAN)) !== 0;
}
/** `flags & _Py_MEMORYVIEW_PIL`: the view has suboffsets. */
export function mvPil(flags: number): boolean {
  return (flags & _Py_MEMORYVIEW_PIL) !== 0;
}
/** `flags & _Py_MEMORYVIEW_RELEASED`: the view itself has been released. */
export function mvReleased(flags: number): boolean {
  return (flags & _Py_MEMORYVIEW_RELEASED) !== 0;
}

/** `init_flags` of a 0-d view: a scalar is C and Fortran contiguous. */
export const SCALAR_FLAGS = _Py_MEMORYVIEW_SCALAR | _Py_MEMORYVIEW_C | _Py_MEMORYVIEW_FORTRAN;

/**
 * `init_flags` of an N-D view with C strides, no zero extent and no
 * suboffsets: C-contiguous, and Fortran-contiguous too when at most one
 * extent exceeds 1 (`bigExtents`).
 */
export function initFlagsCStrides(bigExtents: number): number {
  return bigExtents <= 1 ? _Py_MEMORYVIEW_C | _Py_MEMORYVIEW_FORTRAN : _Py_MEMORYVIEW_C;
}
