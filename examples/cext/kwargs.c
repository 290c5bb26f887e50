/*
 * kwargs: a module using PyArg_ParseTupleAndKeywords, Py_BuildValue and
 * PyErr_Format, with the messages CPython gives for bad calls.
 *
 *   kwargs.point(x, y=0, *, label='P')        "i|i$s:point"
 *   kwargs.record(name, score=0.0, flag=False) "s#|dp:record" -> a dict
 *   kwargs.clamp(value, lo=0, hi=100)         "l|ll:clamp", lo > hi is a ValueError
 *   kwargs.small(h, b=0, c=b'-')              "h|bc:small" (range checks)
 *   kwargs.first(items, pair=(0, 0))          "O!|(ii):first" with list only
 *   kwargs.positive(n)                        "O&" with a converter
 *   kwargs.describe(obj)                      PyUnicode_FromFormat %s %R %S %A
 *   kwargs.build(i)                           the i-th Py_BuildValue example
 *   kwargs.fail(i)                            the i-th PyErr_Format example
 *
 * Builds unchanged against CPython 3.11's headers (gcc) and pyobj's (pyobj-cc).
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *
kw_point(PyObject *m, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"x", "y", "label", NULL};
    int x, y = 0;
    const char *label = "P";
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "i|i$s:point", kwlist, &x, &y, &label)) return NULL;
    return PyUnicode_FromFormat("%s(%d, %d)", label, x, y);
}

static PyObject *
kw_record(PyObject *m, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"name", "score", "flag", NULL};
    const char *name;
    Py_ssize_t len;
    double score = 0.0;
    int flag = 0;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "s#|dp:record", kwlist, &name, &len, &score, &flag)) return NULL;
    return Py_BuildValue("{s:s#,s:n,s:d,s:O}", "name", name, len, "len", len, "score", score, "flag",
                         flag ? Py_True : Py_False);
}

static PyObject *
kw_clamp(PyObject *m, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"value", "lo", "hi", NULL};
    long v, lo = 0, hi = 100;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "l|ll:clamp", kwlist, &v, &lo, &hi)) return NULL;
    if (lo > hi) return PyErr_Format(PyExc_ValueError, "clamp(): lo (%ld) must not exceed hi (%ld)", lo, hi);
    return PyLong_FromLong(v < lo ? lo : v > hi ? hi : v);
}

static PyObject *
kw_small(PyObject *m, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"h", "b", "c", NULL};
    short h;
    unsigned char b = 0;
    char c = '-';
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "h|bc:small", kwlist, &h, &b, &c)) return NULL;
    return Py_BuildValue("(hBc)", h, b, c);
}

static PyObject *
kw_first(PyObject *m, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"items", "pair", NULL};
    PyObject *items;
    int a = 0, b = 0;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "O!|(ii):first", kwlist, &PyList_Type, &items, &a, &b))
        return NULL;
    if (PyList_GET_SIZE(items) == 0)
        return PyErr_Format(PyExc_IndexError, "first(): empty list (pair was (%d, %d))", a, b);
    return Py_BuildValue("(Oii)", PyList_GET_ITEM(items, 0), a, b);
}

static int
positive(PyObject *o, void *out)
{
    long v = PyLong_AsLong(o);
    if (v == -1 && PyErr_Occurred()) return 0;
    if (v <= 0) {
        PyErr_Format(PyExc_ValueError, "expected a positive int, got %R", o);
        return 0;
    }
    *(long *)out = v;
    return 1;
}

static PyObject *
kw_positive(PyObject *m, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"n", NULL};
    long n;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "O&:positive", kwlist, positive, &n)) return NULL;
    return Py_BuildValue("l", n * 2);
}

static PyObject *
kw_describe(PyObject *m, PyObject *obj)
{
    return PyUnicode_FromFormat("%s: repr %R, str %S, ascii %A", Py_TYPE(obj)->tp_name, obj, obj, obj);
}

static PyObject *
kw_build(PyObject *m, PyObject *arg)
{
    long i = PyLong_AsLong(arg);
    if (i == -1 && PyErr_Occurred()) return NULL;
    switch (i) {
    case 0: return Py_BuildValue("");
    case 1: return Py_BuildValue("i", 7);
    case 2: return Py_BuildValue("(i)", 7);
    case 3: return Py_BuildValue("ii", 1, 2);
    case 4: return Py_BuildValue("[i,s,z]", 1, "two", NULL);
    case 5: return Py_BuildValue("{s:i,s:(ii)}", "a", 1, "b", 2, 3);
    case 6: return Py_BuildValue("s#y#", "hello", (Py_ssize_t)4, "bytes", (Py_ssize_t)3);
    case 7: return Py_BuildValue("(dfc)", 0.5, (double)1.25f, 'x');
    case 8: return Py_BuildValue("(bhlBHIk)", -1, -300, -70000L, 255, 65535, 4000000000u, 7ul);
    case 9: return Py_BuildValue("(LKn)", -(1LL << 40), 1ULL << 63, (Py_ssize_t)-5);
    case 10: return Py_BuildValue("(C)", 0x263A);
    case 11: return Py_BuildValue("N", PyList_New(0));
    case 12: return Py_BuildValue("(O(O[O]))", Py_None, Py_True, Py_False);
    case 13: return Py_BuildValue("()");
    case 14: return Py_BuildValue("(s)", (char *)NULL);
    case 15: return Py_BuildValue("{i:i}", 1, 2);
    }
    return PyErr_Format(PyExc_IndexError, "build(): no example %ld", i);
}

static PyObject *
kw_fail(PyObject *m, PyObject *arg)
{
    long i = PyLong_AsLong(arg);
    if (i == -1 && PyErr_Occurred()) return NULL;
    PyObject *lst = Py_BuildValue("[is]", 1, "x");
    if (lst == NULL) return NULL;
    switch (i) {
    case 0: PyErr_Format(PyExc_ValueError, "ints %d %i %u %ld %lu %lld %llu", -1, 2, 3u, -4L, 5ul, -6LL, 7ULL); break;
    case 1: PyErr_Format(PyExc_ValueError, "sizes %zd %zu %zi hex %x", (Py_ssize_t)-8, (size_t)9, (Py_ssize_t)10, 255); break;
    case 2: {
        PyObject *u = PyUnicode_FromString("caf\xc3\xa9");
        if (u == NULL) break;
        PyErr_Format(PyExc_TypeError, "objects %R %S %A %U %V", lst, lst, u, u, (PyObject *)NULL, "fallback");
        Py_DECREF(u);
        break;
    }
    case 3: PyErr_Format(PyExc_KeyError, "char %c percent %% string '%s'", 'z', "text"); break;
    case 4: PyErr_Format(PyExc_OverflowError, "widths [%5d] [%-5d] [%05d] [%.3s] [%5s]", 42, 42, 42, "abcdef", "ab"); break;
    case 5: PyErr_Format(PyExc_RuntimeError, "%s", "only a string"); break;
    default: PyErr_Format(PyExc_IndexError, "fail(): no example %ld", i);
    }
    Py_DECREF(lst);
    return NULL;
}

static PyMethodDef kw_methods[] = {
    {"point", (PyCFunction)(void (*)(void))kw_point, METH_VARARGS | METH_KEYWORDS, "point(x, y=0, *, label='P')"},
    {"record", (PyCFunction)(void (*)(void))kw_record, METH_VARARGS | METH_KEYWORDS, NULL},
    {"clamp", (PyCFunction)(void (*)(void))kw_clamp, METH_VARARGS | METH_KEYWORDS, NULL},
    {"small", (PyCFunction)(void (*)(void))kw_small, METH_VARARGS | METH_KEYWORDS, NULL},
    {"first", (PyCFunction)(void (*)(void))kw_first, METH_VARARGS | METH_KEYWORDS, NULL},
    {"positive", (PyCFunction)(void (*)(void))kw_positive, METH_VARARGS | METH_KEYWORDS, NULL},
    {"describe", kw_describe, METH_O, NULL},
    {"build", kw_build, METH_O, NULL},
    {"fail", kw_fail, METH_O, NULL},
    {NULL, NULL, 0, NULL}
};

static struct PyModuleDef kw_module = {
    PyModuleDef_HEAD_INIT, "kwargs", "PyArg_ParseTupleAndKeywords, Py_BuildValue and PyErr_Format.", -1, kw_methods,
};

PyMODINIT_FUNC
PyInit_kwargs(void)
{
    return PyModule_Create(&kw_module);
}
