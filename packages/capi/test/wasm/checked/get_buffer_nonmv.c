/* Checked mode from C (checked-c.test.ts): PyMemoryView_GET_BUFFER on an object that is not a memoryview.
 * Built as is (the bug) and with -DFIXED (the corrected code, which gives no report). */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdlib.h>
#include <string.h>


static Py_ssize_t
buffer_length(PyObject *o)
{
#ifdef FIXED
    if (!PyMemoryView_Check(o)) {
        PyErr_SetString(PyExc_TypeError, "expected a memoryview");
        return -1;
    }
#endif
    Py_buffer *view = PyMemoryView_GET_BUFFER(o);
    return view == NULL ? -1 : view->len;
}

static PyObject *
run(PyObject *m, PyObject *arg)
{
    Py_ssize_t n = buffer_length(arg);
    PyErr_Clear();
    return PyLong_FromSsize_t(n);
}

static PyMethodDef methods[] = {
    {"run", run, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef def = {PyModuleDef_HEAD_INIT, "get_buffer_nonmv", NULL, -1, methods};

PyMODINIT_FUNC
PyInit_get_buffer_nonmv(void)
{
    return PyModule_Create(&def);
}
