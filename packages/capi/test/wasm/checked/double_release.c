/* Checked mode from C (checked-c.test.ts): PyBuffer_Release called twice on one Py_buffer.
 * Built as is (the bug) and with -DFIXED (the corrected code, which gives no report). */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdlib.h>
#include <string.h>


static long
sum_bytes(PyObject *o)
{
    Py_buffer view;
    if (PyObject_GetBuffer(o, &view, PyBUF_SIMPLE) < 0) return -1;
    long s = 0;
    for (Py_ssize_t i = 0; i < view.len; i++) s += ((unsigned char *)view.buf)[i];
    PyBuffer_Release(&view);
#ifndef FIXED
    PyBuffer_Release(&view); /* released again on the way out */
#endif
    return s;
}

static PyObject *
run(PyObject *m, PyObject *arg)
{
    long s = sum_bytes(arg);
    if (s < 0) return NULL;
    return PyLong_FromLong(s);
}

static PyMethodDef methods[] = {
    {"run", run, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef def = {PyModuleDef_HEAD_INIT, "double_release", NULL, -1, methods};

PyMODINIT_FUNC
PyInit_double_release(void)
{
    return PyModule_Create(&def);
}
