/* Checked mode from C (checked-c.test.ts): a write into the storage of a bytes object (PyBytes_AsString).
 * Built as is (the bug) and with -DFIXED (the corrected code, which gives no report). */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>


static PyObject *
shout(PyObject *b)
{
#ifdef FIXED
    PyObject *copy = PyBytes_FromStringAndSize(PyBytes_AsString(b), PyBytes_Size(b));
    if (copy == NULL) return NULL;
    char *s = PyBytes_AsString(copy); /* a fresh bytes of our own may be filled */
    s[0] = (char)toupper(s[0]);
    return copy;
#else
    char *s = PyBytes_AsString(b);
    if (s == NULL) return NULL;
    s[0] = (char)toupper(s[0]); /* bytes are immutable */
    return Py_NewRef(b);
#endif
}

static PyObject *
run(PyObject *m, PyObject *arg)
{
    return shout(arg);
}

static PyMethodDef methods[] = {
    {"run", run, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef def = {PyModuleDef_HEAD_INIT, "bytes_write", NULL, -1, methods};

PyMODINIT_FUNC
PyInit_bytes_write(void)
{
    return PyModule_Create(&def);
}
