/* bufkit: the buffer utility functions (PyBuffer_FillInfo in a bf_getbuffer,
 * PyBuffer_FillContiguousStrides, PyBuffer_SizeFromFormat, PyBuffer_GetPointer,
 * PyBuffer_ToContiguous/FromContiguous, PyObject_CopyData, PyBuffer_IsContiguous)
 * beside the memory families (PyMem_*, PyMem_Raw*, PyObject_Malloc/Realloc,
 * malloc) and libc (qsort, strtol, strtod, snprintf, memcmp).
 * Held-out test module: uses only names from API.md. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdlib.h>
#include <string.h>
#include <stdio.h>

/* a 4x3 grid of int32, exported read-write through PyBuffer_FillInfo (1-D bytes) */
typedef struct {
    PyObject_HEAD
    int cells[12];
    int exports;
} BlockObject;

static int
Block_getbuffer(BlockObject *self, Py_buffer *view, int flags)
{
    if (PyBuffer_FillInfo(view, (PyObject *)self, self->cells, sizeof self->cells, 0, flags) < 0)
        return -1;
    self->exports++;
    return 0;
}

static void
Block_releasebuffer(BlockObject *self, Py_buffer *view)
{
    self->exports--;
}

static PyBufferProcs Block_as_buffer = {(getbufferproc)Block_getbuffer, (releasebufferproc)Block_releasebuffer};

static PyObject *
Block_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    if (!PyArg_ParseTuple(args, ":Block"))
        return NULL;
    BlockObject *self = (BlockObject *)type->tp_alloc(type, 0);
    if (self != NULL)
        for (int i = 0; i < 12; i++)
            self->cells[i] = i * 10;
    return (PyObject *)self;
}

static PyObject *
Block_get_exports(BlockObject *self, void *c)
{
    return PyLong_FromLong(self->exports);
}

static PyObject *
Block_get_cells(BlockObject *self, void *c)
{
    PyObject *l = PyList_New(12);
    for (int i = 0; l && i < 12; i++)
        PyList_SET_ITEM(l, i, PyLong_FromLong(self->cells[i]));
    return l;
}

static PyGetSetDef Block_getset[] = {
    {"exports", (getter)Block_get_exports, NULL, NULL, NULL},
    {"cells", (getter)Block_get_cells, NULL, NULL, NULL},
    {NULL},
};

static PyTypeObject Block_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "bufkit.Block",
    .tp_basicsize = sizeof(BlockObject),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_as_buffer = &Block_as_buffer,
    .tp_getset = Block_getset,
    .tp_new = Block_new,
};

/* strides(shape, itemsize, order) */
static PyObject *
bk_strides(PyObject *self, PyObject *args)
{
    PyObject *shape_t;
    Py_ssize_t itemsize;
    int order;
    if (!PyArg_ParseTuple(args, "O!nC:strides", &PyTuple_Type, &shape_t, &itemsize, &order))
        return NULL;
    int nd = (int)PyTuple_GET_SIZE(shape_t);
    if (nd > PyBUF_MAX_NDIM)
        return PyErr_Format(PyExc_ValueError, "at most %d dimensions", PyBUF_MAX_NDIM);
    Py_ssize_t shape[PyBUF_MAX_NDIM], strides[PyBUF_MAX_NDIM];
    for (int i = 0; i < nd; i++) {
        shape[i] = PyLong_AsSsize_t(PyTuple_GET_ITEM(shape_t, i));
        if (shape[i] == -1 && PyErr_Occurred())
            return NULL;
    }
    PyBuffer_FillContiguousStrides(nd, shape, strides, (int)itemsize, (char)order);
    PyObject *out = PyTuple_New(nd);
    for (int i = 0; out && i < nd; i++)
        PyTuple_SET_ITEM(out, i, PyLong_FromSsize_t(strides[i]));
    return out;
}

static PyObject *
bk_sizeof(PyObject *self, PyObject *args)
{
    const char *fmt;
    if (!PyArg_ParseTuple(args, "s:sizeof", &fmt))
        return NULL;
    Py_ssize_t n = PyBuffer_SizeFromFormat(fmt);
    if (n < 0)
        return NULL;
    return PyLong_FromSsize_t(n);
}

/* item(obj, *indices): bytes of the item at indices via PyBuffer_GetPointer */
static PyObject *
bk_item(PyObject *self, PyObject *args)
{
    Py_ssize_t n = PyTuple_GET_SIZE(args);
    if (n < 1) {
        PyErr_SetString(PyExc_TypeError, "item() needs an object");
        return NULL;
    }
    Py_buffer v;
    if (PyObject_GetBuffer(PyTuple_GET_ITEM(args, 0), &v, PyBUF_FULL_RO) < 0)
        return NULL;
    PyObject *r = NULL;
    Py_ssize_t idx[PyBUF_MAX_NDIM];
    if (n - 1 != v.ndim) {
        PyErr_Format(PyExc_TypeError, "item() needs %d indices, got %zd", v.ndim, n - 1);
        goto done;
    }
    for (Py_ssize_t i = 0; i < v.ndim; i++) {
        idx[i] = PyLong_AsSsize_t(PyTuple_GET_ITEM(args, i + 1));
        if (idx[i] == -1 && PyErr_Occurred())
            goto done;
        if (idx[i] < 0 || idx[i] >= v.shape[i]) {
            PyErr_Format(PyExc_IndexError, "index %zd out of range for dimension %zd", idx[i], i);
            goto done;
        }
    }
    r = PyBytes_FromStringAndSize((char *)PyBuffer_GetPointer(&v, idx), v.itemsize);
done:
    PyBuffer_Release(&v);
    return r;
}

/* copy(dest, src): PyObject_CopyData */
static PyObject *
bk_copy(PyObject *self, PyObject *args)
{
    PyObject *dest, *src;
    if (!PyArg_ParseTuple(args, "OO:copy", &dest, &src))
        return NULL;
    if (PyObject_CopyData(dest, src) < 0)
        return NULL;
    Py_RETURN_NONE;
}

/* roundtrip(obj, order): ToContiguous into PyMem block, reverse, FromContiguous back */
static PyObject *
bk_reverse_into(PyObject *self, PyObject *args)
{
    PyObject *obj;
    int order = 'C';
    if (!PyArg_ParseTuple(args, "O|C:reverse_into", &obj, &order))
        return NULL;
    Py_buffer v;
    if (PyObject_GetBuffer(obj, &v, PyBUF_FULL) < 0)
        return NULL;
    PyObject *res = NULL;
    char *tmp = PyMem_Malloc(v.len ? v.len : 1);
    char *rev = PyMem_RawMalloc(v.len ? v.len : 1);
    if (tmp == NULL || rev == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    if (PyBuffer_ToContiguous(tmp, &v, v.len, (char)order) < 0)
        goto done;
    Py_ssize_t items = v.itemsize ? v.len / v.itemsize : 0;
    for (Py_ssize_t i = 0; i < items; i++)
        memcpy(rev + i * v.itemsize, tmp + (items - 1 - i) * v.itemsize, v.itemsize);
    if (PyBuffer_FromContiguous(&v, rev, v.len, (char)order) < 0)
        goto done;
    res = Py_BuildValue("(iii)", PyBuffer_IsContiguous(&v, 'C'), PyBuffer_IsContiguous(&v, 'F'),
                        PyBuffer_IsContiguous(&v, 'A'));
done:
    PyMem_Free(tmp);
    PyMem_RawFree(rev);
    PyBuffer_Release(&v);
    return res;
}

static int
cmp_long(const void *a, const void *b)
{
    long x = *(const long *)a, y = *(const long *)b;
    return (x > y) - (x < y);
}

/* sort_ints(iterable) with qsort over a growing PyObject_Realloc array */
static PyObject *
bk_sort_ints(PyObject *self, PyObject *obj)
{
    PyObject *it = PyObject_GetIter(obj);
    if (it == NULL)
        return NULL;
    Py_ssize_t n = 0, cap = 2;
    long *arr = PyObject_Malloc(cap * sizeof(long));
    PyObject *x;
    while (arr != NULL && (x = PyIter_Next(it)) != NULL) {
        long v = PyLong_AsLong(x);
        Py_DECREF(x);
        if (v == -1 && PyErr_Occurred())
            break;
        if (n == cap) {
            cap *= 2;
            long *na = PyObject_Realloc(arr, cap * sizeof(long));
            if (na == NULL) {
                PyErr_NoMemory();
                break;
            }
            arr = na;
        }
        arr[n++] = v;
    }
    Py_DECREF(it);
    if (arr == NULL)
        return PyErr_NoMemory();
    if (PyErr_Occurred()) {
        PyObject_Free(arr);
        return NULL;
    }
    qsort(arr, n, sizeof(long), cmp_long);
    PyObject *out = PyList_New(n);
    for (Py_ssize_t i = 0; out && i < n; i++)
        PyList_SET_ITEM(out, i, PyLong_FromLong(arr[i]));
    PyObject_Free(arr);
    return out;
}

/* parse_numbers("12 0x1f -7 3.5e2") with strtol/strtod, malloc'd scratch */
static PyObject *
bk_parse_numbers(PyObject *self, PyObject *args)
{
    const char *s;
    if (!PyArg_ParseTuple(args, "s:parse_numbers", &s))
        return NULL;
    size_t len = strlen(s);
    char *copy = malloc(len + 1);
    if (copy == NULL)
        return PyErr_NoMemory();
    memcpy(copy, s, len + 1);
    PyObject *out = PyList_New(0);
    char *p = copy;
    while (out != NULL && *p) {
        while (*p == ' ')
            p++;
        if (!*p)
            break;
        char *end;
        long v = strtol(p, &end, 0);
        PyObject *item;
        if (*end == '.' || *end == 'e') {
            double d = strtod(p, &end);
            item = PyFloat_FromDouble(d);
        } else if (end == p) {
            char buf[32];
            snprintf(buf, sizeof buf, "bad token at %d", (int)(p - copy));
            PyErr_SetString(PyExc_ValueError, buf);
            Py_CLEAR(out);
            break;
        } else {
            item = PyLong_FromLong(v);
        }
        if (item == NULL || PyList_Append(out, item) < 0)
            Py_CLEAR(out);
        Py_XDECREF(item);
        p = end;
    }
    free(copy);
    return out;
}

static PyObject *
bk_zeroed(PyObject *self, PyObject *arg)
{
    Py_ssize_t n = PyLong_AsSsize_t(arg);
    if (n == -1 && PyErr_Occurred())
        return NULL;
    if (n < 0 || n > 4096)
        return PyErr_Format(PyExc_ValueError, "n must be in 0..4096, not %zd", n);
    unsigned char *a = PyMem_Calloc(n ? n : 1, 1);
    unsigned char *b = calloc(n ? n : 1, 1);
    if (a == NULL || b == NULL) {
        PyMem_Free(a);
        free(b);
        return PyErr_NoMemory();
    }
    int same = memcmp(a, b, n) == 0;
    unsigned char *c = PyMem_Realloc(a, 2 * n + 1);
    if (c == NULL) {
        PyMem_Free(a);
        free(b);
        return PyErr_NoMemory();
    }
    c[2 * n] = 0x5a;
    PyObject *r = Py_BuildValue("(iy#)", same, (char *)c + 2 * n, (Py_ssize_t)1);
    PyMem_Free(c);
    free(b);
    return r;
}

static PyMethodDef bk_methods[] = {
    {"strides", bk_strides, METH_VARARGS, NULL},
    {"sizeof", bk_sizeof, METH_VARARGS, NULL},
    {"item", bk_item, METH_VARARGS, NULL},
    {"copy", bk_copy, METH_VARARGS, NULL},
    {"reverse_into", bk_reverse_into, METH_VARARGS, NULL},
    {"sort_ints", bk_sort_ints, METH_O, NULL},
    {"parse_numbers", bk_parse_numbers, METH_VARARGS, NULL},
    {"zeroed", bk_zeroed, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef bk_module = {PyModuleDef_HEAD_INIT, "bufkit", NULL, -1, bk_methods};

PyMODINIT_FUNC
PyInit_bufkit(void)
{
    if (PyType_Ready(&Block_Type) < 0)
        return NULL;
    PyObject *m = PyModule_Create(&bk_module);
    if (m == NULL)
        return NULL;
    if (PyModule_AddType(m, &Block_Type) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
