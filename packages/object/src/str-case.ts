import { type PyUnicodeObject, PyUnicode_FromString } from "./str-object.js";
import { METH_NOARGS, type PyObject, type PyMethodDef } from "./object.js";
import { PyBool_FromBool } from "./bool-object.js";
import { NONPRINTABLE } from "./unicode-repr.js";
import { isWs, isAscii } from "./unicode-ctype.js";

/** strCase methods of `str` (entries of `unicode_methods`). */
export const strCaseMethods: Record<string, PyMethodDef> = {
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
};

function charClass(self: PyObject, re: RegExp): PyObject {
  return PyBool_FromBool(re.test((self as PyUnicodeObject).value));
}
