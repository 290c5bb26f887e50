/**
 * The memoryview iterator (`memory_iterator`, `memory_iter` and
 * `memoryiter_next` of `Objects/memoryobject.c`): 1-D views only.
 *
 * Invariant: the iterator owns a reference to its memoryview until it is
 * exhausted (then `seq` is null) or deallocated.
 */
import {
  PyExc_NotImplementedError,
  PyError,
  PyExc_TypeError,
  PyObject,
  PyTypeObject,
  Py_DECREF,
  Py_NewRef,
} from "@py/object";
import { adjustPtr } from "@py/buffer";
import type { Unpacker } from "./item.js";
import { type PyMemoryViewObject, checkReleased } from "./memoryview.js";
import { memoryLength, viewCodec } from "./subscript.js";
import { raise } from "@py/object";

/** `memoryiterobject`. */
export class PyMemoryIterObject extends PyObject {
  index = 0;
  /** Owned; null once exhausted. */
  seq: PyMemoryViewObject | null;
  length: number;
  unpack: Unpacker;
  /**
   * The error CPython 3.11 leaves set when `memory_iter` is called on a
   * released view (see `memoryIter`); raised by the first `next()`.
   */
  pending: PyError | null = null;
  constructor(type: PyTypeObject, seq: PyMemoryViewObject, length: number, unpack: Unpacker) {
    super(type);
    this.seq = seq;
    this.length = length;
    this.unpack = unpack;
  }
}

/** `memoryiter_next`. */
function memoryiterNext(o: PyObject): PyObject | null {
  const it = o as PyMemoryIterObject;
  const pending = it.pending;
  if (pending !== null) {
    it.pending = null;
    throw pending;
  }
  const seq = it.seq;
  if (seq === null) return null;
  if (it.index < it.length) {
    checkReleased(seq);
    const view = seq.view;
    const mem = view.buf.mem;
    let ptr = view.buf.offset + view.strides[0]! * it.index++;
    if (view.suboffsets !== null) ptr = adjustPtr(mem, ptr, view.suboffsets, 0);
    return it.unpack(mem, ptr);
  }
  it.seq = null;
  Py_DECREF(seq);
  return null;
}

/** `_PyMemoryIter_Type`. */
export const _PyMemoryIter_Type = new PyTypeObject({
  name: "memory_iterator",
  iter: (o) => Py_NewRef(o),
  iternext: memoryiterNext,
  // Returned "with an exception set" (see memoryIter).
  result_has_error: (o) => (o as PyMemoryIterObject).pending !== null,
  dealloc: (o) => {
    const it = o as PyMemoryIterObject;
    const seq = it.seq;
    it.seq = null;
    if (seq !== null) Py_DECREF(seq);
  },
});

/**
 * `memory_iter` (tp_iter).
 *
 * CPython 3.11 quirk, kept: on a released view `memory_iter` returns an
 * iterator while the ValueError of `memory_length` is still set. Consumers
 * that go on to call `next()` (`for`, `list()`, `in`, `sum()`) report that
 * ValueError; those that return the iterator at once (the `iter()` builtin,
 * `enumerate()`, `zip()`...) report `SystemError: <built-in function iter>
 * returned a result with an exception set`. Here the iterator carries the
 * error (`pending`; the type's `result_has_error` tells callers, see
 * `PyObject_ResultHasError`) and raises it on the first `next()`.
 */
export function memoryIter(o: PyObject): PyObject {
  const self = o as PyMemoryViewObject;
  const ndim = self.view.ndim;
  if (ndim === 0) raise(PyExc_TypeError, "invalid indexing of 0-dim memory");
  if (ndim !== 1) raise(PyExc_NotImplementedError, "multi-dimensional sub-views are not implemented");
  const { unpack } = viewCodec(self);
  let length = 0;
  let pending: PyError | null = null;
  try {
    length = Number(memoryLength(self));
  } catch (e) {
    if (!(e instanceof PyError)) throw e;
    pending = e;
  }
  const it = new PyMemoryIterObject(_PyMemoryIter_Type, Py_NewRef(self), length, unpack);
  it.pending = pending;
  return it;
}
