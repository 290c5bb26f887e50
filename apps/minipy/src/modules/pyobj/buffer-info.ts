/**
 * `pyobj.buffer_info(o)` as plain data: every field of the `Py_buffer` a
 * view holds (`PyMemoryView_GET_BUFFER`), or of the buffer an exporter hands
 * out for a `PyBUF_FULL_RO` request — what C would see in the struct.
 * Browser-safe (the playground draws it); the Python-facing conversion is in
 * `values.ts`.
 */
import {
  type Py_buffer,
  PyBUF_FULL_RO,
  PyBuffer_Release,
  PyObject_GetBuffer,
  emptyPyBuffer,
} from "@py/buffer";
import { capiViewStructAddress, linearMemory } from "@py/capi";
import { PyMemoryView_Check, PyMemoryView_GET_BUFFER } from "@py/memoryview";
import { type PyObject, Py_Address, repr } from "@py/object";

/** An object named in a report: its type, repr and `id()` (hex, as `%p`). */
export interface ObjectRef {
  type: string;
  repr: string;
  id: string;
}

/** Where `buf` points: the C heap (a real C address) or the exporter's own memory (an offset in it). */
export type BufMemory = "C heap" | "private";

/** The fields of a `Py_buffer`, as C sees them (`Include/pybuffer.h`), plus where the struct is. */
export interface BufferInfo {
  /** Address of the `Py_buffer` struct C was given (`PyMemoryView_GET_BUFFER`), or null if C never asked. */
  address: number | null;
  /** `void *buf`: the address of the first item. */
  buf: number;
  /** What `buf` is an address in. */
  memory: BufMemory;
  /** `PyObject *obj`: the exporter the view keeps alive, or null. */
  obj: ObjectRef | null;
  len: number;
  itemsize: number;
  readonly: boolean;
  ndim: number;
  /** `char *format`; C's NULL means "B" and is shown as null. */
  format: string | null;
  shape: number[] | null;
  strides: number[] | null;
  suboffsets: number[] | null;
}

/** Reprs longer than this are cut in the middle (a 1 MiB bytearray is not printed whole). */
const MAX_REPR = 120;

/** The `ObjectRef` of `o` (its repr cut to MAX_REPR characters, `...` in the middle); never throws. */
export function objectRef(o: PyObject): ObjectRef {
  let r: string;
  try {
    r = repr(o);
  } catch {
    r = `<${o.ob_type.tp_name} object at ${Py_Address(o)}>`;
  }
  if (r.length > MAX_REPR) r = `${r.slice(0, MAX_REPR - 23)}...${r.slice(r.length - 20)}`;
  return { type: o.ob_type.tp_name, repr: r, id: Py_Address(o) };
}

/** The fields of `view` (a view's `Py_buffer`, not copied; `address` when C has the struct). */
export function bufferFields(view: Py_buffer, address: number | null): BufferInfo {
  let memory: BufMemory = "private";
  try {
    if (linearMemory().heap === view.buf.mem) memory = "C heap";
  } catch {
    memory = "private";
  }
  return {
    address,
    buf: view.buf.offset,
    memory,
    obj: view.obj === null ? null : objectRef(view.obj),
    len: view.len,
    itemsize: view.itemsize,
    readonly: view.readonly,
    ndim: view.ndim,
    format: view.format,
    // Copies as JS numbers (a Py_ssize_t may be typed number | bigint; a real one fits a double).
    shape: view.shape === null ? null : view.shape.map(Number),
    strides: view.strides === null ? null : view.strides.map(Number),
    suboffsets: view.suboffsets === null ? null : view.suboffsets.map(Number),
  };
}

/**
 * Runs `f` on the `Py_buffer` of `o`: a memoryview's own (`PyMemoryView_GET_BUFFER`),
 * or, for another exporter, a `PyBUF_FULL_RO` export taken and released around
 * `f` (as a C consumer asking for everything would see it). Raises what
 * `PyObject_GetBuffer` raises (TypeError for an object without the buffer protocol).
 */
export function withBuffer<T>(o: PyObject, f: (view: Py_buffer, structAddress: number | null) => T): T {
  if (PyMemoryView_Check(o)) return f(PyMemoryView_GET_BUFFER(o), capiViewStructAddress(o));
  const view = emptyPyBuffer();
  PyObject_GetBuffer(o, view, PyBUF_FULL_RO);
  try {
    return f(view, null);
  } finally {
    PyBuffer_Release(view);
  }
}

/** `pyobj.buffer_info(o)`: the `Py_buffer` fields of `o` (see `withBuffer`). */
export function bufferInfo(o: PyObject): BufferInfo {
  return withBuffer(o, bufferFields);
}
