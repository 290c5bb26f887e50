/**
 * `Py_buffer`, field for field as in CPython's `Include/pybuffer.h`.
 *
 * Invariants (PEP 3118): `len` is the product of `shape` times `itemsize`;
 * `shape`, `strides` and `suboffsets` have `ndim` entries or are null; `obj`
 * is an owned reference to the exporter (null for a buffer with no owner),
 * dropped by `PyBuffer_Release`.
 *
 * Arrays (`shape`, `strides`, `suboffsets`) may be shared between the
 * exporter's base buffer and the views it hands out (as `memory_getbuf` does):
 * a consumer must treat them as read-only and replace, never mutate, them.
 */
import type { PyBufferLike, PyObject } from "@py/object";
import { type BufPtr, NULL_PTR } from "./memory.js";
import type { PyBufferWide } from "./wide-layout.js";

export interface Py_buffer extends PyBufferLike {
  /** `void *buf`: start of the logical structure (memory and byte offset). */
  buf: BufPtr;
  /** `PyObject *obj`: owned reference to the exporter, or null. */
  obj: PyObject | null;
  /** `Py_ssize_t len`: product(shape) * itemsize. */
  len: number;
  itemsize: number;
  /** `int readonly` (0 or 1 in C; a boolean here). */
  readonly: boolean;
  ndim: number;
  /** `char *format`: null means "B". */
  format: string | null;
  shape: number[] | null;
  strides: number[] | null;
  suboffsets: number[] | null;
  /** `void *internal`: for the exporter's own use. */
  internal: unknown;
  /**
   * Not in CPython's struct: the exact `len`, `shape` and `strides` when one
   * of them is past 2**53 (then those fields hold the nearest doubles); null
   * or absent otherwise. See wide-layout.ts.
   */
  wide?: PyBufferWide | null;
  /**
   * Not in CPython: set by `PyBuffer_Release` so that checked mode can tell a
   * second release of the same view (a silent no-op in CPython, where `obj`
   * is already NULL) from the release of a view that never had an owner.
   * `PyObject_GetBuffer` resets it to false.
   */
  released?: boolean;
}

/** An empty `Py_buffer` (all fields zero/NULL), to be filled by a getbuffer. */
export function emptyPyBuffer(buf: BufPtr = NULL_PTR): Py_buffer {
  return {
    buf,
    obj: null,
    len: 0,
    itemsize: 0,
    readonly: false,
    ndim: 0,
    format: null,
    shape: null,
    strides: null,
    suboffsets: null,
    internal: null,
    released: false,
    wide: null,
  };
}

/** `*dest = *src`: a shallow copy of every field (arrays are shared, not copied). */
export function copyPyBuffer(src: Py_buffer): Py_buffer {
  return {
    buf: src.buf,
    obj: src.obj,
    len: src.len,
    itemsize: src.itemsize,
    readonly: src.readonly,
    ndim: src.ndim,
    format: src.format,
    shape: src.shape,
    strides: src.strides,
    suboffsets: src.suboffsets,
    internal: src.internal,
    released: false,
    wide: src.wide ?? null,
  };
}
