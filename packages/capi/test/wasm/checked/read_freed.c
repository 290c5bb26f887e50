/* Checked mode from C (checked-c.test.ts): a PyMem_Malloc block read after PyMem_Free. The freed
 * bytes are poisoned (0xDD, as CPython's debug allocator), so the stale read gives a value that
 * shows it, and the read pointer passed to the C-API is reported.
 * Built as is (the bug) and with -DFIXED (the corrected code, which gives no report). */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdlib.h>
#include <string.h>


static PyObject *
first_of(int n)
{
    unsigned char *block = PyMem_Malloc(n);
    if (block == NULL) return PyErr_NoMemory();
    memset(block, 7, n);
#ifdef FIXED
    PyObject *out = PyBytes_FromStringAndSize((const char *)block, 2);
    PyMem_Free(block);
#else
    PyMem_Free(block);
    PyObject *out = PyBytes_FromStringAndSize((const char *)block, 2); /* reads freed bytes */
#endif
    return out;
}

static PyObject *
run(PyObject *m, PyObject *arg)
{
    return first_of(16);
}

static PyMethodDef methods[] = {
    {"run", run, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef def = {PyModuleDef_HEAD_INIT, "read_freed", NULL, -1, methods};

PyMODINIT_FUNC
PyInit_read_freed(void)
{
    return PyModule_Create(&def);
}
