/**
 * printf-style formatting of str (`'%s' % x`), as CPython's
 * `PyUnicode_Format` (Objects/unicodeobject.c): `%(key)` from a mapping,
 * flags `-+ #0`, width and precision (`*` too), conversions
 * `s r a c d i u o x X e E f F g G %`.
 */
import {
  owned,
  Py_DECREF,
  PyExc_OverflowError,
  PyExc_TypeError,
  PyExc_ValueError,
  PyFloat_Check,
  PyIndex_Check,
  PyLong_Check,
  PyNumber_Check,
  PyNumber_Float,
  PyNumber_Index,
  PyNumber_Long,
  type PyObject,
  PyObject_GetItem,
  PyTuple_Check,
  PyUnicode_Check,
  PyUnicode_FromString,
  raise,
  repr,
  str,
} from "@py/object";
import {
  asciiOfRepr as ascii,
  floatExponent as exponent,
  floatFixed as fixed,
  floatGeneral as general,
} from "@py/object";

interface Conv {
  ljust: boolean;
  sign: string;
  alt: boolean;
  zero: boolean;
  prec: number;
}

function intDigits(v: PyObject, c: string, cv: Conv): string {
  let n: bigint;
  if (c === "d" || c === "i" || c === "u") {
    if (!PyNumber_Check(v))
      raise(PyExc_TypeError, `%${c} format: a real number is required, not ${v.ob_type.tp_name}`);
    using l = owned(PyNumber_Long(v));
    n = BigInt((l.obj as unknown as { value: number | bigint }).value);
  } else {
    if (!PyIndex_Check(v))
      raise(PyExc_TypeError, `%${c} format: an integer is required, not ${v.ob_type.tp_name}`);
    using l = owned(PyNumber_Index(v));
    n = BigInt((l.obj as unknown as { value: number | bigint }).value);
  }
  const neg = n < 0n;
  const radix = c === "o" ? 8 : c === "x" || c === "X" ? 16 : 10;
  let digits = (neg ? -n : n).toString(radix);
  if (c === "X") digits = digits.toUpperCase();
  if (cv.prec >= 0 && digits.length < cv.prec) digits = "0".repeat(cv.prec - digits.length) + digits;
  const prefix = cv.alt && radix !== 10 ? `0${c}` : "";
  return (neg ? "-" : cv.sign) + prefix + digits;
}

function floatDigits(v: PyObject, c: string, cv: Conv): string {
  let x: number;
  if (PyFloat_Check(v)) x = (v as unknown as { value: number }).value;
  else {
    if (!PyNumber_Check(v)) raise(PyExc_TypeError, `must be real number, not ${v.ob_type.tp_name}`);
    using f = owned(PyNumber_Float(v));
    x = (f.obj as unknown as { value: number }).value;
  }
  const prec = cv.prec < 0 ? 6 : cv.prec;
  const upper = c === "E" || c === "F" || c === "G";
  const ax = Math.abs(x);
  let body: string;
  if (Number.isNaN(x)) body = "nan";
  else if (!Number.isFinite(x)) body = "inf";
  else if (c === "f" || c === "F") body = fixed(ax, prec) + (cv.alt && prec === 0 ? "." : "");
  else if (c === "e" || c === "E") body = exponent(ax, prec, cv.alt);
  else body = general(ax, prec, cv.alt);
  if (upper) body = body.toUpperCase();
  const neg = (x < 0 || Object.is(x, -0)) && !Number.isNaN(x);
  return (neg ? "-" : cv.sign) + body;
}

function charOf(v: PyObject): string {
  if (PyUnicode_Check(v)) {
    const s = str(v);
    if ([...s].length !== 1) raise(PyExc_TypeError, "%c requires int or char");
    return s;
  }
  if (!PyLong_Check(v)) raise(PyExc_TypeError, "%c requires int or char");
  const n = Number((v as unknown as { value: number | bigint }).value);
  if (n < 0 || n > 0x10ffff) raise(PyExc_OverflowError, "%c arg not in range(0x110000)");
  return String.fromCodePoint(n);
}

/** `fmt % args` for a str `fmt`: the formatted text. */
export function strFormat(fmt: string, args: PyObject): string {
  const isTuple = PyTuple_Check(args);
  const items: readonly PyObject[] = isTuple ? (args as unknown as { items: PyObject[] }).items : [args];
  const arglen = isTuple ? items.length : -1;
  let argidx = isTuple ? 0 : -2;
  const mp = args.ob_type.tp_as_mapping;
  const isDict = !isTuple && mp !== null && mp.mp_subscript !== undefined && !PyUnicode_Check(args);
  let keyed: PyObject | null = null;
  const next = (): PyObject => {
    if (keyed !== null) return keyed;
    if (argidx < arglen) {
      argidx++;
      return arglen < 0 ? args : items[argidx - 1]!;
    }
    raise(PyExc_TypeError, "not enough arguments for format string");
  };
  const held: PyObject[] = [];
  let out = "";
  const n = fmt.length;
  let i = 0;
  try {
    while (i < n) {
      const ch = fmt[i]!;
      if (ch !== "%") {
        const j = fmt.indexOf("%", i);
        const end = j < 0 ? n : j;
        out += fmt.slice(i, end);
        i = end;
        continue;
      }
      const start = i;
      i++;
      if (i >= n) raise(PyExc_ValueError, "incomplete format");
      keyed = null;
      if (fmt[i] === "(") {
        if (!isDict) raise(PyExc_TypeError, "format requires a mapping");
        let depth = 1;
        let j = i + 1;
        while (j < n && depth > 0) {
          if (fmt[j] === ")") depth--;
          else if (fmt[j] === "(") depth++;
          j++;
        }
        if (depth > 0) raise(PyExc_ValueError, "incomplete format key");
        using key = owned(PyUnicode_FromString(fmt.slice(i + 1, j - 1)));
        keyed = PyObject_GetItem(args, key.obj);
        held.push(keyed);
        i = j;
      }
      const cv: Conv = { ljust: false, sign: "", alt: false, zero: false, prec: -1 };
      for (; i < n; i++) {
        const f = fmt[i];
        if (f === "-") cv.ljust = true;
        else if (f === "+") cv.sign = "+";
        else if (f === " ") {
          if (cv.sign === "") cv.sign = " ";
        } else if (f === "#") cv.alt = true;
        else if (f === "0") cv.zero = true;
        else break;
      }
      let width = -1;
      if (fmt[i] === "*") {
        const w = next();
        if (!PyLong_Check(w)) raise(PyExc_TypeError, "* wants int");
        width = Number((w as unknown as { value: number }).value);
        if (width < 0) {
          cv.ljust = true;
          width = -width;
        }
        i++;
      } else {
        while (i < n && fmt[i]! >= "0" && fmt[i]! <= "9")
          width = (width < 0 ? 0 : width * 10) + Number(fmt[i++]);
      }
      if (fmt[i] === ".") {
        i++;
        if (fmt[i] === "*") {
          const p = next();
          if (!PyLong_Check(p)) raise(PyExc_TypeError, "* wants int");
          cv.prec = Math.max(0, Number((p as unknown as { value: number }).value));
          i++;
        } else {
          cv.prec = 0;
          while (i < n && fmt[i]! >= "0" && fmt[i]! <= "9") cv.prec = cv.prec * 10 + Number(fmt[i++]);
        }
      }
      if (i >= n) raise(PyExc_ValueError, "incomplete format");
      const c = fmt[i]!;
      const at = i;
      i++;
      if (c === "%" && at === start + 1) {
        out += "%";
        continue;
      }
      const v = next();
      let body: string;
      let numeric = false;
      switch (c) {
        case "s":
        case "r":
        case "a":
          body = c === "s" ? str(v) : c === "r" ? repr(v) : ascii(repr(v));
          if (cv.prec >= 0) body = [...body].slice(0, cv.prec).join("");
          break;
        case "d":
        case "i":
        case "u":
        case "o":
        case "x":
        case "X":
          body = intDigits(v, c, cv);
          numeric = true;
          break;
        case "e":
        case "E":
        case "f":
        case "F":
        case "g":
        case "G":
          body = floatDigits(v, c, cv);
          numeric = true;
          break;
        case "c":
          body = charOf(v);
          break;
        default: {
          // `%5%` too: only a bare `%%` is a percent sign
          const code = fmt.codePointAt(at)!;
          raise(
            PyExc_ValueError,
            `unsupported format character '${String.fromCodePoint(code)}' (0x${code.toString(16)}) at index ${at}`,
          );
        }
      }
      const len = [...body].length;
      if (width > len) {
        const pad = width - len;
        if (cv.ljust) body += " ".repeat(pad);
        else if (numeric && cv.zero) {
          const m = /^[-+ ]?(0[xXo])?/.exec(body)![0];
          body = m + "0".repeat(pad) + body.slice(m.length);
        } else body = " ".repeat(pad) + body;
      }
      out += body;
    }
    if (argidx < arglen && !isDict)
      raise(PyExc_TypeError, "not all arguments converted during string formatting");
    return out;
  } finally {
    for (const h of held) Py_DECREF(h);
  }
}
