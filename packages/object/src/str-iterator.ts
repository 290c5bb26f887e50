/** `str_iterator` and `str_ascii_iterator` (`Objects/unicodeobject.c`): iteration over a str. */
import { PyObject, PyTypeObject } from "./object.js";
import { PyUnicode_FromString } from "./str-object.js";
import { SURROGATE, codePoints } from "./code-points.js";
import { isAscii } from "./unicode-ctype.js";

/** The iterator over a str's characters (`str_ascii_iterator` for ASCII text, else `str_iterator`). */
export class PyUnicodeIterObject extends PyObject {
  declare chars: string[] | string;
  declare index: number;
  constructor(s: string) {
    super(isAscii(s) ? PyUnicodeASCIIIter_Type : PyUnicodeIter_Type);
    this.index = 0;
    this.chars = SURROGATE.test(s) ? codePoints(s) : s;
  }
}

function unicodeIterType(name: string): PyTypeObject {
  return new PyTypeObject({
    name,
    iter: (o) => {
      o.ob_refcnt++;
      return o;
    },
    iternext: (o) => {
      const it = o as PyUnicodeIterObject;
      if (it.index >= it.chars.length) return null;
      return PyUnicode_FromString(it.chars[it.index++]!);
    },
  });
}

export const PyUnicodeIter_Type: PyTypeObject = unicodeIterType("str_iterator");
export const PyUnicodeASCIIIter_Type: PyTypeObject = unicodeIterType("str_ascii_iterator");
