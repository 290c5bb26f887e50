/**
 * The `_testbuffer` module (`Modules/_testbuffer.c`, `PyInit__testbuffer`):
 * the `ndarray` and `staticarray` types, the C-API test functions and the
 * `ND_*` / `PyBUF_*` constants.
 */
import {
  PyBUF_ANY_CONTIGUOUS,
  PyBUF_CONTIG,
  PyBUF_CONTIG_RO,
  PyBUF_C_CONTIGUOUS,
  PyBUF_FORMAT,
  PyBUF_FULL,
  PyBUF_FULL_RO,
  PyBUF_F_CONTIGUOUS,
  PyBUF_INDIRECT,
  PyBUF_ND,
  PyBUF_READ,
  PyBUF_RECORDS,
  PyBUF_RECORDS_RO,
  PyBUF_SIMPLE,
  PyBUF_STRIDED,
  PyBUF_STRIDED_RO,
  PyBUF_STRIDES,
  PyBUF_WRITABLE,
  PyBUF_WRITE,
} from "@py/buffer";
import {
  PyCFunction_New,
  PyLong_FromNumber,
  PyModule_AddObject,
  PyModule_New,
  type PyObject,
  Py_NewRef,
} from "@py/object";
import {
  ND_FORTRAN,
  ND_GETBUF_FAIL,
  ND_GETBUF_UNDEFINED,
  ND_MAX_NDIM,
  ND_PIL,
  ND_REDIRECT,
  ND_SCALAR,
  ND_VAREXPORT,
  ND_WRITABLE,
} from "./flags.js";
import {
  cmpContig,
  getContiguous,
  getPointer,
  getSizeofVoidP,
  isContiguous,
  pyBufferToContiguous,
  sliceIndices,
} from "./functions.js";
import { NDArray_Type } from "./ndarray.js";
import { StaticArray_Type } from "./staticarray.js";

export { NDArray_Type, PyNDArrayObject } from "./ndarray.js";
export { StaticArray_Type, PyStaticArrayObject } from "./staticarray.js";

/** The integer constants, in the order `_testbuffer_exec` adds them. */
const CONSTANTS: readonly [string, number][] = [
  ["ND_MAX_NDIM", ND_MAX_NDIM],
  ["ND_VAREXPORT", ND_VAREXPORT],
  ["ND_WRITABLE", ND_WRITABLE],
  ["ND_FORTRAN", ND_FORTRAN],
  ["ND_SCALAR", ND_SCALAR],
  ["ND_PIL", ND_PIL],
  ["ND_GETBUF_FAIL", ND_GETBUF_FAIL],
  ["ND_GETBUF_UNDEFINED", ND_GETBUF_UNDEFINED],
  ["ND_REDIRECT", ND_REDIRECT],
  ["PyBUF_SIMPLE", PyBUF_SIMPLE],
  ["PyBUF_WRITABLE", PyBUF_WRITABLE],
  ["PyBUF_FORMAT", PyBUF_FORMAT],
  ["PyBUF_ND", PyBUF_ND],
  ["PyBUF_STRIDES", PyBUF_STRIDES],
  ["PyBUF_INDIRECT", PyBUF_INDIRECT],
  ["PyBUF_C_CONTIGUOUS", PyBUF_C_CONTIGUOUS],
  ["PyBUF_F_CONTIGUOUS", PyBUF_F_CONTIGUOUS],
  ["PyBUF_ANY_CONTIGUOUS", PyBUF_ANY_CONTIGUOUS],
  ["PyBUF_FULL", PyBUF_FULL],
  ["PyBUF_FULL_RO", PyBUF_FULL_RO],
  ["PyBUF_RECORDS", PyBUF_RECORDS],
  ["PyBUF_RECORDS_RO", PyBUF_RECORDS_RO],
  ["PyBUF_STRIDED", PyBUF_STRIDED],
  ["PyBUF_STRIDED_RO", PyBUF_STRIDED_RO],
  ["PyBUF_CONTIG", PyBUF_CONTIG],
  ["PyBUF_CONTIG_RO", PyBUF_CONTIG_RO],
  ["PyBUF_READ", PyBUF_READ],
  ["PyBUF_WRITE", PyBUF_WRITE],
];

/** `_testbuffer_functions`. */
const FUNCTIONS: readonly [
  string,
  (args: readonly PyObject[], kwargs: Map<string, PyObject> | null) => PyObject,
][] = [
  ["slice_indices", sliceIndices],
  ["get_pointer", getPointer],
  ["get_sizeof_void_p", getSizeofVoidP],
  ["get_contiguous", getContiguous],
  ["py_buffer_to_contiguous", pyBufferToContiguous],
  ["is_contiguous", isContiguous],
  ["cmp_contig", cmpContig],
];

/** `PyInit__testbuffer()`: a new module object (new reference). */
export function PyInit__testbuffer(): PyObject {
  const mod = PyModule_New("_testbuffer");
  for (const [name, fn] of FUNCTIONS) PyModule_AddObject(mod, name, PyCFunction_New(name, fn));
  PyModule_AddObject(mod, "ndarray", Py_NewRef(NDArray_Type));
  PyModule_AddObject(mod, "staticarray", Py_NewRef(StaticArray_Type));
  for (const [name, value] of CONSTANTS) PyModule_AddObject(mod, name, PyLong_FromNumber(value));
  return mod;
}
