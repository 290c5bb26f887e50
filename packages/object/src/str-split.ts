/** `str.join`, `str.split`, `str.rsplit` and `str.splitlines` (`Objects/unicodeobject.c`, `Objects/stringlib/split.h`). */
import { ssize_as_index } from "./ssize.js";
import { strArg } from "./str-args.js";
import { type PyUnicodeObject, PyUnicode_FromString } from "./str-object.js";
import { METH_O, type PyObject, type PyMethodDef } from "./object.js";
import { PyObject_IsTrue } from "./truth.js";
import { iterateToArray } from "./iteration.js";
import { parseArgs } from "./args.js";
import { PyExc_TypeError, PyExc_ValueError, raise } from "./exceptions.js";
import { PyList_FromArray } from "./list-object.js";
import { Py_None } from "./none.js";
import { PyNumber_AsSsize_t } from "./number.js";
import { Py_DECREF } from "./refcount.js";
import { isWs } from "./unicode-ctype.js";

/** strSplit methods of `str` (entries of `unicode_methods`). */
export const strSplitMethods: Record<string, PyMethodDef> = {
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
};

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
  return o === null ? -1 : ssize_as_index(PyNumber_AsSsize_t(o, null));
}
