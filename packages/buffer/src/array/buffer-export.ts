/**
 * The buffer export of `array.array` (`array_buffer_getbuf`,
 * `array_buffer_relbuf`): a 1-D writable buffer with the typecode as format,
 * counted in `ob_exports` so that the array does not resize while exported.
 */
import { Py_NewRef, type PyObject } from "@py/object";
import type { PyArrayObject } from "./array.js";
import { REQ_FORMAT, REQ_SHAPE, REQ_STRIDES } from "../protocol/flags.js";
import type { Py_buffer } from "../protocol/py-buffer.js";

/** `array_buffer_getbuf`: a 1-D writable buffer, format = typecode. */
export function arrayGetBuffer(o: PyObject, v: unknown, flags: number): void {
  const self = o as PyArrayObject;
  const view = v as Py_buffer;
  const isz = self.descr.itemsize;
  view.buf = { mem: self.mem, offset: self.offset };
  view.obj = Py_NewRef(self);
  view.len = self.size * isz;
  view.readonly = false;
  view.ndim = 1;
  view.itemsize = isz;
  view.suboffsets = null;
  view.shape = REQ_SHAPE(flags) ? [self.size] : null;
  view.strides = REQ_STRIDES(flags) ? [isz] : null;
  view.format = REQ_FORMAT(flags) ? self.descr.typecode : null;
  view.internal = null;
  self.ob_exports++;
}

/** `array_buffer_relbuf`. */
export function arrayReleaseBuffer(o: PyObject): void {
  (o as PyArrayObject).ob_exports--;
}
