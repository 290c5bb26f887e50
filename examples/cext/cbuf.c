/*
 * cbuf: a small C extension that reads buffers by hand and exports one.
 *
 * - cbuf.sum(obj): METH_O; asks for PyBUF_FULL_RO and walks shape, strides and
 *   suboffsets itself, summing the items (int formats -> int, 'f'/'d' -> float).
 * - cbuf.Grid(rows, cols): a static type whose instances own rows*cols C ints
 *   (Grid[i][j] = i*cols + j) and export them as a 2-D writable buffer.
 * - cbuf.Rows(rows, cols): the same numbers, each row a separate C block,
 *   exported PIL-style: buf is an array of row pointers, suboffsets (0, -1)
 *   (only to requests with PyBUF_INDIRECT, as CPython's exporters do).
 * - one function per calling convention, to see the arity each one gets.
 *
 * Builds unchanged against CPython 3.11's headers (gcc) and pyobj's (pyobj-cc).
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <structmember.h>

/* ---- reading any buffer by hand */

static int
item_value(const char *fmt, const char *p, long long *iv, double *dv, int *is_float)
{
    /* One code, with no prefix or '@' (native). '=' and '<' also mean native on a
       little-endian host, with standard sizes: the same as native except 'l'/'L'. */
    const char *code = fmt;
    if (*code == '@' || ((*code == '=' || *code == '<') && code[1] != 'l' && code[1] != 'L')) code++;
    char c = code[0] != '\0' && code[1] == '\0' ? code[0] : 0;
    *is_float = 0;
    switch (c) {
    case 'B': *iv = *(const unsigned char *)p; return 0;
    case 'b': *iv = *(const signed char *)p; return 0;
    case 'h': *iv = *(const short *)p; return 0;
    case 'H': *iv = *(const unsigned short *)p; return 0;
    case 'i': *iv = *(const int *)p; return 0;
    case 'I': *iv = *(const unsigned int *)p; return 0;
    case 'l': *iv = *(const long *)p; return 0;
    case 'L': *iv = (long long)*(const unsigned long *)p; return 0;
    case 'q': *iv = *(const long long *)p; return 0;
    case 'Q': *iv = (long long)*(const unsigned long long *)p; return 0;
    case 'n': *iv = *(const Py_ssize_t *)p; return 0;
    case 'N': *iv = (long long)*(const size_t *)p; return 0;
    case '?': *iv = *(const _Bool *)p; return 0;
    case 'f': *dv = *(const float *)p; *is_float = 1; return 0;
    case 'd': *dv = *(const double *)p; *is_float = 1; return 0;
    default:
        PyErr_Format(PyExc_ValueError, "cbuf.sum: unsupported format '%s'", fmt);
        return -1;
    }
}

static int
walk(Py_buffer *v, int dim, const char *p, long long *isum, double *fsum, int *any_float)
{
    if (dim == v->ndim) {
        long long iv = 0; double dv = 0; int f;
        if (item_value(v->format, p, &iv, &dv, &f) < 0) return -1;
        if (f) { *fsum += dv; *any_float = 1; }
        else *isum += iv;
        return 0;
    }
    for (Py_ssize_t i = 0; i < v->shape[dim]; i++) {
        const char *q = p + i * v->strides[dim];
        if (v->suboffsets != NULL && v->suboffsets[dim] >= 0)
            q = *(char *const *)q + v->suboffsets[dim];
        if (walk(v, dim + 1, q, isum, fsum, any_float) < 0) return -1;
    }
    return 0;
}

static PyObject *
cbuf_sum(PyObject *module, PyObject *obj)
{
    Py_buffer view;
    long long isum = 0;
    double fsum = 0;
    int any_float = 0;
    if (PyObject_GetBuffer(obj, &view, PyBUF_FULL_RO) < 0) return NULL;
    if (view.ndim == 0) {
        int f; long long iv = 0; double dv = 0;
        if (item_value(view.format, view.buf, &iv, &dv, &f) < 0) goto fail;
        isum = iv; fsum = dv; any_float = f;
    } else if (walk(&view, 0, view.buf, &isum, &fsum, &any_float) < 0) {
        goto fail;
    }
    PyBuffer_Release(&view);
    if (any_float) return PyFloat_FromDouble(fsum + (double)isum);
    return PyLong_FromLongLong(isum);
fail:
    PyBuffer_Release(&view);
    return NULL;
}

/* ---- Rows: an indirect (PIL-style) exporter */

typedef struct {
    PyObject_HEAD
    Py_ssize_t shape[2], strides[2], suboffsets[2];
    int **rows;  /* shape[0] pointers, each to shape[1] ints */
} RowsObject;

static PyObject *
rows_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"rows", "cols", NULL};
    Py_ssize_t n, m;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "nn:Rows", kwlist, &n, &m)) return NULL;
    if (n < 0 || m < 0) {
        PyErr_SetString(PyExc_ValueError, "Rows dimensions must be >= 0");
        return NULL;
    }
    RowsObject *self = (RowsObject *)type->tp_alloc(type, 0);
    if (self == NULL) return NULL;
    self->rows = PyMem_Calloc((size_t)n + 1, sizeof(int *));
    if (self->rows == NULL) { Py_DECREF(self); return PyErr_NoMemory(); }
    self->shape[0] = n;
    for (Py_ssize_t i = 0; i < n; i++) {
        self->rows[i] = PyMem_Malloc(((size_t)m + 1) * sizeof(int));
        if (self->rows[i] == NULL) { Py_DECREF(self); return PyErr_NoMemory(); }
        for (Py_ssize_t j = 0; j < m; j++) self->rows[i][j] = (int)(i * m + j);
    }
    self->shape[1] = m;
    self->strides[0] = sizeof(int *);
    self->strides[1] = sizeof(int);
    self->suboffsets[0] = 0;   /* follow the row pointer, then add 0 */
    self->suboffsets[1] = -1;  /* items of a row: no pointer */
    return (PyObject *)self;
}

static void
rows_dealloc(RowsObject *self)
{
    if (self->rows != NULL)
        for (Py_ssize_t i = 0; i < self->shape[0]; i++) PyMem_Free(self->rows[i]);
    PyMem_Free(self->rows);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static int
rows_getbuffer(RowsObject *self, Py_buffer *view, int flags)
{
    if ((flags & PyBUF_INDIRECT) != PyBUF_INDIRECT) {
        PyErr_SetString(PyExc_BufferError, "Rows: an indirect buffer needs PyBUF_INDIRECT");
        view->obj = NULL;
        return -1;
    }
    view->buf = self->rows;
    view->obj = (PyObject *)self;
    Py_INCREF(self);
    view->len = self->shape[0] * self->shape[1] * (Py_ssize_t)sizeof(int);
    view->itemsize = sizeof(int);
    view->readonly = 0;
    view->ndim = 2;
    view->format = (flags & PyBUF_FORMAT) ? "i" : NULL;
    view->shape = self->shape;
    view->strides = self->strides;
    view->suboffsets = self->suboffsets;
    view->internal = NULL;
    return 0;
}

static PyObject *
rows_repr(RowsObject *self)
{
    return PyUnicode_FromFormat("<cbuf.Rows %zdx%zd>", self->shape[0], self->shape[1]);
}

static PyBufferProcs rows_as_buffer = {(getbufferproc)rows_getbuffer, NULL};

static PyTypeObject Rows_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "cbuf.Rows",
    .tp_basicsize = sizeof(RowsObject),
    .tp_dealloc = (destructor)rows_dealloc,
    .tp_repr = (reprfunc)rows_repr,
    .tp_as_buffer = &rows_as_buffer,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "rows x cols C ints, one block per row, exported PIL-style (suboffsets)",
    .tp_new = rows_new,
};

/* ---- calling conventions */

static PyObject *
cbuf_noargs(PyObject *module, PyObject *unused)
{
    return PyUnicode_FromString(unused == NULL ? "noargs: NULL" : "noargs: not NULL");
}

static PyObject *
cbuf_varargs(PyObject *module, PyObject *args)
{
    return PyLong_FromSsize_t(PyTuple_Size(args));
}

static PyObject *
cbuf_keywords(PyObject *module, PyObject *args, PyObject *kwargs)
{
    Py_ssize_t nkw = kwargs == NULL ? -1 : PyObject_Size(kwargs);
    return Py_BuildValue("(nn)", PyTuple_Size(args), nkw);
}

static PyObject *
cbuf_fast(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    PyObject *list = PyList_New(0);
    if (list == NULL) return NULL;
    for (Py_ssize_t i = 0; i < nargs; i++)
        if (PyList_Append(list, args[i]) < 0) { Py_DECREF(list); return NULL; }
    return list;
}

static PyObject *
cbuf_fastkw(PyObject *module, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    if (kwnames == NULL) return Py_BuildValue("(nO)", nargs, Py_None);
    Py_ssize_t nkw = PyTuple_Size(kwnames);
    PyObject *values = PyTuple_New(nkw);
    if (values == NULL) return NULL;
    for (Py_ssize_t i = 0; i < nkw; i++) {
        PyObject *v = args[nargs + i];
        Py_INCREF(v);
        PyTuple_SET_ITEM(values, i, v);
    }
    PyObject *r = Py_BuildValue("(nOO)", nargs, kwnames, values);
    Py_DECREF(values);
    return r;
}

/* ---- Grid: a 2-D exporter */

typedef struct {
    PyObject_HEAD
    Py_ssize_t rows, cols;
    int *data;
    Py_ssize_t shape[2], strides[2];
    int exports;
} GridObject;

static PyTypeObject Grid_Type;

static PyObject *
grid_make(PyTypeObject *type, Py_ssize_t rows, Py_ssize_t cols)
{
    if (rows < 0 || cols < 0) {
        PyErr_SetString(PyExc_ValueError, "Grid dimensions must be >= 0");
        return NULL;
    }
    GridObject *self = (GridObject *)type->tp_alloc(type, 0);
    if (self == NULL) return NULL;
    self->rows = rows;
    self->cols = cols;
    self->data = PyMem_Malloc((rows * cols + 1) * sizeof(int));
    if (self->data == NULL) { Py_DECREF(self); return PyErr_NoMemory(); }
    for (Py_ssize_t i = 0; i < rows * cols; i++) self->data[i] = (int)i;
    return (PyObject *)self;
}

static PyObject *
grid_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    Py_ssize_t rows, cols;
    static char *kwlist[] = {"rows", "cols", NULL};
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "nn:Grid", kwlist, &rows, &cols)) return NULL;
    return grid_make(type, rows, cols);
}

static void
grid_dealloc(GridObject *self)
{
    PyMem_Free(self->data);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static PyObject *
grid_repr(GridObject *self)
{
    return PyUnicode_FromFormat("<%s %zdx%zd>", Py_TYPE(self)->tp_name, self->rows, self->cols);
}

static int
grid_getbuffer(GridObject *self, Py_buffer *view, int flags)
{
    if ((flags & PyBUF_STRIDES) != PyBUF_STRIDES && (flags & PyBUF_ND) == PyBUF_ND && 0) return -1;
    self->shape[0] = self->rows;
    self->shape[1] = self->cols;
    self->strides[0] = self->cols * (Py_ssize_t)sizeof(int);
    self->strides[1] = sizeof(int);
    view->buf = self->data;
    view->obj = (PyObject *)self;
    Py_INCREF(self);
    view->len = self->rows * self->cols * (Py_ssize_t)sizeof(int);
    view->itemsize = sizeof(int);
    view->readonly = 0;
    view->ndim = 2;
    view->format = (flags & PyBUF_FORMAT) ? "i" : NULL;
    view->shape = (flags & PyBUF_ND) ? self->shape : NULL;
    view->strides = (flags & PyBUF_STRIDES) == PyBUF_STRIDES ? self->strides : NULL;
    view->suboffsets = NULL;
    view->internal = NULL;
    if (view->shape == NULL && self->rows * self->cols != 0 && (flags & PyBUF_ND) == 0) {
        /* A simple request: one flat run of bytes, which it is. */
        view->ndim = 1;
    }
    self->exports++;
    return 0;
}

static void
grid_releasebuffer(GridObject *self, Py_buffer *view)
{
    self->exports--;
}

static PyObject *
grid_fill(GridObject *self, PyObject *value)
{
    long v = PyLong_AsLong(value);
    if (v == -1 && PyErr_Occurred()) return NULL;
    for (Py_ssize_t i = 0; i < self->rows * self->cols; i++) self->data[i] = (int)v;
    Py_RETURN_NONE;
}

static PyObject *
grid_total(GridObject *self, PyObject *unused)
{
    long long t = 0;
    for (Py_ssize_t i = 0; i < self->rows * self->cols; i++) t += self->data[i];
    return PyLong_FromLongLong(t);
}

static PyObject *
grid_square(PyTypeObject *cls, PyObject *n)
{
    Py_ssize_t k = PyLong_AsSsize_t(n);
    if (k == -1 && PyErr_Occurred()) return NULL;
    return grid_make(cls, k, k);
}

static PyObject *
grid_version(PyObject *null, PyObject *unused)
{
    return PyUnicode_FromString(null == NULL ? "static: self is NULL" : "static: self is set");
}

static PyObject *
grid_get_exports(GridObject *self, void *closure)
{
    return PyLong_FromLong(self->exports);
}

static PyMethodDef grid_methods[] = {
    {"fill", (PyCFunction)grid_fill, METH_O, "Set every cell to an int."},
    {"total", (PyCFunction)grid_total, METH_NOARGS, NULL},
    {"square", (PyCFunction)grid_square, METH_O | METH_CLASS, NULL},
    {"version", (PyCFunction)grid_version, METH_NOARGS | METH_STATIC, NULL},
    {NULL}
};

static PyMemberDef grid_members[] = {
    {"rows", T_PYSSIZET, offsetof(GridObject, rows), READONLY, "number of rows"},
    {"cols", T_PYSSIZET, offsetof(GridObject, cols), READONLY, "number of columns"},
    {NULL}
};

static PyGetSetDef grid_getset[] = {
    {"exports", (getter)grid_get_exports, NULL, "buffers currently exported", NULL},
    {NULL}
};

static PyBufferProcs grid_as_buffer = {
    (getbufferproc)grid_getbuffer,
    (releasebufferproc)grid_releasebuffer,
};

static PyTypeObject Grid_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "cbuf.Grid",
    .tp_basicsize = sizeof(GridObject),
    .tp_dealloc = (destructor)grid_dealloc,
    .tp_repr = (reprfunc)grid_repr,
    .tp_as_buffer = &grid_as_buffer,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "rows x cols C ints, exported as a 2-D buffer",
    .tp_methods = grid_methods,
    .tp_members = grid_members,
    .tp_getset = grid_getset,
    .tp_new = grid_new,
};

static PyMethodDef cbuf_methods[] = {
    {"sum", cbuf_sum, METH_O, "Sum of the items of a buffer (walks shape/strides/suboffsets)."},
    {"noargs", cbuf_noargs, METH_NOARGS, NULL},
    {"varargs", cbuf_varargs, METH_VARARGS, NULL},
    {"keywords", (PyCFunction)(void (*)(void))cbuf_keywords, METH_VARARGS | METH_KEYWORDS, NULL},
    {"fast", (PyCFunction)(void (*)(void))cbuf_fast, METH_FASTCALL, NULL},
    {"fastkw", (PyCFunction)(void (*)(void))cbuf_fastkw, METH_FASTCALL | METH_KEYWORDS, NULL},
    {NULL, NULL, 0, NULL}
};

static struct PyModuleDef cbuf_module = {
    PyModuleDef_HEAD_INIT,
    "cbuf",
    "Buffers read and exported by C.",
    -1,
    cbuf_methods,
};

PyMODINIT_FUNC
PyInit_cbuf(void)
{
    if (PyType_Ready(&Grid_Type) < 0 || PyType_Ready(&Rows_Type) < 0) return NULL;
    PyObject *m = PyModule_Create(&cbuf_module);
    if (m == NULL) return NULL;
    Py_INCREF(&Rows_Type);
    if (PyModule_AddObject(m, "Rows", (PyObject *)&Rows_Type) < 0) {
        Py_DECREF(&Rows_Type);
        Py_DECREF(m);
        return NULL;
    }
    Py_INCREF(&Grid_Type);
    if (PyModule_AddObject(m, "Grid", (PyObject *)&Grid_Type) < 0) {
        Py_DECREF(&Grid_Type);
        Py_DECREF(m);
        return NULL;
    }
    if (PyModule_AddIntConstant(m, "INT_SIZE", (long)sizeof(int)) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
