/* apimix: a spread of C-API calls on the wasm runtime (wasm-runtime.test.ts). */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *
dict_roundtrip(PyObject *m, PyObject *unused)
{
    PyObject *d = PyDict_New();
    if (d == NULL) return NULL;
    PyObject *one = PyLong_FromLong(1);
    PyDict_SetItemString(d, "a", one);
    Py_DECREF(one);
    PyObject *b = Py_BuildValue("[i,s]", 2, "x");
    PyDict_SetItemString(d, "b", b);
    Py_DECREF(b);
    PyObject *key, *value;
    Py_ssize_t pos = 0;
    PyObject *keys = PyList_New(0);
    while (PyDict_Next(d, &pos, &key, &value)) PyList_Append(keys, key);
    PyObject *r = Py_BuildValue("(NnO)", keys, PyDict_Size(d), PyDict_GetItemString(d, "b"));
    Py_DECREF(d);
    return r;
}

static PyObject *
module_dict(PyObject *m, PyObject *unused)
{
    PyObject *d = PyModule_GetDict(m);   /* borrowed, live */
    PyObject *v = PyUnicode_FromString("set through the dict");
    PyDict_SetItemString(d, "from_dict", v);
    Py_DECREF(v);
    return Py_NewRef(PyDict_GetItemString(d, "__name__"));
}

static PyObject *
call_function(PyObject *m, PyObject *f)
{
    return PyObject_CallFunction(f, "(is)", 42, "answer");
}

static PyObject *
bytes_int(PyObject *m, PyObject *unused)
{
    unsigned char le[3] = {0x01, 0x02, 0xff};
    PyObject *a = _PyLong_FromByteArray(le, 3, 1, 1);
    PyObject *b = _PyLong_FromByteArray(le, 3, 1, 0);
    unsigned char out[2] = {0, 0};
    PyObject *big = PyLong_FromLong(70000);
    int rc = _PyLong_AsByteArray((PyLongObject *)big, out, 2, 1, 0);
    Py_DECREF(big);
    if (rc < 0) {
        PyObject *t, *v, *tb;
        PyErr_Fetch(&t, &v, &tb);
        PyObject *r = Py_BuildValue("(NNO)", a, b, v);
        Py_XDECREF(t); Py_XDECREF(v); Py_XDECREF(tb);
        return r;
    }
    return Py_BuildValue("(NN)", a, b);
}

static PyObject *
fast_sum(PyObject *m, PyObject *seq)
{
    PyObject *f = PySequence_Fast(seq, "fast_sum needs a sequence");
    if (f == NULL) return NULL;
    long total = 0;
    PyObject **items = PySequence_Fast_ITEMS(f);
    for (Py_ssize_t i = 0; i < PySequence_Fast_GET_SIZE(f); i++) total += PyLong_AsLong(items[i]);
    Py_DECREF(f);
    if (PyErr_Occurred()) return NULL;
    return PyLong_FromLong(total);
}

static PyObject *
imports(PyObject *m, PyObject *name)
{
    return PyImport_Import(name);
}

static PyObject *
warn(PyObject *m, PyObject *unused)
{
    if (PyErr_WarnEx(PyExc_UserWarning, "careful", 1) < 0) return NULL;
    Py_RETURN_NONE;
}

static PyObject *
overflow(PyObject *m, PyObject *o)
{
    long v = PyLong_AsLong(o);
    if (v == -1 && PyErr_Occurred()) return NULL;
    return PyLong_FromLong(v);
}

static PyMethodDef methods[] = {
    {"dict_roundtrip", dict_roundtrip, METH_NOARGS, NULL},
    {"module_dict", module_dict, METH_NOARGS, NULL},
    {"call_function", call_function, METH_O, NULL},
    {"bytes_int", bytes_int, METH_NOARGS, NULL},
    {"fast_sum", fast_sum, METH_O, NULL},
    {"imports", imports, METH_O, NULL},
    {"warn", warn, METH_NOARGS, NULL},
    {"overflow", overflow, METH_O, NULL},
    {NULL},
};

static struct PyModuleDef def = {PyModuleDef_HEAD_INIT, "apimix", "a spread of calls", -1, methods};

PyMODINIT_FUNC
PyInit_apimix(void)
{
    return PyModule_Create(&def);
}
