/**
 * `PyMemoryView_GetContiguous(obj, buffertype, order)` and
 * `memory_from_contiguous_copy` (`Objects/memoryobject.c`).
 */
import { PyExc_BufferError, type PyObject, Py_DECREF, raise } from "@py/object";
import {
  PyBUF_FULL_RO,
  PyBUF_WRITE,
  PyBuffer_IsContiguous,
  PyBytes_AdoptBytes,
  type Py_buffer,
  toContiguousBytes,
} from "@py/buffer";
import { type PyManagedBufferObject, _PyManagedBuffer_FromObject } from "./managed-buffer.js";
import {
  type PyMemoryViewObject,
  PyMemoryView_FromObject,
  initFlags,
  initFortranStridesFromShape,
  initStridesFromShape,
  mbufAddIncompleteView,
} from "./memoryview.js";

/**
 * `memory_from_contiguous_copy(src, order)`: a read-only view of a new bytes
 * object holding `src` laid out in `order` ('F': Fortran, else C), with
 * src's format, itemsize and shape. Assumes src.ndim > 0. New reference.
 */
function memoryFromContiguousCopy(src: Py_buffer, order: "C" | "F" | "A"): PyMemoryViewObject {
  const ord = order === "F" ? "F" : "C";
  const bytes = PyBytes_AdoptBytes(toContiguousBytes(src, ord));
  let mbuf: PyManagedBufferObject;
  try {
    mbuf = _PyManagedBuffer_FromObject(bytes, PyBUF_FULL_RO);
  } finally {
    Py_DECREF(bytes);
  }
  // mbuf_copy_format: the master takes src's format.
  if (src.format !== null) mbuf.master.format = src.format;
  let mv: PyMemoryViewObject;
  try {
    mv = mbufAddIncompleteView(mbuf, null, src.ndim);
  } finally {
    Py_DECREF(mbuf);
  }
  const dest = mv.view;
  dest.itemsize = src.itemsize;
  for (let i = 0; i < src.ndim; i++) dest.shape![i] = src.shape![i]!;
  if (ord === "C") initStridesFromShape(dest);
  else initFortranStridesFromShape(dest);
  dest.suboffsets = null;
  initFlags(mv);
  return mv;
}

/**
 * `PyMemoryView_GetContiguous(obj, buffertype, order)`: a memoryview of
 * `obj` contiguous in `order` ('C', 'F' or 'A'): `obj`'s own memory when it
 * already is, else (PyBUF_READ only) a read-only view of a contiguous copy.
 * New reference.
 */
export function PyMemoryView_GetContiguous(
  obj: PyObject,
  buffertype: number,
  order: "C" | "F" | "A",
): PyObject {
  const mv = PyMemoryView_FromObject(obj);
  const view = mv.view;
  if (buffertype === PyBUF_WRITE && view.readonly) {
    Py_DECREF(mv);
    raise(PyExc_BufferError, "underlying buffer is not writable");
  }
  if (PyBuffer_IsContiguous(view, order)) return mv;
  if (buffertype === PyBUF_WRITE) {
    Py_DECREF(mv);
    raise(PyExc_BufferError, "writable contiguous buffer requested for a non-contiguous object.");
  }
  try {
    return memoryFromContiguousCopy(view, order);
  } finally {
    Py_DECREF(mv);
  }
}
