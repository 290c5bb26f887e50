/** `str.strip`, `str.lstrip` and `str.rstrip` (`do_strip`, `do_argstrip` in `Objects/unicodeobject.c`). */
import { noKw, strArg } from "./str-args.js";
import { type PyUnicodeObject, PyUnicode_FromString } from "./str-object.js";
import { METH_FASTCALL, type PyObject, type PyMethodDef } from "./object.js";
import { checkPositional } from "./args.js";
import { PyExc_TypeError, raise } from "./exceptions.js";
import { Py_None } from "./none.js";
import { isWs } from "./unicode-ctype.js";

/** strStrip methods of `str` (entries of `unicode_methods`). */
export const strStripMethods: Record<string, PyMethodDef> = {
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
};

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
