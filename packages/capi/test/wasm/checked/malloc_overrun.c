/* Checked mode from C (checked-c.test.ts): a malloc block without room for the NUL of strcpy.
 * Built as is (the bug) and with -DFIXED (the corrected code, which gives no report). */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdlib.h>
#include <string.h>


static PyObject *
greet(const char *name)
{
#ifdef FIXED
    char *buf = malloc(strlen("hello, ") + strlen(name) + 1);
#else
    char *buf = malloc(strlen("hello, ") + strlen(name)); /* forgot the NUL */
#endif
    if (buf == NULL) return PyErr_NoMemory();
    strcpy(buf, "hello, ");
    strcat(buf, name);
    PyObject *r = PyUnicode_FromString(buf);
    free(buf);
    return r;
}

static PyObject *
run(PyObject *m, PyObject *arg)
{
    return greet("world!!!");
}

static PyMethodDef methods[] = {
    {"run", run, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef def = {PyModuleDef_HEAD_INIT, "malloc_overrun", NULL, -1, methods};

PyMODINIT_FUNC
PyInit_malloc_overrun(void)
{
    return PyModule_Create(&def);
}
