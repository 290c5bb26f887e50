/**
 * The format-spec mini-language of `format(v, spec)` and f-strings
 * (`Python/formatter_unicode.c`) for int, bool, float and str, and
 * `PyObject_Format` dispatching to it (`Objects/abstract.c`): other objects
 * take an empty spec as `str(v)` and refuse any other, as `object.__format__`.
 */
import { callFoundMethod } from "./slot-dispatch.js";
import { floatRepr } from "./float-string.js";
import { lookupHeap } from "./heaptype-object.js";
import { owned } from "./owned.js";
import { PyUnicode_Check, PyUnicode_FromString, PyUnicode_Type } from "./str-object.js";
import { PyExc_OverflowError, PyExc_TypeError, PyExc_ValueError, raise } from "./exceptions.js";
import { PyFloat_Check } from "./float-object.js";
import { PyLong_Check } from "./int-object.js";
import type { PyObject } from "./object.js";
import { PyObject_IsInstance } from "./isinstance.js";
import { str } from "./repr.js";

/** A parsed format spec: `[[fill]align][sign][#][0][width][grouping][.precision][type]`. */
interface Spec {
  /** `z`: negative zero coerced to positive zero (floats only). */
  z: boolean;
  fill: string;
  align: string | null;
  sign: string;
  signGiven: boolean;
  alt: boolean;
  zero: boolean;
  width: number;
  grouping: string;
  precision: number | null;
  type: string;
}

const SPEC = /^(?:(.)?([<>=^]))?([-+ ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([a-zA-Z%])?$/su;

function parseSpec(spec: string): Spec {
  const m = SPEC.exec(spec);
  if (m === null) {
    // CPython's messages for the common malformed specs
    if (/\.(?!\d)/.test(spec)) raise(PyExc_ValueError, "Format specifier missing precision");
    raise(PyExc_ValueError, "Invalid format specifier");
  }
  return {
    z: m[4] !== undefined,
    fill: m[1] ?? (m[6] !== undefined && m[2] === undefined ? "0" : " "),
    align: m[2] ?? (m[6] !== undefined ? "=" : null),
    sign: m[3] ?? "-",
    signGiven: m[3] !== undefined,
    alt: m[5] !== undefined,
    zero: m[6] !== undefined,
    width: m[7] === undefined ? 0 : Number(m[7]),
    grouping: m[8] ?? "",
    precision: m[9] === undefined ? null : Number(m[9]),
    type: m[10] ?? "",
  };
}

/** Pads `prefix + body` (the sign and base prefix first) to the spec's width. */
function pad(s: Spec, sign: string, body: string, defaultAlign: string): string {
  const len = [...sign].length + [...body].length;
  const n = s.width - len;
  if (n <= 0) return sign + body;
  const align = s.align ?? defaultAlign;
  const fill = s.fill;
  if (align === "<") return sign + body + fill.repeat(n);
  if (align === ">") return fill.repeat(n) + sign + body;
  if (align === "^") return fill.repeat(n >> 1) + sign + body + fill.repeat(n - (n >> 1));
  return sign + fill.repeat(n) + body;
}

/** Inserts a separator every `every` digits from the right of the integer part of `digits`. */
function group(digits: string, sep: string, every: number): string {
  if (sep === "") return digits;
  const dot = every === 3 ? digits.search(/[.eE%]/) : -1;
  const int = dot < 0 ? digits : digits.slice(0, dot);
  const rest = dot < 0 ? "" : digits.slice(dot);
  let out = "";
  for (let i = int.length; i > 0; i -= every)
    out = int.slice(Math.max(0, i - every), i) + (out === "" ? "" : sep + out);
  return out + rest;
}

/** With `=` alignment and `0`, the zero padding is grouped too (`format(1234, '010,')` is `'00,001,234'`). */
function padGrouped(s: Spec, sign: string, prefix: string, digits: string, every: number): string {
  if (
    s.grouping !== "" &&
    s.zero &&
    (s.align === "=" || s.align === null) &&
    s.fill === "0" &&
    !/^(inf|nan)/i.test(digits)
  ) {
    const target = s.width - sign.length - prefix.length;
    let d = digits;
    let g = group(d, s.grouping, every);
    while (g.length < target) {
      d = `0${d}`;
      g = group(d, s.grouping, every);
    }
    return sign + prefix + g;
  }
  return pad(s, sign + prefix, /^(inf|nan)/i.test(digits) ? digits : group(digits, s.grouping, every), ">");
}

/** Whether `ax * 10**q` is exactly halfway between two integers (where C rounds to even, JS up). */
function isTie(ax: number, q: number): boolean {
  if (q >= 0) {
    let y = ax;
    let k = 0;
    while (!Number.isInteger(y) && k < 1100) {
      y *= 2;
      k++;
    }
    return k === q + 1;
  }
  if (!Number.isInteger(ax)) return false;
  const twice = 2n * BigInt(ax);
  const d = 10n ** BigInt(-q);
  return twice % d === 0n && (twice / d) % 2n === 1n;
}

function tieToEven(s: string): string {
  const mant = s.split(/[eE]/)[0]!;
  const m = /(\d)(\D*)$/.exec(mant)!;
  const d = Number(m[1]);
  if (d % 2 === 0) return s;
  const at = mant.length - m[0].length;
  return s.slice(0, at) + String(d - 1) + s.slice(at + 1);
}

/** `%.{prec}f` of a finite `ax >= 0`, ties to even. */
export function fixed(ax: number, prec: number): string {
  if (ax >= 1e21) {
    const int = BigInt(Math.round(ax)).toString();
    return prec > 0 ? `${int}.${"0".repeat(prec)}` : int;
  }
  const s = ax.toFixed(prec);
  return isTie(ax, prec) ? tieToEven(s) : s;
}

/** `%.{prec}e` of a finite `ax >= 0`: at least two exponent digits. */
export function exponent(ax: number, prec: number, alt = false): string {
  let s = ax.toExponential(prec);
  const e0 = Number(s.split("e")[1]);
  if (ax !== 0 && isTie(ax, prec - e0)) s = tieToEven(s);
  const [m, e] = s.split("e") as [string, string];
  const exp = Number(e);
  return `${alt && prec === 0 ? `${m}.` : m}e${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
}

/**
 * `%.{prec}g`: fixed or exponent notation, trailing zeros dropped unless
 * `alt`; `addDot0` (`Py_DTSF_ADD_DOT_0`) switches to exponent notation one
 * digit earlier.
 */
export function general(ax: number, prec: number, alt = false, addDot0 = false): string {
  const p = prec === 0 ? 1 : prec;
  const exp = ax === 0 ? 0 : Number(exponent(ax, p - 1).split("e")[1]);
  if (exp >= -4 && exp < (addDot0 ? p - 1 : p)) {
    const s = fixed(ax, p - 1 - exp);
    if (alt) return s.includes(".") ? s : `${s}.`;
    return s.includes(".") ? s.replace(/\.?0+$/, "") : s;
  }
  const s = exponent(ax, p - 1, alt);
  return alt ? s : s.replace(/(\.\d*?)0+(?=e)/, "$1").replace(/\.(?=e)/, "");
}

/** The digits of a float for a spec type (no sign). */
function floatBody(x: number, s: Spec): string {
  const ax = Math.abs(x);
  const t = s.type;
  const upper = t === "E" || t === "F" || t === "G";
  const pct = t === "%" ? "%" : "";
  if (Number.isNaN(x)) return (upper ? "NAN" : "nan") + pct;
  if (!Number.isFinite(x)) return (upper ? "INF" : "inf") + pct;
  const prec = s.precision ?? 6;
  switch (t) {
    case "f":
    case "F":
      return fixed(ax, prec) + (s.alt && prec === 0 ? "." : "");
    case "e":
    case "E": {
      const r = exponent(ax, prec, s.alt);
      return upper ? r.toUpperCase() : r;
    }
    case "g":
    case "G":
    case "n": {
      const r = general(ax, prec, s.alt);
      return upper ? r.toUpperCase() : r;
    }
    case "%":
      return `${fixed(ax * 100, prec)}${s.alt && prec === 0 ? "." : ""}%`;
    default: {
      if (s.precision === null) {
        const r = floatRepr(ax);
        return s.alt && !r.includes(".") ? r.replace("e", ".e") : r;
      }
      // '' with a precision: 'g' (exponent notation from one digit earlier), with a digit after a fixed point
      const r = general(ax, s.precision, s.alt, true);
      return /[.e]/.test(r) || s.alt ? r : `${r}.0`;
    }
  }
}

function signOf(neg: boolean, s: Spec): string {
  return neg ? "-" : s.sign === "+" ? "+" : s.sign === " " ? " " : "";
}

/** `float.__format__`. */
export function formatFloat(x: number, spec: string): string {
  const s = parseSpec(spec);
  if (!"eEfFgGn%".includes(s.type) || s.type.length > 1)
    raise(PyExc_ValueError, `Unknown format code '${s.type}' for object of type 'float'`);
  if (s.type === "n" && s.grouping !== "") raise(PyExc_ValueError, "Cannot specify ',' with 'n'.");
  const body = floatBody(x, s);
  let neg = (x < 0 || Object.is(x, -0)) && !Number.isNaN(x);
  // `z`: a value that rounds to zero loses its minus sign
  if (neg && s.z && !/[1-9]/.test(body)) neg = false;
  return padGrouped(s, signOf(neg, s), "", body, 3);
}

/** `int.__format__`. */
export function formatInt(v: bigint, spec: string, typeName = "int"): string {
  const s = parseSpec(spec);
  if ("eEfFgG%".includes(s.type) && s.type !== "") return formatFloat(Number(v), spec);
  if (!"bcdoxXn".includes(s.type) || s.type.length > 1)
    raise(PyExc_ValueError, `Unknown format code '${s.type}' for object of type '${typeName}'`);
  if (s.z) raise(PyExc_ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
  if (s.precision !== null) raise(PyExc_ValueError, "Precision not allowed in integer format specifier");
  if (s.type === "c") {
    if (s.sign !== "-") raise(PyExc_ValueError, "Sign not allowed with integer format specifier 'c'");
    if (s.alt) raise(PyExc_ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
    if (v < 0n || v > 0x10ffffn) raise(PyExc_OverflowError, "%c arg not in range(0x110000)");
    return pad(s, "", String.fromCodePoint(Number(v)), "<");
  }
  if (s.grouping === "," && "boxXn".includes(s.type) && s.type !== "")
    raise(PyExc_ValueError, `Cannot specify ',' with '${s.type}'.`);
  const neg = v < 0n;
  const a = neg ? -v : v;
  const radix = s.type === "b" ? 2 : s.type === "o" ? 8 : s.type === "x" || s.type === "X" ? 16 : 10;
  let digits = a.toString(radix);
  if (s.type === "X") digits = digits.toUpperCase();
  const prefix = s.alt && radix !== 10 ? `0${s.type === "" ? "d" : s.type}` : "";
  return padGrouped(s, signOf(neg, s), prefix, digits, radix === 10 ? 3 : 4);
}

/** `str.__format__`. */
export function formatStr(v: string, spec: string): string {
  const s = parseSpec(spec);
  if (s.type !== "" && s.type !== "s")
    raise(PyExc_ValueError, `Unknown format code '${s.type}' for object of type 'str'`);
  if (s.z) raise(PyExc_ValueError, "Negative zero coercion (z) not allowed in string format specifier");
  if (s.grouping !== "") raise(PyExc_ValueError, `Cannot specify '${s.grouping}' with 's'.`);
  if (s.signGiven) raise(PyExc_ValueError, "Sign not allowed in string format specifier");
  if (s.alt) raise(PyExc_ValueError, "Alternate form (#) not allowed in string format specifier");
  if (s.align === "=") raise(PyExc_ValueError, "'=' alignment not allowed in string format specifier");
  const body = s.precision === null ? v : [...v].slice(0, s.precision).join("");
  return pad(s, "", body, "<");
}

/**
 * `PyObject_Format(v, spec)`: a `__format__` defined in Python, or the
 * builtin types' (int, bool, float, str and their subclasses). An object without its own formatting takes only an
 * empty spec (`object.__format__`).
 */
export function formatObject(v: PyObject, spec: string): string {
  // a `__format__` defined in Python (classes made at run time)
  const custom = lookupHeap(v.ob_type, "__format__");
  if (custom !== null) {
    using sp = owned(PyUnicode_FromString(spec));
    using r = owned(callFoundMethod(custom, v, [sp.obj]));
    if (!PyUnicode_Check(r.obj))
      raise(PyExc_TypeError, `__format__ must return a str, not ${r.obj.ob_type.tp_name}`);
    return str(r.obj);
  }
  if (PyLong_Check(v)) {
    const n = (v as unknown as { value: number | bigint }).value;
    if (spec === "") return str(v);
    return formatInt(BigInt(n), spec, v.ob_type.tp_name);
  }
  if (PyFloat_Check(v)) return formatFloat((v as unknown as { value: number }).value, spec);
  if (PyUnicode_Check(v) || PyObject_IsInstance(v, PyUnicode_Type)) return formatStr(str(v), spec);
  if (spec === "") return str(v);
  raise(PyExc_TypeError, `unsupported format string passed to ${v.ob_type.tp_name}.__format__`);
}

/** `ascii()` of a repr: non-ASCII characters as `\\x..`, `\\u....` or `\\U........` escapes. */
export function ascii(r: string): string {
  let out = "";
  for (const ch of r) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out += ch;
    else if (c < 0x100) out += `\\x${c.toString(16).padStart(2, "0")}`;
    else if (c < 0x10000) out += `\\u${c.toString(16).padStart(4, "0")}`;
    else out += `\\U${c.toString(16).padStart(8, "0")}`;
  }
  return out;
}

/**
 * `PyObject_Format(v, spec)` (`format(v, spec)`): `formatObject` as a str object.
 * @returns New reference.
 */
export function PyObject_Format(v: PyObject, spec: string): PyObject {
  return PyUnicode_FromString(formatObject(v, spec));
}
