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
  badArgument,
  checkNoArgs,
  parseArgs,
  raise,
} from "@py/object";
import {
  PyBUF_MAX_NDIM,
  PyBuffer_SizeFromFormat,
  type Py_buffer,
  copyPyBuffer,
  nativeFormatChar,
} from "@py/buffer";
import {
  type PyMemoryViewObject,
  checkReleased,
  initStridesFromShape,
  mbufRegisterView,
  mvCContiguous,
} from "./memoryview.js";

/**
 * Item sizes of the formats `nativeFormatChar` accepts, each char alone and
 * with the '@' prefix: one lookup per format.
 */
const NATIVE_SIZES: ReadonlyMap<string, number> = new Map(
  Array.from({ length: 128 }, (_, i) => String.fromCharCode(i))
    .filter((c) => nativeFormatChar(c) !== null)
    .flatMap((c) => {
      const size = PyBuffer_SizeFromFormat(c);
      return [
        [c, size],
        [`@${c}`, size],
      ] as const;
    }),
);

/**
 * `get_native_fmtchar`: the item size of a native single-char format (an
 * optional '@' prefix allowed; 3.11 knows no 'e'), or -1.
 */
export function nativeFmtSize(fmt: string): number {
  return NATIVE_SIZES.get(fmt) ?? -1;
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
 * `cast_to_1D`: reinterprets the (C-contiguous) bytes of the new buffer
 * `view` as 1-D items of `format`. Shape and strides are left to `castToND`
 * when a shape follows (`withShape` false).
 */
function castTo1D(view: Py_buffer, format: string, withShape: boolean): void {
  // A native format is ASCII: only a rejected one needs the encoding check.
  const itemsize = nativeFmtSize(format);
  if (itemsize < 0) {
    asciiFormat(format);
    raise(
      PyExc_ValueError,
      "memoryview: destination format must be a native single character format prefixed with an optional '@'",
    );
  }
  const src = view.format!;
  if (!isByteFormat(nativeFmtChar(format)) && !isNativeByteFormat(src)) {
    raise(PyExc_TypeError, "memoryview: cannot cast between two non-byte formats");
  }
  if (view.len % itemsize) raise(PyExc_TypeError, "memoryview: length is not a multiple of itemsize");
  view.format = format;
  view.itemsize = itemsize;
  view.ndim = 1;
  if (withShape) {
    view.shape = [view.len / itemsize];
    view.strides = STRIDES_1D[itemsize] ?? [itemsize];
  }
  view.suboffsets = null;
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

/** `cast_to_ND`: gives the new 1-D buffer `view` a C-contiguous `shape` of equal byte length. */
function castToND(view: Py_buffer, seq: readonly PyObject[]): void {
  const ndim = seq.length;
  view.ndim = ndim;
  let len: number;
  if (ndim === 0) {
    view.shape = null;
    view.strides = null;
    len = view.itemsize;
  } else {
    // Filled in order (copyShape appends), so the arrays stay packed.
    const shape: number[] = [];
    len = copyShape(shape, seq, view.itemsize);
    view.shape = shape;
    view.strides = shape.slice();
    initStridesFromShape(view);
  }
  if (view.len !== len) raise(PyExc_TypeError, "memoryview: product(shape) * itemsize != buffer size");
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
  const view = copyPyBuffer(self.view);
  castTo1D(view, format.value, seq === null);
  if (seq !== null) castToND(view, seq);
  return mbufRegisterView(self.mbuf!, view);
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
  const view = copyPyBuffer(self.view);
  view.readonly = true;
  return mbufRegisterView(self.mbuf!, view);
}
