/*
 * views: the playground's own example. C asks an object for its buffer,
 * reads it, and gives it back; one function keeps the buffer to show an
 * export held by C, and one has a bug for checked mode to find.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

/* views.total(obj): the sum of the bytes of any C-contiguous buffer. */
static PyObject *
total(PyObject *self, PyObject *obj)
{
    Py_buffer view;
    if (PyObject_GetBuffer(obj, &view, PyBUF_SIMPLE) < 0)
        return NULL;
    const unsigned char *p = view.buf;
    long sum = 0;
    for (Py_ssize_t i = 0; i < view.len; i++)
        sum += p[i];
    PyBuffer_Release(&view);
    return PyLong_FromLong(sum);
}

/* views.hold(obj) keeps a buffer of obj (one export) until views.drop(). */
static Py_buffer held;
static int holding = 0;

static PyObject *
hold(PyObject *self, PyObject *obj)
{
    if (holding) {
        PyErr_SetString(PyExc_RuntimeError, "views.hold: already holding a buffer");
        return NULL;
    }
    if (PyObject_GetBuffer(obj, &held, PyBUF_FULL_RO) < 0)
        return NULL;
    holding = 1;
    return PyLong_FromSsize_t(held.len);
}

static PyObject *
drop(PyObject *self, PyObject *unused)
{
    if (holding) {
        PyBuffer_Release(&held);
        holding = 0;
    }
    Py_RETURN_NONE;
}

/* views.first(obj): the first byte; the bug: the buffer is released twice. */
static PyObject *
first(PyObject *self, PyObject *obj)
{
    Py_buffer view;
    if (PyObject_GetBuffer(obj, &view, PyBUF_SIMPLE) < 0)
        return NULL;
    long b = view.len > 0 ? ((unsigned char *)view.buf)[0] : -1;
    PyBuffer_Release(&view);
    PyBuffer_Release(&view);
    return PyLong_FromLong(b);
}

static PyMethodDef views_methods[] = {
    {"total", total, METH_O, "total(obj) -> the sum of obj's bytes"},
    {"hold", hold, METH_O, "hold(obj) -> len; keeps a buffer of obj until drop()"},
    {"drop", drop, METH_NOARGS, "drop() -> releases the buffer hold() keeps"},
    {"first", first, METH_O, "first(obj) -> obj's first byte (releases its buffer twice: a bug)"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef views_module = {
    PyModuleDef_HEAD_INIT, "views", "Buffers seen from C.", -1, views_methods,
};

PyMODINIT_FUNC
PyInit_views(void)
{
    return PyModule_Create(&views_module);
}
