/**
 * The managed buffer (`_PyManagedBufferObject` of `Objects/memoryobject.c`).
 *
 * Ownership rules (as in CPython):
 * - `master` is filled in ONCE by the base object's getbuffer; every view
 *   derived from it (slices, casts, `memoryview(memoryview(x))`, toreadonly)
 *   shares this one snapshot. Its shape/strides/suboffsets/format are
 *   read-only for all consumers: a memoryview copies them into its own view.
 * - `exports` counts the memoryviews registered with this managed buffer.
 *   When the last one is released, `master` is released at once
 *   (`mbufRelease`) and the base object's export ends.
 * - Each registered memoryview owns one reference to its managed buffer.
 */
import { PyExc_SystemError, PyObject, PyTypeObject, Py_DECREF, raise } from "@py/object";
import { PyBuffer_Release, PyObject_GetBuffer, type Py_buffer, emptyPyBuffer } from "@py/buffer";

/** `_Py_MANAGED_BUFFER_RELEASED`: `master` has been released. */
export const _Py_MANAGED_BUFFER_RELEASED = 0x001;

/** `_PyManagedBufferObject`. */
export class PyManagedBufferObject extends PyObject {
  /** `_Py_MANAGED_BUFFER_*` bits. */
  declare flags: number;
  /** Number of memoryviews registered with this managed buffer. */
  declare exports: number;
  /** The base object's buffer; `master.obj` owns a reference to the base. */
  declare master: Py_buffer;

  constructor(type: PyTypeObject) {
    super(type);
    this.flags = 0;
    this.exports = 0;
    this.master = emptyPyBuffer();
  }
}

/** `mbuf_release`: releases `master` once; later calls do nothing. */
export function mbufRelease(self: PyManagedBufferObject): void {
  if (self.flags & _Py_MANAGED_BUFFER_RELEASED) return;
  self.flags |= _Py_MANAGED_BUFFER_RELEASED;
  // PyBuffer_Release decrements master.obj and sets it to null.
  PyBuffer_Release(self.master);
}

/** `mbuf_dealloc`. Invariant: no memoryview is registered any more. */
function mbufDealloc(o: PyObject): void {
  const self = o as PyManagedBufferObject;
  if (self.exports !== 0) raise(PyExc_SystemError, "mbuf_dealloc: managed buffer still has exports");
  mbufRelease(self);
}

/** `_PyManagedBuffer_Type`. */
export const _PyManagedBuffer_Type = new PyTypeObject({ name: "managedbuffer", dealloc: mbufDealloc });

/** `mbuf_alloc`: a managed buffer with an empty master (new reference). */
export function mbufAlloc(): PyManagedBufferObject {
  return new PyManagedBufferObject(_PyManagedBuffer_Type);
}

/**
 * `_PyManagedBuffer_FromObject(base, flags)`: requests the base's buffer
 * once. New reference; throws what the base's getbuffer throws.
 */
export function _PyManagedBuffer_FromObject(base: PyObject, flags: number): PyManagedBufferObject {
  const mbuf = mbufAlloc();
  try {
    PyObject_GetBuffer(base, mbuf.master, flags);
  } catch (e) {
    // Nothing was exported: the dealloc must not release master.
    mbuf.master.obj = null;
    mbuf.flags |= _Py_MANAGED_BUFFER_RELEASED;
    Py_DECREF(mbuf);
    throw e;
  }
  return mbuf;
}
