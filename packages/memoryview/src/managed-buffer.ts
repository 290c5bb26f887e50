/**
 * The managed buffer (`_PyManagedBufferObject` of `Objects/memoryobject.c`).
 *
 * Ownership rules (as in CPython):
 * - `master` is filled in ONCE by the base object's getbuffer; every view
 *   derived from it (slices, casts, `memoryview(memoryview(x))`, toreadonly)
 *   shares this one snapshot. Its shape/strides/suboffsets/format are
 *   read-only for all consumers: a memoryview shares them (copy-on-write,
 *   see memoryview.ts) and never writes through them.
 * - `master` is embedded in the object, as `Py_buffer master` is in C: the
 *   managed buffer IS a `Py_buffer` (its fields), and `mbuf.master === mbuf`.
 *   One object instead of two per `memoryview(x)`.
 * - `exports` counts the memoryviews registered with this managed buffer.
 *   When the last one is released, `master` is released at once
 *   (`mbufRelease`) and the base object's export ends.
 * - Each registered memoryview owns one reference to its managed buffer.
 */
import {
  PyExc_SystemError,
  PyObject,
  PyTypeObject,
  Py_DECREF,
  Py_NewRef,
  isCheckedMode,
  raise,
} from "@py/object";
import {
  type BufPtr,
  NULL_PTR,
  PyBuffer_Release,
  PyObject_GetBuffer,
  type Py_buffer,
  type PyBufferWide,
} from "@py/buffer";

/** `_Py_MANAGED_BUFFER_RELEASED`: `master` has been released. */
export const _Py_MANAGED_BUFFER_RELEASED = 0x001;

/**
 * `_PyManagedBufferObject`, with its `master` Py_buffer embedded (the fields
 * after `exports`). Not a JS subclass of `PyObject` (its prototype is set
 * below), for the reason `PyMemoryViewObject` gives: its constructor writes
 * the header itself, into one shape of object.
 */
export class PyManagedBufferObject implements Py_buffer {
  declare ob_refcnt: number;
  declare ob_type: PyTypeObject;
  /** `_Py_MANAGED_BUFFER_*` bits. */
  declare flags: number;
  /** Number of memoryviews registered with this managed buffer. */
  declare exports: number;
  // ---- `Py_buffer master`: `obj` owns a reference to the base until mbufRelease.
  declare buf: BufPtr;
  declare obj: PyObject | null;
  declare len: number;
  declare itemsize: number;
  declare readonly: boolean;
  declare ndim: number;
  declare format: string | null;
  declare shape: number[] | null;
  declare strides: number[] | null;
  declare suboffsets: number[] | null;
  declare internal: unknown;
  declare released: boolean;
  declare wide: PyBufferWide | null;

  constructor(type: PyTypeObject) {
    this.ob_refcnt = 1;
    this.ob_type = type;
    this.flags = 0;
    this.exports = 0;
    this.buf = NULL_PTR;
    this.obj = null;
    this.len = 0;
    this.itemsize = 0;
    this.readonly = false;
    this.ndim = 0;
    this.format = null;
    this.shape = null;
    this.strides = null;
    this.suboffsets = null;
    this.internal = null;
    this.released = false;
    this.wide = null;
    // Checked mode registers every new object as live in PyObject's
    // constructor: there the object is made by it, with these fields in this
    // order (the same shape).
    if (isCheckedMode()) {
      // biome-ignore lint/correctness/noConstructorReturn: checked mode's object (see above)
      return Object.assign(Reflect.construct(PyObject, [type], new.target) as PyManagedBufferObject, this);
    }
  }

  /** `&mbuf->master`: the base's buffer, embedded in the managed buffer itself. */
  get master(): Py_buffer {
    return this;
  }
}
// `instanceof PyObject` holds for a managed buffer, as for every Python object.
Object.setPrototypeOf(PyManagedBufferObject.prototype, PyObject.prototype);

/** `mbuf_release`: releases `master` once; later calls do nothing. */
export function mbufRelease(self: PyManagedBufferObject): void {
  if (self.flags & _Py_MANAGED_BUFFER_RELEASED) return;
  self.flags |= _Py_MANAGED_BUFFER_RELEASED;
  // PyBuffer_Release decrements master.obj and sets it to null. The views that
  // share master keep seeing the base in `view.obj` afterwards, as a C view's
  // copy does: a borrowed pointer, no longer owned (what GET_BASE returns).
  const base = self.obj;
  PyBuffer_Release(self);
  self.obj = base;
}

/** `mbuf_dealloc`. Invariant: no memoryview is registered any more. */
function mbufDealloc(o: PyObject): void {
  const self = o as PyManagedBufferObject;
  if (self.exports !== 0) raise(PyExc_SystemError, "mbuf_dealloc: managed buffer still has exports");
  mbufRelease(self);
}

/** `_PyManagedBuffer_Type`. */
export const _PyManagedBuffer_Type = new PyTypeObject({ name: "managedbuffer", dealloc: mbufDealloc });

/**
 * `Py_NewRef`/`Py_DECREF` of a managed buffer, for the hot paths. The shared
 * helpers see objects of every type, so V8 makes their property accesses
 * megamorphic (a hash probe each); these see managed buffers only. Checked
 * mode goes through the shared helpers, which check and track.
 */
export function mbufNewRef(mbuf: PyManagedBufferObject): PyManagedBufferObject {
  if (isCheckedMode()) return Py_NewRef(mbuf);
  mbuf.ob_refcnt++;
  return mbuf;
}

/** See `mbufNewRef`; deallocates at zero (`_Py_Dealloc` without checked mode). */
export function mbufDecref(mbuf: PyManagedBufferObject): void {
  if (isCheckedMode()) Py_DECREF(mbuf);
  else if (--mbuf.ob_refcnt === 0) mbufDealloc(mbuf);
}

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
    mbufDecref(mbuf);
    throw e;
  }
  return mbuf;
}
