/* Checked mode from C (checked-c.test.ts): Py_DECREF of a borrowed reference (PyList_GetItem).
 * Built as is (the bug) and with -DFIXED (the corrected code, which gives no report). */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdlib.h>
#include <string.h>


static PyObject *
first_item(PyObject *list)
{
    PyObject *item = PyList_GetItem(list, 0); /* borrowed */
    if (item == NULL) return NULL;
    PyObject *r = PyObject_Repr(item);
#ifndef FIXED
    Py_DECREF(item); /* not ours to give back */
#endif
    return r;
}

static PyObject *
run(PyObject *m, PyObject *arg)
{
    return first_item(arg);
}

static PyMethodDef methods[] = {
    {"run", run, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef def = {PyModuleDef_HEAD_INIT, "decref_borrowed", NULL, -1, methods};

PyMODINIT_FUNC
PyInit_decref_borrowed(void)
{
    return PyModule_Create(&def);
}
