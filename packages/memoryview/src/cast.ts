/**
 * `memoryview.cast(format, shape=...)` and `memoryview.toreadonly()`
 * (`memoryview_cast_impl`, `cast_to_1D`, `cast_to_ND`,
 * `memoryview_toreadonly_impl` of `Objects/memoryobject.c`).
 *
 * Rules: the source must be C-contiguous; one of the two formats must be a
 * byte format (b, B, c); a cast is 1-D -> N-D or N-D -> 1-D and keeps the
 * byte length exactly. The result is a new view registered with the SAME
 * managed buffer, so it stays valid when the source view is released.
 */
import {
  PyExc_TypeError,
  PyExc_UnicodeEncodeError,
  PyExc_ValueError,
  type KwArgs,
  type PyObject,
  PyList_Check,
  PyLong_AsSsize_t,
  PyLong_Check,
  PyLong_CheckExact,
  PyTuple_Check,
  PyUnicode_Check,
  badArgument,
  checkNoArgs,
  parseArgs,
  raise,
  type Py_ssize_t,
  ssize_big,
} from "@py/object";
import { PyBUF_MAX_NDIM, PyBuffer_SizeFromFormat } from "@py/buffer";
import {
  SCALAR_FLAGS,
  _Py_MEMORYVIEW_C,
  _Py_MEMORYVIEW_FORTRAN,
  initFlagsCStrides,
  mvCContiguous,
} from "./flags.js";
import {
  type MemoryViewBuffer,
  NO_DIMS,
  type PyMemoryViewObject,
  checkReleased,
  copyView,
  mbufRegisterView,
  mbufRegisterViewFlags,
  shape1D,
} from "./memoryview.js";
import { nativeFormatChar } from "./unpack-single.js";

/**
 * Item sizes of the formats `nativeFormatChar` accepts, by char code (-1:
 * not native): one indexed load per format, with or without the '@' prefix.
 */
const NATIVE_SIZES: Int8Array = (() => {
  const t = new Int8Array(128).fill(-1);
  for (let i = 0; i < 128; i++) {
    const c = String.fromCharCode(i);
    if (nativeFormatChar(c) !== null) t[i] = PyBuffer_SizeFromFormat(c);
  }
  return t;
})();

/**
 * `get_native_fmtchar`: the item size of a native single-char format (an
 * optional '@' prefix allowed; 3.11 knows no 'e'), or -1.
 */
export function nativeFmtSize(fmt: string): number {
  const len = fmt.length;
  let c: number;
  if (len === 1) c = fmt.charCodeAt(0);
  else if (len === 2 && fmt.charCodeAt(0) === 64) c = fmt.charCodeAt(1);
  else return -1;
  return c < 128 ? NATIVE_SIZES[c]! : -1;
}

/**
 * The strides `[itemsize]` of a 1-D C-contiguous view of a native format:
 * shared by every such view (never written: see memoryview.ts).
 */
const STRIDES_1D: readonly number[][] = Array.from({ length: 9 }, (_, n) => [n]);

/** The char of a native single-char format (after `nativeFmtSize` accepted it). */
export function nativeFmtChar(fmt: string): string {
  return fmt.charCodeAt(0) === 64 ? fmt.slice(1) : fmt;
}

/** `IS_BYTE_FORMAT(f)`. */
export function isByteFormat(f: string): boolean {
  return f === "b" || f === "B" || f === "c";
}

/** A native byte format, '@' allowed: `get_native_fmtchar(f) >= 0 && IS_BYTE_FORMAT(char)`, without the lookup. */
function isNativeByteFormat(f: string): boolean {
  return isByteFormat(f) || (f.length === 2 && f.charCodeAt(0) === 64 && isByteFormat(f[1]!));
}

/** `PyUnicode_AsASCIIString` check of the destination format. */
function asciiFormat(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.codePointAt(i)!;
    if (c > 127) {
      const ch =
        c <= 0xff
          ? `\\x${c.toString(16).padStart(2, "0")}`
          : c <= 0xffff
            ? `\\u${c.toString(16).padStart(4, "0")}`
            : `\\U${c.toString(16).padStart(8, "0")}`;
      raise(
        PyExc_UnicodeEncodeError,
        `'ascii' codec can't encode character '${ch}' in position ${i}: ordinal not in range(128)`,
      );
    }
  }
  return s;
}

/**
 * `mbuf_add_incomplete_view` + `cast_to_1D`: a new buffer with the shared
 * values of `src` whose (C-contiguous) bytes are 1-D items of `format`.
 * Shape and strides are left to `castToND` when a shape follows
 * (`withShape` false). `src` is not written (it may be shared).
 */
function castTo1D(src: MemoryViewBuffer, format: string, withShape: boolean): MemoryViewBuffer {
  // A native format is ASCII: only a rejected one needs the encoding check.
  const itemsize = nativeFmtSize(format);
  if (itemsize < 0) {
    asciiFormat(format);
    raise(
      PyExc_ValueError,
      "memoryview: destination format must be a native single character format prefixed with an optional '@'",
    );
  }
  if (!isByteFormat(nativeFmtChar(format)) && !isNativeByteFormat(src.format)) {
    raise(PyExc_TypeError, "memoryview: cannot cast between two non-byte formats");
  }
  const len = src.len;
  if (len % itemsize) raise(PyExc_TypeError, "memoryview: length is not a multiple of itemsize");
  // The fields in emptyPyBuffer's order (one hidden class for every Py_buffer).
  return {
    buf: src.buf,
    obj: src.obj,
    len,
    itemsize,
    readonly: src.readonly,
    ndim: 1,
    format,
    shape: withShape ? shape1D(len / itemsize) : src.shape,
    strides: withShape ? (STRIDES_1D[itemsize] ?? [itemsize]) : src.strides,
    suboffsets: null,
    internal: src.internal,
    released: false,
    // a C-contiguous source's len is real bytes; the new shape and strides are computed
    wide: null,
  };
}

/** `PY_SSIZE_T_MAX`, exactly. */
const SSIZE_MAX = 2n ** 63n - 1n;

/** `copy_shape`: validates the shape items; returns product(shape) * itemsize. */
function copyShape(shape: number[], seq: readonly PyObject[], itemsize: number): number {
  // Exact integer arithmetic: the C bound check `x > PY_SSIZE_T_MAX / len`
  // truncates. Numbers while the product is a safe integer (far below
  // PY_SSIZE_T_MAX), bigints beyond (apart: keeps this loop inlinable).
  let small = itemsize;
  const n = seq.length;
  for (let i = 0; i < n; i++) {
    const tmp = seq[i]!;
    let x: number;
    // An exact int of number value is its own PyLong_AsSsize_t.
    if (PyLong_CheckExact(tmp) && typeof tmp.value === "number") x = tmp.value;
    else {
      const v = shapeItem(tmp);
      // past 2**53: the exact check goes on in bigints
      if (typeof v === "bigint") return copyShapeBig(shape, seq, i, small);
      x = v;
    }
    if (x <= 0) raise(PyExc_ValueError, "memoryview.cast(): elements of shape must be integers > 0");
    if (small * x > 9007199254740991 /* Number.MAX_SAFE_INTEGER */) return copyShapeBig(shape, seq, i, small);
    small *= x;
    shape[i] = x;
  }
  return small;
}

/** `PyLong_AsSsize_t` of a shape item, TypeError unless it is an int. */
function shapeItem(tmp: PyObject): Py_ssize_t {
  if (!PyLong_Check(tmp)) raise(PyExc_TypeError, "memoryview.cast(): elements of shape must be integers");
  return PyLong_AsSsize_t(tmp);
}

/** `copyShape` from item `i` on, once the product `small` of the items before leaves the safe integers. */
function copyShapeBig(shape: number[], seq: readonly PyObject[], i: number, small: number): number {
  let len = BigInt(small);
  for (; i < seq.length; i++) {
    const x = shapeItem(seq[i]!);
    if (x <= 0) raise(PyExc_ValueError, "memoryview.cast(): elements of shape must be integers > 0");
    const bx = ssize_big(x);
    if (bx > SSIZE_MAX / len) {
      raise(PyExc_ValueError, "memoryview.cast(): product(shape) > SSIZE_MAX");
    }
    len *= bx;
    // a shape item past 2**53 never matches a buffer that exists (the length check refuses it)
    shape[i] = Number(x);
  }
  return Number(len);
}

/**
 * `cast_to_ND`: gives the new 1-D buffer `view` a C-contiguous `shape` of
 * equal byte length. Returns what `init_flags` computes for it.
 */
function castToND(view: MemoryViewBuffer, seq: readonly PyObject[]): number {
  const ndim = seq.length;
  view.ndim = ndim;
  let len: number;
  let flags = SCALAR_FLAGS;
  if (ndim === 0) {
    view.shape = NO_DIMS;
    view.strides = NO_DIMS;
    len = view.itemsize;
  } else {
    // Sized up front (literals for the common ranks: packed), every entry
    // written by copyShape before it returns.
    const shape: number[] = ndim === 1 ? [0] : ndim === 2 ? [0, 0] : new Array<number>(ndim).fill(0);
    len = copyShape(shape, seq, view.itemsize);
    view.shape = shape;
    // init_strides_from_shape, counting the extents above 1 on the way.
    const strides: number[] = ndim === 1 ? [0] : ndim === 2 ? [0, 0] : new Array<number>(ndim).fill(0);
    let sd = view.itemsize;
    let big = 0;
    for (let i = ndim - 1; i >= 0; i--) {
      const dim = shape[i]!;
      strides[i] = sd;
      sd *= dim;
      if (dim > 1) big++;
    }
    view.strides = strides;
    // C strides, no zero extent, no suboffsets.
    flags = initFlagsCStrides(big);
  }
  if (view.len !== len) raise(PyExc_TypeError, "memoryview: product(shape) * itemsize != buffer size");
  return flags;
}

/** `zero_in_shape`. */
function zeroInShape(mv: PyMemoryViewObject): boolean {
  const v = mv.view;
  for (let i = 0; i < v.ndim; i++) if (v.shape[i] === 0) return true;
  return false;
}

const CAST_SPEC = { names: ["format", "shape"], required: 1 } as const;

/**
 * `memoryview.cast(format, shape=<unrepresentable>)`: a new view of the same
 * memory with a native single-char format and optionally a new shape.
 * New reference.
 */
export function memoryviewCast(o: PyObject, args: readonly PyObject[], kwargs: KwArgs | null): PyObject {
  const self = o as PyMemoryViewObject;
  let format: PyObject | null;
  let shape: PyObject | null;
  if ((kwargs === null || kwargs.size === 0) && (args.length === 1 || args.length === 2)) {
    // Positional fast path: what parseArgs binds, without its slot array.
    format = args[0]!;
    shape = args.length === 2 ? args[1]! : null;
  } else {
    [format, shape] = parseArgs("cast", args, kwargs, CAST_SPEC);
  }
  if (!PyUnicode_Check(format!)) badArgument("cast", "format", "str", format!);
  checkReleased(self);
  if (!mvCContiguous(self.flags))
    raise(PyExc_TypeError, "memoryview: casts are restricted to C-contiguous views");
  if ((shape !== null || self.view.ndim !== 1) && zeroInShape(self)) {
    raise(PyExc_TypeError, "memoryview: cannot cast view with zeros in shape or strides");
  }
  let seq: readonly PyObject[] | null = null;
  if (shape !== null) {
    if (!PyList_Check(shape) && !PyTuple_Check(shape))
      raise(PyExc_TypeError, "shape must be a list or a tuple");
    // Not copied: reading the items (PyLong_AsSsize_t of ints) runs no Python code.
    seq = shape.items;
    if (seq.length > PyBUF_MAX_NDIM) {
      raise(PyExc_ValueError, "memoryview: number of dimensions must not exceed 64");
    }
    if (self.view.ndim !== 1 && seq.length !== 1) {
      raise(PyExc_TypeError, "memoryview: cast must be 1D -> ND or ND -> 1D");
    }
  }
  // mbuf_add_incomplete_view: a new buffer with the shared values; the view is
  // registered once the layout is valid (an error leaves nothing to undo).
  const view = castTo1D(self.view, format.value, seq === null);
  // init_flags of a 1-D cast: its strides are [itemsize], no suboffsets.
  if (seq === null) return mbufRegisterViewFlags(self.mbuf!, view, _Py_MEMORYVIEW_C | _Py_MEMORYVIEW_FORTRAN);
  return mbufRegisterViewFlags(self.mbuf!, view, castToND(view, seq));
}

/**
 * `memoryview.toreadonly()`: a new read-only view registered with the same
 * managed buffer (a new object even when already read-only, so that
 * release() works independently). New reference.
 */
export function memoryviewToreadonly(
  o: PyObject,
  args: readonly PyObject[],
  kwargs: KwArgs | null,
): PyObject {
  checkNoArgs("memoryview.toreadonly()", args, kwargs);
  const self = o as PyMemoryViewObject;
  checkReleased(self);
  // A new buffer (sharing the arrays): the source's may be shared.
  const view = copyView(self.view);
  view.readonly = true;
  return mbufRegisterView(self.mbuf!, view);
}
