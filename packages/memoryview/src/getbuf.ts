/**
 * The memoryview as an exporter: `memory_getbuf` / `memory_releasebuf`
 * (tp_as_buffer of `Objects/memoryobject.c`).
 *
 * Invariants: an exported buffer shares this view's shape/strides/suboffsets
 * arrays (read-only for the consumer); `view.obj` is a new reference to the
 * memoryview itself and `exports` counts the live exports, so release()
 * fails with BufferError until every consumer has released.
 */
import type { PyBufferLike, PyBufferProcs, PyObject } from "@py/object";
import { LAYOUT_C, LAYOUT_F, LAYOUT_PIL, type Py_buffer, fillRequestedView } from "@py/buffer";
import { MEMORYVIEW_REQUEST_ERRORS } from "./getbuf-errors.js";
import { mvCContiguous, mvFContiguous, mvPil } from "./flags.js";
import { type PyMemoryViewObject, asPyBuffer, checkReleased } from "./memoryview.js";

/** `memory_getbuf`: fills `view` from this view's buffer for a request of `flags`. */
function memoryGetbuf(o: PyObject, v: PyBufferLike, flags: number): void {
  const self = o as PyMemoryViewObject;
  checkReleased(self);
  const f = self.flags;
  // memoryview's own contiguity flags (1-D and PIL rules differ from the generic ones).
  const layout =
    (mvCContiguous(f) ? LAYOUT_C : 0) | (mvFContiguous(f) ? LAYOUT_F : 0) | (mvPil(f) ? LAYOUT_PIL : 0);
  fillRequestedView(v as Py_buffer, self, asPyBuffer(self.view), flags, layout, MEMORYVIEW_REQUEST_ERRORS);
  self.exports++;
}

/** `memory_releasebuf`: one export fewer (PyBuffer_Release drops `view.obj`). */
function memoryReleasebuf(o: PyObject, _v: PyBufferLike): void {
  (o as PyMemoryViewObject).exports--;
}

/** `memory_as_buffer`. */
export const memoryAsBuffer: PyBufferProcs = {
  bf_getbuffer: memoryGetbuf,
  bf_releasebuffer: memoryReleasebuf,
};
