/**
 * `str` (`Objects/unicodeobject.c`): text, held as a JS string.
 *
 * Indices count code points as in Python; strings without surrogate pairs
 * (the common case) index their UTF-16 units directly.
 */
import { PyUnicode_Type, PyUnicodeObject, PyUnicode_FromString, PyUnicode_Check } from "./str-object.js";
import {
  PyType_Ready,
  type CompareOp,
  type KwArgs,
  METH_FASTCALL,
  METH_NOARGS,
  METH_O,
  METH_VARARGS,
  Py_EQ,
  type PyObject,
  type PyTypeObject,
} from "./object.js";
import { PyObject_IsTrue } from "./truth.js";
import { iterateToArray } from "./iteration.js";
import { str as objStr } from "./repr.js";
import { richCompareResult } from "./compare.js";
import { badArgument, checkPositional, parseArgs } from "./args.js";
import { bytesHooks } from "./bytes-hooks.js";
import {
  PyExc_IndexError,
  PyExc_LookupError,
  PyExc_MemoryError,
  PyExc_OverflowError,
  PyExc_TypeError,
  PyExc_UnicodeEncodeError,
  PyExc_ValueError,
  raise,
} from "./exceptions.js";
import { _Py_HashString } from "./hash.js";
import { PyBool_FromBool } from "./bool-object.js";
import { PyLong_FromNumber } from "./int-object.js";
import { PyList_FromArray } from "./list-object.js";
import { Py_None, Py_NotImplemented } from "./none.js";
import { PyIndex_Check, PyNumber_AsSsize_t } from "./number.js";
import { Py_DECREF } from "./refcount.js";
import { PySlice_AdjustIndices, PySlice_Unpack, _PyEval_SliceIndex } from "./slice-indices.js";
import { PySlice_Check } from "./slice-object.js";
import { PyTuple_Check, PyTuple_Pack } from "./tuple-object.js";
import { SURROGATE, codePoints, unicodeLength } from "./code-points.js";
import { NONPRINTABLE, hex, unicodeRepr } from "./unicode-repr.js";
import { isWs, isAscii } from "./unicode-ctype.js";
import { PyUnicodeIterObject } from "./str-iterator.js";

// ---------------------------------------------------------------- repr

// ---------------------------------------------------------------- helpers

function strArg(o: PyObject): string | null {
  return PyUnicode_Check(o) ? o.value : null;
}

function notImpl(): PyObject {
  Py_NotImplemented.ob_refcnt++;
  return Py_NotImplemented;
}

/** Resolves optional `start`/`end` arguments as slice indices against `len`. */
function startEnd(
  s: string,
  start: PyObject | null | undefined,
  end: PyObject | null | undefined,
): [number, number] {
  const len = s.length;
  let a = start == null ? 0 : (_PyEval_SliceIndex(start) ?? 0);
  let b = end == null ? len : (_PyEval_SliceIndex(end) ?? len);
  if (a < 0) {
    a += len;
    if (a < 0) a = 0;
  }
  if (b < 0) {
    b += len;
    if (b < 0) b = 0;
  } else if (b > len) b = len;
  return [a, b];
}

const LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029";

function splitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = 0;
  const n = s.length;
  while (true) {
    while (i < n && isWs(s[i]!)) i++;
    if (i >= n) break;
    if (maxsplit >= 0 && out.length === maxsplit) {
      let j = n;
      while (j > i && isWs(s[j - 1]!)) j--;
      out.push(s.slice(i, j));
      break;
    }
    let j = i;
    while (j < n && !isWs(s[j]!)) j++;
    out.push(s.slice(i, j));
    i = j;
  }
  return out;
}

function rsplitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = s.length;
  while (true) {
    while (i > 0 && isWs(s[i - 1]!)) i--;
    if (i <= 0) break;
    if (maxsplit >= 0 && out.length === maxsplit) {
      let j = 0;
      while (j < i && isWs(s[j]!)) j++;
      out.push(s.slice(j, i));
      break;
    }
    let j = i;
    while (j > 0 && !isWs(s[j - 1]!)) j--;
    out.push(s.slice(j, i));
    i = j;
  }
  return out.reverse();
}

function strList(items: string[]): PyObject {
  return PyList_FromArray(items.map((x) => PyUnicode_FromString(x)));
}

function sepArg(o: PyObject | null): string | null {
  if (o === null || o === Py_None) return null;
  const s = strArg(o);
  if (s === null) raise(PyExc_TypeError, `must be str or None, not ${o.ob_type.tp_name}`);
  if (s === "") raise(PyExc_ValueError, "empty separator");
  return s;
}

function maxsplitArg(o: PyObject | null): number {
  return o === null ? -1 : PyNumber_AsSsize_t(o, null);
}

function stripChars(name: string, o: PyObject | undefined): string | null {
  if (o === undefined || o === Py_None) return null;
  const s = strArg(o);
  if (s === null) raise(PyExc_TypeError, `${name} arg must be None or str`);
  return s;
}

function doStrip(s: string, chars: string | null, left: boolean, right: boolean): string {
  const isStrip = chars === null ? isWs : (ch: string) => chars.includes(ch);
  let i = 0;
  let j = s.length;
  if (left) while (i < j && isStrip(s[i]!)) i++;
  if (right) while (j > i && isStrip(s[j - 1]!)) j--;
  return s.slice(i, j);
}

function prefixCheck(name: string, self: string, args: readonly PyObject[], fromEnd: boolean): PyObject {
  checkPositional(name, args.length, 1, 3);
  const [a, b] = startEnd(self, args[1], args[2]);
  const sub = args[0]!;
  const test = (p: string): boolean => {
    if (a > self.length) return false;
    if (b - a < p.length) return false;
    return fromEnd ? self.slice(a, b).endsWith(p) : self.startsWith(p, a);
  };
  if (PyTuple_Check(sub)) {
    for (const it of sub.items) {
      const p = strArg(it);
      if (p === null) {
        raise(PyExc_TypeError, `tuple for ${name} must only contain str, not ${it.ob_type.tp_name}`);
      }
      if (test(p)) return PyBool_FromBool(true);
    }
    return PyBool_FromBool(false);
  }
  const p = strArg(sub);
  if (p === null) {
    raise(PyExc_TypeError, `${name} first arg must be str or a tuple of str, not ${sub.ob_type.tp_name}`);
  }
  return PyBool_FromBool(test(p));
}

/**
 * The arguments of find/index/count: `sub` and the search range as UTF-16
 * offsets into `self`. Python indexes code points: for a string with
 * surrogate pairs the range is taken in code points and `toCp` maps a
 * UTF-16 offset back (identity otherwise).
 */
function findArgs(
  name: string,
  self: string,
  args: readonly PyObject[],
): [string, number, number, (unit: number) => number] {
  if (args.length < 1) raise(PyExc_TypeError, `${name}() takes at least 1 argument (0 given)`);
  if (args.length > 3) raise(PyExc_TypeError, `${name}() takes at most 3 arguments (${args.length} given)`);
  const sub = strArg(args[0]!);
  if (sub === null) raise(PyExc_TypeError, `must be str, not ${args[0]!.ob_type.tp_name}`);
  if (!SURROGATE.test(self)) {
    const [a, b] = startEnd(self, args[1], args[2]);
    return [sub, a, b, (u) => u];
  }
  const cps = codePoints(self);
  const off = [0];
  for (const c of cps) off.push(off[off.length - 1]! + c.length);
  const [a, b] = startEnd(cps as unknown as string, args[1], args[2]);
  // a start past the end stays past the end (find() then fails)
  const ua = a > cps.length ? self.length + 1 : off[a]!;
  return [sub, ua, off[b]!, (u) => (u > self.length ? cps.length + 1 : off.indexOf(u))];
}

function find(self: string, sub: string, a: number, b: number, reverse: boolean): number {
  if (a > self.length || b - a < sub.length) return -1;
  if (reverse) {
    const i = self.lastIndexOf(sub, b - sub.length);
    return i >= a ? i : -1;
  }
  const i = self.indexOf(sub, a);
  return i >= 0 && i + sub.length <= b ? i : -1;
}

function count(self: string, sub: string, a: number, b: number): number {
  if (a > self.length || b - a < sub.length) return 0;
  if (sub === "") return b - a + 1;
  let n = 0;
  let i = self.indexOf(sub, a);
  while (i >= 0 && i + sub.length <= b) {
    n++;
    i = self.indexOf(sub, i + sub.length);
  }
  return n;
}

function noKw(name: string, kwargs: KwArgs | null): void {
  if (kwargs !== null && kwargs.size > 0) raise(PyExc_TypeError, `${name}() takes no keyword arguments`);
}

function unicode_encode(self: string, encoding: string, errors: string): Uint8Array {
  // the codecs live with bytes (@py/buffer); this is the fallback before they load
  if (bytesHooks.encode !== null) return bytesHooks.encode(self, encoding, errors);
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
    let i = PyNumber_AsSsize_t(key, PyExc_IndexError);
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
    const [s0, e0, step] = PySlice_Unpack(key);
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
    const dec = bytesHooks.decode;
    if (dec === null)
      raise(PyExc_TypeError, `decoding to str: need a bytes-like object, ${obj.ob_type.tp_name} found`);
    s = dec(obj, encoding === null ? null : strArg(encoding), errors === null ? null : strArg(errors));
  }
  if (type !== PyUnicode_Type) return new PyUnicodeObject(type, s);
  return PyUnicode_FromString(s);
}

PyType_Ready(PyUnicode_Type, {
  basetype: true,
  repr: (o) => unicodeRepr((o as PyUnicodeObject).value),
  str: (o) => (o as PyUnicodeObject).value,
  hash: (o) => _Py_HashString((o as PyUnicodeObject).value),
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
  methods: {
    join: {
      flags: METH_O,
      meth: (self, args) => {
        const it = args[0]!;
        if (it.ob_type.tp_iter === null && it.ob_type.tp_as_sequence?.sq_item === undefined) {
          raise(PyExc_TypeError, "can only join an iterable");
        }
        const items = iterateToArray(it);
        try {
          const parts: string[] = [];
          for (let i = 0; i < items.length; i++) {
            const s = strArg(items[i]!);
            if (s === null) {
              raise(
                PyExc_TypeError,
                `sequence item ${i}: expected str instance, ${items[i]!.ob_type.tp_name} found`,
              );
            }
            parts.push(s);
          }
          return PyUnicode_FromString(parts.join((self as PyUnicodeObject).value));
        } finally {
          for (const x of items) Py_DECREF(x);
        }
      },
    },
    split: {
      meth: (self, args, kwargs) => {
        const [sep, maxsplit] = parseArgs("split", args, kwargs, { names: ["sep", "maxsplit"] });
        const s = (self as PyUnicodeObject).value;
        // Argument Clinic converts maxsplit before the method looks at sep
        const m = maxsplitArg(maxsplit);
        const sp = sepArg(sep);
        if (sp === null) return strList(splitWhitespace(s, m));
        const parts = s.split(sp);
        if (m >= 0 && parts.length > m + 1) {
          const head = parts.slice(0, m);
          head.push(parts.slice(m).join(sp));
          return strList(head);
        }
        return strList(parts);
      },
    },
    rsplit: {
      meth: (self, args, kwargs) => {
        const [sep, maxsplit] = parseArgs("rsplit", args, kwargs, { names: ["sep", "maxsplit"] });
        const s = (self as PyUnicodeObject).value;
        // Argument Clinic converts maxsplit before the method looks at sep
        const m = maxsplitArg(maxsplit);
        const sp = sepArg(sep);
        if (sp === null) return strList(rsplitWhitespace(s, m));
        const parts = s.split(sp);
        if (m >= 0 && parts.length > m + 1) {
          const k = parts.length - m;
          return strList([parts.slice(0, k).join(sp), ...parts.slice(k)]);
        }
        return strList(parts);
      },
    },
    splitlines: {
      meth: (self, args, kwargs) => {
        const [keep] = parseArgs("splitlines", args, kwargs, { names: ["keepends"] });
        const keepends = keep !== null && PyObject_IsTrue(keep);
        const s = (self as PyUnicodeObject).value;
        const out: string[] = [];
        let last = 0;
        for (let i = 0; i < s.length; i++) {
          if (!LINE_BREAKS.includes(s[i]!)) continue;
          const eol = s[i] === "\r" && s[i + 1] === "\n" ? i + 2 : i + 1;
          out.push(s.slice(last, keepends ? eol : i));
          last = eol;
          i = eol - 1;
        }
        if (last < s.length) out.push(s.slice(last));
        return strList(out);
      },
    },
    strip: {
      flags: METH_FASTCALL,
      meth: (self, args, kwargs) => {
        noKw("strip", kwargs);
        checkPositional("strip", args.length, 0, 1);
        return PyUnicode_FromString(
          doStrip((self as PyUnicodeObject).value, stripChars("strip", args[0]), true, true),
        );
      },
    },
    lstrip: {
      flags: METH_FASTCALL,
      meth: (self, args, kwargs) => {
        noKw("lstrip", kwargs);
        checkPositional("lstrip", args.length, 0, 1);
        return PyUnicode_FromString(
          doStrip((self as PyUnicodeObject).value, stripChars("lstrip", args[0]), true, false),
        );
      },
    },
    rstrip: {
      flags: METH_FASTCALL,
      meth: (self, args, kwargs) => {
        noKw("rstrip", kwargs);
        checkPositional("rstrip", args.length, 0, 1);
        return PyUnicode_FromString(
          doStrip((self as PyUnicodeObject).value, stripChars("rstrip", args[0]), false, true),
        );
      },
    },
    startswith: {
      flags: METH_VARARGS,
      meth: (self, args, kwargs) => {
        noKw("startswith", kwargs);
        if (args.length < 1) raise(PyExc_TypeError, `startswith() takes at least 1 argument (0 given)`);
        return prefixCheck("startswith", (self as PyUnicodeObject).value, args, false);
      },
    },
    endswith: {
      flags: METH_VARARGS,
      meth: (self, args, kwargs) => {
        noKw("endswith", kwargs);
        if (args.length < 1) raise(PyExc_TypeError, `endswith() takes at least 1 argument (0 given)`);
        return prefixCheck("endswith", (self as PyUnicodeObject).value, args, true);
      },
    },
    find: {
      flags: METH_VARARGS,
      meth: (self, args, kwargs) => {
        noKw("find", kwargs);
        const s = (self as PyUnicodeObject).value;
        const [sub, a, b, toCp] = findArgs("find", s, args);
        const r = find(s, sub, a, b, false);
        return PyLong_FromNumber(r < 0 ? r : toCp(r));
      },
    },
    rfind: {
      flags: METH_VARARGS,
      meth: (self, args, kwargs) => {
        noKw("rfind", kwargs);
        const s = (self as PyUnicodeObject).value;
        const [sub, a, b, toCp] = findArgs("rfind", s, args);
        const r = find(s, sub, a, b, true);
        return PyLong_FromNumber(r < 0 ? r : toCp(r));
      },
    },
    index: {
      flags: METH_VARARGS,
      meth: (self, args, kwargs) => {
        noKw("index", kwargs);
        const s = (self as PyUnicodeObject).value;
        const [sub, a, b, toCp] = findArgs("index", s, args);
        const r = find(s, sub, a, b, false);
        if (r < 0) raise(PyExc_ValueError, "substring not found");
        return PyLong_FromNumber(toCp(r));
      },
    },
    rindex: {
      flags: METH_VARARGS,
      meth: (self, args, kwargs) => {
        noKw("rindex", kwargs);
        const s = (self as PyUnicodeObject).value;
        const [sub, a, b, toCp] = findArgs("rindex", s, args);
        const r = find(s, sub, a, b, true);
        if (r < 0) raise(PyExc_ValueError, "substring not found");
        return PyLong_FromNumber(toCp(r));
      },
    },
    count: {
      flags: METH_VARARGS,
      meth: (self, args, kwargs) => {
        noKw("count", kwargs);
        const s = (self as PyUnicodeObject).value;
        const [sub, a, b, toCp] = findArgs("count", s, args);
        // an empty sub matches between code points
        if (sub === "" && a <= s.length) return PyLong_FromNumber(toCp(b) - toCp(a) + 1);
        return PyLong_FromNumber(count(s, sub, a, b));
      },
    },
    replace: {
      flags: METH_FASTCALL,
      meth: (self, args, kwargs) => {
        noKw("replace", kwargs);
        checkPositional("replace", args.length, 2, 3);
        const old = strArg(args[0]!);
        if (old === null) badArgument("replace", 1, "str", args[0]!);
        const neu = strArg(args[1]!);
        if (neu === null) badArgument("replace", 2, "str", args[1]!);
        const n = args.length > 2 ? PyNumber_AsSsize_t(args[2]!, null) : -1;
        const s = (self as PyUnicodeObject).value;
        if (n < 0)
          return PyUnicode_FromString(
            old === ""
              ? s === ""
                ? neu
                : codePoints(s).join(neu).replace(/^/, neu) + neu
              : s.split(old).join(neu),
          );
        let out = "";
        let rest = s;
        for (let k = 0; k < n; k++) {
          const i = old === "" ? (k === 0 ? 0 : 1) : rest.indexOf(old);
          if (i < 0 || (old === "" && k > 0 && rest === "")) break;
          out += rest.slice(0, i) + neu;
          rest = rest.slice(i + old.length);
        }
        return PyUnicode_FromString(out + rest);
      },
    },
    upper: {
      flags: METH_NOARGS,
      meth: (self) => PyUnicode_FromString((self as PyUnicodeObject).value.toUpperCase()),
    },
    lower: {
      flags: METH_NOARGS,
      meth: (self) => PyUnicode_FromString((self as PyUnicodeObject).value.toLowerCase()),
    },
    capitalize: {
      flags: METH_NOARGS,
      meth: (self) => {
        const s = (self as PyUnicodeObject).value;
        return PyUnicode_FromString(s.slice(0, 1).toUpperCase() + s.slice(1).toLowerCase());
      },
    },
    swapcase: {
      flags: METH_NOARGS,
      meth: (self) => {
        let out = "";
        for (const ch of (self as PyUnicodeObject).value) {
          const u = ch.toUpperCase();
          out += u === ch ? ch.toLowerCase() : u;
        }
        return PyUnicode_FromString(out);
      },
    },
    isdigit: { flags: METH_NOARGS, meth: (self) => charClass(self, /^\p{Nd}+$/u) },
    isdecimal: { flags: METH_NOARGS, meth: (self) => charClass(self, /^\p{Nd}+$/u) },
    isnumeric: { flags: METH_NOARGS, meth: (self) => charClass(self, /^\p{N}+$/u) },
    isalpha: { flags: METH_NOARGS, meth: (self) => charClass(self, /^\p{L}+$/u) },
    isalnum: { flags: METH_NOARGS, meth: (self) => charClass(self, /^[\p{L}\p{N}]+$/u) },
    isspace: {
      flags: METH_NOARGS,
      meth: (self) => {
        const s = (self as PyUnicodeObject).value;
        return PyBool_FromBool(s.length > 0 && [...s].every(isWs));
      },
    },
    isupper: {
      flags: METH_NOARGS,
      meth: (self) => {
        const s = (self as PyUnicodeObject).value;
        return PyBool_FromBool(/\p{Lu}|\p{Lt}/u.test(s) && !/\p{Ll}/u.test(s));
      },
    },
    islower: {
      flags: METH_NOARGS,
      meth: (self) => {
        const s = (self as PyUnicodeObject).value;
        return PyBool_FromBool(/\p{Ll}/u.test(s) && !/\p{Lu}|\p{Lt}/u.test(s));
      },
    },
    isascii: {
      flags: METH_NOARGS,
      meth: (self) => PyBool_FromBool(isAscii((self as PyUnicodeObject).value)),
    },
    isprintable: {
      flags: METH_NOARGS,
      meth: (self) => {
        for (const ch of (self as PyUnicodeObject).value) {
          if (ch !== " " && NONPRINTABLE.test(ch)) return PyBool_FromBool(false);
        }
        return PyBool_FromBool(true);
      },
    },
    zfill: {
      flags: METH_O,
      meth: (self, args) => {
        const w = PyNumber_AsSsize_t(args[0]!, null);
        const s = (self as PyUnicodeObject).value;
        if (s.length >= w) return PyUnicode_FromString(s);
        const sign = s[0] === "+" || s[0] === "-" ? s[0] : "";
        return PyUnicode_FromString(sign + "0".repeat(w - s.length) + s.slice(sign.length));
      },
    },
    ljust: { flags: METH_FASTCALL, meth: (self, args) => PyUnicode_FromString(pad(self, args, "ljust")) },
    rjust: { flags: METH_FASTCALL, meth: (self, args) => PyUnicode_FromString(pad(self, args, "rjust")) },
    center: { flags: METH_FASTCALL, meth: (self, args) => PyUnicode_FromString(pad(self, args, "center")) },
    partition: { flags: METH_O, meth: (self, args) => partition(self, args[0]!, false) },
    rpartition: { flags: METH_O, meth: (self, args) => partition(self, args[0]!, true) },
    removeprefix: {
      flags: METH_O,
      meth: (self, args) => {
        const p = strArg(args[0]!);
        if (p === null) badArgument("removeprefix", 1, "str", args[0]!);
        const s = (self as PyUnicodeObject).value;
        return PyUnicode_FromString(s.startsWith(p) ? s.slice(p.length) : s);
      },
    },
    removesuffix: {
      flags: METH_O,
      meth: (self, args) => {
        const p = strArg(args[0]!);
        if (p === null) badArgument("removesuffix", 1, "str", args[0]!);
        const s = (self as PyUnicodeObject).value;
        return PyUnicode_FromString(p !== "" && s.endsWith(p) ? s.slice(0, s.length - p.length) : s);
      },
    },
    encode: {
      meth: (self, args, kwargs) => {
        const [enc, err] = parseArgs("encode", args, kwargs, { names: ["encoding", "errors"] });
        if (enc !== null && !PyUnicode_Check(enc)) badArgument("encode", "encoding", "str", enc);
        if (err !== null && !PyUnicode_Check(err)) badArgument("encode", "errors", "str", err);
        const u8 = unicode_encode(
          (self as PyUnicodeObject).value,
          enc === null ? "utf-8" : (enc as PyUnicodeObject).value,
          err === null ? "strict" : (err as PyUnicodeObject).value,
        );
        if (bytesHooks.bytesFromU8 === null) raise(PyExc_TypeError, "bytes type is not available");
        return bytesHooks.bytesFromU8(u8);
      },
    },
    __len__: {
      flags: METH_NOARGS,
      meth: (self) => PyLong_FromNumber(unicodeLength((self as PyUnicodeObject).value)),
    },
  },
});

function charClass(self: PyObject, re: RegExp): PyObject {
  return PyBool_FromBool(re.test((self as PyUnicodeObject).value));
}

function pad(self: PyObject, args: readonly PyObject[], how: string): string {
  checkPositional(how, args.length, 1, 2);
  const w = PyNumber_AsSsize_t(args[0]!, null);
  let fill = " ";
  if (args.length > 1) {
    const f = strArg(args[1]!);
    if (f === null || unicodeLength(f) !== 1) {
      raise(PyExc_TypeError, "The fill character must be exactly one character long");
    }
    fill = f;
  }
  const s = (self as PyUnicodeObject).value;
  const n = unicodeLength(s);
  if (w <= n) return s;
  const total = w - n;
  if (how === "ljust") return s + fill.repeat(total);
  if (how === "rjust") return fill.repeat(total) + s;
  const left = Math.floor(total / 2) + (total & w & 1);
  return fill.repeat(left) + s + fill.repeat(total - left);
}

function partition(self: PyObject, sepObj: PyObject, reverse: boolean): PyObject {
  const sep = strArg(sepObj);
  if (sep === null) raise(PyExc_TypeError, `must be str, not ${sepObj.ob_type.tp_name}`);
  if (sep === "") raise(PyExc_ValueError, "empty separator");
  const s = (self as PyUnicodeObject).value;
  const i = reverse ? s.lastIndexOf(sep) : s.indexOf(sep);
  const parts = i < 0 ? (reverse ? ["", "", s] : [s, "", ""]) : [s.slice(0, i), sep, s.slice(i + sep.length)];
  return PyTuple_Pack(parts.map((p) => PyUnicode_FromString(p)));
}

/** `PyUnicode_AsUTF8`: the JS string of a str object (TypeError otherwise). */
export function PyUnicode_AsString(o: PyObject): string {
  if (!PyUnicode_Check(o)) raise(PyExc_TypeError, `bad argument type for built-in operation`);
  return o.value;
}
