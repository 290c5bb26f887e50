/**
 * Random format strings for the C-side fuzzer, with the layout of the C
 * arguments the harness passes for them (fuzz/cside/harness.c):
 * - `PyArg_ParseTuple`: 16 pointer arguments, one per layout letter: `p` a
 *   48-byte output slot, `b` a slot holding a `Py_buffer` (released after a
 *   success), `e` a slot receiving an `es` buffer (PyMem_Free'd), `t`/`T` the
 *   type of `O!` (bytes/int), `c` the `O&` converter, `n` the encoding "utf-8";
 * - `Py_BuildValue` and the `FromFormat` family: 12 int-sized variadic
 *   arguments (wasm32: int, long, size_t and pointers are 4 bytes), one per
 *   letter: `i` an int, `c` a letter, `s` a C string, `z` NULL, `#` a length,
 *   `o` an object, `u` a str, `N` a new reference.
 * Mostly well-formed, sometimes not (a stray unit, unbalanced parentheses, one
 * argument too many or too few): the API must refuse those with a Python
 * exception, never by trapping or with a raw JavaScript error.
 */
import { PyByteArray_FromBytes, PyBytes_FromBytes } from "@py/buffer";
import {
  PyDict_New,
  PyDict_SetItem,
  PyFloat_FromDouble,
  PyLong_FromValue,
  type PyObject,
  PyTuple_Pack,
  PyUnicode_FromString,
  Py_DECREF,
  Py_NewRef,
  Py_None,
} from "@py/object";
import type { Rng } from "../capi/rng.js";

/** A format string and the layout of its C arguments. */
export interface Format {
  fmt: string;
  layout: string;
  /**
   * A stray character was inserted: it may change what a unit takes (`O` + `&` is
   * `O&`, whose converter is then some other argument): undefined behaviour in CPython.
   */
  ub: boolean;
}

const INTS: readonly bigint[] = [
  0n,
  1n,
  -1n,
  127n,
  128n,
  255n,
  256n,
  -129n,
  32767n,
  65535n,
  65536n,
  2n ** 31n - 1n,
  2n ** 31n,
  -(2n ** 31n) - 1n,
  2n ** 32n,
  2n ** 53n + 1n,
  2n ** 63n,
  -(2n ** 63n) - 1n,
  2n ** 64n,
];

/** A Python value of some kind (new reference). */
function value(rng: Rng, kind: "int" | "float" | "str" | "bytes" | "any"): PyObject {
  const k = kind === "any" ? rng.pick(["int", "float", "str", "bytes", "bytearray", "none", "tuple"]) : kind;
  switch (k) {
    case "int":
      return PyLong_FromValue(rng.pick(INTS));
    case "float":
      return PyFloat_FromDouble(rng.pick([0.5, -1e308, Number.NaN, 3.0, 1e40]));
    case "str":
      return PyUnicode_FromString(rng.pick(["abc", "é", "", "a\u0000b", "x"]));
    case "bytes":
      return PyBytes_FromBytes(Uint8Array.from(rng.pick([[120, 121], [], [0], [97]])));
    case "bytearray":
      return PyByteArray_FromBytes(Uint8Array.from([1, 2, 3]));
    case "tuple":
      return PyTuple_Pack([PyLong_FromValue(1n), PyLong_FromValue(2n)]);
    default:
      return Py_NewRef(Py_None);
  }
}

type Kind = "int" | "float" | "str" | "bytes" | "any";
/** ParseTuple units: [unit, layout, the kind of argument that fits]. */
const PARSE_UNITS: readonly (readonly [string, string, Kind])[] = [
  ["b", "p", "int"],
  ["B", "p", "int"],
  ["h", "p", "int"],
  ["H", "p", "int"],
  ["i", "p", "int"],
  ["I", "p", "int"],
  ["l", "p", "int"],
  ["k", "p", "int"],
  ["L", "p", "int"],
  ["K", "p", "int"],
  ["n", "p", "int"],
  ["c", "p", "bytes"],
  ["C", "p", "str"],
  ["f", "p", "float"],
  ["d", "p", "float"],
  ["D", "p", "float"],
  ["p", "p", "any"],
  ["O", "p", "any"],
  ["O!", "tp", "bytes"],
  ["O!", "Tp", "int"],
  ["O&", "cp", "any"],
  ["S", "p", "bytes"],
  ["Y", "p", "any"],
  ["U", "p", "str"],
  ["s", "p", "str"],
  ["z", "p", "str"],
  ["y", "p", "bytes"],
  ["s#", "pp", "str"],
  ["z#", "pp", "any"],
  ["y#", "pp", "bytes"],
  ["s*", "b", "str"],
  ["z*", "b", "any"],
  ["y*", "b", "bytes"],
  ["w*", "b", "any"],
  ["es", "ne", "str"],
  ["et", "ne", "bytes"],
];

const GARBAGE = "!#*&$@Q{}[])(;:|";

/** A `PyArg_ParseTuple` format, its layout and an argument tuple (new reference). */
export function parseCase(rng: Rng, allowUb = true): Format & { args: PyObject } {
  let fmt = "";
  let layout = "";
  const args: PyObject[] = [];
  const n = rng.range(0, 6);
  let optional = false;
  for (let i = 0; i < n && layout.length < 13; i++) {
    if (!optional && rng.chance(0.1)) {
      fmt += "|";
      optional = true;
    }
    if (rng.chance(0.1)) {
      // a nested tuple of two ints
      fmt += "(ii)";
      layout += "pp";
      args.push(rng.chance(0.8) ? PyTuple_Pack([value(rng, "int"), value(rng, "int")]) : value(rng, "any"));
      continue;
    }
    const [unit, lay, kind] = rng.pick(PARSE_UNITS);
    fmt += unit;
    layout += lay;
    args.push(value(rng, rng.chance(0.75) ? kind : "any"));
  }
  const ub = rng.chance(0.08) && allowUb;
  if (ub) fmt = insertAt(rng, fmt, rng.pick([...GARBAGE]));
  if (rng.chance(0.15)) fmt += rng.pick([":fname", ";a custom message"]);
  if (rng.chance(0.1) && args.length > 0) Py_DECREF(args.pop()!);
  else if (rng.chance(0.1)) args.push(value(rng, "any"));
  return { fmt, layout, ub, args: PyTuple_Pack(args) };
}

function insertAt(rng: Rng, s: string, ch: string): string {
  const i = rng.int(s.length + 1);
  return s.slice(0, i) + ch + s.slice(i);
}

const NAMES = ["a", "b", "key", "x", "data", "n", "", "é"];

/**
 * A `PyArg_ParseTupleAndKeywords` case: the format (with `|` and `$`), the keyword
 * list (`kwlist`, "" for positional-only), positional arguments and a kwargs dict
 * (None, names of the list, unknown names, a name also given by position).
 */
export function parseKwCase(
  rng: Rng,
  allowUb = true,
): Format & { args: PyObject; kw: PyObject; names: PyObject } {
  let fmt = "";
  let layout = "";
  const names: string[] = [];
  const units: Kind[] = [];
  const n = rng.range(0, 6);
  let optional = -1;
  let kwOnly = -1;
  for (let i = 0; i < n && layout.length < 13; i++) {
    if (optional < 0 && rng.chance(0.2)) {
      fmt += "|";
      optional = i;
    } else if (optional >= 0 && kwOnly < 0 && rng.chance(0.2)) {
      fmt += "$";
      kwOnly = i;
    }
    const [unit, lay, kind] = rng.pick(PARSE_UNITS);
    fmt += unit;
    layout += lay;
    units.push(kind);
    // positional-only names come first ("" in kwlist)
    names.push(
      i === 0 && rng.chance(0.2) ? "" : rng.chance(0.9) ? `${rng.pick(NAMES) || "p"}${i}` : rng.pick(NAMES),
    );
  }
  const ub = rng.chance(0.05) && allowUb;
  if (ub) fmt = insertAt(rng, fmt, rng.pick([...GARBAGE]));
  if (rng.chance(0.15)) fmt += rng.pick([":fname", ";a custom message"]);
  const npos = rng.int(units.length + 2);
  const args: PyObject[] = [];
  for (let i = 0; i < npos; i++) args.push(value(rng, rng.chance(0.8) ? (units[i] ?? "any") : "any"));
  let kw: PyObject = Py_NewRef(Py_None);
  if (rng.chance(0.6)) {
    kw = PyDict_New();
    for (let i = 0; i < units.length + 1; i++) {
      if (!rng.chance(0.4)) continue;
      const name = rng.chance(0.85) && i < names.length ? names[i]! : rng.pick(["zz", "a0", "", "é1"]);
      const k = PyUnicode_FromString(name);
      const v = value(rng, rng.chance(0.8) ? (units[i] ?? "any") : "any");
      PyDict_SetItem(kw, k, v);
      Py_DECREF(k);
      Py_DECREF(v);
    }
  }
  const nameList = rng.chance(0.1) ? names.slice(0, -1) : names; // sometimes one short: SystemError
  return {
    fmt,
    layout,
    ub,
    args: PyTuple_Pack(args),
    kw,
    names: PyTuple_Pack(nameList.map((x) => PyUnicode_FromString(x))),
  };
}

/** BuildValue units: [unit, layout]. */
const BUILD_UNITS: readonly (readonly [string, string])[] = [
  ["i", "i"],
  ["b", "i"],
  ["h", "i"],
  ["l", "i"],
  ["B", "i"],
  ["H", "i"],
  ["I", "i"],
  ["k", "i"],
  ["n", "i"],
  ["c", "c"],
  ["C", "c"],
  ["s", "s"],
  ["s", "z"],
  ["z", "z"],
  ["z", "s"],
  ["y", "s"],
  ["U", "s"],
  ["s#", "s#"],
  ["z#", "z#"],
  ["y#", "s#"],
  ["O", "o"],
  ["S", "u"],
  ["N", "N"],
];

/** A `Py_BuildValue` format and its layout. */
export function buildCase(rng: Rng, allowUb = true): Format {
  let fmt = "";
  let layout = "";
  const open: string[] = [];
  const n = rng.range(0, 7);
  for (let i = 0; i < n && layout.length < 10; i++) {
    const r = rng.float();
    if (r < 0.12) {
      const [o, c] = rng.pick([
        ["(", ")"],
        ["[", "]"],
        ["{", "}"],
      ] as const);
      fmt += o;
      open.push(c);
      continue;
    }
    if (r < 0.2 && open.length > 0) {
      fmt += open.pop();
      continue;
    }
    const [unit, lay] = rng.pick(BUILD_UNITS);
    fmt += unit + (rng.chance(0.1) ? rng.pick([",", " ", ":"]) : "");
    layout += lay;
  }
  if (!rng.chance(0.1)) while (open.length > 0) fmt += open.pop();
  const ub = rng.chance(0.06) && allowUb;
  if (ub) fmt = insertAt(rng, fmt, rng.pick(["Q", "!", "&", "$", ")", "]"]));
  return { fmt, layout, ub };
}

/** FromFormat units (`PyUnicode_FromFormat`, `PyBytes_FromFormat`, `PyErr_Format`): [unit, layout]. */
const FORMAT_UNITS: readonly (readonly [string, string])[] = [
  ["%d", "i"],
  ["%i", "i"],
  ["%u", "i"],
  ["%ld", "i"],
  ["%li", "i"],
  ["%lu", "i"],
  ["%zd", "i"],
  ["%zi", "i"],
  ["%zu", "i"],
  ["%x", "i"],
  ["%c", "c"],
  ["%s", "s"],
  ["%U", "u"],
  ["%S", "o"],
  ["%R", "o"],
  ["%A", "o"],
  ["%V", "us"],
  ["%V", "zs"],
  ["%p", "i"],
  ["%%", ""],
  ["%5d", "i"],
  ["%-4d", "i"],
  ["%05d", "i"],
  ["%.3s", "s"],
  ["%10s", "s"],
  ["%.2U", "u"],
  ["%3R", "o"],
];

/** A format of the `FromFormat` family and its layout. */
export function formatCase(rng: Rng): Format {
  let fmt = "";
  let layout = "";
  const n = rng.range(0, 6);
  for (let i = 0; i < n && layout.length < 10; i++) {
    if (rng.chance(0.3)) fmt += rng.pick(["x", " = ", "é", "["]);
    const [unit, lay] = rng.pick(FORMAT_UNITS);
    fmt += unit;
    layout += lay;
  }
  // A stray '%' at the end or an unknown conversion: copied as text by 3.11.
  if (rng.chance(0.05)) fmt += rng.pick(["%", "%q", "%l"]);
  return { fmt, layout, ub: false };
}

/** A struct format for `PyBuffer_SizeFromFormat` (valid or not). */
export function structFormat(rng: Rng): string {
  const items = ["B", "b", "h", "i", "l", "q", "d", "f", "?", "3s", "2h", "P", "e", "x", "0i", "Z", "w", ""];
  let s = rng.pick(["", "@", "<", ">", "!", "="]);
  const n = rng.range(0, 4);
  for (let i = 0; i < n; i++) s += rng.pick(items);
  if (rng.chance(0.05)) s += "999999999999999999999i";
  return s;
}
