/* Checked mode from C (checked-c.test.ts): a write through a read-only Py_buffer (a bytes object's).
 * Built as is (the bug) and with -DFIXED (the corrected code, which gives no report). */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>


static int
upcase_first(PyObject *o)
{
    Py_buffer view;
#ifdef FIXED
    if (PyObject_GetBuffer(o, &view, PyBUF_WRITABLE) < 0) return -1;
#else
    if (PyObject_GetBuffer(o, &view, PyBUF_SIMPLE) < 0) return -1;
#endif
    if (view.len > 0) ((char *)view.buf)[0] = (char)toupper(((char *)view.buf)[0]);
    PyBuffer_Release(&view);
    return 0;
}

static PyObject *
run(PyObject *m, PyObject *arg)
{
    if (upcase_first(arg) < 0) {
        PyErr_Clear(); /* bytes is read-only: the fixed code is refused (BufferError) */
    }
    Py_RETURN_NONE;
}

static PyMethodDef methods[] = {
    {"run", run, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef def = {PyModuleDef_HEAD_INIT, "readonly_write", NULL, -1, methods};

PyMODINIT_FUNC
PyInit_readonly_write(void)
{
    return PyModule_Create(&def);
}
