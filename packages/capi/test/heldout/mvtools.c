/* mvtools: the memoryview C-API next to the concrete types (bytes, bytearray,
 * list, tuple, dict, int, float, str), with every function's failure branch
 * reached from Python and strict reference discipline.
 * Held-out test module: uses only names from API.md. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <string.h>
#include <limits.h>

static char scratch[16];

/* ---- memoryview ---- */

static PyObject *
mv_info(PyObject *self, PyObject *obj)
{
    if (!PyMemoryView_Check(obj)) {
        PyErr_Format(PyExc_TypeError, "mv_info() needs a memoryview, not %.100s", Py_TYPE(obj)->tp_name);
        return NULL;
    }
    Py_buffer *v = PyMemoryView_GET_BUFFER(obj);
    PyObject *base = PyMemoryView_GET_BASE(obj);
    PyObject *shape = PyTuple_New(v->ndim);
    if (shape == NULL)
        return NULL;
    for (int i = 0; i < v->ndim; i++) {
        PyObject *n = PyLong_FromSsize_t(v->shape[i]);
        if (n == NULL) {
            Py_DECREF(shape);
            return NULL;
        }
        PyTuple_SET_ITEM(shape, i, n);
    }
    return Py_BuildValue("{s:n,s:n,s:i,s:s,s:N,s:O,s:O}", "len", v->len, "itemsize", v->itemsize,
                         "readonly", v->readonly, "format", v->format ? v->format : "(null)", "shape", shape,
                         "base", base ? base : Py_None, "base_is_obj", (base && base == v->obj) ? Py_True : Py_False);
}

static PyObject *
mv_from_object(PyObject *self, PyObject *obj)
{
    return PyMemoryView_FromObject(obj);
}

static PyObject *
mv_scratch(PyObject *self, PyObject *args)
{
    Py_ssize_t off, n;
    int writable = 0;
    if (!PyArg_ParseTuple(args, "nn|p:mv_scratch", &off, &n, &writable))
        return NULL;
    if (off < 0 || n < 0 || off + n > (Py_ssize_t)sizeof scratch) {
        PyErr_Format(PyExc_IndexError, "scratch window [%zd, %zd) outside 0..%zu", off, off + n, sizeof scratch);
        return NULL;
    }
    return PyMemoryView_FromMemory(scratch + off, n, writable ? PyBUF_WRITE : PyBUF_READ);
}

static PyObject *
mv_scratch_bytes(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    return PyBytes_FromStringAndSize(scratch, sizeof scratch);
}

static PyObject *
mv_from_buffer(PyObject *self, PyObject *args)
{
    PyObject *obj;
    int mode;
    if (!PyArg_ParseTuple(args, "Oi:mv_from_buffer", &obj, &mode))
        return NULL;
    /* wrap a struct we fill: 2x2 doubles in static memory, or a broken struct */
    static double cells[4] = {1.0, 2.0, 3.0, 4.0};
    static Py_ssize_t shape[2] = {2, 2};
    static Py_ssize_t strides[2] = {16, 8};
    Py_buffer info;
    memset(&info, 0, sizeof info);
    if (mode == 0) {
        if (PyBuffer_FillInfo(&info, NULL, cells, sizeof cells, 1, PyBUF_FULL_RO) < 0)
            return NULL;
        return PyMemoryView_FromBuffer(&info);
    }
    if (mode == 1) {
        info.buf = cells;
        info.len = sizeof cells;
        info.itemsize = sizeof(double);
        info.readonly = 0;
        info.ndim = 2;
        info.format = "d";
        info.shape = shape;
        info.strides = strides;
        return PyMemoryView_FromBuffer(&info);
    }
    if (mode == 2) {
        info.buf = NULL;
        info.len = 0;
        return PyMemoryView_FromBuffer(&info);
    }
    if (mode == 3) {
        /* PyBuffer_FillInfo refusing a writable request on read-only memory */
        if (PyBuffer_FillInfo(&info, obj, cells, sizeof cells, 1, PyBUF_WRITABLE) < 0)
            return NULL;
        PyBuffer_Release(&info);
        Py_RETURN_NONE;
    }
    PyErr_SetString(PyExc_ValueError, "mode must be 0..3");
    return NULL;
}

static PyObject *
mv_contig(PyObject *self, PyObject *args)
{
    PyObject *obj;
    int flags;
    const char *order;
    if (!PyArg_ParseTuple(args, "Ois:mv_contig", &obj, &flags, &order))
        return NULL;
    PyObject *mv = PyMemoryView_GetContiguous(obj, flags, order[0]);
    if (mv == NULL)
        return NULL;
    Py_buffer *v = PyMemoryView_GET_BUFFER(mv);
    PyObject *copied = PyBool_FromLong(PyMemoryView_GET_BASE(mv) != obj);
    PyObject *r = Py_BuildValue("(Ny#i)", copied, (char *)v->buf, v->len, v->readonly);
    Py_DECREF(mv);
    return r;
}

/* ---- bytes / bytearray ---- */

static PyObject *
bytes_ops(PyObject *self, PyObject *args)
{
    PyObject *a, *b;
    if (!PyArg_ParseTuple(args, "OO:bytes_ops", &a, &b))
        return NULL;
    PyObject *res = PyList_New(0);
    if (res == NULL)
        return NULL;
    /* PyBytes_Concat steals nothing from b, replaces *pa */
    PyObject *cat = PyBytes_FromStringAndSize(NULL, 0);
    if (cat == NULL)
        goto fail;
    Py_INCREF(a);
    Py_SETREF(cat, a);
    PyBytes_Concat(&cat, b);
    if (cat == NULL) {
        if (PyList_Append(res, PyErr_Occurred()) < 0)
            goto fail;
        PyErr_Clear();
    } else {
        if (PyList_Append(res, cat) < 0) {
            Py_DECREF(cat);
            goto fail;
        }
        Py_DECREF(cat);
    }
    char *s;
    Py_ssize_t n;
    if (PyBytes_AsStringAndSize(a, &s, &n) < 0) {
        PyErr_Clear();
        n = -1;
    }
    Py_ssize_t asize = PyBytes_Size(a);
    if (asize == -1 && PyErr_Occurred()) {
        PyErr_Clear();
        asize = -99;
    }
    PyObject *size = PyLong_FromSsize_t(asize);
    if (size == NULL)
        goto fail;
    PyObject *t = Py_BuildValue("(nN)", n, size);
    if (t == NULL || PyList_Append(res, t) < 0) {
        Py_XDECREF(t);
        goto fail;
    }
    Py_DECREF(t);
    /* ConcatAndDel: steals b's new reference */
    if (PyBytes_Check(a)) {
        PyObject *x = PyBytes_FromString("<");
        PyBytes_ConcatAndDel(&x, PyBytes_FromFormat("%s>", PyBytes_AS_STRING(a)));
        if (x == NULL)
            goto fail;
        if (_PyBytes_Resize(&x, PyBytes_GET_SIZE(x) + 2) < 0)
            goto fail;
        memcpy(PyBytes_AS_STRING(x) + PyBytes_GET_SIZE(x) - 2, "!!", 2);
        int rc = PyList_Append(res, x);
        Py_DECREF(x);
        if (rc < 0)
            goto fail;
    }
    return res;
fail:
    Py_DECREF(res);
    return NULL;
}

static PyObject *
bytearray_ops(PyObject *self, PyObject *args)
{
    PyObject *src;
    Py_ssize_t newlen;
    if (!PyArg_ParseTuple(args, "On:bytearray_ops", &src, &newlen))
        return NULL;
    PyObject *ba = PyByteArray_FromObject(src);
    if (ba == NULL)
        return NULL;
    if (PyByteArray_Resize(ba, newlen) < 0) {
        Py_DECREF(ba);
        return NULL;
    }
    char *p = PyByteArray_AsString(ba);
    for (Py_ssize_t i = 0; i < PyByteArray_Size(ba); i++)
        if (p[i] == 0)
            p[i] = '.';
    PyObject *copy = PyByteArray_FromStringAndSize(PyByteArray_AS_STRING(ba), PyByteArray_GET_SIZE(ba));
    PyObject *r = Py_BuildValue("(NNi)", ba, copy, PyByteArray_CheckExact(src));
    return r;
}

/* ---- int ---- */

static PyObject *
long_ops(PyObject *self, PyObject *obj)
{
    PyObject *out = PyDict_New();
    if (out == NULL)
        return NULL;
#define PUT(key, expr)                                            \
    do {                                                          \
        PyObject *_v = (expr);                                    \
        if (_v == NULL) {                                         \
            PyObject *_t, *_e, *_tb;                              \
            PyErr_Fetch(&_t, &_e, &_tb);                          \
            PyErr_NormalizeException(&_t, &_e, &_tb);             \
            _v = PyObject_Repr(_e ? _e : _t);                     \
            Py_XDECREF(_t);                                       \
            Py_XDECREF(_e);                                       \
            Py_XDECREF(_tb);                                      \
            if (_v == NULL) {                                     \
                Py_DECREF(out);                                   \
                return NULL;                                      \
            }                                                     \
        }                                                         \
        int _rc = PyDict_SetItemString(out, key, _v);             \
        Py_DECREF(_v);                                            \
        if (_rc < 0) {                                            \
            Py_DECREF(out);                                       \
            return NULL;                                          \
        }                                                         \
    } while (0)
    long long ll = PyLong_AsLongLong(obj);
    PUT("LongLong", (ll == -1 && PyErr_Occurred()) ? NULL : PyLong_FromLongLong(ll));
    unsigned long long ull = PyLong_AsUnsignedLongLong(obj);
    PUT("UnsignedLongLong", (ull == (unsigned long long)-1 && PyErr_Occurred()) ? NULL : PyLong_FromUnsignedLongLong(ull));
    int overflow;
    long long llo = PyLong_AsLongLongAndOverflow(obj, &overflow);
    PUT("LLAndOverflow", (llo == -1 && PyErr_Occurred()) ? NULL : Py_BuildValue("(Li)", llo, overflow));
    unsigned long long mask = PyLong_AsUnsignedLongLongMask(obj);
    PUT("ULLMask", (mask == (unsigned long long)-1 && PyErr_Occurred()) ? NULL : PyLong_FromUnsignedLongLong(mask));
    double d = PyLong_AsDouble(obj);
    PUT("Double", (d == -1.0 && PyErr_Occurred()) ? NULL : PyFloat_FromDouble(d));
    unsigned char bytes16[16];
    if (PyLong_Check(obj)) {
        int rc = _PyLong_AsByteArray((PyLongObject *)obj, bytes16, sizeof bytes16, 1, 1);
        PUT("AsByteArray", rc < 0 ? NULL : _PyLong_FromByteArray(bytes16, sizeof bytes16, 0, 1));
        PUT("Index", PyNumber_Index(obj));
    }
    PUT("Float", PyNumber_Float(obj));
    PUT("Long", PyNumber_Long(obj));
    Py_ssize_t ss = PyNumber_AsSsize_t(obj, PyExc_OverflowError);
    PUT("AsSsize_t(OverflowError)", (ss == -1 && PyErr_Occurred()) ? NULL : PyBool_FromLong(ss == -1 ? 0 : 1));
    ss = PyNumber_AsSsize_t(obj, NULL);
    PUT("AsSsize_t(NULL) clipped", (ss == -1 && PyErr_Occurred()) ? NULL : PyBool_FromLong(ss == PY_SSIZE_T_MAX || ss == PY_SSIZE_T_MIN));
    return out;
#undef PUT
}

static PyObject *
long_from(PyObject *self, PyObject *args)
{
    const char *s;
    int base;
    if (!PyArg_ParseTuple(args, "si:long_from", &s, &base))
        return NULL;
    char *end = NULL;
    PyObject *v = PyLong_FromString(s, &end, base);
    if (v == NULL)
        return NULL;
    return Py_BuildValue("(Nn)", v, (Py_ssize_t)(end - s));
}

static PyObject *
long_make(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    return Py_BuildValue("[NNNNNNN]", PyLong_FromLong(LONG_MIN < -2147483647L ? -2147483647L - 1 : LONG_MIN),
                         PyLong_FromUnsignedLong(4294967295UL), PyLong_FromLongLong(LLONG_MIN),
                         PyLong_FromUnsignedLongLong(ULLONG_MAX), PyLong_FromSsize_t(-7),
                         PyLong_FromSize_t((size_t)4000000000U), PyLong_FromDouble(-2.9e10));
}

/* ---- float ---- */

static PyObject *
float_ops(PyObject *self, PyObject *obj)
{
    double d = PyFloat_AsDouble(obj);
    if (d == -1.0 && PyErr_Occurred())
        return NULL;
    PyObject *f = PyFloat_FromDouble(d * 2);
    if (f == NULL)
        return NULL;
    PyObject *r = Py_BuildValue("(dOii)", PyFloat_AS_DOUBLE(f), f, PyFloat_Check(obj), PyFloat_CheckExact(obj));
    Py_DECREF(f);
    return r;
}

static PyObject *
long_from_double(PyObject *self, PyObject *arg)
{
    double d = PyFloat_AsDouble(arg);
    if (d == -1.0 && PyErr_Occurred())
        return NULL;
    return PyLong_FromDouble(d);
}

/* ---- str ---- */

static PyObject *
str_ops(PyObject *self, PyObject *obj)
{
    Py_ssize_t n;
    const char *u = PyUnicode_AsUTF8AndSize(obj, &n);
    if (u == NULL)
        return NULL;
    PyObject *utf8 = PyUnicode_AsUTF8String(obj);
    if (utf8 == NULL)
        return NULL;
    PyObject *dec = PyUnicode_DecodeUTF8(u, n, "strict");
    PyObject *lat = PyUnicode_DecodeLatin1(u, n, NULL);
    PyObject *cat = (dec && lat) ? PyUnicode_Concat(dec, lat) : NULL;
    PyObject *r = NULL;
    if (cat != NULL)
        r = Py_BuildValue("(nnNOii)", n, PyUnicode_GET_LENGTH(obj), utf8, cat,
                          PyUnicode_CompareWithASCIIString(obj, "abc"), PyUnicode_GetLength(cat));
    else
        Py_DECREF(utf8);
    Py_XDECREF(dec);
    Py_XDECREF(lat);
    Py_XDECREF(cat);
    return r;
}

static PyObject *
str_decode(PyObject *self, PyObject *args)
{
    Py_buffer b;
    const char *which;
    if (!PyArg_ParseTuple(args, "y*s:str_decode", &b, &which))
        return NULL;
    PyObject *r;
    if (strcmp(which, "utf8") == 0)
        r = PyUnicode_DecodeUTF8(b.buf, b.len, NULL);
    else if (strcmp(which, "ascii") == 0)
        r = PyUnicode_DecodeASCII(b.buf, b.len, "strict");
    else if (strcmp(which, "latin1") == 0)
        r = PyUnicode_DecodeLatin1(b.buf, b.len, "strict");
    else if (strcmp(which, "sized") == 0)
        r = PyUnicode_FromStringAndSize(b.buf, b.len);
    else
        r = PyUnicode_FromString(b.buf);
    PyBuffer_Release(&b);
    return r;
}

/* ---- list / tuple / dict ---- */

static PyObject *
seq_ops(PyObject *self, PyObject *args)
{
    PyObject *lst, *extra;
    if (!PyArg_ParseTuple(args, "O!O:seq_ops", &PyList_Type, &lst, &extra))
        return NULL;
    PyObject *copy = PyList_GetSlice(lst, 0, PyList_GET_SIZE(lst));
    if (copy == NULL)
        return NULL;
    if (PyList_Insert(copy, 0, extra) < 0 || PyList_Append(copy, extra) < 0)
        goto fail;
    if (PyList_Sort(copy) < 0)
        goto fail;
    PyObject *sorted = PyList_AsTuple(copy);
    if (sorted == NULL)
        goto fail;
    if (PyList_Reverse(copy) < 0) {
        Py_DECREF(sorted);
        goto fail;
    }
    PyObject *mid = PyList_GetSlice(copy, 1, 3);
    PyObject *tslice = PyTuple_GetSlice(sorted, 1, 100);
    if (mid == NULL || tslice == NULL || PyList_SetSlice(copy, 1, 3, NULL) < 0) {
        Py_XDECREF(mid);
        Py_XDECREF(tslice);
        Py_DECREF(sorted);
        goto fail;
    }
    PyObject *item = PyList_GetItem(copy, 0);
    return Py_BuildValue("(NNNNO)", sorted, copy, mid, tslice, item);
fail:
    Py_DECREF(copy);
    return NULL;
}

static PyObject *
seq_errors(PyObject *self, PyObject *args)
{
    PyObject *obj;
    int which;
    if (!PyArg_ParseTuple(args, "Oi:seq_errors", &obj, &which))
        return NULL;
    switch (which) {
    case 0: return Py_XNewRef(PyList_GetItem(obj, 99));
    case 1: return Py_XNewRef(PyTuple_GetItem(obj, -1));
    case 2: {
        PyObject *v = PyLong_FromLong(1);
        if (PyTuple_SetItem(obj, 0, v) < 0)  /* steals v even on failure */
            return NULL;
        Py_RETURN_NONE;
    }
    case 3: return PyLong_FromSsize_t(PyList_Size(obj));
    case 4: return PyLong_FromSsize_t(PyTuple_Size(obj));
    case 5: return PyList_AsTuple(obj);
    case 6: {
        PyObject *v = PyLong_FromLong(2);
        if (PyList_SetItem(obj, 5, v) < 0)
            return NULL;
        Py_RETURN_NONE;
    }
    case 7: return PyLong_FromLong(PyList_Sort(obj));
    case 8: return PyLong_FromLong(PyList_Append(obj, Py_None));
    case 9: return PyTuple_GetSlice(obj, 0, 1);
    case 10: return PyLong_FromSsize_t(PyDict_Size(obj));
    case 11: return PySequence_Fast(obj, "custom message for seq_errors");
    default: return PyErr_Format(PyExc_ValueError, "which=%d", which);
    }
}

static PyObject *
dict_ops(PyObject *self, PyObject *args)
{
    PyObject *d, *key;
    if (!PyArg_ParseTuple(args, "O!O:dict_ops", &PyDict_Type, &d, &key))
        return NULL;
    PyObject *copy = PyDict_Copy(d);
    if (copy == NULL)
        return NULL;
    PyObject *log = PyList_New(0);
    if (log == NULL) {
        Py_DECREF(copy);
        return NULL;
    }
    PyObject *v = PyDict_GetItemWithError(copy, key);
    if (v == NULL && PyErr_Occurred())
        goto fail;
    if (PyList_Append(log, v ? v : Py_Ellipsis) < 0)
        goto fail;
    int has = PyDict_Contains(copy, key);
    if (has < 0)
        goto fail;
    if (has) {
        if (PyDict_DelItem(copy, key) < 0)
            goto fail;
    } else if (PyDict_SetItem(copy, key, Py_True) < 0) {
        goto fail;
    }
    if (PyDict_SetItemString(copy, "added", Py_False) < 0)
        goto fail;
    PyObject *other = Py_BuildValue("{s:i}", "from_update", 1);
    if (other == NULL || PyDict_Update(copy, other) < 0) {
        Py_XDECREF(other);
        goto fail;
    }
    Py_DECREF(other);
    Py_ssize_t pos = 0;
    PyObject *k, *val;
    Py_ssize_t nints = 0;
    while (PyDict_Next(copy, &pos, &k, &val))
        if (PyLong_Check(val))
            nints++;
    PyObject *keys = PyDict_Keys(copy), *vals = PyDict_Values(copy), *items = PyDict_Items(copy);
    PyObject *r = NULL;
    if (keys && vals && items)
        r = Py_BuildValue("(OOOOnnO)", copy, keys, vals, items, nints, PyDict_Size(copy),
                          PyDict_GetItemString(copy, "added"));
    Py_XDECREF(keys);
    Py_XDECREF(vals);
    Py_XDECREF(items);
    if (PyDict_DelItemString(copy, "added") < 0)
        PyErr_Clear();
    if (PyDict_DelItemString(copy, "missing") < 0) {
        if (PyErr_ExceptionMatches(PyExc_KeyError))
            PyErr_Clear();
    }
    PyDict_Clear(copy);
    Py_DECREF(copy);
    Py_DECREF(log);
    return r;
fail:
    Py_DECREF(copy);
    Py_DECREF(log);
    return NULL;
}

static PyObject *
dict_lookup(PyObject *self, PyObject *args)
{
    PyObject *d, *key;
    if (!PyArg_ParseTuple(args, "OO:dict_lookup", &d, &key))
        return NULL;
    PyObject *v = PyDict_GetItem(d, key);    /* swallows errors */
    PyObject *w = PyDict_GetItemWithError(d, key);
    if (w == NULL && PyErr_Occurred())
        return NULL;
    return Py_BuildValue("(OO)", v ? v : Py_None, w ? w : Py_None);
}

/* ---- misc abstract ---- */

static PyObject *
or_ellipsis(PyObject *v)
{
    if (v != NULL)
        return v;
    PyErr_Clear();
    return Py_NewRef(Py_Ellipsis);
}

static PyObject *
abstract_ops(PyObject *self, PyObject *args)
{
    PyObject *a, *b;
    if (!PyArg_ParseTuple(args, "OO:abstract_ops", &a, &b))
        return NULL;
    return Py_BuildValue("[NNNNNNNNNNNNNNNN]",
        or_ellipsis(PyNumber_Add(a, b)), or_ellipsis(PyNumber_Subtract(a, b)),
        or_ellipsis(PyNumber_Multiply(a, b)), or_ellipsis(PyNumber_TrueDivide(a, b)),
        or_ellipsis(PyNumber_FloorDivide(a, b)), or_ellipsis(PyNumber_Remainder(a, b)),
        or_ellipsis(PyNumber_Power(a, b, Py_None)), or_ellipsis(PyNumber_Lshift(a, b)),
        or_ellipsis(PyNumber_Rshift(a, b)), or_ellipsis(PyNumber_And(a, b)), or_ellipsis(PyNumber_Or(a, b)),
        or_ellipsis(PyNumber_Xor(a, b)), or_ellipsis(PyNumber_Negative(a)), or_ellipsis(PyNumber_Positive(a)),
        or_ellipsis(PyNumber_Absolute(a)), or_ellipsis(PyNumber_Invert(a)));
}

static PyMethodDef mvtools_methods[] = {
    {"mv_info", mv_info, METH_O},
    {"mv_from_object", mv_from_object, METH_O},
    {"mv_scratch", mv_scratch, METH_VARARGS},
    {"mv_scratch_bytes", mv_scratch_bytes, METH_NOARGS},
    {"mv_from_buffer", mv_from_buffer, METH_VARARGS},
    {"mv_contig", mv_contig, METH_VARARGS},
    {"bytes_ops", bytes_ops, METH_VARARGS},
    {"bytearray_ops", bytearray_ops, METH_VARARGS},
    {"long_ops", long_ops, METH_O},
    {"long_from", long_from, METH_VARARGS},
    {"long_make", long_make, METH_NOARGS},
    {"float_ops", float_ops, METH_O},
    {"long_from_double", long_from_double, METH_O},
    {"str_ops", str_ops, METH_O},
    {"str_decode", str_decode, METH_VARARGS},
    {"seq_ops", seq_ops, METH_VARARGS},
    {"seq_errors", seq_errors, METH_VARARGS},
    {"dict_ops", dict_ops, METH_VARARGS},
    {"dict_lookup", dict_lookup, METH_VARARGS},
    {"abstract_ops", abstract_ops, METH_VARARGS},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef mvtools_module = {
    PyModuleDef_HEAD_INIT, "mvtools", NULL, 0, mvtools_methods,
};

PyMODINIT_FUNC
PyInit_mvtools(void)
{
    memcpy(scratch, "0123456789abcdef", 16);
    return PyModule_Create(&mvtools_module);
}
