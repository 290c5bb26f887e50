/**
 * How `_testbuffer` calls the C-API: through the `@py/capi` façade, with
 * object handles and `Py_buffer` structs in the façade's linear memory, as
 * `Modules/_testbuffer.c` calls CPython's C-API.
 *
 * The C convention (NULL / -1 return, exception in the indicator) is turned
 * back into a thrown `PyError` right after each call (`check`, `checkBool`),
 * so the module's TypeScript code raises as the rest of minipy does.
 *
 * Invariants: a struct from `getBuffer` holds an export until
 * `releaseBuffer` (which also frees the struct); structs and blocks are on
 * the façade's heap, so a missing release shows in `capiLeakReport()` /
 * `capiLiveCounts()`.
 */
import {
  allocPyBuffer,
  borrowHandle,
  PyBuffer_IsContiguous,
  PyBuffer_Release,
  PyErr_Clear,
  PyErr_Occurred,
  PyMem_Free,
  PyObject_GetBuffer,
  type Ptr,
  raiseIfError,
} from "@py/capi";
import { PyExc_MemoryError, PyExc_SystemError, type PyObject, raise } from "@py/object";

/** A C-API return value: -1 (or any negative) raises the pending exception. */
export function check(ret: number): number {
  if (ret < 0) {
    raiseIfError();
    raise(PyExc_SystemError, "error return without exception set");
  }
  return ret;
}

/** An int predicate of the C-API (0 may mean an error): raises if the indicator is set. */
export function checkBool(ret: number): boolean {
  if (ret === 0 && PyErr_Occurred() !== 0) raiseIfError();
  return ret !== 0;
}

/** `Py_buffer view;` on the heap: a zeroed struct, or MemoryError. Free it with `PyMem_Free`. */
export function newPyBuffer(): Ptr {
  const view = allocPyBuffer();
  if (view === 0) raise(PyExc_MemoryError);
  return view;
}

/**
 * `PyObject_GetBuffer(obj, &view, flags)` into a new struct: its address, or
 * raises the exporter's exception (the struct is freed then). `onError`, if
 * given, replaces that exception (as `cmp_contig` and `is_contiguous` do).
 */
export function getBuffer(obj: PyObject, flags: number, onError?: () => never): Ptr {
  const view = newPyBuffer();
  if (PyObject_GetBuffer(borrowHandle(obj), view, flags) < 0) {
    PyMem_Free(view);
    if (onError !== undefined) {
      PyErr_Clear();
      onError();
    }
    check(-1);
  }
  return view;
}

/** `PyBuffer_Release(view)` and frees the struct `getBuffer` allocated. */
export function releaseBuffer(view: Ptr): void {
  PyBuffer_Release(view);
  PyMem_Free(view);
  // PyBuffer_Release is void: an error there (a bad struct) is still reported.
  if (PyErr_Occurred() !== 0) raiseIfError();
}

/** `PyBuffer_IsContiguous(view, order)` as a boolean (raises if the façade set an error). */
export function isContiguous(view: Ptr, order: "C" | "F" | "A"): boolean {
  return checkBool(PyBuffer_IsContiguous(view, order));
}
