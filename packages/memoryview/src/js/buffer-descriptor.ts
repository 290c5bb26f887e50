/**
 * The zero-copy descriptor of a view's memory for strided access from JS
 * (Pyodide's `PyBuffer`): item `[i, j, ...]` of the view is
 * `data[offset + i * strides[0] + j * strides[1] + ...]`.
 *
 * `data` is a TypedArray of the item type when the format is a native
 * single item with a TypedArray (`d` → `Float64Array`, `i` →
 * `Int32Array`, ...) and the items are aligned for it; otherwise a
 * `Uint8Array` of the bytes (an item is then `itemsize` elements).
 * `offset` and `strides` count elements of `data`, which spans exactly the
 * bytes the view reaches. It is the view's own memory, not a copy: for a
 * read-only view (`readonly`) the caller must not write to it.
 *
 * The descriptor holds an export of the memoryview (`PyObject_GetBuffer`
 * with `PyBUF_RECORDS_RO`; a PIL-style view with suboffsets is refused with
 * memoryview's `BufferError`), so the view cannot be released while it
 * lives: `release()` it, or `using` it, or leave it to the garbage
 * collector.
 */
import {
  PyBUF_RECORDS_RO,
  PyBuffer_Release,
  PyObject_GetBuffer,
  type Py_buffer,
  cancelReleaseOnCollect,
  emptyPyBuffer,
  releaseOnCollect,
} from "@py/buffer";
import { type PyObject, SYMBOL_DISPOSE } from "@py/object";
import type { ViewTypedArray } from "../js-access.js";
import { formatTypedArray } from "./typed-array-format.js";

/** What `MemoryView.getBuffer()` returns. */
export interface BufferDescriptor extends Disposable {
  /** The memory the view reaches (see the file's comment for its type). */
  readonly data: ViewTypedArray;
  /** Index into `data` of item `[0, 0, ...]`. */
  readonly offset: number;
  readonly shape: readonly number[];
  /** Steps between items along each dimension, in elements of `data` (may be negative or zero). */
  readonly strides: readonly number[];
  /** The struct format of an item (`"d"`, `"<i"`, `"3s"`, ...). */
  readonly format: string;
  /** Size of an item in bytes. */
  readonly itemsize: number;
  readonly readonly: boolean;
  /** Ends the export (`PyBuffer_Release`); a second call does nothing. */
  release(): void;
}

/** The lowest and one-past-highest byte the items of `view` reach, relative to `view.buf`. */
function byteExtent(
  shape: readonly number[],
  strides: readonly number[],
  itemsize: number,
): [number, number] {
  let lo = 0;
  let hi = itemsize;
  for (let d = 0; d < shape.length; d++) {
    const n = shape[d]!;
    if (n === 0) return [0, 0];
    const reach = (n - 1) * strides[d]!;
    if (reach < 0) lo += reach;
    else hi += reach;
  }
  return [lo, hi];
}

class Descriptor implements BufferDescriptor {
  readonly data: ViewTypedArray;
  readonly offset: number;
  readonly shape: readonly number[];
  readonly strides: readonly number[];
  readonly format: string;
  readonly itemsize: number;
  readonly readonly: boolean;
  #view: Py_buffer | null;

  constructor(view: Py_buffer) {
    this.#view = view;
    const format = view.format ?? "B";
    const itemsize = view.itemsize;
    const shape = (view.shape ?? []).map(Number);
    const byteStrides = (view.strides ?? []).map(Number); // Py_ssize_t: safe integers here
    const [lo, hi] = byteExtent(shape, byteStrides, itemsize);
    const u8 = view.buf.mem.u8;
    const start = u8.byteOffset + view.buf.offset + lo;
    const typed = formatTypedArray(format);
    const Ctor =
      typed !== null &&
      typed.BYTES_PER_ELEMENT === itemsize &&
      start % itemsize === 0 &&
      byteStrides.every((s) => s % itemsize === 0)
        ? typed
        : Uint8Array;
    const unit = Ctor.BYTES_PER_ELEMENT;
    this.data = new Ctor(u8.buffer, start, (hi - lo) / unit);
    this.offset = lo === 0 ? 0 : -lo / unit;
    this.shape = Object.freeze(shape.slice());
    this.strides = Object.freeze(byteStrides.map((s) => s / unit));
    this.format = format;
    this.itemsize = itemsize;
    this.readonly = view.readonly;
    releaseOnCollect(this, () => PyBuffer_Release(view));
  }

  release(): void {
    const view = this.#view;
    if (view === null) return;
    this.#view = null;
    cancelReleaseOnCollect(this);
    PyBuffer_Release(view);
  }

  [SYMBOL_DISPOSE](): void {
    this.release();
  }
}

/**
 * A descriptor of `mv`'s memory (borrowed): `PyObject_GetBuffer(mv, view,
 * PyBUF_RECORDS_RO)` read as JS; raises what that raises.
 */
export function bufferDescriptor(mv: PyObject): BufferDescriptor {
  const view = emptyPyBuffer();
  PyObject_GetBuffer(mv, view, PyBUF_RECORDS_RO);
  try {
    return new Descriptor(view);
  } catch (e) {
    PyBuffer_Release(view);
    throw e;
  }
}
