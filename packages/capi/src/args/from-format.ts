/**
 * `PyUnicode_FromFormat(V)` (`unicode_fromformat_arg` of
 * `Objects/unicodeobject.c`, 3.11), `PyErr_Format(V)` built on it, and
 * `PyBytes_FromFormat(V)` (`Objects/bytesobject.c`).
 *
 * Numbers are printed as the C library prints them for the data model:
 * `%ld`/`%zd` take 4 bytes on wasm32; `%p` as wasi-libc prints it
 * (checked with clang's wasm32-wasip1 `snprintf`): `0x1f2a0`, NULL `0x0`.
 */
import { PyBytes_FromBytes } from "@py/buffer";
import {
  PyExc_OverflowError,
  PyExc_SystemError,
  PyExc_ValueError,
  type PyObject,
  type PyTypeObject,
  PyUnicode_Check,
  PyUnicode_FromString,
  raise,
  repr,
  str,
} from "@py/object";
import type { ArgBridge } from "./bridge.js";
import { byteString, type CFormat, isAlpha, isDigit } from "./c-format.js";
import type { VaList } from "./va-list.js";

/** Code points of a JS string (astral characters count once, as in CPython). */
function codePoints(s: string): string[] {
  return Array.from(s);
}

/** `unicode_fromformat_write_str`: at most `precision` characters, right-aligned in `width`. */
function writeStr(s: string, width: number, precision: number): string {
  const cps = codePoints(s);
  let length = cps.length;
  if ((precision === -1 || precision >= length) && width <= length) return s;
  if (precision !== -1) length = Math.min(precision, length);
  const body = cps.slice(0, length).join("");
  return width > length ? " ".repeat(width - length) + body : body;
}

const utf8Replace = new TextDecoder("utf-8", { fatal: false });

/** `unicode_fromformat_write_cstr`: `precision` counts bytes; bad UTF-8 is replaced. */
function writeCStr(b: ArgBridge, p: number, width: number, precision: number): string {
  let u8 = b.cString(p);
  if (precision !== -1 && u8.length > precision) u8 = u8.subarray(0, precision);
  return writeStr(utf8Replace.decode(u8), width, -1);
}

/** `ascii(o)`: the repr with non-ASCII characters escaped (`PyObject_ASCII`). */
export function asciiOf(o: PyObject): string {
  let out = "";
  for (const ch of repr(o)) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out += ch;
    else if (cp < 0x100) out += `\\x${cp.toString(16).padStart(2, "0")}`;
    else if (cp < 0x10000) out += `\\u${cp.toString(16).padStart(4, "0")}`;
    else out += `\\U${cp.toString(16).padStart(8, "0")}`;
  }
  return out;
}

/**
 * A `%p` as CPython prints it: the C library's `%p`, with "0x" put in front
 * when missing. wasi-libc prints `0x1234` and `0` for NULL (so "0x0");
 * glibc (the LP64 oracle) prints `(nil)` for NULL (so "0x(nil)").
 */
function pointerText(b: ArgBridge, p: number | bigint): string {
  if (b.model.ssize === 8) return p === 0 || p === 0n ? "0x(nil)" : `0x${p.toString(16)}`;
  return `0x${(Number(p) >>> 0).toString(16)}`;
}

/** `va_arg` of a pointer-sized unsigned value (`size_t`, `void *`). */
function readSizeT(b: ArgBridge, va: VaList): bigint {
  return b.model.ssize === 8 ? va.uint64() : BigInt(va.uint32());
}
function readSsize(b: ArgBridge, va: VaList): bigint {
  return b.model.ssize === 8 ? va.int64() : BigInt(va.int32());
}
function readLong(b: ArgBridge, va: VaList): bigint {
  return b.model.long === 8 ? va.int64() : BigInt(va.int32());
}
function readULong(b: ArgBridge, va: VaList): bigint {
  return b.model.long === 8 ? va.uint64() : BigInt(va.uint32());
}

/** The object of a `PyObject *` argument (`%U %S %R %A %V`). */
function objectArg(b: ArgBridge, p: number): PyObject {
  if (p === 0) raise(PyExc_SystemError, "NULL object passed to PyUnicode_FromFormat");
  return b.objectAt(p);
}

/** Max digits of a Py_ssize_t width/precision; beyond it CPython says "too big". */
const SSIZE_MAX_DIGITS = 2 ** 53;

/**
 * `PyUnicode_FromFormatV(format, va)` as a JS string. The format must be
 * ASCII ("expects an ASCII-encoded format string"); throws as CPython does.
 */
export function unicodeFromFormat(b: ArgBridge, format: CFormat, va: VaList): string {
  const f = byteString(format);
  let out = "";
  let i = 0;
  while (i < f.length) {
    if (f[i] !== "%") {
      let p = i;
      do {
        const code = f.charCodeAt(p);
        if (code > 127) {
          raise(
            PyExc_ValueError,
            `PyUnicode_FromFormatV() expects an ASCII-encoded format string, got a non-ASCII byte: 0x${code.toString(16).padStart(2, "0")}`,
          );
        }
        p++;
      } while (p < f.length && f[p] !== "%");
      out += f.slice(i, p);
      i = p;
      continue;
    }
    const r = formatArg(b, f, i, va);
    out += r.text;
    i = r.next;
  }
  return out;
}

/** One `%...` directive starting at `start` (`unicode_fromformat_arg`). */
function formatArg(b: ArgBridge, f: string, start: number, va: VaList): { text: string; next: number } {
  let p = start + 1;
  let zeropad = false;
  if (f[p] === "0") {
    zeropad = true;
    p++;
  }
  let width = -1;
  if (isDigit(f[p])) {
    width = 0;
    while (isDigit(f[p])) {
      width = width * 10 + (f.charCodeAt(p) - 48);
      if (width > SSIZE_MAX_DIGITS) raise(PyExc_ValueError, "width too big");
      p++;
    }
  }
  let precision = -1;
  if (f[p] === ".") {
    p++;
    if (isDigit(f[p])) {
      precision = 0;
      while (isDigit(f[p])) {
        precision = precision * 10 + (f.charCodeAt(p) - 48);
        if (precision > SSIZE_MAX_DIGITS) raise(PyExc_ValueError, "precision too big");
        p++;
      }
    }
    if (f[p] === "%") p--; // "%.3%s" => p points to "3"
  }
  if (p >= f.length) p--; // bogus "%.123": p points to "3"

  let longflag = false;
  let longlongflag = false;
  let sizetflag = false;
  const isDUI = (c: string | undefined): boolean => c === "d" || c === "u" || c === "i";
  if (f[p] === "l") {
    if (isDUI(f[p + 1])) {
      longflag = true;
      p++;
    } else if (f[p + 1] === "l" && isDUI(f[p + 2])) {
      longlongflag = true;
      p += 2;
    }
  } else if (f[p] === "z" && isDUI(f[p + 1])) {
    sizetflag = true;
    p++;
  }

  let text: string;
  switch (f[p]) {
    case "c": {
      const ordinal = va.int32();
      if (ordinal < 0 || ordinal > 0x10ffff) {
        raise(PyExc_OverflowError, "character argument not in range(0x110000)");
      }
      text = String.fromCodePoint(ordinal);
      break;
    }
    case "i":
    case "d":
    case "u":
    case "x": {
      let digits: string;
      const c = f[p];
      if (c === "u") {
        const v = longflag
          ? readULong(b, va)
          : longlongflag
            ? va.uint64()
            : sizetflag
              ? readSizeT(b, va)
              : BigInt(va.uint32());
        digits = v.toString();
      } else if (c === "x") {
        digits = (va.int32() >>> 0).toString(16);
      } else {
        const v = longflag
          ? readLong(b, va)
          : longlongflag
            ? va.int64()
            : sizetflag
              ? readSsize(b, va)
              : BigInt(va.int32());
        digits = v.toString();
      }
      // 3.11 pads the digits and the sign together: "%05d" of -42 is "00-42".
      const len = digits.length;
      const prec = Math.max(precision, len);
      text = "";
      if (width > prec) text += (zeropad ? "0" : " ").repeat(width - prec);
      if (prec > len) text += "0".repeat(prec - len);
      text += digits;
      break;
    }
    case "p":
      text = pointerText(b, b.model.ssize === 8 ? va.uint64() : va.uint32());
      break;
    case "s":
      text = writeCStr(b, va.ptr(), width, precision);
      break;
    case "U": {
      const o = objectArg(b, va.ptr());
      text = writeStr(strValue(o), width, precision);
      break;
    }
    case "V": {
      const op = va.ptr();
      const sp = va.ptr();
      if (op !== 0) text = writeStr(strValue(b.objectAt(op)), width, precision);
      else text = writeCStr(b, sp, width, precision);
      break;
    }
    case "S":
      text = writeStr(str(objectArg(b, va.ptr())), width, precision);
      break;
    case "R":
      text = writeStr(repr(objectArg(b, va.ptr())), width, precision);
      break;
    case "A":
      text = writeStr(asciiOf(objectArg(b, va.ptr())), width, precision);
      break;
    case "%":
      text = "%";
      break;
    default:
      // Unknown code: the rest of the format is copied as is (the arguments
      // cannot be skipped without knowing their types).
      return { text: f.slice(start), next: f.length };
  }
  return { text, next: p + 1 };
}

function strValue(o: PyObject): string {
  if (!PyUnicode_Check(o)) raise(PyExc_SystemError, "%U argument is not a str");
  return o.value;
}

/**
 * `PyUnicode_FromFormatV(format, va)`: a new str.
 * @returns New reference.
 */
export function PyUnicode_FromFormatV(b: ArgBridge, format: CFormat, va: VaList): PyObject {
  return PyUnicode_FromString(unicodeFromFormat(b, format, va));
}

/**
 * `PyUnicode_FromFormat(format, ...)`.
 * @returns New reference.
 */
export const PyUnicode_FromFormat = PyUnicode_FromFormatV;

/** `PyErr_Format(exception, format, ...)` / `PyErr_FormatV`: throws `exception(message)`. */
export function PyErr_FormatV(b: ArgBridge, exception: PyTypeObject, format: CFormat, va: VaList): never {
  raise(exception, unicodeFromFormat(b, format, va));
}

/** `PyErr_Format`. */
export const PyErr_Format = PyErr_FormatV;

/**
 * `PyBytes_FromFormatV(format, va)` as bytes: widths are ignored, a
 * precision limits `%s`, and an unknown directive copies the rest of the format.
 */
export function bytesFromFormat(b: ArgBridge, format: CFormat, va: VaList): Uint8Array {
  const f = byteString(format);
  const out: number[] = [];
  const write = (s: string): void => {
    for (let k = 0; k < s.length; k++) out.push(s.charCodeAt(k) & 0xff);
  };
  for (let i = 0; i < f.length; i++) {
    if (f[i] !== "%") {
      out.push(f.charCodeAt(i));
      continue;
    }
    const start = i++;
    while (isDigit(f[i])) i++;
    let prec = 0;
    if (f[i] === ".") {
      i++;
      for (; isDigit(f[i]); i++) prec = prec * 10 + (f.charCodeAt(i) - 48);
    }
    while (i < f.length && f[i] !== "%" && !isAlpha(f[i])) i++;
    let longflag = false;
    if (f[i] === "l" && (f[i + 1] === "d" || f[i + 1] === "u")) {
      longflag = true;
      i++;
    }
    let sizetflag = false;
    if (f[i] === "z" && (f[i + 1] === "d" || f[i + 1] === "u")) {
      sizetflag = true;
      i++;
    }
    switch (f[i]) {
      case "c": {
        const c = va.int32();
        if (c < 0 || c > 255) {
          raise(PyExc_OverflowError, "PyBytes_FromFormatV(): %c format expects an integer in range [0; 255]");
        }
        out.push(c);
        break;
      }
      case "d":
        write((longflag ? readLong(b, va) : sizetflag ? readSsize(b, va) : BigInt(va.int32())).toString());
        break;
      case "u":
        write((longflag ? readULong(b, va) : sizetflag ? readSizeT(b, va) : BigInt(va.uint32())).toString());
        break;
      case "i":
        write(va.int32().toString());
        break;
      case "x":
        write((va.int32() >>> 0).toString(16));
        break;
      case "s": {
        let u8 = b.cString(va.ptr());
        if (prec > 0 && u8.length > prec) u8 = u8.subarray(0, prec);
        for (const x of u8) out.push(x);
        break;
      }
      case "p":
        write(pointerText(b, b.model.ssize === 8 ? va.uint64() : va.uint32()));
        break;
      case "%":
        out.push(0x25);
        break;
      default:
        write(f.slice(start));
        return Uint8Array.from(out);
    }
  }
  return Uint8Array.from(out);
}

/**
 * `PyBytes_FromFormatV(format, va)`: a new bytes object.
 * @returns New reference.
 */
export function PyBytes_FromFormatV(b: ArgBridge, format: CFormat, va: VaList): PyObject {
  return PyBytes_FromBytes(bytesFromFormat(b, format, va));
}

/**
 * `PyBytes_FromFormat(format, ...)`.
 * @returns New reference.
 */
export const PyBytes_FromFormat = PyBytes_FromFormatV;
