/* Checked mode from C (checked-c.test.ts): PyMem_Free of a Py_buffer that still holds an export.
 * Built as is (the bug) and with -DFIXED (the corrected code, which gives no report). */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdlib.h>
#include <string.h>


static long
peek_len(PyObject *o)
{
    Py_buffer *view = PyMem_Malloc(sizeof(Py_buffer));
    if (view == NULL) return -1;
    if (PyObject_GetBuffer(o, view, PyBUF_SIMPLE) < 0) {
        PyMem_Free(view);
        return -1;
    }
    long n = (long)view->len;
#ifdef FIXED
    PyBuffer_Release(view);
#endif
    PyMem_Free(view); /* without PyBuffer_Release the export stays */
    return n;
}

static PyObject *
run(PyObject *m, PyObject *arg)
{
    long n = peek_len(arg);
    if (n < 0) return NULL;
    return PyLong_FromLong(n);
}

static PyMethodDef methods[] = {
    {"run", run, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef def = {PyModuleDef_HEAD_INIT, "free_buffer_export", NULL, -1, methods};

PyMODINIT_FUNC
PyInit_free_buffer_export(void)
{
    return PyModule_Create(&def);
}
