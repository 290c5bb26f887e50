/**
 * `sys.stdout` and `sys.stderr`: text streams writing to the interpreter's
 * output callbacks, with the methods a program uses (`write`, `flush`), as
 * CPython's `_io.TextIOWrapper` over the standard streams.
 */
import {
  type KwArgs,
  METH_NOARGS,
  METH_O,
  PyExc_TypeError,
  PyLong_FromNumber,
  PyObject,
  PyTypeObject,
  PyUnicode_Check,
  type PyUnicodeObject,
  Py_RETURN_NONE,
  raise,
  typeNameForMessage,
} from "@py/object";

/** A text stream: its name (`<stdout>`) and where its text goes. */
export class PyTextStreamObject extends PyObject {
  constructor(
    readonly name: string,
    readonly sink: (s: string) => void,
  ) {
    super(TextStream_Type);
  }
}

/** `TextIOWrapper.write(s)`: writes a str, returns the number of characters written. */
function streamWrite(self: PyObject, args: readonly PyObject[], _kw: KwArgs | null): PyObject {
  const s = args[0]!;
  if (!PyUnicode_Check(s))
    raise(PyExc_TypeError, `write() argument must be str, not ${typeNameForMessage(s)}`);
  const text = (s as PyUnicodeObject).value;
  (self as PyTextStreamObject).sink(text);
  return PyLong_FromNumber([...text].length);
}

export const TextStream_Type: PyTypeObject = new PyTypeObject({
  name: "_io.TextIOWrapper",
  repr: (o) => `<_io.TextIOWrapper name='${(o as PyTextStreamObject).name}' mode='w' encoding='utf-8'>`,
  methods: {
    write: {
      meth: streamWrite,
      flags: METH_O,
      doc: "Write string to stream.\nReturns the number of characters written (which is always equal to\nthe length of the string).",
    },
    flush: {
      meth: () => Py_RETURN_NONE(),
      flags: METH_NOARGS,
      doc: "Flush write buffers, if applicable.\n\nThis is not implemented for read-only and non-blocking streams.",
    },
  },
});
