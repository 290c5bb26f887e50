/**
 * The consumer and exporter sides of the buffer protocol, as in CPython's
 * `Objects/abstract.c`: `PyObject_CheckBuffer`, `PyObject_GetBuffer`,
 * `PyBuffer_Release`, `PyBuffer_FillInfo`, and the request rules that
 * exporters with an arbitrary layout apply (`memory_getbuf` in
 * `Objects/memoryobject.c`, `ndarray_getbuf` in `Modules/_testbuffer.c`).
 *
 * Reference conventions: a successful getbuffer stores a NEW reference to the
 * exporter in `view.obj` and the exporter counts the export (`ob_exports`);
 * `PyBuffer_Release` calls `bf_releasebuffer` (which must NOT decref
 * `view.obj`), then drops that reference and nulls `view.obj`.
 */
import {
  Py_DECREF,
  Py_INCREF,
  PyExc_BufferError,
  PyExc_TypeError,
  type PyObject,
  raise,
  SYMBOL_DISPOSE,
} from "@py/object";
import { REQ_FORMAT, REQ_SHAPE, REQ_STRIDES, REQ_WRITABLE } from "./flags.js";
import type { BufPtr } from "./memory.js";
import { emptyPyBuffer, type Py_buffer } from "./py-buffer.js";

/** `PyObject_CheckBuffer(obj)`: whether the type exports buffers. */
export function PyObject_CheckBuffer(obj: PyObject): boolean {
  const pb = obj.ob_type.tp_as_buffer;
  return pb !== null && typeof pb.bf_getbuffer === "function";
}

/**
 * `PyObject_GetBuffer(obj, view, flags)`: asks `obj`'s exporter to fill
 * `view` for a request of `flags`. On success `view.obj` holds a new
 * reference (set by the exporter). Raises `TypeError: a bytes-like object is
 * required, not 'T'` for a non-exporter, or the exporter's BufferError.
 */
export function PyObject_GetBuffer(obj: PyObject, view: Py_buffer, flags: number): void {
  const pb = obj.ob_type.tp_as_buffer;
  if (pb === null || typeof pb.bf_getbuffer !== "function") {
    raise(PyExc_TypeError, `a bytes-like object is required, not '${obj.ob_type.tp_name}'`);
  }
  pb.bf_getbuffer(obj, view, flags);
  view.released = false;
}

/** A `Py_buffer` that `using` releases at scope exit (`PyBuffer_Release`, once). */
export interface DisposablePy_buffer extends Py_buffer {
  [Symbol.dispose](): void;
}

/** `[Symbol.dispose]` of the views `getBuffer` returns: releases unless already released. */
function releaseView(this: Py_buffer): void {
  if (this.released !== true) PyBuffer_Release(this);
}

/**
 * Convenience: `PyObject_GetBuffer` into a fresh `Py_buffer`, which is
 * returned; `using view = getBuffer(o, flags)` releases it at scope exit
 * (an explicit `PyBuffer_Release` first is fine: dispose then does nothing).
 */
export function getBuffer(obj: PyObject, flags: number): DisposablePy_buffer {
  const view = emptyPyBuffer() as DisposablePy_buffer;
  view[SYMBOL_DISPOSE] = releaseView;
  PyObject_GetBuffer(obj, view, flags);
  return view;
}

/**
 * `PyBuffer_Release(view)`: calls the exporter's `bf_releasebuffer`, then
 * drops the reference in `view.obj` and nulls it. Releasing again is a no-op
 * (as in CPython, `obj` is NULL by then); `view.released` records it.
 */
export function PyBuffer_Release(view: Py_buffer): void {
  const obj = view.obj;
  view.released = true;
  if (obj === null) return;
  const pb = obj.ob_type.tp_as_buffer;
  if (pb !== null && pb.bf_releasebuffer !== undefined) pb.bf_releasebuffer(obj, view);
  view.obj = null;
  Py_DECREF(obj);
}

/** The strides `[1]` of every `PyBuffer_FillInfo` view (never written). */
const STRIDES_ONE: number[] = [1];

/**
 * `PyBuffer_FillInfo(view, obj, buf, len, readonly, flags)`: fills `view` for
 * a simple exporter of `len` unsigned bytes. Takes a new reference to `obj`
 * (if not null). Raises `BufferError: Object is not writable.` when a
 * writable buffer is requested from a read-only exporter.
 */
export function PyBuffer_FillInfo(
  view: Py_buffer,
  obj: PyObject | null,
  buf: BufPtr,
  len: number,
  readonly: boolean,
  flags: number,
): void {
  if (REQ_WRITABLE(flags) && readonly) {
    raise(PyExc_BufferError, "Object is not writable.");
  }
  if (obj !== null) Py_INCREF(obj);
  view.obj = obj;
  view.buf = buf;
  view.len = len;
  view.readonly = readonly;
  view.itemsize = 1;
  view.format = REQ_FORMAT(flags) ? "B" : null;
  view.ndim = 1;
  // In C shape points at view->len and strides at view->itemsize. The strides
  // array is one constant shared by every such view: read-only, as every
  // consumer treats a view's arrays (see py-buffer.ts).
  view.shape = REQ_SHAPE(flags) ? [len] : null;
  view.strides = REQ_STRIDES(flags) ? STRIDES_ONE : null;
  view.suboffsets = null;
  view.internal = null;
  view.released = false;
}
