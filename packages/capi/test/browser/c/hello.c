/* hello: C's stdout (printf through wasi-libc) and a bytes object made by C, for the browser test. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdio.h>
#include <string.h>

static PyObject *greet(PyObject *m, PyObject *args)
{
    const char *name;
    if (!PyArg_ParseTuple(args, "s", &name)) return NULL;
    printf("hello, %s\n", name);
    return PyLong_FromSize_t(strlen(name));
}

/* bytes(range(n)) built in C, written in place through PyBytes_AS_STRING. */
static PyObject *ramp(PyObject *m, PyObject *arg)
{
    Py_ssize_t n = PyLong_AsSsize_t(arg);
    if (n == -1 && PyErr_Occurred()) return NULL;
    PyObject *b = PyBytes_FromStringAndSize(NULL, n);
    if (b == NULL) return NULL;
    char *p = PyBytes_AS_STRING(b);
    for (Py_ssize_t i = 0; i < n; i++) p[i] = (char)i;
    return b;
}

static PyMethodDef methods[] = {
    {"greet", greet, METH_VARARGS, NULL},
    {"ramp", ramp, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};
static struct PyModuleDef def = {PyModuleDef_HEAD_INIT, "hello", NULL, -1, methods};
PyMODINIT_FUNC PyInit_hello(void) { return PyModule_Create(&def); }
