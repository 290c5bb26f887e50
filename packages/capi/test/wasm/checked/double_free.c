/* Checked mode from C (checked-c.test.ts): a PyMem_Malloc block freed twice (once in a helper, once by its caller).
 * Built as is (the bug) and with -DFIXED (the corrected code, which gives no report). */
#define PY_SSIZE_T_CLEAN
#include <Python.h>


static void
cleanup(char *scratch)
{
    PyMem_Free(scratch);
}

static int
work(void)
{
    char *scratch = PyMem_Malloc(64);
    if (scratch == NULL) return -1;
    scratch[0] = 1;
    cleanup(scratch);
#ifndef FIXED
    PyMem_Free(scratch); /* cleanup() already freed it */
#endif
    return 0;
}

static PyObject *
run(PyObject *m, PyObject *arg)
{
    if (work() < 0) return PyErr_NoMemory();
    Py_RETURN_NONE;
}

static PyMethodDef methods[] = {
    {"run", run, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef def = {PyModuleDef_HEAD_INIT, "double_free", NULL, -1, methods};

PyMODINIT_FUNC
PyInit_double_free(void)
{
    return PyModule_Create(&def);
}
