/* Checked mode from C (checked-c.test.ts): a PyMem_Malloc block written after PyMem_Free.
 * Built as is (the bug) and with -DFIXED (the corrected code, which gives no report). */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdlib.h>
#include <string.h>


static long
total(int n)
{
    int *counts = PyMem_Calloc(n, sizeof(int));
    if (counts == NULL) return -1;
    for (int i = 0; i < n; i++) counts[i] = i;
    long s = 0;
    for (int i = 0; i < n; i++) s += counts[i];
#ifdef FIXED
    counts[0] = 0;
    PyMem_Free(counts);
#else
    PyMem_Free(counts);
    counts[0] = 0; /* too late: the block is freed */
#endif
    return s;
}

static PyObject *
run(PyObject *m, PyObject *arg)
{
    return PyLong_FromLong(total(8));
}

static PyMethodDef methods[] = {
    {"run", run, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef def = {PyModuleDef_HEAD_INIT, "use_after_free", NULL, -1, methods};

PyMODINIT_FUNC
PyInit_use_after_free(void)
{
    return PyModule_Create(&def);
}
