/* Chapter 4 exercise: Box(n) exports n bytes, but resize() may pull them away
 * from under a memoryview that still points into them. Find what is missing.
 * Check your fix with:  pnpm learn check 4 exercise4.c */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

typedef struct {
    PyObject_HEAD
    char *data;
    Py_ssize_t size;
    Py_ssize_t exports; /* buffers handed out and not released yet */
} Box;

static PyTypeObject Box_Type;

static PyObject *
Box_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    Py_ssize_t n;
    if (!PyArg_ParseTuple(args, "n", &n))
        return NULL;
    if (n < 0) {
        PyErr_SetString(PyExc_ValueError, "size must be >= 0");
        return NULL;
    }
    Box *self = (Box *)type->tp_alloc(type, 0);
    if (self == NULL)
        return NULL;
    self->data = PyMem_Calloc(n > 0 ? n : 1, 1);
    if (self->data == NULL) {
        Py_DECREF(self);
        return PyErr_NoMemory();
    }
    self->size = n;
    self->exports = 0;
    return (PyObject *)self;
}

static void
Box_dealloc(Box *self)
{
    PyMem_Free(self->data); /* no export can be alive: each one holds a reference to self */
    Py_TYPE(self)->tp_free((PyObject *)self);
}

/* bf_getbuffer: describe the bytes (PyBuffer_FillInfo checks the request flags) and count the export. */
static int
Box_getbuffer(Box *self, Py_buffer *view, int flags)
{
    if (PyBuffer_FillInfo(view, (PyObject *)self, self->data, self->size, 0, flags) < 0)
        return -1; /* view->obj is NULL: nothing to undo */
    self->exports++;
    return 0;
}

/* bf_releasebuffer: one export fewer (PyBuffer_Release drops view->obj itself). */
static void
Box_releasebuffer(Box *self, Py_buffer *view)
{
    self->exports--;
}

static PyBufferProcs Box_as_buffer = {
    (getbufferproc)Box_getbuffer,
    (releasebufferproc)Box_releasebuffer,
};

/* resize(n): new size, new bytes zeroed -- refused while the old bytes are exported. */
static PyObject *
Box_resize(Box *self, PyObject *arg)
{
    Py_ssize_t n = PyLong_AsSsize_t(arg);
    if (n == -1 && PyErr_Occurred())
        return NULL;
    char *p = PyMem_Realloc(self->data, n > 0 ? n : 1);
    if (p == NULL)
        return PyErr_NoMemory();
    if (n > self->size)
        memset(p + self->size, 0, n - self->size);
    self->data = p;
    self->size = n;
    Py_RETURN_NONE;
}

static PyObject *
Box_get_exports(Box *self, void *closure)
{
    return PyLong_FromSsize_t(self->exports);
}

static PyMethodDef Box_methods[] = {
    {"resize", (PyCFunction)Box_resize, METH_O, "resize(n): new size (refused while exported)"},
    {NULL, NULL, 0, NULL},
};

static PyGetSetDef Box_getset[] = {
    {"exports", (getter)Box_get_exports, NULL, "buffers exported and not released", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PyTypeObject Box_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "exercise4.Box",
    .tp_basicsize = sizeof(Box),
    .tp_dealloc = (destructor)Box_dealloc,
    .tp_as_buffer = &Box_as_buffer,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "Box(n): n bytes that C owns, exported through the buffer protocol",
    .tp_methods = Box_methods,
    .tp_getset = Box_getset,
    .tp_new = Box_new,
};

static struct PyModuleDef def = {PyModuleDef_HEAD_INIT, "exercise4", NULL, -1, NULL};

PyMODINIT_FUNC
PyInit_exercise4(void)
{
    if (PyType_Ready(&Box_Type) < 0)
        return NULL;
    PyObject *m = PyModule_Create(&def);
    if (m == NULL)
        return NULL;
    Py_INCREF(&Box_Type);
    if (PyModule_AddObject(m, "Box", (PyObject *)&Box_Type) < 0) {
        Py_DECREF(&Box_Type);
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
