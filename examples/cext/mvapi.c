/*
 * mvapi: the memoryview functions of the C-API, used from C.
 *
 * - mvapi.info(mv): what PyMemoryView_GET_BUFFER(mv) shows C (the memoryview's
 *   own Py_buffer: ndim, shape, strides, format, itemsize, len, readonly).
 * - mvapi.base(mv): PyMemoryView_GET_BASE(mv), the exporting object (None if NULL).
 * - mvapi.contiguous(obj, order, writable): PyMemoryView_GetContiguous: a view of
 *   obj if its memory is contiguous in that order, else a read-only copy.
 * - mvapi.grid(): PyMemoryView_FromBuffer over a Py_buffer C fills by hand
 *   (2x3 static doubles, strides given); mvapi.flat(): over PyBuffer_FillInfo.
 * - mvapi.fromobject(obj): PyMemoryView_FromObject.
 *
 * Builds unchanged against CPython 3.11's headers (gcc) and pyobj's (pyobj-cc).
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static double grid[6] = {1.5, 2.5, 3.5, 4.5, 5.5, 6.5};
static Py_ssize_t grid_shape[2] = {2, 3};
static Py_ssize_t grid_strides[2] = {3 * sizeof(double), sizeof(double)};
static char grid_format[] = "d";
static char flat[8] = "abcdefg";

static PyObject *
tuple_of(const Py_ssize_t *a, int n)
{
    if (a == NULL) Py_RETURN_NONE;
    PyObject *t = PyTuple_New(n);
    if (t == NULL) return NULL;
    for (int i = 0; i < n; i++) {
        PyObject *x = PyLong_FromSsize_t(a[i]);
        if (x == NULL) {
            Py_DECREF(t);
            return NULL;
        }
        PyTuple_SET_ITEM(t, i, x);
    }
    return t;
}

static PyObject *
mvapi_info(PyObject *module, PyObject *mv)
{
    if (!PyMemoryView_Check(mv))
        return PyErr_Format(PyExc_TypeError, "info() argument must be memoryview, not %.200s", Py_TYPE(mv)->tp_name);
    Py_buffer *b = PyMemoryView_GET_BUFFER(mv);
    PyObject *shape = tuple_of(b->shape, b->ndim);
    PyObject *strides = tuple_of(b->strides, b->ndim);
    if (shape == NULL || strides == NULL) {
        Py_XDECREF(shape);
        Py_XDECREF(strides);
        return NULL;
    }
    return Py_BuildValue("{s:i,s:N,s:N,s:s,s:n,s:n,s:O,s:O}", "ndim", b->ndim, "shape", shape, "strides", strides,
                         "format", b->format == NULL ? "B" : b->format, "itemsize", b->itemsize, "len", b->len,
                         "readonly", b->readonly ? Py_True : Py_False, "suboffsets",
                         b->suboffsets == NULL ? Py_None : Py_True);
}

static PyObject *
mvapi_first(PyObject *module, PyObject *mv)
{
    /* The first item, read by C from GET_BUFFER's buf as a double or a byte. */
    if (!PyMemoryView_Check(mv)) {
        PyErr_SetString(PyExc_TypeError, "a memoryview is required");
        return NULL;
    }
    Py_buffer *b = PyMemoryView_GET_BUFFER(mv);
    if (b->len == 0) Py_RETURN_NONE;
    if (b->format != NULL && b->format[0] == 'd') return PyFloat_FromDouble(*(double *)b->buf);
    return PyLong_FromLong(*(unsigned char *)b->buf);
}

static PyObject *
mvapi_base(PyObject *module, PyObject *mv)
{
    if (!PyMemoryView_Check(mv)) {
        PyErr_SetString(PyExc_TypeError, "a memoryview is required");
        return NULL;
    }
    PyObject *base = PyMemoryView_GET_BASE(mv);
    if (base == NULL) Py_RETURN_NONE;
    Py_INCREF(base);
    return base;
}

static PyObject *
mvapi_contiguous(PyObject *module, PyObject *args)
{
    PyObject *obj;
    const char *order;
    int writable = 0;
    if (!PyArg_ParseTuple(args, "Os|p:contiguous", &obj, &order, &writable)) return NULL;
    if (strlen(order) != 1) {
        PyErr_SetString(PyExc_ValueError, "order must be 'C', 'F' or 'A'");
        return NULL;
    }
    return PyMemoryView_GetContiguous(obj, writable ? PyBUF_WRITE : PyBUF_READ, order[0]);
}

static PyObject *
mvapi_grid(PyObject *module, PyObject *unused)
{
    Py_buffer view;
    view.buf = grid;
    view.obj = NULL;
    view.len = sizeof grid;
    view.itemsize = sizeof(double);
    view.readonly = 0;
    view.ndim = 2;
    view.format = grid_format;
    view.shape = grid_shape;
    view.strides = grid_strides;
    view.suboffsets = NULL;
    view.internal = NULL;
    return PyMemoryView_FromBuffer(&view);
}

static PyObject *
mvapi_flat(PyObject *module, PyObject *unused)
{
    Py_buffer view;
    if (PyBuffer_FillInfo(&view, NULL, flat, 7, 1, PyBUF_FULL_RO) < 0) return NULL;
    return PyMemoryView_FromBuffer(&view);
}

static PyObject *
mvapi_nullbuf(PyObject *module, PyObject *unused)
{
    Py_buffer view;
    if (PyBuffer_FillInfo(&view, NULL, NULL, 0, 1, PyBUF_SIMPLE) < 0) return NULL;
    return PyMemoryView_FromBuffer(&view);
}

static PyObject *
mvapi_fromobject(PyObject *module, PyObject *obj)
{
    return PyMemoryView_FromObject(obj);
}

static PyObject *
mvapi_grid_sum(PyObject *module, PyObject *unused)
{
    double t = 0;
    for (int i = 0; i < 6; i++) t += grid[i];
    return PyFloat_FromDouble(t);
}

static PyMethodDef mvapi_methods[] = {
    {"info", mvapi_info, METH_O, NULL},
    {"first", mvapi_first, METH_O, NULL},
    {"base", mvapi_base, METH_O, NULL},
    {"contiguous", mvapi_contiguous, METH_VARARGS, NULL},
    {"grid", mvapi_grid, METH_NOARGS, NULL},
    {"flat", mvapi_flat, METH_NOARGS, NULL},
    {"nullbuf", mvapi_nullbuf, METH_NOARGS, NULL},
    {"fromobject", mvapi_fromobject, METH_O, NULL},
    {"grid_sum", mvapi_grid_sum, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL}
};

static struct PyModuleDef mvapi_module = {
    PyModuleDef_HEAD_INIT, "mvapi", "PyMemoryView_* from C.", -1, mvapi_methods,
};

PyMODINIT_FUNC
PyInit_mvapi(void)
{
    return PyModule_Create(&mvapi_module);
}
