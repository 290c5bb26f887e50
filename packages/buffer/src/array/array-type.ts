/**
 * The slots of `array.array` (`array_new`, the iterator `arrayiterator`,
 * `Arraytype`'s protocol tables) and the `array` module (`PyInit_array`).
 * The type object is declared in `array.ts`; this file fills its slots, as
 * `PyType_Ready` does.
 */
import {
  badArgument,
  type KwArgs,
  noKeywords,
  Py_DECREF,
  Py_NewRef,
  PyExc_IndexError,
  PyExc_TypeError,
  PyExc_ValueError,
  PyList_Check,
  PyLong_FromNumber,
  PyModule_AddObject,
  PyModule_New,
  PyObject,
  PyObject_GetIter,
  PyTuple_Check,
  PyType_Ready,
  PyTypeObject,
  PyUnicode_Check,
  PyUnicode_FromString,
  type PyUnicodeObject,
  raise,
} from "@py/object";
import {
  array_dealloc,
  arrayU8,
  getItem,
  newArray,
  PyArray_Check,
  PyArray_Type,
  type PyArrayObject,
  setItem,
} from "./array.js";
import { arrayGetBuffer, arrayReleaseBuffer } from "./buffer-export.js";
import { ARRAY_TYPECODES, BAD_TYPECODE, DESCR_BY_CODE } from "./descr.js";
import { arrayMethods } from "./methods.js";
import {
  arrayAssSubscript,
  arrayConcat,
  arrayContains,
  arrayInplaceConcat,
  arrayInplaceRepeat,
  arrayItem,
  arrayRepeat,
  arrayRepr,
  arrayRichCompare,
  arraySubscript,
  delSlice,
  fromBytes,
  iterExtend,
} from "./sequence.js";
import { PyByteArray_Check } from "../bytes/bytearray.js";
import { PyBytes_Check } from "../bytes/bytes.js";

/** `array_new`: `array(typecode[, initializer])`. */
function arrayNew(type: PyTypeObject, args: readonly PyObject[], kwargs: KwArgs | null): PyObject {
  if (type === PyArray_Type) noKeywords("array.array", kwargs);
  if (args.length < 1) raise(PyExc_TypeError, `array() takes at least 1 argument (${args.length} given)`);
  if (args.length > 2) raise(PyExc_TypeError, `array() takes at most 2 arguments (${args.length} given)`);
  const tcObj = args[0]!;
  if (!PyUnicode_Check(tcObj) || [...tcObj.value].length !== 1) {
    badArgument("array", 1, "a unicode character", tcObj);
  }
  const c = (tcObj as PyUnicodeObject).value;
  let initial: PyObject | null = args.length > 1 ? args[1]! : null;
  if (initial !== null && c !== "u") {
    if (PyUnicode_Check(initial)) {
      raise(PyExc_TypeError, `cannot use a str to initialize an array with typecode '${c}'`);
    }
  }
  let it: PyObject | null = null;
  if (
    initial !== null &&
    !(
      PyList_Check(initial) ||
      PyByteArray_Check(initial) ||
      PyBytes_Check(initial) ||
      PyTuple_Check(initial) ||
      (PyArray_Check(initial) && initial.descr.typecode === c)
    )
  ) {
    it = PyObject_GetIter(initial);
    initial = null;
  }
  const descr = DESCR_BY_CODE.get(c);
  if (descr === undefined) {
    if (it !== null) Py_DECREF(it);
    raise(PyExc_ValueError, BAD_TYPECODE);
  }
  let len = 0;
  if (initial !== null) {
    if (PyList_Check(initial) || PyTuple_Check(initial)) len = initial.items.length;
    else if (PyArray_Check(initial)) len = initial.size;
  }
  const a = newArray(descr, len, type);
  try {
    if (len > 0 && !PyArray_Check(initial!)) {
      const items = (initial as PyObject & { items: PyObject[] }).items;
      for (let i = 0; i < len; i++) setItem(a, i, items[i]!);
    } else if (initial !== null && (PyByteArray_Check(initial) || PyBytes_Check(initial))) {
      fromBytes(a, initial);
    } else if (initial !== null && PyArray_Check(initial) && len > 0) {
      arrayU8(a).set(arrayU8(initial).subarray(0, len * descr.itemsize));
    }
    if (it !== null) iterExtend(a, it);
  } catch (e) {
    Py_DECREF(a);
    throw e;
  } finally {
    if (it !== null) Py_DECREF(it);
  }
  return a;
}

/** `arrayiterobject`: owns a reference to the array until exhausted. */
class PyArrayIterObject extends PyObject {
  ao: PyArrayObject | null;
  index = 0;
  constructor(type: PyTypeObject, ao: PyArrayObject) {
    super(type);
    this.ao = ao;
  }
}

/** `array.arrayiterator`. */
export const PyArrayIter_Type: PyTypeObject = new PyTypeObject({
  name: "array.arrayiterator",
  dealloc: (o) => {
    const it = o as PyArrayIterObject;
    const ao = it.ao;
    it.ao = null;
    if (ao !== null) Py_DECREF(ao);
  },
  iter: (o) => Py_NewRef(o),
  iternext: (o) => {
    const it = o as PyArrayIterObject;
    const ao = it.ao;
    if (ao === null) return null;
    if (it.index < ao.size) return getItem(ao, it.index++);
    it.ao = null;
    Py_DECREF(ao);
    return null;
  },
});

// PyArray_Type's slots (`PyType_Ready`): the type object is declared with its layout.
PyType_Ready(PyArray_Type, {
  dealloc: array_dealloc,
  hash: null,
  new: arrayNew,
  repr: arrayRepr,
  richcompare: arrayRichCompare,
  iter: (o) => new PyArrayIterObject(PyArrayIter_Type, Py_NewRef(o as PyArrayObject)),
  as_sequence: {
    sq_length: (o) => (o as PyArrayObject).size,
    sq_concat: arrayConcat,
    sq_repeat: arrayRepeat,
    sq_item: arrayItem,
    sq_ass_item: (o, i, v) => {
      const a = o as PyArrayObject;
      if (i < 0 || i >= a.size) raise(PyExc_IndexError, "array assignment index out of range");
      if (v === null) delSlice(a, i, i + 1);
      else setItem(a, i, v);
    },
    sq_contains: arrayContains,
    sq_inplace_concat: arrayInplaceConcat,
    sq_inplace_repeat: arrayInplaceRepeat,
  },
  as_mapping: {
    mp_length: (o) => (o as PyArrayObject).size,
    mp_subscript: arraySubscript,
    mp_ass_subscript: arrayAssSubscript,
  },
  as_buffer: { bf_getbuffer: arrayGetBuffer, bf_releasebuffer: arrayReleaseBuffer },
  methods: arrayMethods,
  getset: {
    typecode: { get: (o) => PyUnicode_FromString((o as PyArrayObject).descr.typecode) },
    itemsize: { get: (o) => PyLong_FromNumber((o as PyArrayObject).descr.itemsize) },
  },
});

/**
 * `PyInit_array`: the `array` module (`array`, `ArrayType`, `typecodes`).
 * @returns New reference.
 */
export function PyInit_array(): PyObject {
  const m = PyModule_New("array");
  PyModule_AddObject(m, "array", Py_NewRef(PyArray_Type));
  PyModule_AddObject(m, "ArrayType", Py_NewRef(PyArray_Type));
  PyModule_AddObject(m, "typecodes", PyUnicode_FromString(ARRAY_TYPECODES));
  return m;
}
