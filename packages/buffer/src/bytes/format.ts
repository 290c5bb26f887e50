/**
 * printf-style formatting of bytes and bytearray (`b'%s' % x`), as CPython's
 * `_PyBytes_FormatEx` (Objects/bytesobject.c): flags `-+ #0`, width and
 * precision (`*` too), conversions `s b r a c d i u o x X e E f F g G %`.
 * Mapping keys (`%(name)s`) look the bytes key up in a mapping argument
 * (`format requires a mapping` otherwise).
 */
import {
  floatExponent,
  floatFixed,
  floatGeneral,
  Py_DECREF,
  PyExc_OverflowError,
  PyExc_TypeError,
  PyExc_ValueError,
  PyFloat_Check,
  PyIndex_Check,
  PyLong_Check,
  PyNumber_Check,
  PyNumber_Index,
  PyNumber_Long,
  type PyObject,
  PyObject_CallMethod,
  PyObject_GetItem,
  PyObject_HasAttr,
  PyTuple_Check,
  PyUnicode_Check,
  raise,
  repr,
} from "@py/object";
import { getByteSpan, isByteStorage, releaseByteSpan } from "./storage.js";
import { PyBytes_FromBytes } from "./bytes.js";
import { toContiguousBytes } from "../protocol/copy.js";
import { PyBUF_FULL_RO } from "../protocol/flags.js";
import { getBuffer, PyBuffer_Release, PyObject_CheckBuffer } from "../protocol/getbuffer.js";

const F_LJUST = 1;
const F_SIGN = 2;
const F_BLANK = 4;
const F_ALT = 8;
const F_ZERO = 16;

/** Appends the bytes of an ASCII string. */
function pushAscii(out: number[], s: string): void {
  for (let i = 0; i < s.length; i++) out.push(s.charCodeAt(i) & 0xff);
}

/** `ascii(o)`: repr with non-ASCII characters escaped. */
function asciiRepr(o: PyObject): string {
  const r = repr(o);
  let s = "";
  for (const ch of r) {
    const c = ch.codePointAt(0)!;
    if (c < 128) s += ch;
    else if (c < 0x100) s += `\\x${c.toString(16).padStart(2, "0")}`;
    else if (c < 0x10000) s += `\\u${c.toString(16).padStart(4, "0")}`;
    else s += `\\U${c.toString(16).padStart(8, "0")}`;
  }
  return s;
}

/** `format_obj`: the bytes for `%s`/`%b`. */
function formatObj(v: PyObject): number[] {
  if (isByteStorage(v)) {
    const s = getByteSpan(v);
    try {
      return Array.from(s.u8.subarray(s.off, s.off + s.len));
    } finally {
      releaseByteSpan(s);
    }
  }
  // _PyBytes_FromBuffer: a PyBUF_FULL_RO export copied in C order (any layout)
  if (PyObject_CheckBuffer(v)) {
    const view = getBuffer(v, PyBUF_FULL_RO);
    try {
      return Array.from(toContiguousBytes(view, "C"));
    } finally {
      PyBuffer_Release(view);
    }
  }
  if (!PyUnicode_Check(v) && PyObject_HasAttr(v, "__bytes__")) {
    const r = PyObject_CallMethod(v, "__bytes__", [], null);
    try {
      if (!isByteStorage(r))
        raise(PyExc_TypeError, `__bytes__ returned non-bytes (type ${r.ob_type.tp_name})`);
      return Array.from(r.mem.u8.subarray(r.start, r.start + r.length));
    } finally {
      Py_DECREF(r);
    }
  }
  raise(
    PyExc_TypeError,
    `%b requires a bytes-like object, or an object that implements __bytes__, not '${v.ob_type.tp_name}'`,
  );
}

/** The integer conversions: digits of `v` with sign, `#` prefix and precision. */
function formatLong(v: PyObject, c: string, flags: number, prec: number): string {
  let n: bigint;
  if (c === "d" || c === "i" || c === "u") {
    if (!PyNumber_Check(v))
      raise(PyExc_TypeError, `%${c} format: a real number is required, not ${v.ob_type.tp_name}`);
    const l = PyNumber_Long(v);
    n = BigInt(l.value);
    Py_DECREF(l);
  } else {
    if (!PyIndex_Check(v))
      raise(PyExc_TypeError, `%${c} format: an integer is required, not ${v.ob_type.tp_name}`);
    const l = PyNumber_Index(v);
    n = BigInt(l.value);
    Py_DECREF(l);
  }
  const neg = n < 0n;
  if (neg) n = -n;
  const radix = c === "o" ? 8 : c === "x" || c === "X" ? 16 : 10;
  let digits = n.toString(radix);
  if (c === "X") digits = digits.toUpperCase();
  if (prec >= 0 && digits.length < prec) digits = "0".repeat(prec - digits.length) + digits;
  let prefix = "";
  if (flags & F_ALT) {
    if (c === "o") prefix = "0o";
    else if (c === "x") prefix = "0x";
    else if (c === "X") prefix = "0X";
  }
  const sign = neg ? "-" : flags & F_SIGN ? "+" : flags & F_BLANK ? " " : "";
  return sign + prefix + digits;
}

/** The float conversions (`PyOS_double_to_string` with the `%` flags). */
function formatFloat(v: PyObject, c: string, flags: number, prec: number): string {
  let x: number;
  if (PyFloat_Check(v)) x = v.value;
  else if (PyLong_Check(v)) {
    x = Number(v.value);
    if (!Number.isFinite(x)) raise(PyExc_TypeError, `float argument required, not ${v.ob_type.tp_name}`);
  } else {
    const nb = v.ob_type.tp_as_number;
    if (nb?.nb_float === undefined)
      raise(PyExc_TypeError, `float argument required, not ${v.ob_type.tp_name}`);
    const f = nb.nb_float(v);
    x = (f as unknown as { value: number }).value;
    Py_DECREF(f);
  }
  if (prec < 0) prec = 6;
  const upper = c === "E" || c === "F" || c === "G";
  const alt = (flags & F_ALT) !== 0;
  const neg = x < 0 || Object.is(x, -0);
  const ax = Math.abs(x);
  let body: string;
  if (Number.isNaN(x)) body = upper ? "NAN" : "nan";
  else if (!Number.isFinite(x)) body = upper ? "INF" : "inf";
  else if (c === "f" || c === "F") {
    body = floatFixed(ax, prec);
    if (alt && prec === 0) body += ".";
  } else {
    body = c === "e" || c === "E" ? floatExponent(ax, prec, alt) : floatGeneral(ax, prec, alt);
    if (upper) body = body.toUpperCase();
  }
  const sign = neg && !Number.isNaN(x) ? "-" : flags & F_SIGN ? "+" : flags & F_BLANK ? " " : "";
  return sign + body;
}

/** `%c`: an int in range(256) or a bytes/bytearray of length 1. */
function formatChar(v: PyObject): number {
  if (isByteStorage(v)) {
    if (v.length === 1) return v.mem.u8[v.start]!;
  } else if (PyIndex_Check(v)) {
    const n = PyNumber_Index(v);
    const x = n.value;
    Py_DECREF(n);
    if (typeof x !== "number" || x < 0 || x > 255) raise(PyExc_OverflowError, "%c arg not in range(256)");
    return x;
  }
  raise(PyExc_TypeError, "%c requires an integer in range(256) or a single byte");
}

/** An int for `*` width/precision. */
function starArg(v: PyObject): number {
  if (!PyLong_Check(v)) raise(PyExc_TypeError, "* wants int");
  return Number(v.value);
}

/**
 * `_PyBytes_FormatEx(fmt, args)`: the bytes of `fmt % args`. `args` is a
 * tuple of values, or a single value.
 */
export function bytesFormat(fmt: Uint8Array, args: PyObject): Uint8Array {
  const looked: PyObject[] = [];
  try {
    return formatWith(fmt, args, looked);
  } finally {
    for (const v of looked) Py_DECREF(v);
  }
}

/** `bytesFormat`'s loop; the values `%(key)` looked up are kept in `looked` (owned). */
function formatWith(fmt: Uint8Array, args: PyObject, looked: PyObject[]): Uint8Array {
  const dict = args;
  const isTuple = PyTuple_Check(args);
  let items: readonly PyObject[] = isTuple ? args.items : [args];
  let arglen = isTuple ? items.length : -1;
  let argidx = isTuple ? 0 : -2;
  // Any mapping that is not a sequence of bytes/str counts as a dict (no error for unused args).
  const mp = args.ob_type.tp_as_mapping;
  const isDict =
    !isTuple &&
    mp !== null &&
    mp.mp_subscript !== undefined &&
    !isByteStorage(args) &&
    !PyUnicode_Check(args);
  const next = (): PyObject => {
    if (argidx < arglen) {
      argidx++;
      return arglen < 0 ? items[0]! : items[argidx - 1]!;
    }
    raise(PyExc_TypeError, "not enough arguments for format string");
  };
  const out: number[] = [];
  const n = fmt.length;
  let i = 0;
  while (i < n) {
    const ch = fmt[i]!;
    if (ch !== 37) {
      out.push(ch);
      i++;
      continue;
    }
    i++;
    if (i >= n) raise(PyExc_ValueError, "incomplete format");
    if (fmt[i] === 40) {
      // `%(key)`: only a mapping argument can supply it.
      let depth = 1;
      let j = i + 1;
      while (j < n && depth > 0) {
        if (fmt[j] === 41) depth--;
        else if (fmt[j] === 40) depth++;
        j++;
      }
      if (depth > 0) raise(PyExc_ValueError, "incomplete format key");
      if (!isDict) raise(PyExc_TypeError, "format requires a mapping");
      // the value found stands for the arguments from here on (CPython: args = dict[key])
      const key = PyBytes_FromBytes(fmt.slice(i + 1, j - 1));
      try {
        looked.push(PyObject_GetItem(dict, key));
      } finally {
        Py_DECREF(key);
      }
      items = [looked[looked.length - 1]!];
      arglen = -1;
      argidx = -2;
      i = j;
    }
    let flags = 0;
    for (; i < n; i++) {
      const f = fmt[i];
      if (f === 45) flags |= F_LJUST;
      else if (f === 43) flags |= F_SIGN;
      else if (f === 32) flags |= F_BLANK;
      else if (f === 35) flags |= F_ALT;
      else if (f === 48) flags |= F_ZERO;
      else break;
    }
    let width = -1;
    if (fmt[i] === 42) {
      width = starArg(next());
      if (width < 0) {
        flags |= F_LJUST;
        width = -width;
      }
      i++;
    } else {
      while (i < n && fmt[i]! >= 48 && fmt[i]! <= 57) width = (width < 0 ? 0 : width * 10) + fmt[i++]! - 48;
    }
    let prec = -1;
    if (fmt[i] === 46) {
      i++;
      if (fmt[i] === 42) {
        prec = starArg(next());
        if (prec < 0) prec = 0;
        i++;
      } else {
        prec = 0;
        while (i < n && fmt[i]! >= 48 && fmt[i]! <= 57) prec = prec * 10 + fmt[i++]! - 48;
      }
    }
    if (i >= n) raise(PyExc_ValueError, "incomplete format");
    // One "h", "l" or "L" length modifier is ignored (`%ld`).
    if ((fmt[i] === 104 || fmt[i] === 108 || fmt[i] === 76) && i + 1 < n) i++;
    const c = String.fromCharCode(fmt[i]!);
    const at = i;
    i++;
    if (c === "%") {
      out.push(37);
      continue;
    }
    const v = next();
    let body: number[];
    let numeric = false;
    switch (c) {
      case "s":
      case "b":
        body = formatObj(v);
        if (prec >= 0 && body.length > prec) body.length = prec;
        break;
      case "r":
      case "a": {
        body = [];
        pushAscii(body, asciiRepr(v));
        if (prec >= 0 && body.length > prec) body.length = prec;
        break;
      }
      case "d":
      case "i":
      case "u":
      case "o":
      case "x":
      case "X":
        body = [];
        pushAscii(body, formatLong(v, c, flags, prec));
        numeric = true;
        break;
      case "e":
      case "E":
      case "f":
      case "F":
      case "g":
      case "G":
        body = [];
        pushAscii(body, formatFloat(v, c, flags, prec));
        numeric = true;
        break;
      case "c":
        body = [formatChar(v)];
        break;
      default: {
        const code = fmt[at]!;
        raise(
          PyExc_ValueError,
          `unsupported format character '${String.fromCharCode(code)}' (0x${code.toString(16)}) at index ${at}`,
        );
      }
    }
    if (width > body.length) {
      const pad = width - body.length;
      if (flags & F_LJUST) {
        out.push(...body);
        for (let k = 0; k < pad; k++) out.push(32);
      } else if (numeric && flags & F_ZERO) {
        // Zeros go after the sign and the 0x/0o prefix.
        let k = 0;
        if (body[0] === 45 || body[0] === 43 || body[0] === 32) k = 1;
        if (body[k] === 48 && (body[k + 1] === 120 || body[k + 1] === 88 || body[k + 1] === 111)) k += 2;
        out.push(...body.slice(0, k));
        for (let z = 0; z < pad; z++) out.push(48);
        out.push(...body.slice(k));
      } else {
        for (let k = 0; k < pad; k++) out.push(32);
        out.push(...body);
      }
    } else out.push(...body);
  }
  if (argidx < arglen && !isDict)
    raise(PyExc_TypeError, "not all arguments converted during bytes formatting");
  return Uint8Array.from(out);
}
