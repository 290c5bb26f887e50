/**
 * A script over the core names of `@py/object` only (api-core.ts): what a
 * bundle that never imports a full name can do, each result as one line.
 * core-bundle.test.ts runs it bundled by esbuild (so only the core types
 * are made ready) and as is (everything loaded): the lines must agree.
 */
import {
  newException,
  Py_DECREF,
  Py_EQ,
  Py_None,
  Py_True,
  PyError,
  PyExc_KeyError,
  PyExc_ValueError,
  PyFloat_FromDouble,
  PyLong_FromNumber,
  PyLong_Type,
  PyNumber_Add,
  PyNumber_Divmod,
  PyNumber_Or,
  PyNumber_TrueDivide,
  type PyObject,
  PyObject_GetItem,
  PyObject_Hash,
  PyObject_HashValue,
  PyObject_IsTrue,
  PyObject_Repr,
  PyObject_RichCompareBool,
  PyObject_Str,
  PyObject_Type,
  PySlice_New,
  PyTuple_Pack,
  PyTuple_Type,
  PyUnicode_AsString,
  PyUnicode_FromString,
  PyUnicode_Type,
  raise,
} from "../../src/index.js";

/** `repr(o)` as a JS string; drops `o`. */
function reprOf(o: PyObject): string {
  const r = PyObject_Repr(o);
  try {
    return PyUnicode_AsString(r);
  } finally {
    Py_DECREF(r);
    Py_DECREF(o);
  }
}

/** The message of the PyError `f` throws. */
function errorOf(f: () => void): string {
  try {
    f();
  } catch (e) {
    if (e instanceof PyError) return e.message;
    throw e;
  }
  return "no error";
}

/** The scenario's lines. */
export function run(): string[] {
  const out: string[] = [];
  const i = PyLong_FromNumber(7);
  const f = PyFloat_FromDouble(0.5);
  const s = PyUnicode_FromString("héllo");
  out.push(reprOf(PyNumber_Add(i, f)));
  out.push(reprOf(PyNumber_TrueDivide(i, PyLong_FromNumber(2))));
  out.push(reprOf(PyNumber_Divmod(i, PyLong_FromNumber(-3))));
  out.push(reprOf(PyTuple_Pack([PyLong_FromNumber(1), PyUnicode_FromString("a'b"), Py_True, Py_None])));
  out.push(String(PyObject_HashValue(i)), String(PyObject_HashValue(f)));
  out.push(String(PyObject_HashValue(PyTuple_Pack([PyLong_FromNumber(1), PyLong_FromNumber(2)]))));
  out.push(String(PyObject_Hash(PyLong_Type) === PyObject_Hash(PyObject_Type(i))));
  out.push(reprOf(PyObject_GetItem(s, PySlice_New(PyLong_FromNumber(1), null, PyLong_FromNumber(2)))));
  const st = PyObject_Str(f);
  out.push(PyUnicode_AsString(st));
  Py_DECREF(st);
  out.push(reprOf(PyLong_Type), reprOf(PyNumber_Or(PyLong_Type, PyUnicode_Type)));
  out.push(reprOf(PyObject_GetItem(PyTuple_Type, PyLong_Type)));
  out.push(
    String(PyObject_RichCompareBool(PyLong_Type, PyLong_Type, Py_EQ)),
    String(PyObject_IsTrue(PyTuple_Type)),
  );
  out.push(errorOf(() => raise(PyExc_KeyError, "k")));
  out.push(errorOf(() => raise(PyExc_ValueError, "bad value")));
  out.push(
    errorOf(() => {
      throw new PyError(newException(PyExc_ValueError, undefined, [PyLong_FromNumber(1), s]));
    }),
  );
  out.push(errorOf(() => PyNumber_Add(i, s)));
  return out;
}
