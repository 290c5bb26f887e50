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
  PyTuple_Check,
  PyUnicode_Check,
  Py_DECREF,
  badArgument,
  checkNoArgs,
  parseArgs,
  raise,
} from "@py/object";
import { PyBUF_MAX_NDIM, PyBuffer_SizeFromFormat, nativeFormatChar } from "@py/buffer";
import {
  type PyMemoryViewObject,
  checkReleased,
  initFlags,
  initStridesFromShape,
  mbufAddIncompleteView,
  mbufAddView,
  mvCContiguous,
} from "./memoryview.js";

/**
 * `get_native_fmtchar`: the item size of a native single-char format (an
 * optional '@' prefix allowed; 3.11 knows no 'e'), or -1.
 */
export function nativeFmtSize(fmt: string): number {
  const c = nativeFormatChar(fmt);
  return c === null ? -1 : PyBuffer_SizeFromFormat(c);
}

/** The char of a native single-char format (after `nativeFmtSize` accepted it). */
export function nativeFmtChar(fmt: string): string {
  return fmt.charCodeAt(0) === 64 ? fmt.slice(1) : fmt;
}

/** `IS_BYTE_FORMAT(f)`. */
export function isByteFormat(f: string): boolean {
  return f === "b" || f === "B" || f === "c";
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

/** `cast_to_1D`: reinterprets the (C-contiguous) bytes as 1-D items of `format`. */
function castTo1D(mv: PyMemoryViewObject, format: string): void {
  const view = mv.view;
  const fmt = asciiFormat(format);
  const itemsize = nativeFmtSize(fmt);
  if (itemsize < 0) {
    raise(
      PyExc_ValueError,
      "memoryview: destination format must be a native single character format prefixed with an optional '@'",
    );
  }
  const destchar = nativeFmtChar(fmt);
  const src = view.format!;
  if ((nativeFmtSize(src) < 0 || !isByteFormat(nativeFmtChar(src))) && !isByteFormat(destchar)) {
    raise(PyExc_TypeError, "memoryview: cannot cast between two non-byte formats");
  }
  if (view.len % itemsize) raise(PyExc_TypeError, "memoryview: length is not a multiple of itemsize");
  view.format = fmt;
  view.itemsize = itemsize;
  view.ndim = 1;
  view.shape = [view.len / itemsize];
  view.strides = [itemsize];
  view.suboffsets = null;
  initFlags(mv);
}

/** `PY_SSIZE_T_MAX`, exactly. */
const SSIZE_MAX = 2n ** 63n - 1n;

/** `copy_shape`: validates the shape items; returns product(shape) * itemsize. */
function copyShape(shape: number[], seq: readonly PyObject[], itemsize: number): number {
  // Exact integer arithmetic: the C bound check `x > PY_SSIZE_T_MAX / len`
  // truncates. Numbers while the product is a safe integer (far below
  // PY_SSIZE_T_MAX), bigints beyond.
  let small = itemsize;
  let i = 0;
  for (; i < seq.length; i++) {
    const tmp = seq[i]!;
    if (!PyLong_Check(tmp)) raise(PyExc_TypeError, "memoryview.cast(): elements of shape must be integers");
    const x = PyLong_AsSsize_t(tmp);
    if (x <= 0) raise(PyExc_ValueError, "memoryview.cast(): elements of shape must be integers > 0");
    if (small * x > Number.MAX_SAFE_INTEGER) break;
    small *= x;
    shape[i] = x;
  }
  if (i === seq.length) return small;
  let len = BigInt(small);
  for (; i < seq.length; i++) {
    const tmp = seq[i]!;
    if (!PyLong_Check(tmp)) raise(PyExc_TypeError, "memoryview.cast(): elements of shape must be integers");
    const x = PyLong_AsSsize_t(tmp);
    if (x <= 0) raise(PyExc_ValueError, "memoryview.cast(): elements of shape must be integers > 0");
    const bx = BigInt(x);
    if (bx > SSIZE_MAX / len) {
      raise(PyExc_ValueError, "memoryview.cast(): product(shape) > SSIZE_MAX");
    }
    len *= bx;
    shape[i] = x;
  }
  return Number(len);
}

/** `cast_to_ND`: gives the 1-D view a C-contiguous `shape` of equal byte length. */
function castToND(mv: PyMemoryViewObject, seq: readonly PyObject[]): void {
  const view = mv.view;
  const ndim = seq.length;
  view.ndim = ndim;
  let len: number;
  if (ndim === 0) {
    view.shape = null;
    view.strides = null;
    len = view.itemsize;
  } else {
    view.shape = new Array<number>(ndim).fill(0);
    view.strides = new Array<number>(ndim).fill(0);
    len = copyShape(view.shape, seq, view.itemsize);
    initStridesFromShape(view);
  }
  if (view.len !== len) raise(PyExc_TypeError, "memoryview: product(shape) * itemsize != buffer size");
  initFlags(mv);
}

/** `zero_in_shape`. */
function zeroInShape(mv: PyMemoryViewObject): boolean {
  const v = mv.view;
  for (let i = 0; i < v.ndim; i++) if (v.shape![i] === 0) return true;
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
  const [format, shape] = parseArgs("cast", args, kwargs, CAST_SPEC);
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
    seq = shape.items.slice();
    if (seq.length > PyBUF_MAX_NDIM) {
      raise(PyExc_ValueError, "memoryview: number of dimensions must not exceed 64");
    }
    if (self.view.ndim !== 1 && seq.length !== 1) {
      raise(PyExc_TypeError, "memoryview: cast must be 1D -> ND or ND -> 1D");
    }
  }
  const mv = mbufAddIncompleteView(self.mbuf!, self.view, seq === null || seq.length === 0 ? 1 : seq.length);
  try {
    castTo1D(mv, format.value);
    if (seq !== null) castToND(mv, seq);
  } catch (e) {
    Py_DECREF(mv);
    throw e;
  }
  return mv;
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
  const mv = mbufAddView(self.mbuf!, self.view);
  mv.view.readonly = true;
  return mv;
}
