/**
 * `str.format(*args, **kwargs)` and `str.format_map(mapping)`
 * (`Objects/stringlib/unicode_format.h`): literal text with `{{`/`}}`,
 * replacement fields `{name.attr[key]!conv:spec}` with automatic or manual
 * numbering, nested fields in the spec (two levels), each value formatted by
 * `PyObject_Format`; CPython's messages.
 */
import { PyObject_GetAttr } from "./attributes.js";
import {
  PyExc_IndexError,
  PyExc_KeyError,
  PyExc_ValueError,
  newException,
  raise,
  raiseObject,
} from "./exceptions.js";
import { ascii, formatObject } from "./format-spec.js";
import { PyLong_FromNumber } from "./int-object.js";
import { PyObject_GetItem } from "./items.js";
import { type KwArgs, METH_O, type PyMethodDef, type PyObject } from "./object.js";
import { Py_DECREF, Py_NewRef } from "./refcount.js";
import { repr, str } from "./repr.js";
import { PyUnicode_FromString, type PyUnicodeObject } from "./str-object.js";

/** Where the values of the fields come from. */
interface FormatArgs {
  args: readonly PyObject[];
  /** `format(**kwargs)`'s keywords, or null. */
  kwargs: KwArgs | null;
  /** `format_map(mapping)`'s mapping, or null. */
  mapping: PyObject | null;
  /** The next automatic field number; -1 once a field was numbered by hand. */
  auto: number;
  /** Whether a field was numbered by hand. */
  manual: boolean;
}

function valueError(msg: string): never {
  raise(PyExc_ValueError, msg);
}

/** The object a field's first name stands for (`get_field_object`). New reference. */
function fieldObject(first: string, fa: FormatArgs): PyObject {
  let index = -1;
  if (first === "") {
    if (fa.manual) valueError("cannot switch from manual field specification to automatic field numbering");
    index = fa.auto++;
  } else if (/^[0-9]+$/.test(first)) {
    if (fa.auto > 0) valueError("cannot switch from automatic field numbering to manual field specification");
    fa.manual = true;
    index = Number(first);
    if (!Number.isSafeInteger(index)) valueError("Too many decimal digits in format string");
  }
  if (index < 0) {
    const key = PyUnicode_FromString(first);
    try {
      if (fa.mapping !== null) return PyObject_GetItem(fa.mapping, key);
      const v = fa.kwargs?.get(first);
      if (v === undefined) raiseObject(newException(PyExc_KeyError, undefined, [Py_NewRef(key)]));
      return Py_NewRef(v);
    } finally {
      Py_DECREF(key);
    }
  }
  if (fa.mapping !== null) valueError("Format string contains positional fields");
  const v = fa.args[index];
  if (v === undefined)
    raise(PyExc_IndexError, `Replacement index ${index} out of range for positional args tuple`);
  return Py_NewRef(v);
}

/** The value of a field name (`first.attr[key]...`). New reference. */
function fieldValue(name: string, fa: FormatArgs): PyObject {
  let i = 0;
  while (i < name.length && name[i] !== "." && name[i] !== "[") i++;
  let obj = fieldObject(name.slice(0, i), fa);
  try {
    while (i < name.length) {
      const c = name[i++]!;
      let next: PyObject;
      if (c === ".") {
        const start = i;
        while (i < name.length && name[i] !== "." && name[i] !== "[") i++;
        const attr = name.slice(start, i);
        if (attr === "") valueError("Empty attribute in format string");
        next = PyObject_GetAttr(obj, attr);
      } else if (c === "[") {
        const close = name.indexOf("]", i);
        if (close < 0) valueError("Missing ']' in format string");
        const k = name.slice(i, close);
        if (k === "") valueError("Empty attribute in format string");
        i = close + 1;
        if (i < name.length && name[i] !== "." && name[i] !== "[")
          valueError("Only '.' or '[' may follow ']' in format field specifier");
        const key = /^[0-9]+$/.test(k) ? PyLong_FromNumber(Number(k)) : PyUnicode_FromString(k);
        try {
          next = PyObject_GetItem(obj, key);
        } finally {
          Py_DECREF(key);
        }
      } else {
        valueError("Only '.' or '[' may follow ']' in format field specifier");
      }
      Py_DECREF(obj);
      obj = next;
    }
    return obj;
  } catch (e) {
    Py_DECREF(obj);
    throw e;
  }
}

/** A replacement field as `parse_field` reads it. */
interface Field {
  name: string;
  conversion: string | null;
  spec: string;
  /** The spec holds fields of its own. */
  expand: boolean;
  /** The index after the field's `}`. */
  end: number;
}

/** `parse_field`: the field starting at `i` (just after its `{`) of `fmt`. */
function parseField(fmt: string, i: number): Field {
  const n = fmt.length;
  const start = i;
  let c = "";
  // the name ends at '}', ':' or '!' (a '[' skips to its ']')
  while (i < n) {
    c = fmt[i++]!;
    if (c === "{") valueError("unexpected '{' in field name");
    if (c === "[") {
      while (i < n && fmt[i] !== "]") i++;
      continue;
    }
    if (c === "}" || c === ":" || c === "!") break;
  }
  const name = fmt.slice(start, i - 1);
  if (c !== "!" && c !== ":") {
    if (c !== "}") valueError("expected '}' before end of string");
    return { name, conversion: null, spec: "", expand: false, end: i };
  }
  let conversion: string | null = null;
  if (c === "!") {
    if (i >= n) valueError("end of string while looking for conversion specifier");
    conversion = String.fromCodePoint(fmt.codePointAt(i)!);
    i += conversion.length;
    if (i < n) {
      c = fmt[i++]!;
      if (c === "}") return { name, conversion, spec: "", expand: false, end: i };
      if (c !== ":") valueError("expected ':' after conversion specifier");
    }
  }
  const specStart = i;
  let count = 1;
  let expand = false;
  while (i < n) {
    c = fmt[i++]!;
    if (c === "{") {
      expand = true;
      count++;
    } else if (c === "}" && --count === 0) {
      return { name, conversion, spec: fmt.slice(specStart, i - 1), expand, end: i };
    }
  }
  valueError("unmatched '{' in format spec");
}

/** `do_conversion`: `!r`, `!s`, `!a`. New reference. */
function convert(v: PyObject, conversion: string): PyObject {
  if (conversion === "r") return PyUnicode_FromString(repr(v));
  if (conversion === "s") return PyUnicode_FromString(str(v));
  if (conversion === "a") return PyUnicode_FromString(ascii(repr(v)));
  const code = conversion.codePointAt(0)!;
  valueError(
    code > 32 && code < 127
      ? `Unknown conversion specifier ${conversion}`
      : `Unknown conversion specifier \\x${code.toString(16)}`,
  );
}

/** `output_markup`: the text of one field. */
function renderField(f: Field, fa: FormatArgs, depth: number): string {
  let v = fieldValue(f.name, fa);
  try {
    if (f.conversion !== null) {
      const c = convert(v, f.conversion);
      Py_DECREF(v);
      v = c;
    }
    return formatObject(v, f.expand ? render(f.spec, fa, depth - 1) : f.spec);
  } finally {
    Py_DECREF(v);
  }
}

/** `build_string` / `MarkupIterator_next`: the text of `fmt` with its fields replaced. */
function render(fmt: string, fa: FormatArgs, depth: number): string {
  if (depth <= 0) valueError("Max string recursion exceeded");
  let out = "";
  let i = 0;
  const n = fmt.length;
  while (i < n) {
    const c = fmt[i]!;
    if (c !== "{" && c !== "}") {
      let j = i;
      while (j < n && fmt[j] !== "{" && fmt[j] !== "}") j++;
      out += fmt.slice(i, j);
      i = j;
      continue;
    }
    if (c === "}") {
      if (fmt[i + 1] !== "}") valueError("Single '}' encountered in format string");
      out += "}";
      i += 2;
      continue;
    }
    if (i + 1 >= n) valueError("Single '{' encountered in format string");
    if (fmt[i + 1] === "{") {
      out += "{";
      i += 2;
      continue;
    }
    const f = parseField(fmt, i + 1);
    out += renderField(f, fa, depth);
    i = f.end;
  }
  return out;
}

/** `str.format` and `str.format_map`, for `str`'s method table. */
export const strFormatMethods: Record<string, PyMethodDef> = {
  format: {
    meth: (self, args, kwargs) => {
      const fa: FormatArgs = { args, kwargs, mapping: null, auto: 0, manual: false };
      return PyUnicode_FromString(render((self as PyUnicodeObject).value, fa, 2));
    },
  },
  format_map: {
    flags: METH_O,
    meth: (self, args) => {
      const fa: FormatArgs = { args: [], kwargs: null, mapping: args[0]!, auto: 0, manual: false };
      return PyUnicode_FromString(render((self as PyUnicodeObject).value, fa, 2));
    },
  },
};
