/*
 * matrix: a Matrix type exporting a 2-D buffer of C doubles.
 *
 * - Matrix(rows, cols, readonly=False): rows*cols doubles, cell (i, j) = i*cols + j.
 * - memoryview(m) sees the doubles in place (format 'd', shape (rows, cols)):
 *   writes through the view change the C array.
 * - m.T: a transposed *view* of the same doubles (shape and strides swapped,
 *   so it is Fortran-contiguous, not C-contiguous). It keeps its base alive.
 * - A read-only Matrix refuses writable requests ("Object is not writable."),
 *   as PyBuffer_FillInfo does.
 * - m.exports counts the buffers exported (and views alive) over m's data;
 *   m.resize(rows, cols) is refused while it is not 0, as bytearray refuses to
 *   resize while exported.
 *
 * Builds unchanged against CPython 3.11's headers (gcc) and pyobj's (pyobj-cc).
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <structmember.h>

typedef struct MatrixObject {
    PyObject_HEAD
    struct MatrixObject *base;  /* the owner of data (a new reference), or NULL if self owns it */
    double *data;
    Py_ssize_t shape[2];        /* logical rows, cols */
    Py_ssize_t strides[2];      /* bytes between rows, between columns */
    int readonly;
    Py_ssize_t exports;         /* buffers exported over data, plus views alive (on the owner) */
} MatrixObject;

static PyTypeObject Matrix_Type;

static MatrixObject *
owner(MatrixObject *m)
{
    return m->base == NULL ? m : m->base;
}

static int
fill(MatrixObject *m, Py_ssize_t rows, Py_ssize_t cols)
{
    double *d = PyMem_Realloc(m->data, (size_t)(rows * cols + 1) * sizeof(double));
    if (d == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    m->data = d;
    for (Py_ssize_t i = 0; i < rows * cols; i++) d[i] = (double)i;
    m->shape[0] = rows;
    m->shape[1] = cols;
    m->strides[0] = cols * (Py_ssize_t)sizeof(double);
    m->strides[1] = sizeof(double);
    return 0;
}

static PyObject *
matrix_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"rows", "cols", "readonly", NULL};
    Py_ssize_t rows, cols;
    int readonly = 0;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "nn|p:Matrix", kwlist, &rows, &cols, &readonly))
        return NULL;
    if (rows < 0 || cols < 0)
        return PyErr_Format(PyExc_ValueError, "Matrix dimensions must be >= 0, not %zdx%zd", rows, cols);
    MatrixObject *self = (MatrixObject *)type->tp_alloc(type, 0);
    if (self == NULL) return NULL;
    self->readonly = readonly;
    if (fill(self, rows, cols) < 0) {
        Py_DECREF(self);
        return NULL;
    }
    return (PyObject *)self;
}

static void
matrix_dealloc(MatrixObject *self)
{
    if (self->base != NULL) {
        self->base->exports--;     /* this view no longer holds the data */
        Py_DECREF(self->base);
    } else {
        PyMem_Free(self->data);
    }
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static int
is_c_contiguous(MatrixObject *m)
{
    return m->shape[0] <= 1 || m->shape[1] == 0 || m->strides[0] == m->shape[1] * (Py_ssize_t)sizeof(double);
}

static PyObject *
matrix_repr(MatrixObject *self)
{
    return PyUnicode_FromFormat("<Matrix %zdx%zd%s%s>", self->shape[0], self->shape[1],
                                self->base != NULL ? " view" : "", self->readonly ? " readonly" : "");
}

static int
matrix_getbuffer(MatrixObject *self, Py_buffer *view, int flags)
{
    if (self->readonly && (flags & PyBUF_WRITABLE)) {
        PyErr_SetString(PyExc_BufferError, "Object is not writable.");
        view->obj = NULL;
        return -1;
    }
    if ((flags & PyBUF_STRIDES) != PyBUF_STRIDES && !is_c_contiguous(self)) {
        PyErr_SetString(PyExc_BufferError, "Matrix: a transposed view is not C-contiguous");
        view->obj = NULL;
        return -1;
    }
    if ((flags & PyBUF_F_CONTIGUOUS) == PyBUF_F_CONTIGUOUS && self->shape[0] > 1 && self->shape[1] > 1 &&
        self->strides[0] != (Py_ssize_t)sizeof(double)) {
        PyErr_SetString(PyExc_BufferError, "Matrix: not Fortran-contiguous");
        view->obj = NULL;
        return -1;
    }
    view->buf = self->data;
    view->obj = (PyObject *)self;
    Py_INCREF(self);
    view->len = self->shape[0] * self->shape[1] * (Py_ssize_t)sizeof(double);
    view->itemsize = sizeof(double);
    view->readonly = self->readonly;
    view->format = (flags & PyBUF_FORMAT) ? "d" : NULL;
    if (flags & PyBUF_ND) {
        view->ndim = 2;
        view->shape = self->shape;
    } else {
        view->ndim = 1;          /* a flat run of bytes, as PyBuffer_FillInfo gives */
        view->shape = NULL;
    }
    view->strides = (flags & PyBUF_STRIDES) == PyBUF_STRIDES ? self->strides : NULL;
    view->suboffsets = NULL;
    view->internal = NULL;
    owner(self)->exports++;
    if (self->base != NULL) self->exports++;
    return 0;
}

static void
matrix_releasebuffer(MatrixObject *self, Py_buffer *view)
{
    owner(self)->exports--;
    if (self->base != NULL) self->exports--;
}

static PyObject *
matrix_transposed(MatrixObject *self, void *closure)
{
    MatrixObject *root = owner(self);
    MatrixObject *t = (MatrixObject *)Matrix_Type.tp_alloc(&Matrix_Type, 0);
    if (t == NULL) return NULL;
    Py_INCREF(root);
    t->base = root;
    t->data = self->data;
    t->readonly = self->readonly;
    t->shape[0] = self->shape[1];
    t->shape[1] = self->shape[0];
    t->strides[0] = self->strides[1];
    t->strides[1] = self->strides[0];
    root->exports++;
    return (PyObject *)t;
}

static PyObject *
matrix_resize(MatrixObject *self, PyObject *args)
{
    Py_ssize_t rows, cols;
    if (!PyArg_ParseTuple(args, "nn:resize", &rows, &cols)) return NULL;
    if (self->base != NULL) {
        PyErr_SetString(PyExc_TypeError, "cannot resize a view of a Matrix");
        return NULL;
    }
    if (self->exports > 0) {
        PyErr_SetString(PyExc_BufferError, "Existing exports of data: object cannot be re-sized");
        return NULL;
    }
    if (rows < 0 || cols < 0)
        return PyErr_Format(PyExc_ValueError, "Matrix dimensions must be >= 0, not %zdx%zd", rows, cols);
    if (fill(self, rows, cols) < 0) return NULL;
    Py_RETURN_NONE;
}

static PyObject *
matrix_get(MatrixObject *self, PyObject *args)
{
    Py_ssize_t i, j;
    if (!PyArg_ParseTuple(args, "nn:get", &i, &j)) return NULL;
    if (i < 0 || i >= self->shape[0] || j < 0 || j >= self->shape[1]) {
        PyErr_Format(PyExc_IndexError, "Matrix index (%zd, %zd) out of range", i, j);
        return NULL;
    }
    const char *p = (const char *)self->data + i * self->strides[0] + j * self->strides[1];
    return PyFloat_FromDouble(*(const double *)p);
}

static PyObject *
matrix_trace(MatrixObject *self, PyObject *unused)
{
    double t = 0;
    for (Py_ssize_t i = 0; i < self->shape[0] && i < self->shape[1]; i++)
        t += *(const double *)((const char *)self->data + i * self->strides[0] + i * self->strides[1]);
    return PyFloat_FromDouble(t);
}

static PyObject *
matrix_get_exports(MatrixObject *self, void *closure)
{
    return PyLong_FromSsize_t(self->exports);
}

static PyObject *
matrix_get_readonly(MatrixObject *self, void *closure)
{
    return PyBool_FromLong(self->readonly);
}

static PyObject *
matrix_get_base(MatrixObject *self, void *closure)
{
    PyObject *b = self->base == NULL ? Py_None : (PyObject *)self->base;
    Py_INCREF(b);
    return b;
}

static PyObject *
matrix_get_rows(MatrixObject *self, void *closure)
{
    return PyLong_FromSsize_t(self->shape[0]);
}

static PyObject *
matrix_get_cols(MatrixObject *self, void *closure)
{
    return PyLong_FromSsize_t(self->shape[1]);
}

static PyMethodDef matrix_methods[] = {
    {"resize", (PyCFunction)matrix_resize, METH_VARARGS, "resize(rows, cols): new cells numbered again"},
    {"get", (PyCFunction)matrix_get, METH_VARARGS, "get(i, j): the cell, read by C through the strides"},
    {"trace", (PyCFunction)matrix_trace, METH_NOARGS, "sum of the diagonal"},
    {NULL}
};

static PyGetSetDef matrix_getset[] = {
    {"T", (getter)matrix_transposed, NULL, "a transposed view (strides swapped)", NULL},
    {"exports", (getter)matrix_get_exports, NULL, "buffers exported and views alive", NULL},
    {"readonly", (getter)matrix_get_readonly, NULL, "whether buffers are read-only", NULL},
    {"base", (getter)matrix_get_base, NULL, "the Matrix a view shows, or None", NULL},
    {"rows", (getter)matrix_get_rows, NULL, NULL, NULL},
    {"cols", (getter)matrix_get_cols, NULL, NULL, NULL},
    {NULL}
};

static PyBufferProcs matrix_as_buffer = {
    (getbufferproc)matrix_getbuffer,
    (releasebufferproc)matrix_releasebuffer,
};

static PyTypeObject Matrix_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "matrix.Matrix",
    .tp_basicsize = sizeof(MatrixObject),
    .tp_dealloc = (destructor)matrix_dealloc,
    .tp_repr = (reprfunc)matrix_repr,
    .tp_as_buffer = &matrix_as_buffer,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "Matrix(rows, cols, readonly=False): C doubles exported as a 2-D buffer",
    .tp_methods = matrix_methods,
    .tp_getset = matrix_getset,
    .tp_new = matrix_new,
};

static struct PyModuleDef matrix_module = {
    PyModuleDef_HEAD_INIT,
    "matrix",
    "A 2-D buffer exporter written in C.",
    -1,
    NULL,
};

PyMODINIT_FUNC
PyInit_matrix(void)
{
    if (PyType_Ready(&Matrix_Type) < 0) return NULL;
    PyObject *m = PyModule_Create(&matrix_module);
    if (m == NULL) return NULL;
    Py_INCREF(&Matrix_Type);
    if (PyModule_AddObject(m, "Matrix", (PyObject *)&Matrix_Type) < 0) {
        Py_DECREF(&Matrix_Type);
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
