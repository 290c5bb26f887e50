/* Checked mode from C (checked-c.test.ts): a PyUnicode_AsUTF8 pointer used after its str died.
 * Built as is (the bug) and with -DFIXED (the corrected code, which gives no report). */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdlib.h>
#include <string.h>


static PyObject *
name_of(PyObject *o)
{
    PyObject *r = PyObject_Repr(o);
    if (r == NULL) return NULL;
    const char *s = PyUnicode_AsUTF8(r);
#ifdef FIXED
    PyObject *out = PyUnicode_FromString(s);
    Py_DECREF(r);
#else
    Py_DECREF(r); /* s belonged to r */
    PyObject *out = PyUnicode_FromString(s);
#endif
    return out;
}

static PyObject *
run(PyObject *m, PyObject *arg)
{
    return name_of(arg);
}

static PyMethodDef methods[] = {
    {"run", run, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef def = {PyModuleDef_HEAD_INIT, "stale_utf8", NULL, -1, methods};

PyMODINIT_FUNC
PyInit_stale_utf8(void)
{
    return PyModule_Create(&def);
}
