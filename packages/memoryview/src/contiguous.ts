/**
 * `PyMemoryView_GetContiguous(obj, buffertype, order)` and
 * `memory_from_contiguous_copy` (`Objects/memoryobject.c`).
 */
import { PyExc_BufferError, type PyObject, owned, raise } from "@py/object";
import {
  PyBUF_FULL_RO,
  PyBUF_WRITE,
  PyBuffer_IsContiguous,
  PyBytes_AdoptBytes,
  toContiguousBytes,
} from "@py/buffer";
import { _PyManagedBuffer_FromObject } from "./managed-buffer.js";
import {
  type MemoryViewBuffer,
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
function memoryFromContiguousCopy(src: MemoryViewBuffer, order: "C" | "F" | "A"): PyMemoryViewObject {
  const ord = order === "F" ? "F" : "C";
  using bytes = owned(PyBytes_AdoptBytes(toContiguousBytes(src, ord)));
  using mbuf = owned(_PyManagedBuffer_FromObject(bytes.obj, PyBUF_FULL_RO));
  // mbuf_copy_format: the master takes src's format.
  if (src.format !== null) mbuf.obj.master.format = src.format;
  const mv = mbufAddIncompleteView(mbuf.obj, null, src.ndim);
  const dest = mv.view;
  dest.itemsize = src.itemsize;
  for (let i = 0; i < src.ndim; i++) dest.shape[i] = src.shape[i]!;
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
 * @returns New reference.
 */
export function PyMemoryView_GetContiguous(
  obj: PyObject,
  buffertype: number,
  order: "C" | "F" | "A",
): PyObject {
  using mv = owned(PyMemoryView_FromObject(obj));
  const view = mv.obj.view;
  if (buffertype === PyBUF_WRITE && view.readonly)
    raise(PyExc_BufferError, "underlying buffer is not writable");
  if (PyBuffer_IsContiguous(view, order)) return mv.release();
  if (buffertype === PyBUF_WRITE) {
    raise(PyExc_BufferError, "writable contiguous buffer requested for a non-contiguous object.");
  }
  return memoryFromContiguousCopy(view, order);
}
