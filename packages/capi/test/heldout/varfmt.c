/* varfmt: an extension WITHOUT PY_SSIZE_T_CLEAN (3.11: '#' units raise
 * SystemError) whose author wraps the C-API's va_list functions in variadic
 * helpers of their own: PyErr_FormatV, PyUnicode_FromFormatV, Py_VaBuildValue,
 * PyArg_VaParse, PyArg_VaParseTupleAndKeywords. Mixed argument widths (char,
 * short, long long, double, size_t, pointers) exercise the va_list ABI.
 * Held-out test module: uses only names from API.md. */
#include <Python.h>
#include <stdarg.h>
#include <stdint.h>
#include <limits.h>

static PyObject *
raise_fmt(PyObject *exc, const char *fmt, ...)
{
    va_list vargs;
    va_start(vargs, fmt);
    PyErr_FormatV(exc, fmt, vargs);
    va_end(vargs);
    return NULL;
}

static PyObject *
str_fmt(const char *fmt, ...)
{
    va_list vargs;
    va_start(vargs, fmt);
    PyObject *r = PyUnicode_FromFormatV(fmt, vargs);
    va_end(vargs);
    return r;
}

static PyObject *
build(const char *fmt, ...)
{
    va_list vargs;
    va_start(vargs, fmt);
    PyObject *r = Py_VaBuildValue(fmt, vargs);
    va_end(vargs);
    return r;
}

static int
parse(PyObject *args, const char *fmt, ...)
{
    va_list vargs;
    va_start(vargs, fmt);
    int r = PyArg_VaParse(args, fmt, vargs);
    va_end(vargs);
    return r;
}

static int
parse_kw(PyObject *args, PyObject *kw, const char *fmt, char **names, ...)
{
    va_list vargs;
    va_start(vargs, names);
    int r = PyArg_VaParseTupleAndKeywords(args, kw, fmt, names, vargs);
    va_end(vargs);
    return r;
}

static PyObject *
vf_mixed(PyObject *self, PyObject *args)
{
    char c;
    short h;
    long long L;
    double d;
    float f;
    PyObject *o;
    if (!parse(args, "bhLdfO:mixed", &c, &h, &L, &d, &f, &o))
        return NULL;
    PyObject *s = str_fmt("c=%d h=%d L=%lld d=%d%% o=%R z=%zu u=%u p=%s",
                          (int)c, (int)h, L, (int)(d * 100), o, (size_t)SIZE_MAX > 0 ? (size_t)7 : (size_t)0,
                          (unsigned)UINT_MAX, o == Py_None ? "none" : "obj");
    if (s == NULL)
        return NULL;
    return build("(NbhLdfO)", s, c, h, L, d, (double)f, o);
}

static PyObject *
vf_kw(PyObject *self, PyObject *args, PyObject *kw)
{
    static char *names[] = {"a", "b", "c", NULL};
    int a = 0;
    double b = 0.5;
    const char *c = "dflt";
    if (!parse_kw(args, kw, "i|ds:kw", names, &a, &b, &c))
        return NULL;
    return build("{sisdss}", "a", a, "b", b, "c", c);
}

static PyObject *
vf_fail(PyObject *self, PyObject *arg)
{
    long k = PyLong_AsLong(arg);
    if (k == -1 && PyErr_Occurred())
        return NULL;
    switch (k) {
    case 0: return raise_fmt(PyExc_ValueError, "k=%ld name=%s obj=%R", k, "zero", arg);
    case 1: return raise_fmt(PyExc_TypeError, "%c%c%c %lld %llu", 'a', 'b', 'c', LLONG_MIN, ULLONG_MAX);
    case 2: return raise_fmt(PyExc_RuntimeError, "%zd|%zi|%zu|%x|%i", (Py_ssize_t)-42, (Py_ssize_t)42,
                             (size_t)42, 0xbeef, -7);
    default: return raise_fmt(PyExc_LookupError, "%.3s...%5.2s|%-4d|%S", "truncated", "xyz", 9, arg);
    }
}

/* without PY_SSIZE_T_CLEAN, '#' is a SystemError in 3.11 */
static PyObject *
vf_hash(PyObject *self, PyObject *args)
{
    const char *s;
    int n;
    if (!PyArg_ParseTuple(args, "s#:hash", &s, &n))
        return NULL;
    return PyLong_FromLong(n);
}

static PyObject *
vf_build_hash(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    return Py_BuildValue("s#", "abc", 2);
}

static PyObject *
vf_plain(PyObject *self, PyObject *args)
{
    const char *s;
    Py_buffer b;
    if (!PyArg_ParseTuple(args, "sy*:plain", &s, &b))
        return NULL;
    PyObject *r = Py_BuildValue("(sn)", s, b.len);
    PyBuffer_Release(&b);
    return r;
}

static PyObject *
vf_call(PyObject *self, PyObject *args)
{
    PyObject *f;
    if (!PyArg_ParseTuple(args, "O:call", &f))
        return NULL;
    return PyObject_CallFunction(f, "(iLd)", 1, (long long)1 << 40, 2.5);
}

static PyMethodDef vf_methods[] = {
    {"mixed", vf_mixed, METH_VARARGS, NULL},
    {"kw", (PyCFunction)(void (*)(void))vf_kw, METH_VARARGS | METH_KEYWORDS, NULL},
    {"fail", vf_fail, METH_O, NULL},
    {"hash", vf_hash, METH_VARARGS, NULL},
    {"build_hash", vf_build_hash, METH_NOARGS, NULL},
    {"plain", vf_plain, METH_VARARGS, NULL},
    {"call", vf_call, METH_VARARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef vf_module = {
    PyModuleDef_HEAD_INIT, "varfmt", "va_list wrappers", -1, vf_methods,
};

PyMODINIT_FUNC
PyInit_varfmt(void)
{
    return PyModule_Create(&vf_module);
}
