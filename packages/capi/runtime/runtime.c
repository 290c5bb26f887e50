/*
 * libpyobj.wasm: the main module of @py/capi's WebAssembly runtime.
 *
 * It owns what C code refers to by address and what every extension shares:
 * wasi-libc (malloc/free, stdio, string, math...) and the data symbols of the
 * C-API: the singletons (_Py_NoneStruct...), the static type objects
 * (PyLong_Type...) and the PyExc_* pointer variables. Their contents are
 * written by TypeScript at start-up (src/wasm/c-runtime.ts): these are only
 * the storage. Functions of the C-API live in TypeScript and reach extension
 * modules as `env` imports.
 */
#include "Python.h"
#include "structmember.h"

/* Python.h keeps int's layout private (CPython: cpython/longintrepr.h); the
   bool singletons need its storage: a PyVarObject and one 30-bit digit. */
struct _longobject {
  PyVarObject ob_base;
  uint32_t ob_digit[1];
};

#define EXPORT __attribute__((visibility("default"), used))

EXPORT PyObject _Py_NoneStruct;
EXPORT PyObject _Py_NotImplementedStruct;
EXPORT PyObject _Py_EllipsisObject;
EXPORT struct _longobject _Py_FalseStruct;
EXPORT struct _longobject _Py_TrueStruct;

#define TYPES(X) \
  X(PyType_Type) X(PyBaseObject_Type) X(PyLong_Type) X(PyFloat_Type) X(PyBool_Type) \
  X(PyUnicode_Type) X(PyBytes_Type) X(PyByteArray_Type) X(PyTuple_Type) X(PyList_Type) \
  X(PyDict_Type) X(PySlice_Type) X(PyMemoryView_Type) X(PyModule_Type) X(PyCFunction_Type) \
  X(PyRange_Type) X(PyFunction_Type) X(PyClassMethod_Type) X(PyStaticMethod_Type) X(PyMethod_Type) \
  X(PyReversed_Type) X(PyComplex_Type)
#define DEFINE_TYPE(name) EXPORT PyTypeObject name;
TYPES(DEFINE_TYPE)

#define EXCEPTIONS(X) \
  X(BaseException) X(Exception) X(ArithmeticError) X(LookupError) X(AssertionError) \
  X(AttributeError) X(BufferError) X(EOFError) X(FloatingPointError) X(OSError) X(ImportError) \
  X(ModuleNotFoundError) X(IndexError) X(KeyError) X(KeyboardInterrupt) X(MemoryError) \
  X(NameError) X(NotImplementedError) X(OverflowError) X(RecursionError) X(RuntimeError) \
  X(StopIteration) X(SystemError) X(TypeError) X(UnicodeError) X(UnicodeDecodeError) \
  X(UnicodeEncodeError) X(ValueError) X(ZeroDivisionError) X(Warning) X(UserWarning) \
  X(DeprecationWarning) X(RuntimeWarning)
#define DEFINE_EXC(name) EXPORT PyObject *PyExc_##name;
EXCEPTIONS(DEFINE_EXC)

/*
 * The struct layout this module was compiled with, read by TypeScript at
 * start-up and checked against its own field tables (src/wasm/layout.ts):
 * sizes, then offsets, in this order.
 */
static const int layout[] = {
  sizeof(void *), sizeof(long), sizeof(Py_ssize_t),
  sizeof(PyObject), sizeof(PyVarObject), sizeof(PyTypeObject), sizeof(Py_buffer),
  sizeof(PyMethodDef), sizeof(PyModuleDef), sizeof(PyNumberMethods), sizeof(PySequenceMethods),
  sizeof(PyMappingMethods), sizeof(PyBufferProcs), sizeof(struct PyMemberDef), sizeof(PyGetSetDef),
  offsetof(PyTypeObject, tp_name), offsetof(PyTypeObject, tp_flags), offsetof(PyTypeObject, tp_base),
  offsetof(PyTypeObject, tp_alloc), offsetof(PyTypeObject, tp_new), offsetof(PyTypeObject, tp_free),
  offsetof(PyTypeObject, tp_vectorcall), offsetof(PyModuleDef, m_name), offsetof(PyModuleDef, m_free),
  offsetof(Py_buffer, internal),
};

EXPORT const int *_Pyobj_Layout(void) { return layout; }
EXPORT int _Pyobj_LayoutCount(void) { return (int)(sizeof layout / sizeof layout[0]); }
