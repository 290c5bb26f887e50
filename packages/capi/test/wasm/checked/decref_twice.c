/* Checked mode from C (checked-c.test.ts): a new reference given back twice.
 * Built as is (the bug) and with -DFIXED (the corrected code, which gives no report). */
#define PY_SSIZE_T_CLEAN
#include <Python.h>


static long
doubled(long x)
{
    PyObject *n = PyLong_FromLong(x * 1000003);
    if (n == NULL) return -1;
    long r = PyLong_AsLong(n) * 2;
    Py_DECREF(n);
#ifndef FIXED
    Py_DECREF(n); /* one reference, given back twice */
#endif
    return r;
}

static PyObject *
run(PyObject *m, PyObject *arg)
{
    long r = doubled(PyLong_AsLong(arg));
    PyErr_Clear();
    return PyLong_FromLong(r);
}

static PyMethodDef methods[] = {
    {"run", run, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef def = {PyModuleDef_HEAD_INIT, "decref_twice", NULL, -1, methods};

PyMODINIT_FUNC
PyInit_decref_twice(void)
{
    return PyModule_Create(&def);
}
