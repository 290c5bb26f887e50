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
  // `unicode_title_impl`: a cased character after an uncased one is upper (title) case, the others lower
  title: {
    flags: METH_NOARGS,
    meth: (self) => {
      let out = "";
      let prevCased = false;
      for (const ch of (self as PyUnicodeObject).value) {
        out += prevCased ? ch.toLowerCase() : titleCase(ch);
        prevCased = CASED.test(ch);
      }
      return PyUnicode_FromString(out);
    },
  },
  istitle: {
    flags: METH_NOARGS,
    meth: (self) => {
      let cased = false;
      let prevCased = false;
      for (const ch of (self as PyUnicodeObject).value) {
        if (/\p{Lu}|\p{Lt}/u.test(ch)) {
          if (prevCased) return PyBool_FromBool(false);
          prevCased = cased = true;
        } else if (/\p{Ll}/u.test(ch)) {
          if (!prevCased) return PyBool_FromBool(false);
          prevCased = cased = true;
        } else prevCased = false;
      }
      return PyBool_FromBool(cased);
    },
  },
  casefold: {
    flags: METH_NOARGS,
    // full case folding: lower case, with the expansions lower() does not make (ß → ss)
    meth: (self) =>
      PyUnicode_FromString(
        (self as PyUnicodeObject).value.toLowerCase().replace(/ß/g, "ss").replace(/ſ/g, "s"),
      ),
  },
  isidentifier: {
    flags: METH_NOARGS,
    meth: (self) =>
      PyBool_FromBool(/^[\p{ID_Start}_][\p{ID_Continue}]*$/u.test((self as PyUnicodeObject).value)),
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

/** A cased character (`Py_UNICODE_ISLOWER || ISUPPER || ISTITLE`). */
const CASED = /\p{Ll}|\p{Lu}|\p{Lt}/u;

/** The title case of one character (`ǆ` → `ǅ`), else its upper case. */
function titleCase(ch: string): string {
  const TITLE: Record<string, string> = {
    Ǆ: "ǅ",
    ǅ: "ǅ",
    ǆ: "ǅ",
    Ǉ: "ǈ",
    ǈ: "ǈ",
    ǉ: "ǈ",
    Ǌ: "ǋ",
    ǋ: "ǋ",
    ǌ: "ǋ",
    Ǳ: "ǲ",
    ǲ: "ǲ",
    ǳ: "ǲ",
  };
  return TITLE[ch] ?? ch.toUpperCase();
}

function charClass(self: PyObject, re: RegExp): PyObject {
  return PyBool_FromBool(re.test((self as PyUnicodeObject).value));
}
