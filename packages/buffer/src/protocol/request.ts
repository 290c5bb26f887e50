/**
 * The request rules that exporters with an arbitrary layout apply
 * (`memory_getbuf` in `Objects/memoryobject.c`, `ndarray_getbuf` in
 * `Modules/_testbuffer.c`): an exporter describes its whole buffer in a base
 * `Py_buffer`, computes its `LAYOUT_*` properties, and `fillRequestedView`
 * raises the exporter's `BufferError` or fills the view with what the
 * `PyBUF_*` request asks for.
 */
import { Py_NewRef, PyExc_BufferError, type PyObject, raise } from "@py/object";
import { PyBuffer_IsContiguous } from "./contiguity.js";
import {
  REQ_ANY_CONTIGUOUS,
  REQ_C_CONTIGUOUS,
  REQ_FORMAT,
  REQ_F_CONTIGUOUS,
  REQ_INDIRECT,
  REQ_SHAPE,
  REQ_STRIDES,
  REQ_WRITABLE,
} from "./flags.js";
import type { Py_buffer } from "./py-buffer.js";

/** Layout property: the base buffer is C-contiguous (or a scalar). */
export const LAYOUT_C = 0x1;

/** Layout property: the base buffer is Fortran-contiguous (or a scalar). */
export const LAYOUT_F = 0x2;

/** Layout property: the base buffer has suboffsets (PIL style). */
export const LAYOUT_PIL = 0x4;

/** `MV_C_CONTIGUOUS(layout)` of memoryobject.c: the layout has property `LAYOUT_C`. */
export function LAYOUT_IS_C(layout: number): boolean {
  return (layout & LAYOUT_C) !== 0;
}
/** `MV_F_CONTIGUOUS(layout)`: the layout has property `LAYOUT_F`. */
export function LAYOUT_IS_F(layout: number): boolean {
  return (layout & LAYOUT_F) !== 0;
}
/** The layout has property `LAYOUT_PIL` (suboffsets; `_Py_MEMORYVIEW_PIL`). */
export function LAYOUT_IS_PIL(layout: number): boolean {
  return (layout & LAYOUT_PIL) !== 0;
}

/**
 * The layout properties by the generic rules (`init_flags` of `_testbuffer`):
 * C/F from `PyBuffer_IsContiguous`, both for ndim 0, PIL when suboffsets are
 * present. memoryview's own `init_flags` differs for 1-D views (a 1-D view is
 * contiguous iff `shape[0] == 1 || strides[0] == itemsize`, and PIL clears
 * C/F), so memoryview computes its flags itself.
 */
export function layoutFlags(base: Py_buffer): number {
  let f = 0;
  if (base.ndim === 0) f |= LAYOUT_C | LAYOUT_F;
  if (base.suboffsets !== null) f |= LAYOUT_PIL;
  if (PyBuffer_IsContiguous(base, "C")) f |= LAYOUT_C;
  if (PyBuffer_IsContiguous(base, "F")) f |= LAYOUT_F;
  return f;
}

/** The BufferError messages an exporter raises for requests it cannot meet. */
export interface RequestErrors {
  readonly notWritable: string;
  readonly notC: string;
  readonly notF: string;
  readonly notAny: string;
  readonly needsSuboffsets: string;
  readonly formatWithoutShape: string;
  /** If set, `ndarray_getbuf`'s final check that the view has the exporter's contiguity. */
  readonly contiguityMismatch?: string;
}

/**
 * Fills `view` from an exporter's fully described `base` buffer for a
 * request of `flags`, or raises the exporter's BufferError (checks in the
 * order of `memory_getbuf`/`ndarray_getbuf`). `layout` holds the base's
 * LAYOUT_* properties as the exporter computes them.
 *
 * What the request lacks is nulled: no PyBUF_FORMAT → `format` null (the
 * itemsize stays the base's); no STRIDES → `strides` null (base must be
 * C-contiguous); no ND → `shape` null and `ndim` 1 (format must be absent).
 * The view shares the base's arrays. On success `view.obj` is a new
 * reference to `exporter`; the caller counts the export.
 */
export function fillRequestedView(
  view: Py_buffer,
  exporter: PyObject,
  base: Py_buffer,
  flags: number,
  layout: number,
  errors: RequestErrors,
): void {
  const isC = LAYOUT_IS_C(layout);
  if (REQ_WRITABLE(flags) && base.readonly) raise(PyExc_BufferError, errors.notWritable);
  let format = base.format;
  if (!REQ_FORMAT(flags)) format = null;
  if (REQ_C_CONTIGUOUS(flags) && !isC) raise(PyExc_BufferError, errors.notC);
  if (REQ_F_CONTIGUOUS(flags) && !LAYOUT_IS_F(layout)) {
    raise(PyExc_BufferError, errors.notF);
  }
  if (REQ_ANY_CONTIGUOUS(flags) && !LAYOUT_IS_C(layout) && !LAYOUT_IS_F(layout)) {
    raise(PyExc_BufferError, errors.notAny);
  }
  if (!REQ_INDIRECT(flags) && LAYOUT_IS_PIL(layout)) {
    raise(PyExc_BufferError, errors.needsSuboffsets);
  }
  let strides = base.strides;
  if (!REQ_STRIDES(flags)) {
    if (!isC) raise(PyExc_BufferError, errors.notC);
    strides = null;
  }
  let ndim = base.ndim;
  let shape = base.shape;
  if (!REQ_SHAPE(flags)) {
    if (format !== null) raise(PyExc_BufferError, errors.formatWithoutShape);
    ndim = 1;
    shape = null;
  }
  view.buf = base.buf;
  view.obj = null;
  view.len = base.len;
  view.itemsize = base.itemsize;
  view.readonly = base.readonly;
  view.ndim = ndim;
  view.format = format;
  view.shape = shape;
  view.strides = strides;
  view.suboffsets = base.suboffsets;
  view.internal = base.internal;
  view.released = false;
  view.wide = base.wide ?? null;
  if (errors.contiguityMismatch !== undefined) {
    const mismatch =
      isC !== PyBuffer_IsContiguous(view, "C") ||
      (format !== null && shape !== null && LAYOUT_IS_F(layout) !== PyBuffer_IsContiguous(view, "F")) ||
      (format === null && shape === null && !PyBuffer_IsContiguous(view, "F"));
    if (mismatch) raise(PyExc_BufferError, errors.contiguityMismatch);
  }
  view.obj = Py_NewRef(exporter);
}
