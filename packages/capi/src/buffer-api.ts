/**
 * The buffer protocol's C-API (`Objects/abstract.c`, `Objects/memoryobject.c`):
 * `PyObject_GetBuffer` fills a `Py_buffer` struct in linear memory, and the
 * `PyBuffer_*` functions work on such structs.
 *
 * Invariants: a struct filled by `PyObject_GetBuffer` holds the exporter's
 * export (and a reference in `view->obj`) until `PyBuffer_Release`, which
 * ends the export, frees the format/shape/strides/suboffsets blocks written
 * for it and sets `view->obj` to NULL, so releasing twice is harmless (and
 * reported in checked mode). The struct itself belongs to the caller.
 */
import {
  type ContiguityOrder,
  NULL_PTR,
  type Py_buffer,
  PyBUF_FORMAT,
  PyBUF_ND,
  PyBUF_STRIDES,
  PyBUF_WRITABLE,
  PyBuffer_FromContiguous as tsFromContiguous,
  PyBuffer_IsContiguous as tsIsContiguous,
  PyBuffer_Release as tsRelease,
  PyBuffer_SizeFromFormat as tsSizeFromFormat,
  PyBuffer_ToContiguous as tsToContiguous,
  PyObject_CheckBuffer as tsCheckBuffer,
  PyObject_CopyData as tsCopyData,
  PyObject_GetBuffer as tsGetBuffer,
  emptyPyBuffer,
} from "@py/buffer";
import { PyMemoryView_Check as mvCheck, PyMemoryView_GET_BASE as mvGetBase } from "@py/memoryview";
import {
  isCheckedMode,
  PyExc_BufferError,
  PyExc_SystemError,
  PyExc_ValueError,
  type PyObject,
  Py_DECREF as objDECREF,
  raise,
} from "@py/object";
import { type CChar, charOf, type Ptr } from "./c-types.js";
import { capiReport, describeObject, hexAddr } from "./checked.js";
import { setErrorFrom } from "./errors.js";
import type { PyObjectPtr } from "./handles.js";
import { intoHeapStorage } from "./heap-storage.js";
import { checkCopyLength, checkedGetPointer, checkLayout, checkNdim } from "./layout-check.js";
import { freeBlocks, noBlocks, readPyBufferStruct, writePyBufferStruct } from "./py-buffer-struct.js";
import { borrow, borrowHandle, noteMaybeDead, Py_DECREF, Py_INCREF } from "./refcount.js";
import { type ExportRecord, exportRecord, rt } from "./runtime.js";

/** Checks that a whole `Py_buffer` struct is accessible at `view`. */
function structAt(view: Ptr, fn: string): void {
  const m = rt.mem;
  if (!m.isValid(view, m.abi.pyBuffer.size)) m.check(view, m.abi.pyBuffer.size, `${fn}: Py_buffer *`);
}

/** Reads the struct at `view` as a TypeScript `Py_buffer` (obj borrowed). */
export function viewAt(view: Ptr, fn: string): Py_buffer {
  structAt(view, fn);
  return readPyBufferStruct(rt.mem, view, fn);
}

/**
 * Exporters whose `bf_getbuffer`/`bf_releasebuffer` are C functions (types
 * defined in C under the wasm runtime): C asking such an object for a buffer
 * is a C call filling C's own struct, as in CPython, with no TypeScript view
 * in between. Installed by the wasm runtime (wasm/c-exporters.ts).
 */
export interface CExporters {
  /** Whether `o`'s buffer procs are C functions. */
  owns(o: PyObject): boolean;
  /** Calls the C `bf_getbuffer(obj, view, flags)`; throws the exception C set on failure. */
  getbuffer(o: PyObject, obj: PyObjectPtr, view: Ptr, flags: number): void;
  /** Calls the C `bf_releasebuffer(obj, view)` of `o`'s type, if it has one. */
  releasebuffer(o: PyObject, obj: PyObjectPtr, view: Ptr): void;
}

let cExporters: CExporters | null = null;

/** @internal Installs the C exporters' bridge (the wasm runtime). */
export function _setCExporters(x: CExporters): void {
  cExporters = x;
}

/**
 * `PyObject_GetBuffer` of a C exporter: its C `bf_getbuffer` fills `view`
 * itself (what CPython does). The reference in `view->obj` belongs to the
 * export, not to C's own count (as for a TypeScript exporter), so leak
 * reports and `PyBuffer_Release` are the same for both.
 */
function getBufferFromC(x: CExporters, o: PyObject, obj: PyObjectPtr, view: Ptr, flags: number): void {
  const old = rt.exports.get(view);
  try {
    x.getbuffer(o, obj, view, flags);
  } catch (e) {
    // What a PyBuffer_FillInfo made for the view before the exporter failed goes with it.
    const rec = rt.exports.get(view);
    if (rec !== undefined && rec !== old && rec.ts === null) {
      rt.exports.delete(view);
      freeBlocks(rt.mem, rec.blocks);
    }
    throw e;
  }
  const filled = rt.exports.get(view);
  // An exporter that handed the request on (`PyObject_GetBuffer(self->base, view, flags)`): the
  // view holds that export, released as such (as CPython releases through view->obj's type).
  if (filled !== undefined && filled !== old && (filled.ts !== null || filled.owner !== undefined)) return;
  const objH = rt.mem.readPtr(view + rt.mem.abi.pyBuffer.obj) as PyObjectPtr;
  if (objH !== 0) rt.handles.addOwned(objH, -1);
  const origin = isCheckedMode() ? `PyObject_GetBuffer from ${describeObject(o)}` : "PyObject_GetBuffer";
  if (filled !== undefined && filled !== old) {
    // The record PyBuffer_FillInfo made for the view becomes the export's.
    filled.origin = origin;
    filled.owner = o;
  } else {
    rt.exports.set(view, exportRecord(null, noBlocks(), origin, o));
  }
}

/** `PyObject_CheckBuffer(obj)`: 1 if `obj` exports buffers, else 0. */
export function PyObject_CheckBuffer(obj: PyObjectPtr): number {
  try {
    return tsCheckBuffer(borrow(obj, "PyObject_CheckBuffer")) ? 1 : 0;
  } catch (e) {
    setErrorFrom(e, "PyObject_CheckBuffer");
    return 0;
  }
}

/**
 * `PyObject_GetBuffer(obj, view, flags)`: asks `obj` for a buffer and fills
 * the struct at `view`. 0 on success, -1 with an exception set.
 */
export function PyObject_GetBuffer(obj: PyObjectPtr, view: Ptr, flags: number): number {
  const fn = "PyObject_GetBuffer";
  try {
    const o = borrow(obj, fn);
    structAt(view, fn);
    const old = rt.exports.get(view);
    if (old !== undefined) {
      capiReport(
        `${fn}: Py_buffer at ${hexAddr(view)} still holds an unreleased export (${old.origin}); it is leaked`,
      );
    }
    if (cExporters?.owns(o)) {
      getBufferFromC(cExporters, o, obj, view, flags);
      if (isCheckedMode() && rt.mem.readI32(view + rt.mem.abi.pyBuffer.readonly) !== 0)
        snapshotReadonly(view);
      rt.released.delete(view);
      return 0;
    }
    intoHeapStorage(o);
    const ts = emptyPyBuffer();
    tsGetBuffer(o, ts, flags);
    let blocks: ReturnType<typeof noBlocks>;
    try {
      blocks = writePyBufferStruct(rt.mem, view, ts, borrowHandle(ts.obj));
    } catch (e) {
      tsRelease(ts);
      throw e;
    }
    const origin = isCheckedMode() ? `${fn} from ${describeObject(o)}` : fn;
    rt.exports.set(view, exportRecord(ts, blocks, origin, undefined));
    if (isCheckedMode() && ts.readonly) snapshotReadonly(view);
    rt.released.delete(view);
    return 0;
  } catch (e) {
    setErrorFrom(e, fn);
    return -1;
  }
}

/**
 * Checked mode: keeps a copy of the bytes a read-only export covers (those in
 * the heap C can write: `[buf, buf + len)`), so that `PyBuffer_Release` can
 * tell whether C wrote through it.
 */
function snapshotReadonly(view: number): void {
  const rec = rt.exports.get(view);
  if (rec === undefined) return;
  const m = rt.mem;
  const L = m.abi.pyBuffer;
  const buf = m.readPtr(view + L.buf);
  const len = m.readSsize(view + L.len);
  const u8 = m.heapU8();
  if (buf === 0 || len <= 0 || buf + len > u8.length) return;
  // Memory C lent (a memoryview with no base: PyMemoryView_FromMemory/FromBuffer) is C's to
  // write, and the façade writes there too (a Py_buffer C keeps in it, filled by GetBuffer):
  // a change is reported but not undone, which would clobber C's own data.
  const o = rec.ts?.obj ?? null;
  const lent = o !== null && mvCheck(o) && mvGetBase(o) === null;
  rec.readonlyCopy = { buf, bytes: u8.slice(buf, buf + len), restore: !lent };
}

/** Reports (checked mode) bytes of a read-only export C changed, and restores them. */
function checkReadonly(fn: string, view: number, rec: ExportRecord): void {
  const copy = rec.readonlyCopy!;
  const u8 = rt.mem.heapU8();
  const { buf, bytes } = copy;
  if (buf + bytes.length > u8.length) return;
  let changed = 0;
  let first = -1;
  for (let i = 0; i < bytes.length; i++) {
    if (u8[buf + i] !== bytes[i]) {
      changed++;
      if (first < 0) first = i;
    }
  }
  if (changed === 0) return;
  capiReport(
    `${fn}: C wrote into a read-only buffer: the Py_buffer at ${hexAddr(view)} (filled by ${rec.origin}) ` +
      `has view->readonly == 1, but ${changed} byte${changed === 1 ? "" : "s"} changed (the first at offset ${first}); ` +
      (copy.restore ? "the object's bytes are restored" : "the memory is C's own (left as written)"),
  );
  if (copy.restore) u8.set(bytes, buf);
}

/** Whether two byte arrays are equal. */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * `PyBuffer_Release(view)`: ends the export held by the struct at `view` and
 * drops its reference to `view->obj`; nothing if `view->obj` is NULL.
 */
export function PyBuffer_Release(view: Ptr): void {
  const fn = "PyBuffer_Release";
  try {
    structAt(view, fn);
    const L = rt.mem.abi.pyBuffer;
    const objH = rt.mem.readPtr(view + L.obj) as PyObjectPtr;
    const rec = rt.exports.get(view);
    if (
      objH === 0 &&
      rec !== undefined &&
      (rec.owner !== undefined || (rec.ts !== null && rec.ts.obj === null))
    ) {
      // A legacy exporter filled the view with obj == NULL (`staticarray(legacy_mode=True)`):
      // nothing to release in C, but the blocks the façade wrote for the struct are freed.
      rt.exports.delete(view);
      freeBlocks(rt.mem, rec.blocks);
      return;
    }
    if (objH === 0) {
      // A double release leaves the struct as the first left it; a struct C zeroed or refilled
      // since (a fresh `Py_buffer` at the same stack or heap address, an optional `y*` unit
      // not given) is a release of nothing, which CPython allows.
      const before = rt.released.get(view);
      if (before !== undefined && sameBytes(rt.mem.copyOut(view, L.size), before)) {
        capiReport(`${fn}: double release of the Py_buffer at ${hexAddr(view)} (view->obj is already NULL)`);
      }
      return;
    }
    if (rec !== undefined) {
      if (rec.readonlyCopy !== undefined) checkReadonly(fn, view, rec);
      rt.exports.delete(view);
      freeBlocks(rt.mem, rec.blocks);
      if (rec.ts !== null) {
        const o = rec.ts.obj;
        tsRelease(rec.ts);
        noteMaybeDead(o);
      } else if (rec.owner !== undefined && cExporters !== null) {
        // A C exporter's export (getBufferFromC): its C bf_releasebuffer, then the export's reference.
        const o = borrow(objH, fn);
        cExporters.releasebuffer(o, objH, view);
        objDECREF(o);
        noteMaybeDead(o);
      } else {
        Py_DECREF(objH);
      }
    } else {
      // Filled by C code (or a copy of a filled struct): drop its reference.
      Py_DECREF(objH);
    }
    rt.mem.writePtr(view + L.obj, 0);
    if (isCheckedMode()) rt.released.set(view, rt.mem.copyOut(view, L.size));
  } catch (e) {
    setErrorFrom(e, fn);
  }
}

/**
 * `PyBuffer_FillInfo(view, obj, buf, len, readonly, flags)`: fills `view` for
 * a simple exporter of `len` unsigned bytes at `buf`, taking a new reference
 * to `obj` (which may be NULL). As in C, `view->shape` points at `view->len`
 * and `view->strides` at `view->itemsize`; the format is a static "B".
 */
export function PyBuffer_FillInfo(
  view: Ptr,
  obj: PyObjectPtr,
  buf: Ptr,
  len: number,
  readonly: number,
  flags: number,
): number {
  const fn = "PyBuffer_FillInfo";
  try {
    if (view === 0) raise(PyExc_BufferError, "PyBuffer_FillInfo: view==NULL argument is obsolete");
    if ((flags & PyBUF_WRITABLE) === PyBUF_WRITABLE && readonly === 1) {
      raise(PyExc_BufferError, "Object is not writable.");
    }
    structAt(view, fn);
    if (obj !== 0) borrow(obj, fn);
    const m = rt.mem;
    const L = m.abi.pyBuffer;
    // Every field must fit before anything is written or counted (no half-filled struct, no leaked reference).
    const ptrMax = m.abi.ptrSize === 4 ? 2 ** 32 - 1 : Number.MAX_SAFE_INTEGER;
    if (!(Number.isSafeInteger(buf) && buf >= 0 && buf <= ptrMax))
      raise(PyExc_SystemError, `${fn}: invalid buf ${buf}`);
    if (!(Number.isSafeInteger(len) && len >= -m.abi.ssizeMax - 1 && len <= m.abi.ssizeMax)) {
      raise(PyExc_SystemError, `${fn}: invalid len ${len}`);
    }
    if (readonly !== (readonly | 0)) raise(PyExc_SystemError, `${fn}: invalid readonly ${readonly}`);
    if (obj !== 0) Py_INCREF(obj);
    const format = (flags & PyBUF_FORMAT) === PyBUF_FORMAT ? rt.formatB : 0;
    const shape = (flags & PyBUF_ND) === PyBUF_ND ? view + L.len : 0;
    const strides = (flags & PyBUF_STRIDES) === PyBUF_STRIDES ? view + L.itemsize : 0;
    // wasm32 (every field 4 bytes, each value checked above): one range check for the struct.
    const dv = m.abi.ptrSize === 4 && m.abi.ssizeSize === 4 ? m.heapView(view, L.size) : null;
    if (dv !== null) {
      dv.setUint32(view + L.obj, obj, true);
      dv.setUint32(view + L.buf, buf, true);
      dv.setInt32(view + L.len, len, true);
      dv.setInt32(view + L.readonly, readonly, true);
      dv.setInt32(view + L.itemsize, 1, true);
      dv.setUint32(view + L.format, format, true);
      dv.setInt32(view + L.ndim, 1, true);
      dv.setUint32(view + L.shape, shape, true);
      dv.setUint32(view + L.strides, strides, true);
      dv.setUint32(view + L.suboffsets, 0, true);
      dv.setUint32(view + L.internal, 0, true);
    } else {
      m.writePtr(view + L.obj, obj);
      m.writePtr(view + L.buf, buf);
      m.writeSsize(view + L.len, len);
      m.writeI32(view + L.readonly, readonly);
      m.writeSsize(view + L.itemsize, 1);
      m.writePtr(view + L.format, format);
      m.writeI32(view + L.ndim, 1);
      m.writePtr(view + L.shape, shape);
      m.writePtr(view + L.strides, strides);
      m.writePtr(view + L.suboffsets, 0);
      m.writePtr(view + L.internal, 0);
    }
    if (obj !== 0) {
      const origin = isCheckedMode() ? `${fn} for ${describeObject(borrow(obj, fn))}` : fn;
      rt.exports.set(view, exportRecord(null, noBlocks(), origin, undefined));
    }
    rt.released.delete(view);
    return 0;
  } catch (e) {
    setErrorFrom(e, fn);
    return -1;
  }
}

/** `PyBuffer_IsContiguous(view, order)`: 1 if contiguous in 'C', 'F' or 'A' (either) order. */
export function PyBuffer_IsContiguous(view: Ptr, order: CChar): number {
  try {
    const o = charOf(order);
    if ((o === "C" || o === "F" || o === "A") && isPlainStruct(view)) return 1;
    const v = viewAt(view, "PyBuffer_IsContiguous");
    // The order checks index view->shape when there are strides or several dimensions.
    if (v.shape === null && v.len !== 0 && v.suboffsets === null && (v.strides !== null || v.ndim > 1)) {
      raise(PyExc_SystemError, `PyBuffer_IsContiguous: invalid Py_buffer: shape is NULL with ndim ${v.ndim}`);
    }
    return tsIsContiguous(v, charOf(order)) ? 1 : 0;
  } catch (e) {
    setErrorFrom(e, "PyBuffer_IsContiguous");
    return 0;
  }
}

/**
 * Whether the struct at `view` is a plain one-dimensional (or scalar) export
 * (no format, shape, strides or suboffsets: a `PyBUF_SIMPLE` request), with
 * fields `viewAt` would accept: contiguous in every order, decided from the
 * raw fields without building a view. False means "ask the general path".
 */
function isPlainStruct(view: Ptr): boolean {
  const m = rt.mem;
  const L = m.abi.pyBuffer;
  if (!m.isValid(view, L.size)) return false;
  if (m.readPtr(view + L.shape) !== 0 || m.readPtr(view + L.strides) !== 0) return false;
  if (m.readPtr(view + L.suboffsets) !== 0 || m.readPtr(view + L.format) !== 0) return false;
  const ndim = m.readI32(view + L.ndim);
  if (ndim !== 0 && ndim !== 1) return false;
  const buf = m.readPtr(view + L.buf);
  if (buf !== 0 && !m.isValid(buf, 0)) return false;
  const obj = m.readPtr(view + L.obj);
  return obj === 0 || rt.handles.resolve(obj) !== null;
}

/** The indices argument: an address of `ndim` `Py_ssize_t`, or a JS array. */
function indicesOf(indices: Ptr | readonly number[], ndim: number): readonly number[] {
  return typeof indices === "number" ? rt.mem.readSsizeArray(indices, ndim) : indices;
}

/**
 * `PyBuffer_GetPointer(view, indices)`: the address of the item at `indices`
 * (`ndim` of them), following suboffsets. The view must have strides (a scalar, ndim 0, needs none).
 * NULL with SystemError set if it cannot be computed.
 */
export function PyBuffer_GetPointer(view: Ptr, indices: Ptr | readonly number[]): Ptr {
  const fn = "PyBuffer_GetPointer";
  try {
    const v = viewAt(view, fn);
    // A scalar (ndim 0) has no strides to follow: its pointer is view->buf.
    if (v.strides === null && v.ndim > 0)
      raise(PyExc_SystemError, `${fn}: the view has no strides (request PyBUF_STRIDES)`);
    const idx = indicesOf(indices, v.ndim);
    if (idx.length < v.ndim) raise(PyExc_SystemError, `${fn}: ${v.ndim} indices needed, ${idx.length} given`);
    return rt.mem.addressOf(checkedGetPointer(v, idx, fn));
  } catch (e) {
    setErrorFrom(e, fn);
    return 0;
  }
}

/**
 * `PyBuffer_SizeFromFormat(format)`: the item size `struct.calcsize` gives
 * for `format` (a C string address, or a JS string); -1 with `struct.error`.
 */
export function PyBuffer_SizeFromFormat(format: Ptr | string): number {
  try {
    const f = typeof format === "string" ? format : rt.mem.readCString(format);
    return tsSizeFromFormat(f);
  } catch (e) {
    setErrorFrom(e, "PyBuffer_SizeFromFormat");
    return -1;
  }
}

function orderOf(order: CChar): ContiguityOrder {
  return charOf(order) as ContiguityOrder;
}

/**
 * `PyBuffer_ToContiguous(buf, src, len, order)`: copies the buffer `src` into
 * `len` bytes at `buf`, contiguous in `order`. `len` must equal `src->len`.
 */
export function PyBuffer_ToContiguous(buf: Ptr, src: Ptr, len: number, order: CChar): number {
  const fn = "PyBuffer_ToContiguous";
  try {
    const v = viewAt(src, fn);
    if (len !== v.len) raise(PyExc_ValueError, "PyBuffer_ToContiguous: len != view->len");
    checkLayout(v, fn);
    if (v.ndim > 0 && !tsIsContiguous(v, orderOf(order))) checkCopyLength(v, fn);
    const dst = len === 0 && buf === 0 ? NULL_PTR : rt.mem.ptr(buf, len, `${fn}: destination`);
    tsToContiguous(dst, v, len, orderOf(order));
    return 0;
  } catch (e) {
    setErrorFrom(e, fn);
    return -1;
  }
}

/**
 * `PyBuffer_FromContiguous(view, buf, len, order)`: fills the buffer `view`
 * from `len` contiguous bytes at `buf` laid out in `order` (clipped to `view->len`).
 */
export function PyBuffer_FromContiguous(view: Ptr, buf: Ptr, len: number, order: CChar): number {
  const fn = "PyBuffer_FromContiguous";
  try {
    const v = viewAt(view, fn);
    if (!Number.isSafeInteger(len)) raise(PyExc_SystemError, `${fn}: invalid len ${len}`);
    checkLayout(v, fn);
    const n = Math.min(len, v.len);
    const src = n <= 0 && buf === 0 ? NULL_PTR : rt.mem.ptr(buf, Math.max(0, n), `${fn}: source`);
    tsFromContiguous(v, src, len, orderOf(order));
    return 0;
  } catch (e) {
    setErrorFrom(e, fn);
    return -1;
  }
}

/** `PyObject_CopyData(dest, src)`: copies the contents of exporter `src` into exporter `dest`. */
export function PyObject_CopyData(dest: PyObjectPtr, src: PyObjectPtr): number {
  try {
    tsCopyData(borrow(dest, "PyObject_CopyData"), borrow(src, "PyObject_CopyData"));
    return 0;
  } catch (e) {
    setErrorFrom(e, "PyObject_CopyData");
    return -1;
  }
}

/**
 * `PyBuffer_FillContiguousStrides(nd, shape, strides, itemsize, order)`:
 * writes the strides of a contiguous array (Fortran for 'F', else C).
 * `shape` and `strides` are addresses of `nd` `Py_ssize_t` (or JS arrays;
 * a JS `strides` array is filled in place).
 */
export function PyBuffer_FillContiguousStrides(
  nd: number,
  shape: Ptr | readonly number[],
  strides: Ptr | number[],
  itemsize: number,
  order: CChar,
): void {
  const fn = "PyBuffer_FillContiguousStrides";
  try {
    if (!Number.isInteger(nd) || !Number.isSafeInteger(itemsize)) {
      raise(PyExc_SystemError, `${fn}: invalid nd ${nd} or itemsize ${itemsize}`);
    }
    // As in C, nd <= 0 writes nothing; no Py_buffer has more than 2 * PyBUF_MAX_NDIM dimensions.
    if (nd <= 0) return;
    checkNdim(nd, fn);
    const dims = indicesOf(shape, nd);
    if (dims.length < nd) raise(PyExc_SystemError, `${fn}: ${nd} shape entries needed, ${dims.length} given`);
    for (let i = 0; i < nd; i++) {
      if (!Number.isSafeInteger(dims[i])) raise(PyExc_SystemError, `${fn}: shape[${i}] = ${dims[i]}`);
    }
    // The whole destination first: a fault must not leave it half written.
    if (typeof strides === "number") rt.mem.ptr(strides, nd * rt.mem.abi.ssizeSize, `${fn}: strides`);
    const ord = charOf(order);
    // C's Py_ssize_t arithmetic: products wrap around at the ABI's width.
    const bits = rt.mem.abi.ssizeSize * 8;
    const s = new Array<bigint>(nd);
    let sd = BigInt(itemsize);
    for (let i = 0; i < nd; i++) {
      const k = ord === "F" ? i : nd - 1 - i;
      s[k] = BigInt.asIntN(bits, sd);
      sd = BigInt.asIntN(bits, sd * BigInt(dims[k]!));
    }
    if (typeof strides === "number") {
      for (let i = 0; i < nd; i++) {
        if (bits === 64) rt.mem.writeI64(strides + i * 8, s[i]!);
        else rt.mem.writeI32(strides + i * 4, Number(s[i]!));
      }
    } else for (let i = 0; i < nd; i++) strides[i] = Number(s[i]!);
  } catch (e) {
    setErrorFrom(e, "PyBuffer_FillContiguousStrides");
  }
}

// ---- helpers for TypeScript clients

/** Allocates a zeroed `Py_buffer` struct on the heap (free it with `PyMem_Free` after release); 0 if out of memory. */
export function allocPyBuffer(): Ptr {
  const size = rt.mem.abi.pyBuffer.size;
  const addr = rt.mem.allocator.malloc(size);
  if (addr !== 0) rt.mem.zero(addr, size);
  return addr;
}

/**
 * The struct at `view` as a TypeScript `Py_buffer` (a copy; `obj` borrowed,
 * `buf` reaching the same bytes). Throws a PyError for a bad struct.
 */
export function readPyBuffer(view: Ptr): Py_buffer {
  return viewAt(view, "readPyBuffer");
}

/**
 * The TypeScript `Py_buffer` the exporter filled for a struct obtained from
 * `PyObject_GetBuffer` and not yet released (it carries `internal`), or null.
 */
export function exportedView(view: Ptr): Py_buffer | null {
  return rt.exports.get(view)?.ts ?? null;
}
