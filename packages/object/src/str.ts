/**
 * `str` (`Objects/unicodeobject.c`): text, held as a JS string.
 *
 * Indices count code points as in Python; strings without surrogate pairs
 * (the common case) index their UTF-16 units directly.
 */
import { ssize_as_index } from "./ssize.js";
import { PyUnicode_Type, PyUnicodeObject, PyUnicode_FromString, PyUnicode_Check } from "./str-object.js";
import {
  PyType_Ready,
  type CompareOp,
  type KwArgs,
  Py_EQ,
  type PyMethodDef,
  type PyObject,
  type PyTypeObject,
} from "./object.js";
import { str as objStr } from "./repr.js";
import { richCompareResult } from "./compare.js";
import { badArgument, parseArgs } from "./args.js";
import { bytesFromU8, bytesTypeProcs } from "./bytes-object.js";
import {
  PyExc_IndexError,
  PyExc_LookupError,
  PyExc_MemoryError,
  PyExc_OverflowError,
  PyExc_TypeError,
  PyExc_UnicodeEncodeError,
  raise,
} from "./exceptions.js";
import { unicode_hash, unicode_hash_exact } from "./hash.js";
import { Py_NotImplemented } from "./none.js";
import { PyIndex_Check, PyNumber_AsSsize_t } from "./number.js";
import { PySlice_AdjustIndices, PySlice_Unpack } from "./slice-indices.js";
import { PySlice_Check } from "./slice-object.js";
import { SURROGATE, codePoints, unicodeLength } from "./code-points.js";
import { hex, unicodeRepr } from "./unicode-repr.js";
import { PyUnicodeIterObject } from "./str-iterator.js";
import { strArg } from "./str-args.js";

function notImpl(): PyObject {
  Py_NotImplemented.ob_refcnt++;
  return Py_NotImplemented;
}

function unicode_encode(self: string, encoding: string, errors: string): Uint8Array {
  // the codecs live with bytes (@py/buffer), reached through the bytes type;
  // this is the fallback before it is made ready
  const encode = bytesTypeProcs()?.bt_encode;
  if (encode !== undefined) return encode(self, encoding, errors);
  const enc = encoding.toLowerCase().replace(/[-_ ]/g, "");
  if (enc === "utf8") return new TextEncoder().encode(self);
  let limit: number;
  let codec: string;
  if (enc === "ascii" || enc === "usascii") {
    limit = 128;
    codec = "ascii";
  } else if (enc === "latin1" || enc === "iso88591" || enc === "l1") {
    limit = 256;
    codec = "latin-1";
  } else raise(PyExc_LookupError, `unknown encoding: ${encoding}`);
  const out: number[] = [];
  let pos = 0;
  for (const ch of self) {
    const c = ch.codePointAt(0)!;
    if (c < limit) out.push(c);
    else if (errors === "ignore") {
      /* skip */
    } else if (errors === "replace") out.push(63);
    else {
      const esc = c <= 0xff ? `\\x${hex(c, 2)}` : c <= 0xffff ? `\\u${hex(c, 4)}` : `\\U${hex(c, 8)}`;
      raise(
        PyExc_UnicodeEncodeError,
        `'${codec}' codec can't encode character '${esc}' in position ${pos}: ordinal not in range(${limit})`,
      );
    }
    pos++;
  }
  return Uint8Array.from(out);
}

/** `str.__getitem__` with an index or a slice. */
function unicode_subscript(o: PyObject, key: PyObject): PyObject {
  const s = (o as PyUnicodeObject).value;
  if (PyIndex_Check(key)) {
    let i = ssize_as_index(PyNumber_AsSsize_t(key, PyExc_IndexError));
    if (!SURROGATE.test(s)) {
      if (i < 0) i += s.length;
      if (i < 0 || i >= s.length) raise(PyExc_IndexError, "string index out of range");
      return PyUnicode_FromString(s[i]!);
    }
    const cps = codePoints(s);
    if (i < 0) i += cps.length;
    if (i < 0 || i >= cps.length) raise(PyExc_IndexError, "string index out of range");
    return PyUnicode_FromString(cps[i]!);
  }
  if (PySlice_Check(key)) {
    const astral = SURROGATE.test(s);
    const cps = astral ? codePoints(s) : null;
    const len = cps === null ? s.length : cps.length;
    const [s0, e0, st] = PySlice_Unpack(key);
    const step = ssize_as_index(st); // |step| >= 2**53 takes at most one item
    const [start, , n] = PySlice_AdjustIndices(len, s0, e0, step);
    if (step === 1)
      return PyUnicode_FromString(
        cps === null ? s.slice(start, start + n) : cps.slice(start, start + n).join(""),
      );
    let out = "";
    for (let k = 0, i = start; k < n; k++, i += step) out += cps === null ? s[i] : cps[i];
    return PyUnicode_FromString(out);
  }
  raise(PyExc_TypeError, `string indices must be integers, not '${key.ob_type.tp_name}'`);
}

/**
 * Orders strings by code point (JS compares UTF-16 units, which puts a
 * surrogate pair below U+E000..U+FFFF): U+E000..U+FFFF move down by 0x800
 * and the surrogates up above them.
 */
function cpOrderKey(s: string): string {
  return s.replace(/[\uD800-\uFFFF]/g, (c) => {
    const u = c.charCodeAt(0);
    return String.fromCharCode(u < 0xe000 ? u + 0x2000 : u - 0x800);
  });
}

function unicode_richcompare(v: PyObject, w: PyObject, op: CompareOp): PyObject {
  let a = (v as PyUnicodeObject).value;
  let b = strArg(w);
  if (b === null) return notImpl();
  if (op !== Py_EQ && (SURROGATE.test(a) || SURROGATE.test(b))) {
    a = cpOrderKey(a);
    b = cpOrderKey(b);
  }
  return richCompareResult(a, b, op);
}

function unicode_new(type: PyTypeObject, args: readonly PyObject[], kwargs: KwArgs | null): PyObject {
  const [obj, encoding, errors] = parseArgs("str", args, kwargs, { names: ["object", "encoding", "errors"] });
  let s: string;
  if (obj === null) s = "";
  else if (encoding === null && errors === null) s = objStr(obj);
  else {
    if (encoding !== null && !PyUnicode_Check(encoding)) badArgument("str", "encoding", "str", encoding);
    if (errors !== null && !PyUnicode_Check(errors)) badArgument("str", "errors", "str", errors);
    if (PyUnicode_Check(obj)) raise(PyExc_TypeError, "decoding str is not supported");
    const dec = bytesTypeProcs()?.bt_decode;
    if (dec === undefined)
      raise(PyExc_TypeError, `decoding to str: need a bytes-like object, ${obj.ob_type.tp_name} found`);
    s = dec(obj, encoding === null ? null : strArg(encoding), errors === null ? null : strArg(errors));
  }
  if (type !== PyUnicode_Type) return new PyUnicodeObject(type, s);
  return PyUnicode_FromString(s);
}

/** `str.encode(encoding="utf-8", errors="strict")`: its method def, added with the others by str-methods.ts. */
export const strEncodeMethod: PyMethodDef = {
  meth: (self, args, kwargs) => {
    const [enc, err] = parseArgs("encode", args, kwargs, { names: ["encoding", "errors"] });
    if (enc !== null && !PyUnicode_Check(enc)) badArgument("encode", "encoding", "str", enc);
    if (err !== null && !PyUnicode_Check(err)) badArgument("encode", "errors", "str", err);
    const u8 = unicode_encode(
      (self as PyUnicodeObject).value,
      enc === null ? "utf-8" : (enc as PyUnicodeObject).value,
      err === null ? "strict" : (err as PyUnicodeObject).value,
    );
    return bytesFromU8(u8);
  },
};

// The slots; the methods (reached only by a look-up by name) are added by str-methods.ts.
PyType_Ready(PyUnicode_Type, {
  basetype: true,
  repr: (o) => unicodeRepr((o as PyUnicodeObject).value),
  str: (o) => (o as PyUnicodeObject).value,
  hash: unicode_hash,
  hash_exact: unicode_hash_exact,
  richcompare: unicode_richcompare,
  iter: (o) => new PyUnicodeIterObject((o as PyUnicodeObject).value),
  new: unicode_new,
  doc: "str(object='') -> str",
  as_sequence: {
    sq_length: (o) => unicodeLength((o as PyUnicodeObject).value),
    sq_concat: (v, w) => {
      const b = strArg(w);
      if (b === null) raise(PyExc_TypeError, `can only concatenate str (not "${w.ob_type.tp_name}") to str`);
      return PyUnicode_FromString((v as PyUnicodeObject).value + b);
    },
    sq_repeat: (o, n) => {
      const s = (o as PyUnicodeObject).value;
      if (n <= 0 || s === "") return PyUnicode_FromString("");
      if (BigInt(unicodeLength(s)) * BigInt(n) > 2n ** 63n - 1n)
        raise(PyExc_OverflowError, "repeated string is too long");
      if (s.length * n > 2 ** 29) raise(PyExc_MemoryError); // beyond what a JS string holds
      return PyUnicode_FromString(s.repeat(n));
    },
    sq_item: (o, i) => {
      const s = (o as PyUnicodeObject).value;
      if (i < 0 || i >= s.length) raise(PyExc_IndexError, "string index out of range");
      return PyUnicode_FromString(s[i]!);
    },
    sq_contains: (o, v) => {
      const sub = strArg(v);
      if (sub === null) {
        raise(PyExc_TypeError, `'in <string>' requires string as left operand, not ${v.ob_type.tp_name}`);
      }
      return (o as PyUnicodeObject).value.includes(sub);
    },
  },
  as_mapping: {
    mp_length: (o) => unicodeLength((o as PyUnicodeObject).value),
    mp_subscript: unicode_subscript,
  },
});

/** `PyUnicode_AsUTF8`: the JS string of a str object (TypeError otherwise). */
export function PyUnicode_AsString(o: PyObject): string {
  if (!PyUnicode_Check(o)) raise(PyExc_TypeError, `bad argument type for built-in operation`);
  return o.value;
}
