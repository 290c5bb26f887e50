/* Checked mode from C (checked-c.test.ts): a PyMem_Malloc block written one byte past its end.
 * Built as is (the bug) and with -DFIXED (the corrected code, which gives no report). */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdlib.h>
#include <string.h>


static long
fill_squares(int n)
{
    long *a = PyMem_Malloc(n * sizeof(long));
    if (a == NULL) return -1;
#ifdef FIXED
    for (int i = 0; i < n; i++) a[i] = (long)i * i;
#else
    for (int i = 0; i <= n; i++) a[i] = (long)i * i; /* <= : one too many */
#endif
    long s = 0;
    for (int i = 0; i < n; i++) s += a[i];
    PyMem_Free(a);
    return s;
}

static PyObject *
run(PyObject *m, PyObject *arg)
{
    return PyLong_FromLong(fill_squares(5));
}

static PyMethodDef methods[] = {
    {"run", run, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef def = {PyModuleDef_HEAD_INIT, "pymem_overrun", NULL, -1, methods};

PyMODINIT_FUNC
PyInit_pymem_overrun(void)
{
    return PyModule_Create(&def);
}
