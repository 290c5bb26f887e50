/**
 * The two `PyArg_ParseTuple` converters `_testbuffer` uses beyond "O":
 * "n" (Py_ssize_t) and "i" (C int), with getargs.c's messages.
 */
import {
  PyExc_OverflowError,
  PyExc_TypeError,
  PyExc_UnicodeEncodeError,
  PyLong_AsLong,
  PyLong_AsSsize_t,
  type PyLongObject,
  PyNumber_Index,
  type PyObject,
  Py_DECREF,
  raise,
  type Py_ssize_t,
} from "@py/object";

/** getargs "n": `PyNumber_Index` then `PyLong_AsSsize_t`. */
export function asSsize(o: PyObject): Py_ssize_t {
  return PyLong_AsSsize_t(o);
}

const SSIZE_MIN = -(2n ** 63n);
const SSIZE_MAX = 2n ** 63n - 1n;

/** getargs "n" exactly: the `Py_ssize_t` as a bigint (values past 2**53 stay exact). */
export function asSsizeExact(o: PyObject): bigint {
  const i = PyNumber_Index(o);
  const v = BigInt((i as PyLongObject).value);
  Py_DECREF(i);
  if (v < SSIZE_MIN || v > SSIZE_MAX)
    raise(PyExc_OverflowError, "Python int too large to convert to C ssize_t");
  return v;
}

/** `x` as C computes it in `Py_ssize_t` (CPython is built with -fwrapv: wrapping 64-bit arithmetic). */
export function ssize(x: bigint): bigint {
  return BigInt.asIntN(64, x);
}

/** getargs "i": `PyLong_AsLong` then a check against the C int range. */
export function asCInt(o: PyObject): number {
  const v = PyLong_AsLong(o);
  if (v > 2147483647) raise(PyExc_OverflowError, "signed integer is greater than maximum");
  if (v < -2147483648) raise(PyExc_OverflowError, "signed integer is less than minimum");
  return v;
}

/**
 * The argument-count check of `PyArg_ParseTuple` without a function name
 * (`vgetargs1`): `function takes exactly 2 arguments (1 given)`.
 */
export function checkArgCount(args: readonly PyObject[], min: number, max: number): void {
  const nargs = args.length;
  if (nargs >= min && nargs <= max) return;
  const n = nargs < min ? min : max;
  const how = min === max ? "exactly" : nargs < min ? "at least" : "at most";
  raise(PyExc_TypeError, `function takes ${how} ${n} argument${n === 1 ? "" : "s"} (${nargs} given)`);
}

/** `PyUnicode_AsASCIIString` on a JS string: the string itself, or UnicodeEncodeError. */
export function encodeAscii(s: string): string {
  const cps = Array.from(s);
  let i = 0;
  while (i < cps.length && cps[i]!.codePointAt(0)! < 128) i++;
  if (i === cps.length) return s;
  let j = i;
  while (j < cps.length && cps[j]!.codePointAt(0)! >= 128) j++;
  if (j - i === 1) {
    const c = cps[i]!.codePointAt(0)!;
    const hex = c.toString(16);
    const esc =
      c <= 0xff
        ? `\\x${hex.padStart(2, "0")}`
        : c <= 0xffff
          ? `\\u${hex.padStart(4, "0")}`
          : `\\U${hex.padStart(8, "0")}`;
    raise(
      PyExc_UnicodeEncodeError,
      `'ascii' codec can't encode character '${esc}' in position ${i}: ordinal not in range(128)`,
    );
  }
  raise(
    PyExc_UnicodeEncodeError,
    `'ascii' codec can't encode characters in position ${i}-${j - 1}: ordinal not in range(128)`,
  );
}
