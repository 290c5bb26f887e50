/**
 * `Py_buffer`, field for field as in CPython's `Include/pybuffer.h`.
 *
 * Invariants (PEP 3118): `len` is the product of `shape` times `itemsize`;
 * `shape`, `strides` and `suboffsets` have `ndim` entries or are null; `obj`
 * is an owned reference to the exporter (null for a buffer with no owner),
 * dropped by `PyBuffer_Release`.
 */
import type { PyBufferLike, PyObject } from "@py/object";
import type { BufPtr } from "./memory.js";

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
}

/** An empty `Py_buffer` (all fields zero/NULL), to be filled by a getbuffer. */
export function emptyPyBuffer(buf: BufPtr): Py_buffer {
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
  };
}
