/**
 * JavaScript access to a memoryview: zero-copy TypedArray / DataView windows
 * over the view's memory, and plain JS values for iteration.
 *
 * Choice for read-only views: `asTypedArray` / `asDataView` return a COPY
 * (writing to it never reaches the buffer), since a TypedArray cannot be
 * frozen. Writable views give a live window onto the same memory.
 *
 * A window is valid while the view is alive and unreleased, and until the
 * underlying memory grows (a WebAssembly memory replaces its ArrayBuffer).
 */
import {
  PyExc_BufferError,
  PyExc_NotImplementedError,
  PyExc_TypeError,
  type PyObject,
  raise,
} from "@py/object";
import { mvCContiguous } from "./flags.js";
import { type PyMemoryViewObject, PyMemoryView_Check, checkReleased } from "./memoryview.js";

/** TypedArrays a view can be exposed as. */
export type ViewTypedArray =
  | Uint8Array
  | Int8Array
  | Int16Array
  | Uint16Array
  | Int32Array
  | Uint32Array
  | BigInt64Array
  | BigUint64Array
  | Float32Array
  | Float64Array;

type TypedArrayCtor = {
  new (buffer: ArrayBufferLike, byteOffset: number, length: number): ViewTypedArray;
  readonly BYTES_PER_ELEMENT: number;
};

/** Native format char -> TypedArray constructor ('e' exposes the raw binary16 bits). */
const CTORS: Readonly<Record<string, TypedArrayCtor>> = {
  B: Uint8Array,
  c: Uint8Array,
  "?": Uint8Array,
  b: Int8Array,
  h: Int16Array,
  H: Uint16Array,
  e: Uint16Array,
  i: Int32Array,
  I: Uint32Array,
  l: BigInt64Array,
  q: BigInt64Array,
  n: BigInt64Array,
  L: BigUint64Array,
  Q: BigUint64Array,
  N: BigUint64Array,
  P: BigUint64Array,
  f: Float32Array,
  d: Float64Array,
};

function requireContiguous(o: PyObject): PyMemoryViewObject {
  if (!PyMemoryView_Check(o)) raise(PyExc_TypeError, `memoryview expected, not '${o.ob_type.tp_name}'`);
  const mv = o;
  checkReleased(mv);
  if (!mvCContiguous(mv.flags)) raise(PyExc_BufferError, "memoryview: underlying buffer is not C-contiguous");
  return mv;
}

/**
 * A TypedArray over the items of a C-contiguous view of a native format, in
 * memory order (N-D views are flattened). Zero-copy for writable views; a
 * copy for read-only ones. Raises ValueError on a released view, BufferError
 * for a non-contiguous or misaligned view, NotImplementedError for a
 * non-native format.
 */
export function asTypedArray(o: PyObject): ViewTypedArray {
  const mv = requireContiguous(o);
  const view = mv.view;
  const f = view.format;
  const ch = f.charCodeAt(0) === 64 ? f.slice(1) : f;
  const Ctor = ch.length === 1 && Object.hasOwn(CTORS, ch) ? CTORS[ch]! : undefined;
  if (Ctor === undefined) raise(PyExc_NotImplementedError, `memoryview: format ${f} not supported`);
  const mem = view.buf.mem;
  const u8 = mem.u8;
  const byteOffset = u8.byteOffset + view.buf.offset;
  const length = view.len / Ctor.BYTES_PER_ELEMENT;
  if (view.readonly) {
    const copy = u8.slice(view.buf.offset, view.buf.offset + view.len);
    return new Ctor(copy.buffer, 0, length);
  }
  if (byteOffset % Ctor.BYTES_PER_ELEMENT !== 0) {
    raise(PyExc_BufferError, `memoryview: buffer is not aligned for ${Ctor.name}`);
  }
  return new Ctor(u8.buffer, byteOffset, length);
}

/** A DataView over the bytes of a C-contiguous view (a copy when read-only). */
export function asDataView(o: PyObject): DataView {
  const mv = requireContiguous(o);
  const view = mv.view;
  const u8 = view.buf.mem.u8;
  if (view.readonly) {
    const copy = u8.slice(view.buf.offset, view.buf.offset + view.len);
    return new DataView(copy.buffer);
  }
  return new DataView(u8.buffer, u8.byteOffset + view.buf.offset, view.len);
}
