/**
 * `str`'s character mapping methods (`Objects/unicodeobject.c`):
 * `str.maketrans(x[, y[, z]])`, `translate(table)` (each character looked up
 * as `table[ord(c)]`: None deletes it, an int or a str replaces it, a
 * LookupError keeps it) and `expandtabs(tabsize=8)`.
 */
import { badArgument, checkPositional, noKeywords, parseArgs } from "./args.js";
import { PyDict_Check } from "./dict-object.js";
import { PyDict_New, PyDict_Next, PyDict_SetItem } from "./dict.js";
import { isPyError, PyExc_LookupError, PyExc_TypeError, PyExc_ValueError, raise } from "./exceptions.js";
import { PyLong_Check, PyLong_FromNumber } from "./int-object.js";
import { PyObject_GetItem } from "./items.js";
import { Py_None } from "./none.js";
import { PyLong_AsLong } from "./number.js";
import { type KwArgs, METH_FASTCALL, METH_O, type PyMethodDef, type PyObject } from "./object.js";
import { Py_DECREF } from "./refcount.js";
import { PyUnicode_Check, PyUnicode_FromString, type PyUnicodeObject } from "./str-object.js";

/** `str.maketrans(x[, y[, z]])`: a dict from code points to code points, strings or None. */
function maketrans(_self: PyObject, args: readonly PyObject[], kwargs: KwArgs | null): PyObject {
  noKeywords("maketrans", kwargs);
  checkPositional("maketrans", args.length, 1, 3);
  const [x, y, z] = args;
  const out = PyDict_New();
  try {
    const set = (k: number, v: PyObject): void => {
      const key = PyLong_FromNumber(k);
      PyDict_SetItem(out, key, v);
      Py_DECREF(key);
    };
    if (y === undefined) {
      if (!PyDict_Check(x!))
        raise(PyExc_TypeError, "if you give only one argument to maketrans it must be a dict");
      for (let e = PyDict_Next(x, 0); e !== null; e = PyDict_Next(x, e.pos)) {
        if (PyUnicode_Check(e.key)) {
          const cps = [...e.key.value];
          if (cps.length !== 1) raise(PyExc_ValueError, "string keys in translate table must be of length 1");
          set(cps[0]!.codePointAt(0)!, e.value);
        } else if (PyLong_Check(e.key)) {
          PyDict_SetItem(out, e.key, e.value);
        } else {
          raise(PyExc_TypeError, "keys in translate table must be strings or integers");
        }
      }
      return out;
    }
    if (!PyUnicode_Check(x!)) badArgument("maketrans", 1, "str", x!);
    if (!PyUnicode_Check(y)) badArgument("maketrans", 2, "str", y);
    const from = [...x.value];
    const to = [...y.value];
    if (from.length !== to.length)
      raise(PyExc_ValueError, "the first two maketrans arguments must have equal length");
    from.forEach((c, i) => {
      const v = PyLong_FromNumber(to[i]!.codePointAt(0)!);
      set(c.codePointAt(0)!, v);
      Py_DECREF(v);
    });
    if (z !== undefined) {
      if (!PyUnicode_Check(z)) badArgument("maketrans", 3, "str", z);
      for (const c of z.value) set(c.codePointAt(0)!, Py_None);
    }
    return out;
  } catch (e) {
    Py_DECREF(out);
    throw e;
  }
}

/** `str.translate(table)` (`_PyUnicode_TranslateCharmap`). */
function translate(self: PyObject, args: readonly PyObject[]): PyObject {
  const table = args[0]!;
  let out = "";
  for (const c of (self as PyUnicodeObject).value) {
    const key = PyLong_FromNumber(c.codePointAt(0)!);
    let v: PyObject;
    try {
      v = PyObject_GetItem(table, key);
    } catch (e) {
      if (isPyError(e, PyExc_LookupError)) {
        out += c;
        continue;
      }
      throw e;
    } finally {
      Py_DECREF(key);
    }
    try {
      if (v === Py_None) continue;
      if (PyLong_Check(v)) {
        const n = PyLong_AsLong(v);
        if (n < 0 || n > 0x10ffff) raise(PyExc_ValueError, "character mapping must be in range(0x110000)");
        out += String.fromCodePoint(n);
      } else if (PyUnicode_Check(v)) {
        out += v.value;
      } else {
        raise(PyExc_TypeError, "character mapping must return integer, None or str");
      }
    } finally {
      Py_DECREF(v);
    }
  }
  return PyUnicode_FromString(out);
}

/** `str.expandtabs(tabsize=8)`: each tab to the next multiple of `tabsize` columns (lines restart the count). */
function expandtabs(self: PyObject, args: readonly PyObject[], kwargs: KwArgs | null): PyObject {
  const [ts] = parseArgs("expandtabs", args, kwargs, { names: ["tabsize"] });
  const size = ts === null ? 8 : PyLong_AsLong(ts);
  let out = "";
  let col = 0;
  for (const c of (self as PyUnicodeObject).value) {
    if (c === "\t") {
      if (size > 0) {
        const n = size - (col % size);
        out += " ".repeat(n);
        col += n;
      }
    } else {
      out += c;
      col = c === "\n" || c === "\r" ? 0 : col + 1;
    }
  }
  return PyUnicode_FromString(out);
}

/** `maketrans`, `translate` and `expandtabs`, for `str`'s method table. */
export const strTranslateMethods: Record<string, PyMethodDef> = {
  maketrans: { meth: maketrans, staticmethod: true, flags: METH_FASTCALL },
  translate: { meth: (self, args) => translate(self, args), flags: METH_O },
  expandtabs: { meth: expandtabs },
};
