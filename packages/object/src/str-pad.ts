/** Padding a str (`str.zfill`, `str.ljust`, `str.rjust`, `str.center`; `pad` in `Objects/unicodeobject.c`). */
import { ssize_as_index } from "./ssize.js";
import { strArg } from "./str-args.js";
import { type PyUnicodeObject, PyUnicode_FromString } from "./str-object.js";
import { METH_FASTCALL, METH_O, type PyObject, type PyMethodDef } from "./object.js";
import { checkPositional } from "./args.js";
import { PyExc_TypeError, raise } from "./exceptions.js";
import { PyNumber_AsSsize_t } from "./number.js";
import { unicodeLength } from "./code-points.js";

/** strPad methods of `str` (entries of `unicode_methods`). */
export const strPadMethods: Record<string, PyMethodDef> = {
  zfill: {
    flags: METH_O,
    meth: (self, args) => {
      const w = ssize_as_index(PyNumber_AsSsize_t(args[0]!, null));
      const s = (self as PyUnicodeObject).value;
      if (s.length >= w) return PyUnicode_FromString(s);
      const sign = s[0] === "+" || s[0] === "-" ? s[0] : "";
      return PyUnicode_FromString(sign + "0".repeat(w - s.length) + s.slice(sign.length));
    },
  },
  ljust: { flags: METH_FASTCALL, meth: (self, args) => PyUnicode_FromString(pad(self, args, "ljust")) },
  rjust: { flags: METH_FASTCALL, meth: (self, args) => PyUnicode_FromString(pad(self, args, "rjust")) },
  center: { flags: METH_FASTCALL, meth: (self, args) => PyUnicode_FromString(pad(self, args, "center")) },
};

function pad(self: PyObject, args: readonly PyObject[], how: string): string {
  checkPositional(how, args.length, 1, 2);
  const w = ssize_as_index(PyNumber_AsSsize_t(args[0]!, null));
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
