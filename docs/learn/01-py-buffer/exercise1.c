/* Chapter 1 exercise: length(obj) returns how many bytes obj exports.
 * It works, but something stays behind after every call: find it.
 * Check your fix with:  pnpm learn check 1 exercise1.c */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *
length(PyObject *self, PyObject *obj)
{
    Py_buffer view;
    if (PyObject_GetBuffer(obj, &view, PyBUF_SIMPLE) < 0)
        return NULL;
    Py_ssize_t n = view.len;
    return PyLong_FromSsize_t(n);
}

static PyMethodDef methods[] = {
    {"length", length, METH_O, "length(obj): the number of bytes obj exports"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef def = {PyModuleDef_HEAD_INIT, "exercise1", NULL, -1, methods};

PyMODINIT_FUNC
PyInit_exercise1(void)
{
    return PyModule_Create(&def);
}
