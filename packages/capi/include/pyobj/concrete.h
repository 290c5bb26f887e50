/* Concrete object types (Include/longobject.h, floatobject.h,
   unicodeobject.h, bytesobject.h, bytearrayobject.h, tupleobject.h,
   listobject.h, dictobject.h, sliceobject.h, memoryobject.h and their
   cpython/ parts). The objects' storage lives in the runtime: CPython's
   field-reading macros call the runtime (docs/CEXT-DESIGN.md, Headers). */
#ifndef Py_PYOBJ_CONCRETE_H
#define Py_PYOBJ_CONCRETE_H
#ifdef __cplusplus
extern "C" {
#endif

/* ---- int */
PyAPI_DATA(PyTypeObject) PyLong_Type;

#define PyLong_Check(op) \
        PyType_FastSubclass(Py_TYPE(op), Py_TPFLAGS_LONG_SUBCLASS)
#define PyLong_CheckExact(op) Py_IS_TYPE(op, &PyLong_Type)

PyAPI_FUNC(PyObject *) PyLong_FromLong(long);
PyAPI_FUNC(PyObject *) PyLong_FromUnsignedLong(unsigned long);
PyAPI_FUNC(PyObject *) PyLong_FromSize_t(size_t);
PyAPI_FUNC(PyObject *) PyLong_FromSsize_t(Py_ssize_t);
PyAPI_FUNC(PyObject *) PyLong_FromDouble(double);
PyAPI_FUNC(long) PyLong_AsLong(PyObject *);
PyAPI_FUNC(long) PyLong_AsLongAndOverflow(PyObject *, int *);
PyAPI_FUNC(Py_ssize_t) PyLong_AsSsize_t(PyObject *);
PyAPI_FUNC(size_t) PyLong_AsSize_t(PyObject *);
PyAPI_FUNC(unsigned long) PyLong_AsUnsignedLong(PyObject *);
PyAPI_FUNC(unsigned long) PyLong_AsUnsignedLongMask(PyObject *);
PyAPI_FUNC(double) PyLong_AsDouble(PyObject *);
PyAPI_FUNC(PyObject *) PyLong_FromVoidPtr(void *);
PyAPI_FUNC(void *) PyLong_AsVoidPtr(PyObject *);
PyAPI_FUNC(PyObject *) PyLong_FromLongLong(long long);
PyAPI_FUNC(PyObject *) PyLong_FromUnsignedLongLong(unsigned long long);
PyAPI_FUNC(long long) PyLong_AsLongLong(PyObject *);
PyAPI_FUNC(unsigned long long) PyLong_AsUnsignedLongLong(PyObject *);
PyAPI_FUNC(unsigned long long) PyLong_AsUnsignedLongLongMask(PyObject *);
PyAPI_FUNC(long long) PyLong_AsLongLongAndOverflow(PyObject *, int *);
PyAPI_FUNC(PyObject *) PyLong_FromString(const char *, char **, int);

/* Private in CPython, used by real extensions for 128-bit values. */
PyAPI_FUNC(PyObject *) _PyLong_FromByteArray(
    const unsigned char* bytes, size_t n,
    int little_endian, int is_signed);
PyAPI_FUNC(int) _PyLong_AsByteArray(PyLongObject* v,
    unsigned char* bytes, size_t n,
    int little_endian, int is_signed);

/* ---- float */
PyAPI_DATA(PyTypeObject) PyFloat_Type;

#define PyFloat_Check(op) PyObject_TypeCheck(op, &PyFloat_Type)
#define PyFloat_CheckExact(op) Py_IS_TYPE(op, &PyFloat_Type)

PyAPI_FUNC(double) PyFloat_GetMax(void);
PyAPI_FUNC(double) PyFloat_GetMin(void);
PyAPI_FUNC(PyObject*) PyFloat_FromString(PyObject*);
PyAPI_FUNC(PyObject*) PyFloat_FromDouble(double);
PyAPI_FUNC(double) PyFloat_AsDouble(PyObject*);
/* CPython reads ob_fval; here: PyFloat_AsDouble. */
#define PyFloat_AS_DOUBLE(op) PyFloat_AsDouble(_PyObject_CAST(op))

/* ---- str */
PyAPI_DATA(PyTypeObject) PyUnicode_Type;

#define PyUnicode_Check(op) \
    PyType_FastSubclass(Py_TYPE(op), Py_TPFLAGS_UNICODE_SUBCLASS)
#define PyUnicode_CheckExact(op) Py_IS_TYPE(op, &PyUnicode_Type)

PyAPI_FUNC(PyObject*) PyUnicode_FromStringAndSize(const char *u, Py_ssize_t size);
PyAPI_FUNC(PyObject*) PyUnicode_FromString(const char *u);
PyAPI_FUNC(Py_ssize_t) PyUnicode_GetLength(PyObject *unicode);
/* CPython reads the length field; here: PyUnicode_GetLength. As in 3.11, a
   static inline function with a casting macro of the same name. */
static inline Py_ssize_t PyUnicode_GET_LENGTH(PyObject *op) { return PyUnicode_GetLength(op); }
#define PyUnicode_GET_LENGTH(op) PyUnicode_GET_LENGTH(_PyObject_CAST(op))

/* The canonical representation (PEP 393). CPython keeps a str's characters in
   the object at 1, 2 or 4 bytes each; here a str lives in the runtime and C
   reads a copy of its characters at its kind's width (a block the str owns,
   made when C first asks for PyUnicode_DATA). A str made by PyUnicode_New is
   the other way round: its block is the characters, which C writes before it
   hands the str to anything else; the runtime reads them from the block when
   it first needs the value. C may write only into a str it has just made with
   PyUnicode_New (checked mode reports other writes). */
typedef uint32_t Py_UCS4;
typedef uint16_t Py_UCS2;
typedef uint8_t Py_UCS1;
/* Only the header is here: the characters are reached through PyUnicode_DATA. */
typedef struct {
    PyObject ob_base;
} PyUnicodeObject;
enum PyUnicode_Kind {
    PyUnicode_WCHAR_KIND = 0,
    PyUnicode_1BYTE_KIND = 1,
    PyUnicode_2BYTE_KIND = 2,
    PyUnicode_4BYTE_KIND = 4
};
PyAPI_FUNC(PyObject*) PyUnicode_New(Py_ssize_t size, Py_UCS4 maxchar);
PyAPI_FUNC(unsigned int) _Pyobj_UnicodeKind(PyObject *op);
PyAPI_FUNC(unsigned int) _Pyobj_UnicodeIsAscii(PyObject *op);
PyAPI_FUNC(void *) _Pyobj_UnicodeData(PyObject *op);
PyAPI_FUNC(int) _Pyobj_UnicodeReady(PyObject *op);
/* Always 0 in 3.11 for a str made by the C-API (every str is ready). */
static inline int PyUnicode_READY(PyObject *op) { return _Pyobj_UnicodeReady(op); }
#define PyUnicode_READY(op) PyUnicode_READY(_PyObject_CAST(op))
#define PyUnicode_KIND(op) _Pyobj_UnicodeKind(_PyObject_CAST(op))
static inline unsigned int PyUnicode_IS_ASCII(PyObject *op) { return _Pyobj_UnicodeIsAscii(op); }
#define PyUnicode_IS_ASCII(op) PyUnicode_IS_ASCII(_PyObject_CAST(op))
static inline void *PyUnicode_DATA(PyObject *op) { return _Pyobj_UnicodeData(op); }
#define PyUnicode_DATA(op) PyUnicode_DATA(_PyObject_CAST(op))
#define PyUnicode_1BYTE_DATA(op) ((Py_UCS1 *)PyUnicode_DATA(op))
#define PyUnicode_2BYTE_DATA(op) ((Py_UCS2 *)PyUnicode_DATA(op))
#define PyUnicode_4BYTE_DATA(op) ((Py_UCS4 *)PyUnicode_DATA(op))
static inline Py_UCS4 PyUnicode_READ(int kind, const void *data, Py_ssize_t index) {
    if (kind == PyUnicode_1BYTE_KIND) return ((const Py_UCS1 *)data)[index];
    if (kind == PyUnicode_2BYTE_KIND) return ((const Py_UCS2 *)data)[index];
    return ((const Py_UCS4 *)data)[index];
}
#define PyUnicode_READ(kind, data, index) \
    PyUnicode_READ((int)(kind), (const void *)(data), (index))
static inline void PyUnicode_WRITE(int kind, void *data, Py_ssize_t index, Py_UCS4 value) {
    if (kind == PyUnicode_1BYTE_KIND) ((Py_UCS1 *)data)[index] = (Py_UCS1)value;
    else if (kind == PyUnicode_2BYTE_KIND) ((Py_UCS2 *)data)[index] = (Py_UCS2)value;
    else ((Py_UCS4 *)data)[index] = value;
}
#define PyUnicode_WRITE(kind, data, index, value) \
    PyUnicode_WRITE((int)(kind), (void *)(data), (index), (Py_UCS4)(value))
static inline Py_UCS4 PyUnicode_READ_CHAR(PyObject *unicode, Py_ssize_t index) {
    return PyUnicode_READ((int)PyUnicode_KIND(unicode), PyUnicode_DATA(unicode), index);
}
#define PyUnicode_READ_CHAR(unicode, index) PyUnicode_READ_CHAR(_PyObject_CAST(unicode), (index))
static inline Py_UCS4 PyUnicode_MAX_CHAR_VALUE(PyObject *op) {
    unsigned int kind;
    if (PyUnicode_IS_ASCII(op)) return 0x7fU;
    kind = PyUnicode_KIND(op);
    if (kind == PyUnicode_1BYTE_KIND) return 0xffU;
    if (kind == PyUnicode_2BYTE_KIND) return 0xffffU;
    return 0x10ffffU;
}
#define PyUnicode_MAX_CHAR_VALUE(op) PyUnicode_MAX_CHAR_VALUE(_PyObject_CAST(op))

PyAPI_FUNC(PyObject *) PyUnicode_FromFormatV(const char *format, va_list vargs);
PyAPI_FUNC(PyObject *) PyUnicode_FromFormat(const char *format, ...);
PyAPI_FUNC(PyObject *) PyUnicode_InternFromString(const char *u);
PyAPI_FUNC(void) PyUnicode_InternInPlace(PyObject **);
PyAPI_FUNC(const char *) PyUnicode_AsUTF8AndSize(
    PyObject *unicode,
    Py_ssize_t *size);
PyAPI_FUNC(const char *) PyUnicode_AsUTF8(PyObject *unicode);
PyAPI_FUNC(PyObject*) PyUnicode_AsUTF8String(PyObject *unicode);
PyAPI_FUNC(PyObject*) PyUnicode_DecodeUTF8(
    const char *string,
    Py_ssize_t length,
    const char *errors
    );
PyAPI_FUNC(PyObject*) PyUnicode_DecodeASCII(
    const char *string,
    Py_ssize_t length,
    const char *errors
    );
PyAPI_FUNC(PyObject*) PyUnicode_DecodeLatin1(
    const char *string,
    Py_ssize_t length,
    const char *errors
    );
PyAPI_FUNC(PyObject*) PyUnicode_AsASCIIString(PyObject *unicode);
PyAPI_FUNC(PyObject*) PyUnicode_AsLatin1String(PyObject *unicode);
PyAPI_FUNC(PyObject*) PyUnicode_AsEncodedString(
    PyObject *unicode,
    const char *encoding,
    const char *errors
    );
PyAPI_FUNC(PyObject*) PyUnicode_Concat(PyObject *left, PyObject *right);
PyAPI_FUNC(int) PyUnicode_Compare(PyObject *left, PyObject *right);
PyAPI_FUNC(int) PyUnicode_CompareWithASCIIString(PyObject *left, const char *right);
PyAPI_FUNC(PyObject *) PyUnicode_FromOrdinal(int ordinal);

/* ---- bytes */
PyAPI_DATA(PyTypeObject) PyBytes_Type;

#define PyBytes_Check(op) \
                 PyType_FastSubclass(Py_TYPE(op), Py_TPFLAGS_BYTES_SUBCLASS)
#define PyBytes_CheckExact(op) Py_IS_TYPE(op, &PyBytes_Type)

PyAPI_FUNC(PyObject *) PyBytes_FromStringAndSize(const char *, Py_ssize_t);
PyAPI_FUNC(PyObject *) PyBytes_FromString(const char *);
PyAPI_FUNC(PyObject *) PyBytes_FromObject(PyObject *);
PyAPI_FUNC(PyObject *) PyBytes_FromFormatV(const char*, va_list)
                                Py_GCC_ATTRIBUTE((format(printf, 1, 0)));
PyAPI_FUNC(PyObject *) PyBytes_FromFormat(const char*, ...)
                                Py_GCC_ATTRIBUTE((format(printf, 1, 2)));
PyAPI_FUNC(Py_ssize_t) PyBytes_Size(PyObject *);
PyAPI_FUNC(char *) PyBytes_AsString(PyObject *);
PyAPI_FUNC(PyObject *) PyBytes_Repr(PyObject *, int);
PyAPI_FUNC(void) PyBytes_Concat(PyObject **, PyObject *);
PyAPI_FUNC(void) PyBytes_ConcatAndDel(PyObject **, PyObject *);
PyAPI_FUNC(int) PyBytes_AsStringAndSize(
    PyObject *obj,
    char **s,
    Py_ssize_t *len     /* may be NULL */
    );
PyAPI_FUNC(int) _PyBytes_Resize(PyObject **, Py_ssize_t);
/* CPython reads ob_sval / ob_size; here: the functions. */
static inline char* PyBytes_AS_STRING(PyObject *op) { return PyBytes_AsString(op); }
#define PyBytes_AS_STRING(op) PyBytes_AS_STRING(_PyObject_CAST(op))
static inline Py_ssize_t PyBytes_GET_SIZE(PyObject *op) { return PyBytes_Size(op); }
#define PyBytes_GET_SIZE(op) PyBytes_GET_SIZE(_PyObject_CAST(op))

/* ---- bytearray */
PyAPI_DATA(PyTypeObject) PyByteArray_Type;

#define PyByteArray_Check(self) PyObject_TypeCheck(self, &PyByteArray_Type)
#define PyByteArray_CheckExact(self) Py_IS_TYPE(self, &PyByteArray_Type)

PyAPI_FUNC(PyObject *) PyByteArray_FromObject(PyObject *);
PyAPI_FUNC(PyObject *) PyByteArray_Concat(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyByteArray_FromStringAndSize(const char *, Py_ssize_t);
PyAPI_FUNC(Py_ssize_t) PyByteArray_Size(PyObject *);
PyAPI_FUNC(char *) PyByteArray_AsString(PyObject *);
PyAPI_FUNC(int) PyByteArray_Resize(PyObject *, Py_ssize_t);
static inline char* PyByteArray_AS_STRING(PyObject *op) { return PyByteArray_AsString(op); }
#define PyByteArray_AS_STRING(self) PyByteArray_AS_STRING(_PyObject_CAST(self))
static inline Py_ssize_t PyByteArray_GET_SIZE(PyObject *op) { return PyByteArray_Size(op); }
#define PyByteArray_GET_SIZE(self) PyByteArray_GET_SIZE(_PyObject_CAST(self))

/* ---- tuple */
PyAPI_DATA(PyTypeObject) PyTuple_Type;

#define PyTuple_Check(op) \
                 PyType_FastSubclass(Py_TYPE(op), Py_TPFLAGS_TUPLE_SUBCLASS)
#define PyTuple_CheckExact(op) Py_IS_TYPE(op, &PyTuple_Type)

PyAPI_FUNC(PyObject *) PyTuple_New(Py_ssize_t size);
PyAPI_FUNC(Py_ssize_t) PyTuple_Size(PyObject *);
PyAPI_FUNC(PyObject *) PyTuple_GetItem(PyObject *, Py_ssize_t);
PyAPI_FUNC(int) PyTuple_SetItem(PyObject *, Py_ssize_t, PyObject *);
PyAPI_FUNC(PyObject *) PyTuple_GetSlice(PyObject *, Py_ssize_t, Py_ssize_t);
PyAPI_FUNC(PyObject *) PyTuple_Pack(Py_ssize_t, ...);

/* Steals `value` without releasing the item it replaces (as CPython's
   PyTuple_SET_ITEM, which only fills new tuples). */
PyAPI_FUNC(void) _Pyobj_TupleSetItem(PyObject *op, Py_ssize_t index, PyObject *value);
static inline Py_ssize_t PyTuple_GET_SIZE(PyObject *op) { return PyTuple_Size(op); }
#define PyTuple_GET_SIZE(op) PyTuple_GET_SIZE(_PyObject_CAST(op))
#define PyTuple_GET_ITEM(op, index) PyTuple_GetItem(_PyObject_CAST(op), (index))
static inline void PyTuple_SET_ITEM(PyObject *op, Py_ssize_t index, PyObject *value) {
    _Pyobj_TupleSetItem(op, index, value);
}
#define PyTuple_SET_ITEM(op, index, value) \
    PyTuple_SET_ITEM(_PyObject_CAST(op), (index), _PyObject_CAST(value))

/* ---- list */
PyAPI_DATA(PyTypeObject) PyList_Type;

/* The layout of a list as CPython declares it, so that a C type based on list
   (`tp_base = &PyList_Type`) can embed it as its first member and add fields
   after it (`typedef struct { PyListObject list; int state; } SpamList;`).
   The list's items live in the runtime, not here: read and change them with
   the PyList_* functions; `ob_item` and `allocated` are not maintained. */
typedef struct {
    PyObject_VAR_HEAD
    PyObject **ob_item;
    Py_ssize_t allocated;
} PyListObject;

#define PyList_Check(op) \
    PyType_FastSubclass(Py_TYPE(op), Py_TPFLAGS_LIST_SUBCLASS)
#define PyList_CheckExact(op) Py_IS_TYPE(op, &PyList_Type)

PyAPI_FUNC(PyObject *) PyList_New(Py_ssize_t size);
PyAPI_FUNC(Py_ssize_t) PyList_Size(PyObject *);
PyAPI_FUNC(PyObject *) PyList_GetItem(PyObject *, Py_ssize_t);
PyAPI_FUNC(int) PyList_SetItem(PyObject *, Py_ssize_t, PyObject *);
PyAPI_FUNC(int) PyList_Insert(PyObject *, Py_ssize_t, PyObject *);
PyAPI_FUNC(int) PyList_Append(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyList_GetSlice(PyObject *, Py_ssize_t, Py_ssize_t);
PyAPI_FUNC(int) PyList_SetSlice(PyObject *, Py_ssize_t, Py_ssize_t, PyObject *);
PyAPI_FUNC(int) PyList_Sort(PyObject *);
PyAPI_FUNC(int) PyList_Reverse(PyObject *);
PyAPI_FUNC(PyObject *) PyList_AsTuple(PyObject *);

/* Steals `value` without releasing the item it replaces (PyList_SET_ITEM). */
PyAPI_FUNC(void) _Pyobj_ListSetItem(PyObject *op, Py_ssize_t index, PyObject *value);
static inline Py_ssize_t PyList_GET_SIZE(PyObject *op) { return PyList_Size(op); }
#define PyList_GET_SIZE(op) PyList_GET_SIZE(_PyObject_CAST(op))
#define PyList_GET_ITEM(op, index) PyList_GetItem(_PyObject_CAST(op), (index))
static inline void PyList_SET_ITEM(PyObject *op, Py_ssize_t index, PyObject *value) {
    _Pyobj_ListSetItem(op, index, value);
}
#define PyList_SET_ITEM(op, index, value) \
    PyList_SET_ITEM(_PyObject_CAST(op), (index), _PyObject_CAST(value))

/* ---- dict */
PyAPI_DATA(PyTypeObject) PyDict_Type;

/* A dict's layout as CPython declares it, to embed in a C type based on dict;
   the entries live in the runtime (use the PyDict_* functions), the fields
   after the header are not maintained. */
typedef struct {
    PyObject_HEAD
    Py_ssize_t ma_used;
    uint64_t ma_version_tag;
    void *ma_keys;
    void *ma_values;
} PyDictObject;

#define PyDict_Check(op) \
                 PyType_FastSubclass(Py_TYPE(op), Py_TPFLAGS_DICT_SUBCLASS)
#define PyDict_CheckExact(op) Py_IS_TYPE(op, &PyDict_Type)

PyAPI_FUNC(PyObject *) PyDict_New(void);
PyAPI_FUNC(PyObject *) PyDict_GetItem(PyObject *mp, PyObject *key);
PyAPI_FUNC(PyObject *) PyDict_GetItemWithError(PyObject *mp, PyObject *key);
PyAPI_FUNC(int) PyDict_SetItem(PyObject *mp, PyObject *key, PyObject *item);
PyAPI_FUNC(int) PyDict_DelItem(PyObject *mp, PyObject *key);
PyAPI_FUNC(void) PyDict_Clear(PyObject *mp);
PyAPI_FUNC(int) PyDict_Next(
    PyObject *mp, Py_ssize_t *pos, PyObject **key, PyObject **value);
PyAPI_FUNC(PyObject *) PyDict_Keys(PyObject *mp);
PyAPI_FUNC(PyObject *) PyDict_Values(PyObject *mp);
PyAPI_FUNC(PyObject *) PyDict_Items(PyObject *mp);
PyAPI_FUNC(Py_ssize_t) PyDict_Size(PyObject *mp);
PyAPI_FUNC(PyObject *) PyDict_Copy(PyObject *mp);
PyAPI_FUNC(int) PyDict_Contains(PyObject *mp, PyObject *key);
PyAPI_FUNC(int) PyDict_Update(PyObject *mp, PyObject *other);
PyAPI_FUNC(int) PyDict_Merge(PyObject *mp, PyObject *other, int override);
PyAPI_FUNC(int) PyDict_MergeFromSeq2(PyObject *d, PyObject *seq2, int override);
PyAPI_FUNC(PyObject *) PyDict_GetItemString(PyObject *dp, const char *key);
PyAPI_FUNC(int) PyDict_SetItemString(PyObject *dp, const char *key, PyObject *item);
PyAPI_FUNC(int) PyDict_DelItemString(PyObject *dp, const char *key);

/* ---- slice and Ellipsis */
PyAPI_DATA(PyObject) _Py_EllipsisObject;
#define Py_Ellipsis (&_Py_EllipsisObject)

PyAPI_DATA(PyTypeObject) PySlice_Type;
PyAPI_DATA(PyTypeObject) PyEllipsis_Type;

#define PySlice_Check(op) Py_IS_TYPE(op, &PySlice_Type)

PyAPI_FUNC(PyObject *) PySlice_New(PyObject* start, PyObject* stop,
                                  PyObject* step);
PyAPI_FUNC(int) PySlice_GetIndices(PyObject *r, Py_ssize_t length,
                                  Py_ssize_t *start, Py_ssize_t *stop, Py_ssize_t *step);
PyAPI_FUNC(int) PySlice_GetIndicesEx(PyObject *r, Py_ssize_t length,
                                     Py_ssize_t *start, Py_ssize_t *stop,
                                     Py_ssize_t *step,
                                     Py_ssize_t *slicelength);
/* As in CPython 3.11 (outside the limited API): a macro over the two
   functions below. */
#define PySlice_GetIndicesEx(slice, length, start, stop, step, slicelen) (  \
    PySlice_Unpack((slice), (start), (stop), (step)) < 0 ?                  \
    ((*(slicelen) = 0), -1) :                                               \
    ((*(slicelen) = PySlice_AdjustIndices((length), (start), (stop), *(step))), \
     0))
PyAPI_FUNC(int) PySlice_Unpack(PyObject *slice,
                               Py_ssize_t *start, Py_ssize_t *stop, Py_ssize_t *step);
PyAPI_FUNC(Py_ssize_t) PySlice_AdjustIndices(Py_ssize_t length,
                                             Py_ssize_t *start, Py_ssize_t *stop,
                                             Py_ssize_t step);

/* ---- range */
PyAPI_DATA(PyTypeObject) PyRange_Type;
#define PyRange_Check(op) Py_IS_TYPE(op, &PyRange_Type)

/* ---- functions, methods, classmethod/staticmethod (funcobject.h, classobject.h) */
PyAPI_DATA(PyTypeObject) PyFunction_Type;
#define PyFunction_Check(op) Py_IS_TYPE(op, &PyFunction_Type)
PyAPI_DATA(PyTypeObject) PyClassMethod_Type;
PyAPI_DATA(PyTypeObject) PyStaticMethod_Type;
PyAPI_DATA(PyTypeObject) PyMethod_Type;
#define PyMethod_Check(op) Py_IS_TYPE(op, &PyMethod_Type)

/* ---- reversed (enumobject.h) */
PyAPI_DATA(PyTypeObject) PyReversed_Type;

/* ---- complex (complexobject.h): the type object only (no complex values in this runtime) */
PyAPI_DATA(PyTypeObject) PyComplex_Type;
#define PyComplex_Check(op) PyObject_TypeCheck(op, &PyComplex_Type)
#define PyComplex_CheckExact(op) Py_IS_TYPE(op, &PyComplex_Type)

/* ---- memoryview */
PyAPI_DATA(PyTypeObject) PyMemoryView_Type;

#define PyMemoryView_Check(op) Py_IS_TYPE(op, &PyMemoryView_Type)

PyAPI_FUNC(PyObject *) PyMemoryView_FromObject(PyObject *base);
PyAPI_FUNC(PyObject *) PyMemoryView_FromMemory(char *mem, Py_ssize_t size,
                                               int flags);
PyAPI_FUNC(PyObject *) PyMemoryView_FromBuffer(const Py_buffer *info);
PyAPI_FUNC(PyObject *) PyMemoryView_GetContiguous(PyObject *base,
                                                  int buffertype,
                                                  char order);

/* The view's Py_buffer in memory, stable for the view's life (CPython:
   &((PyMemoryViewObject *)op)->view), and its exporter (view.obj). */
PyAPI_FUNC(Py_buffer *) _Pyobj_MemoryView_GetBuffer(PyObject *op);
PyAPI_FUNC(PyObject *) _Pyobj_MemoryView_GetBase(PyObject *op);
#define PyMemoryView_GET_BUFFER(op) _Pyobj_MemoryView_GetBuffer(_PyObject_CAST(op))
#define PyMemoryView_GET_BASE(op) _Pyobj_MemoryView_GetBase(_PyObject_CAST(op))

#ifdef __cplusplus
}
#endif
#endif /* !Py_PYOBJ_CONCRETE_H */
