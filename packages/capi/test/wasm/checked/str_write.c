/* Checked mode from C (checked-c.test.ts): writing into the characters of a str C did not make
 * (PyUnicode_1BYTE_DATA of its argument). CPython's strs are immutable: the fix makes a new one with
 * PyUnicode_New and writes that. Built as is (the bug) and with -DFIXED (no report). */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <string.h>

static PyObject *
shouted(PyObject *s)
{
    Py_ssize_t n = PyUnicode_GET_LENGTH(s);
#ifdef FIXED
    PyObject *out = PyUnicode_New(n, 127);
    if (out == NULL) return NULL;
    memcpy(PyUnicode_1BYTE_DATA(out), PyUnicode_1BYTE_DATA(s), (size_t)n);
#else
    PyObject *out = Py_NewRef(s);
#endif
    Py_UCS1 *p = PyUnicode_1BYTE_DATA(out);
    for (Py_ssize_t i = 0; i < n; i++)
        if (p[i] >= 'a' && p[i] <= 'z') p[i] = (Py_UCS1)(p[i] - 32);
    return out;
}

static PyObject *
run(PyObject *m, PyObject *arg)
{
    if (!PyUnicode_Check(arg) || PyUnicode_KIND(arg) != PyUnicode_1BYTE_KIND || !PyUnicode_IS_ASCII(arg)) {
        PyErr_SetString(PyExc_TypeError, "an ASCII str is required");
        return NULL;
    }
    return shouted(arg);
}

static PyMethodDef methods[] = {
    {"run", run, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef def = {PyModuleDef_HEAD_INIT, "str_write", NULL, -1, methods};

PyMODINIT_FUNC
PyInit_str_write(void)
{
    return PyModule_Create(&def);
}
