/* Checked mode from C (checked-c.test.ts): a PyObject* used after the Py_DECREF that deallocated it.
 * Built as is (the bug) and with -DFIXED (the corrected code, which gives no report). */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdlib.h>
#include <string.h>


static Py_ssize_t
count_chars(void)
{
    PyObject *s = PyUnicode_FromString("hello");
    if (s == NULL) return -1;
#ifdef FIXED
    Py_ssize_t n = PyObject_Length(s);
    Py_DECREF(s);
#else
    Py_DECREF(s);
    Py_ssize_t n = PyObject_Length(s); /* s is gone */
#endif
    return n;
}

static PyObject *
run(PyObject *m, PyObject *arg)
{
    Py_ssize_t n = count_chars();
    PyErr_Clear();
    return PyLong_FromSsize_t(n);
}

static PyMethodDef methods[] = {
    {"run", run, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef def = {PyModuleDef_HEAD_INIT, "stale_handle", NULL, -1, methods};

PyMODINIT_FUNC
PyInit_stale_handle(void)
{
    return PyModule_Create(&def);
}
