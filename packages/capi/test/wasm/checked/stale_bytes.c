/* Checked mode from C (checked-c.test.ts): a PyBytes_AsString pointer used after its bytes object died.
 * Built as is (the bug) and with -DFIXED (the corrected code, which gives no report). */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdlib.h>
#include <string.h>


static PyObject *
label_of(PyObject *o)
{
    PyObject *b = PyUnicode_AsUTF8String(o);
    if (b == NULL) return NULL;
    const char *s = PyBytes_AsString(b);
#ifdef FIXED
    PyObject *out = PyUnicode_FromString(s);
    Py_DECREF(b);
#else
    Py_DECREF(b); /* s pointed into b's storage */
    PyObject *out = PyUnicode_FromString(s);
#endif
    return out;
}

static PyObject *
run(PyObject *m, PyObject *arg)
{
    return label_of(arg);
}

static PyMethodDef methods[] = {
    {"run", run, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef def = {PyModuleDef_HEAD_INIT, "stale_bytes", NULL, -1, methods};

PyMODINIT_FUNC
PyInit_stale_bytes(void)
{
    return PyModule_Create(&def);
}
