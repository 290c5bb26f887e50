/**
 * The memoryview C-API (`Include/memoryobject.h`, `Objects/memoryobject.c`)
 * over `@py/memoryview`.
 *
 * `PyMemoryView_GET_BUFFER` returns the address of a `Py_buffer` struct that
 * mirrors the memoryview's own view. Invariants: a memoryview has at most one
 * such struct; it is rewritten from the view on every call (so it is in step
 * after `release()` or any change); it belongs to the memoryview and is freed
 * once the memoryview has been deallocated; its `obj` is the view's `obj`,
 * BORROWED (the memoryview's managed buffer owns the reference). Writes by C
 * code into the struct do not reach the memoryview.
 */
import { PyBUF_READ, PyBUF_WRITE, type Py_buffer, PyBuffer_SizeFromFormat } from "@py/buffer";
import { describe, PyExc_SystemError, PyExc_ValueError, type PyObject, raise } from "@py/object";
import {
  PyMemoryView_Check as mvCheck,
  PyMemoryView_FromBuffer as mvFromBuffer,
  PyMemoryView_FromMemory as mvFromMemory,
  PyMemoryView_FromObject as mvFromObject,
  PyMemoryView_GET_BASE as mvGetBase,
  PyMemoryView_GET_BUFFER as mvGetBuffer,
  PyMemoryView_GetContiguous as mvGetContiguous,
} from "@py/memoryview";
import { type CChar, charOf, type Ptr } from "./c-types.js";
import { capiReport, hexAddr } from "./checked.js";
import { setErrorFrom } from "./errors.js";
import { NULL_OBJECT, type PyObjectPtr } from "./handles.js";
import { intoHeapStorage } from "./heap-storage.js";
import { checkLayout } from "./layout-check.js";
import { freeBlocks, noBlocks, readPyBufferStruct, writePyBufferStruct } from "./py-buffer-struct.js";
import { adopt, borrow, borrowHandle } from "./refcount.js";
import { rt } from "./runtime.js";

/**
 * `PyMemoryView_FromObject(obj)`: a new memoryview of exporter `obj` (new reference), or NULL.
 * @returns New reference.
 */
export function PyMemoryView_FromObject(obj: PyObjectPtr): PyObjectPtr {
  try {
    const o = borrow(obj, "PyMemoryView_FromObject");
    intoHeapStorage(o);
    return adopt(mvFromObject(o));
  } catch (e) {
    setErrorFrom(e, "PyMemoryView_FromObject");
    return NULL_OBJECT;
  }
}

/**
 * `PyMemoryView_FromMemory(mem, size, flags)`: a memoryview (no base object)
 * of `size` bytes at address `mem`, read-only unless `flags` is `PyBUF_WRITE`.
 * The bytes are not copied: the view reads and writes the linear memory (or
 * the exporter's memory mapped at that address).
 * @returns New reference.
 */
export function PyMemoryView_FromMemory(mem: Ptr, size: number, flags: number): PyObjectPtr {
  const fn = "PyMemoryView_FromMemory";
  try {
    if (mem === 0) {
      const msg = `${fn}: mem must not be NULL`;
      capiReport(msg);
      raise(PyExc_SystemError, msg);
    }
    if (!(size >= 0) || !Number.isInteger(size)) raise(PyExc_SystemError, `${fn}: invalid size ${size}`);
    if (flags !== PyBUF_READ && flags !== PyBUF_WRITE) {
      capiReport(
        `${fn}: flags must be PyBUF_READ or PyBUF_WRITE, got ${hexAddr(flags)} (treated as PyBUF_READ)`,
      );
    }
    const p = rt.mem.ptr(mem, size, fn);
    return adopt(mvFromMemory(p, size, flags));
  } catch (e) {
    setErrorFrom(e, fn);
    return NULL_OBJECT;
  }
}

/**
 * `PyMemoryView_FromBuffer(view)`: a memoryview wrapping the buffer described
 * by the struct at `view` (copied: later changes to the struct do not matter,
 * but the bytes at `view->buf` must outlive the memoryview). `view->obj` is
 * ignored: the memoryview has no base (`GET_BASE` is NULL, `.obj` is None)
 * and releasing it releases nothing. ValueError if `view->buf` is NULL.
 * @returns New reference.
 */
export function PyMemoryView_FromBuffer(view: Ptr): PyObjectPtr {
  const fn = "PyMemoryView_FromBuffer";
  try {
    const m = rt.mem;
    m.ptr(view, m.abi.pyBuffer.size, `${fn}: Py_buffer *`);
    if (m.readPtr(view + m.abi.pyBuffer.buf) === 0) {
      raise(PyExc_ValueError, "PyMemoryView_FromBuffer(): info->buf must not be NULL");
    }
    const ts = readPyBufferStruct(m, view, fn);
    // info->obj is NULL or a borrowed reference: the memoryview must not own it.
    ts.obj = null;
    // The memoryview will read and write these items: they must exist.
    checkLayout(ts, fn);
    checkFormat(ts, fn);
    return adopt(mvFromBuffer(ts));
  } catch (e) {
    setErrorFrom(e, fn);
    return NULL_OBJECT;
  }
}

/**
 * A struct format the memoryview can unpack must have the struct's itemsize,
 * or item access would read past the items (formats it cannot parse are kept:
 * item access then raises NotImplementedError, as in CPython).
 */
function checkFormat(view: Py_buffer, fn: string): void {
  if (view.format === null) {
    // No format means "B": each item is read as at least one byte.
    if (view.itemsize < 1) raise(PyExc_SystemError, `${fn}: invalid Py_buffer: itemsize ${view.itemsize}`);
    return;
  }
  let size: number;
  try {
    size = PyBuffer_SizeFromFormat(view.format);
  } catch {
    return;
  }
  if (size !== view.itemsize) {
    raise(
      PyExc_SystemError,
      `${fn}: invalid Py_buffer: format '${view.format}' has item size ${size}, itemsize is ${view.itemsize}`,
    );
  }
}

/**
 * `PyMemoryView_GetContiguous(obj, buffertype, order)`: a memoryview of
 * `obj` that is contiguous in `order` ('C', 'F' or 'A'): `obj`'s own memory
 * when it already is, else a read-only copy (BufferError when `buffertype`
 * is `PyBUF_WRITE` and a copy or a writable buffer would be needed).
 * @returns New reference.
 */
export function PyMemoryView_GetContiguous(obj: PyObjectPtr, buffertype: number, order: CChar): PyObjectPtr {
  const fn = "PyMemoryView_GetContiguous";
  try {
    if (buffertype !== PyBUF_READ && buffertype !== PyBUF_WRITE) {
      capiReport(`${fn}: buffertype must be PyBUF_READ or PyBUF_WRITE, got ${buffertype}`);
    }
    const o = charOf(order);
    if (o !== "C" && o !== "F" && o !== "A") capiReport(`${fn}: order must be 'C', 'F' or 'A', got '${o}'`);
    const x = borrow(obj, fn);
    intoHeapStorage(x);
    return adopt(mvGetContiguous(x, buffertype, o as "C" | "F" | "A"));
  } catch (e) {
    setErrorFrom(e, fn);
    return NULL_OBJECT;
  }
}

/** `PyMemoryView_Check(obj)`: 1 for a memoryview, else 0. */
export function PyMemoryView_Check(obj: PyObjectPtr): number {
  try {
    return mvCheck(borrow(obj, "PyMemoryView_Check")) ? 1 : 0;
  } catch (e) {
    setErrorFrom(e, "PyMemoryView_Check");
    return 0;
  }
}

/** The memoryview of `h`, or a SystemError (reported in checked mode) naming `fn`. */
function memoryviewOf(h: PyObjectPtr, fn: string): PyObject {
  const o = borrow(h, fn);
  if (!mvCheck(o)) {
    const msg = `${fn}: argument must be a memoryview, not ${describe(o)}`;
    capiReport(msg);
    raise(PyExc_SystemError, msg);
  }
  return o;
}

/** Frees the `GET_BUFFER` structs of memoryviews that have been deallocated. */
export function sweepViewStructs(): void {
  for (const [mv, vs] of rt.viewStructs) {
    if (mv.ob_refcnt > 0) continue;
    freeBlocks(rt.mem, vs.blocks);
    rt.mem.allocator.free(vs.addr);
    rt.viewStructs.delete(mv);
  }
}

/**
 * `PyMemoryView_GET_BUFFER(mview)`: the address of the memoryview's own
 * `Py_buffer` (see the module comment). NULL with SystemError for a
 * non-memoryview (CPython does not check; the façade does).
 */
export function PyMemoryView_GET_BUFFER(mview: PyObjectPtr): Ptr {
  const fn = "PyMemoryView_GET_BUFFER";
  try {
    const mv = memoryviewOf(mview, fn);
    const m = rt.mem;
    let vs = rt.viewStructs.get(mv);
    if (vs === undefined) {
      if (rt.viewStructs.size >= rt.sweepViewsAt) {
        sweepViewStructs();
        rt.sweepViewsAt = Math.max(64, rt.viewStructs.size * 2);
      }
      const size = m.abi.pyBuffer.size;
      const addr = m.allocator.malloc(size);
      if (addr === 0) throw new RangeError("memory allocation failed");
      m.zero(addr, size);
      vs = { addr, blocks: noBlocks() };
      rt.viewStructs.set(mv, vs);
    } else {
      freeBlocks(m, vs.blocks);
    }
    const view = mvGetBuffer(mv);
    vs.blocks = writePyBufferStruct(m, vs.addr, view, borrowHandle(view.obj));
    return vs.addr;
  } catch (e) {
    setErrorFrom(e, fn);
    return 0;
  }
}

/**
 * `PyMemoryView_GET_BASE(mview)`: the exporting object (BORROWED), or NULL
 * for a memoryview made by `FromMemory`/`FromBuffer`. NULL with SystemError
 * for a non-memoryview.
 * @returns Borrowed reference.
 */
export function PyMemoryView_GET_BASE(mview: PyObjectPtr): PyObjectPtr {
  const fn = "PyMemoryView_GET_BASE";
  try {
    return borrowHandle(mvGetBase(memoryviewOf(mview, fn)) ?? null);
  } catch (e) {
    setErrorFrom(e, fn);
    return NULL_OBJECT;
  }
}
