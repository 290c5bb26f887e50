/* callconv: every calling convention of PyMethodDef, on a module and on a type
 * (METH_CLASS / METH_STATIC), with vectorcall-style argument handling by hand,
 * PyArg_UnpackTuple, PyArg_Parse, calls back into Python (PyObject_Call*,
 * PyObject_Vectorcall) and iterator/call slots. Positional PyTypeObject
 * initializer. Held-out test module: uses only names from API.md. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <structmember.h>

static PyObject *
cc_noargs(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    return PyUnicode_FromString("noargs");
}

static PyObject *
cc_o(PyObject *self, PyObject *arg)
{
    return PyUnicode_FromFormat("o:%R", arg);
}

static PyObject *
cc_varargs(PyObject *self, PyObject *args)
{
    return Py_BuildValue("(sO)", "varargs", args);
}

static PyObject *
cc_kw(PyObject *self, PyObject *args, PyObject *kwargs)
{
    return Py_BuildValue("(sOO)", "kw", args, kwargs ? kwargs : Py_None);
}

static PyObject *
cc_fast(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    PyObject *t = PyTuple_New(nargs);
    if (t == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < nargs; i++)
        PyTuple_SET_ITEM(t, i, Py_NewRef(args[i]));
    return Py_BuildValue("(sN)", "fast", t);
}

static PyObject *
cc_fastkw(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    Py_ssize_t nkw = kwnames ? PyTuple_GET_SIZE(kwnames) : 0;
    PyObject *pos = PyTuple_New(nargs);
    PyObject *kw = PyDict_New();
    if (pos == NULL || kw == NULL) {
        Py_XDECREF(pos);
        Py_XDECREF(kw);
        return NULL;
    }
    for (Py_ssize_t i = 0; i < nargs; i++)
        PyTuple_SET_ITEM(pos, i, Py_NewRef(args[i]));
    for (Py_ssize_t i = 0; i < nkw; i++) {
        if (PyDict_SetItem(kw, PyTuple_GET_ITEM(kwnames, i), args[nargs + i]) < 0) {
            Py_DECREF(pos);
            Py_DECREF(kw);
            return NULL;
        }
    }
    return Py_BuildValue("(sNNO)", "fastkw", pos, kw, kwnames ? kwnames : Py_None);
}

/* fast path parsing by hand: clamp(x, lo=0, hi=255) */
static PyObject *
cc_clamp(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const names[] = {"x", "lo", "hi"};
    PyObject *vals[3] = {NULL, NULL, NULL};
    if (nargs > 3) {
        PyErr_Format(PyExc_TypeError, "clamp() takes at most 3 arguments (%zd given)", nargs);
        return NULL;
    }
    for (Py_ssize_t i = 0; i < nargs; i++)
        vals[i] = args[i];
    Py_ssize_t nkw = kwnames ? PyTuple_GET_SIZE(kwnames) : 0;
    for (Py_ssize_t k = 0; k < nkw; k++) {
        PyObject *name = PyTuple_GET_ITEM(kwnames, k);
        int found = 0;
        for (int j = 0; j < 3; j++) {
            if (PyUnicode_CompareWithASCIIString(name, names[j]) == 0) {
                if (vals[j] != NULL) {
                    PyErr_Format(PyExc_TypeError, "clamp() got multiple values for argument '%s'", names[j]);
                    return NULL;
                }
                vals[j] = args[nargs + k];
                found = 1;
            }
        }
        if (!found) {
            PyErr_Format(PyExc_TypeError, "clamp() got an unexpected keyword argument '%U'", name);
            return NULL;
        }
    }
    if (vals[0] == NULL) {
        PyErr_SetString(PyExc_TypeError, "clamp() missing required argument 'x'");
        return NULL;
    }
    long x = PyLong_AsLong(vals[0]);
    if (x == -1 && PyErr_Occurred())
        return NULL;
    long lo = vals[1] ? PyLong_AsLong(vals[1]) : 0;
    if (lo == -1 && PyErr_Occurred())
        return NULL;
    long hi = vals[2] ? PyLong_AsLong(vals[2]) : 255;
    if (hi == -1 && PyErr_Occurred())
        return NULL;
    if (lo > hi)
        return PyErr_Format(PyExc_ValueError, "lo (%ld) > hi (%ld)", lo, hi);
    return PyLong_FromLong(Py_MAX(lo, Py_MIN(hi, x)));
}

static PyObject *
cc_unpack(PyObject *self, PyObject *args)
{
    PyObject *a, *b = NULL, *c = NULL;
    if (!PyArg_UnpackTuple(args, "unpack", 1, 3, &a, &b, &c))
        return NULL;
    return Py_BuildValue("(OOO)", a, b ? b : Py_None, c ? c : Py_None);
}

static PyObject *
cc_parse(PyObject *self, PyObject *arg)
{
    int x, y;
    if (!PyArg_Parse(arg, "(ii)", &x, &y))
        return NULL;
    return PyLong_FromLong(x * y);
}

/* call a Python callable in several ways */
static PyObject *
cc_callback(PyObject *self, PyObject *args)
{
    PyObject *fn;
    if (!PyArg_ParseTuple(args, "O:callback", &fn))
        return NULL;
    if (!PyCallable_Check(fn)) {
        PyErr_Format(PyExc_TypeError, "'%.200s' object is not callable", Py_TYPE(fn)->tp_name);
        return NULL;
    }
    PyObject *out = PyList_New(0);
    if (out == NULL)
        return NULL;
    PyObject *r;
#define ADD(expr)                          \
    r = (expr);                            \
    if (r == NULL)                         \
        goto fail;                         \
    if (PyList_Append(out, r) < 0) {       \
        Py_DECREF(r);                      \
        goto fail;                         \
    }                                      \
    Py_DECREF(r);
    ADD(PyObject_CallNoArgs(fn));
    PyObject *one = PyLong_FromLong(1);
    if (one == NULL)
        goto fail;
    r = PyObject_CallOneArg(fn, one);
    Py_DECREF(one);
    if (r == NULL)
        goto fail;
    if (PyList_Append(out, r) < 0) {
        Py_DECREF(r);
        goto fail;
    }
    Py_DECREF(r);
    ADD(PyObject_CallFunction(fn, "is#", 2, "xyz", (Py_ssize_t)2));
    ADD(PyObject_CallFunction(fn, "(ii)", 3, 4));
    ADD(PyObject_CallFunction(fn, NULL));
    ADD(PyObject_CallFunctionObjArgs(fn, Py_True, Py_None, NULL));
    {
        PyObject *targs = Py_BuildValue("(i)", 5);
        PyObject *kw = Py_BuildValue("{s:s}", "key", "val");
        if (targs == NULL || kw == NULL) {
            Py_XDECREF(targs);
            Py_XDECREF(kw);
            goto fail;
        }
        r = PyObject_Call(fn, targs, kw);
        Py_DECREF(kw);
        if (r == NULL) {
            Py_DECREF(targs);
            goto fail;
        }
        PyList_Append(out, r);
        Py_DECREF(r);
        r = PyObject_CallObject(fn, targs);
        Py_DECREF(targs);
        if (r == NULL)
            goto fail;
        PyList_Append(out, r);
        Py_DECREF(r);
        ADD(PyObject_CallObject(fn, NULL));
    }
    {
        PyObject *vargs[3];
        vargs[0] = NULL; /* PY_VECTORCALL_ARGUMENTS_OFFSET is not in API.md: plain array */
        vargs[1] = PyLong_FromLong(6);
        vargs[2] = PyUnicode_FromString("named");
        PyObject *names = Py_BuildValue("(s)", "k");
        if (vargs[1] && vargs[2] && names)
            r = PyObject_Vectorcall(fn, vargs + 1, 1, names);
        else
            r = NULL;
        Py_XDECREF(vargs[1]);
        Py_XDECREF(vargs[2]);
        Py_XDECREF(names);
        if (r == NULL)
            goto fail;
        PyList_Append(out, r);
        Py_DECREF(r);
    }
    return out;
fail:
    Py_DECREF(out);
    return NULL;
#undef ADD
}

static PyObject *
cc_methods(PyObject *self, PyObject *obj)
{
    PyObject *upper = PyUnicode_FromString("upper");
    PyObject *join = PyUnicode_FromString("join");
    PyObject *sep = PyUnicode_FromString("-");
    PyObject *a = NULL, *b = NULL, *c = NULL;
    if (upper && join && sep) {
        a = PyObject_CallMethod(obj, "replace", "ss", "a", "b");
        b = a ? PyObject_CallMethodNoArgs(obj, upper) : NULL;
        c = b ? PyObject_CallMethodOneArg(sep, join, obj) : NULL;
    }
    Py_XDECREF(upper);
    Py_XDECREF(join);
    Py_XDECREF(sep);
    if (c == NULL) {
        Py_XDECREF(a);
        Py_XDECREF(b);
        return NULL;
    }
    return Py_BuildValue("(NNN)", a, b, c);
}

/* ---- a type with all method kinds, tp_call and an iterator ---- */

typedef struct {
    PyObject_HEAD
    long start, stop, cur;
    long calls;
} Counter;

static PyTypeObject Counter_Type;

static int
Counter_init(Counter *self, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"stop", "start", NULL};
    self->start = 0;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "l|l", kwlist, &self->stop, &self->start))
        return -1;
    self->cur = self->start;
    return 0;
}

static PyObject *
Counter_iter(PyObject *self)
{
    return Py_NewRef(self);
}

static PyObject *
Counter_next(Counter *self)
{
    if (self->cur >= self->stop)
        return NULL; /* StopIteration without setting it */
    return PyLong_FromLong(self->cur++);
}

static PyObject *
Counter_call(Counter *self, PyObject *args, PyObject *kwds)
{
    long inc = 1;
    static char *kwlist[] = {"inc", NULL};
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "|l:Counter", kwlist, &inc))
        return NULL;
    self->calls += inc;
    return PyLong_FromLong(self->calls);
}

static PyObject *
Counter_reset(Counter *self, PyObject *Py_UNUSED(ignored))
{
    self->cur = self->start;
    Py_RETURN_NONE;
}

static PyObject *
Counter_advance(Counter *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 1) {
        PyErr_Format(PyExc_TypeError, "advance expected 1 argument, got %zd", nargs);
        return NULL;
    }
    long n = PyLong_AsLong(args[0]);
    if (n == -1 && PyErr_Occurred())
        return NULL;
    self->cur += n;
    return PyLong_FromLong(self->cur);
}

static PyObject *
Counter_range(PyTypeObject *cls, PyObject *args, PyObject *kwds)
{
    return PyObject_Call((PyObject *)cls, args, kwds);
}

static PyObject *
Counter_fast_class(PyTypeObject *cls, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    return Py_BuildValue("(snn)", cls->tp_name, nargs, kwnames ? PyTuple_GET_SIZE(kwnames) : 0);
}

static PyObject *
Counter_twice(PyObject *null_self, PyObject *arg)
{
    if (null_self != NULL) {
        PyErr_SetString(PyExc_SystemError, "static method got a self");
        return NULL;
    }
    return PyNumber_Multiply(arg, arg);
}

static PyObject *
Counter_static_noargs(PyObject *null_self, PyObject *Py_UNUSED(ignored))
{
    return PyBool_FromLong(null_self == NULL);
}

static PyMethodDef Counter_methods[] = {
    {"reset", (PyCFunction)Counter_reset, METH_NOARGS, "reset()\n--\n\nStart again."},
    {"advance", (PyCFunction)(void (*)(void))Counter_advance, METH_FASTCALL, NULL},
    {"range", (PyCFunction)(void (*)(void))Counter_range, METH_VARARGS | METH_KEYWORDS | METH_CLASS, NULL},
    {"fast_class", (PyCFunction)(void (*)(void))Counter_fast_class, METH_FASTCALL | METH_KEYWORDS | METH_CLASS, NULL},
    {"twice", Counter_twice, METH_O | METH_STATIC, NULL},
    {"static_noargs", Counter_static_noargs, METH_NOARGS | METH_STATIC, NULL},
    {NULL},
};

static PyMemberDef Counter_members[] = {
    {"start", T_LONG, offsetof(Counter, start), READONLY, NULL},
    {"stop", T_LONG, offsetof(Counter, stop), 0, NULL},
    {"cur", T_LONG, offsetof(Counter, cur), 0, NULL},
    {NULL},
};

/* positional initializer, as older extensions write it */
static PyTypeObject Counter_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    "callconv.Counter",                       /* tp_name */
    sizeof(Counter),                          /* tp_basicsize */
    0,                                        /* tp_itemsize */
    0,                                        /* tp_dealloc */
    0,                                        /* tp_vectorcall_offset */
    0,                                        /* tp_getattr */
    0,                                        /* tp_setattr */
    0,                                        /* tp_as_async */
    0,                                        /* tp_repr */
    0,                                        /* tp_as_number */
    0,                                        /* tp_as_sequence */
    0,                                        /* tp_as_mapping */
    0,                                        /* tp_hash */
    (ternaryfunc)Counter_call,                /* tp_call */
    0,                                        /* tp_str */
    0,                                        /* tp_getattro */
    0,                                        /* tp_setattro */
    0,                                        /* tp_as_buffer */
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE, /* tp_flags */
    "Counter(stop, start=0)",                 /* tp_doc */
    0,                                        /* tp_traverse */
    0,                                        /* tp_clear */
    0,                                        /* tp_richcompare */
    0,                                        /* tp_weaklistoffset */
    Counter_iter,                             /* tp_iter */
    (iternextfunc)Counter_next,               /* tp_iternext */
    Counter_methods,                          /* tp_methods */
    Counter_members,                          /* tp_members */
    0,                                        /* tp_getset */
    0,                                        /* tp_base */
    0,                                        /* tp_dict */
    0,                                        /* tp_descr_get */
    0,                                        /* tp_descr_set */
    0,                                        /* tp_dictoffset */
    (initproc)Counter_init,                   /* tp_init */
    0,                                        /* tp_alloc */
    PyType_GenericNew,                        /* tp_new */
};

static PyMethodDef callconv_methods[] = {
    {"noargs", cc_noargs, METH_NOARGS, "noargs()\n--\n\nTakes nothing."},
    {"o", cc_o, METH_O, NULL},
    {"varargs", cc_varargs, METH_VARARGS, NULL},
    {"kw", (PyCFunction)(void (*)(void))cc_kw, METH_VARARGS | METH_KEYWORDS, NULL},
    {"fast", (PyCFunction)(void (*)(void))cc_fast, METH_FASTCALL, NULL},
    {"fastkw", (PyCFunction)(void (*)(void))cc_fastkw, METH_FASTCALL | METH_KEYWORDS, NULL},
    {"clamp", (PyCFunction)(void (*)(void))cc_clamp, METH_FASTCALL | METH_KEYWORDS, PyDoc_STR("clamp(x, lo=0, hi=255)")},
    {"unpack", cc_unpack, METH_VARARGS, NULL},
    {"parse", cc_parse, METH_O, NULL},
    {"callback", cc_callback, METH_VARARGS, NULL},
    {"methods", cc_methods, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef callconv_module = {
    PyModuleDef_HEAD_INIT, "callconv", NULL, -1, callconv_methods,
    NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC
PyInit_callconv(void)
{
    if (PyType_Ready(&Counter_Type) < 0)
        return NULL;
    PyObject *m = PyModule_Create2(&callconv_module, PYTHON_API_VERSION);
    if (m == NULL)
        return NULL;
    if (PyModule_AddObjectRef(m, "Counter", (PyObject *)&Counter_Type) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
