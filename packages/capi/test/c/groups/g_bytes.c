/* bytes: PyBytes_*. Reading a bytes object's storage (AsString...) needs it in the
   shared memory: those lines wait on that under the wasm runtime. */
#include "check.h"

static void
tests(void)
{
    PyObject *b = T(PyBytes_FromString("hello"));
    check_obj("FromString", Py_NewRef(b));
    check_obj("FromStringAndSize with NUL", PyBytes_FromStringAndSize("a\0b", 3));
    check_obj("FromStringAndSize(NULL, 3) size", PyLong_FromSsize_t(PyBytes_Size(T(PyBytes_FromStringAndSize(NULL, 3)))));
    check_obj("FromStringAndSize(-1)", PyBytes_FromStringAndSize("x", -1));
    check_obj("FromFormat", PyBytes_FromFormat("%d-%s-%c-%zd-%x-%%", 42, "txt", 'z', (Py_ssize_t)-3, 255));
    check_obj("FromFormat %5d %.2s", PyBytes_FromFormat("[%5d][%.2s]", 7, "xyz"));
    check_int("Size", PyBytes_Size(b));
    check_int("GET_SIZE", PyBytes_GET_SIZE(b));
    check_int("Size(str)", PyBytes_Size(S("x")));
    check_int("Check(bytes), (str), (bytearray)", PyBytes_Check(b) * 100 + PyBytes_Check(S("x")) * 10 + PyBytes_Check(T(PyByteArray_FromStringAndSize("", 0))));
    check_int("CheckExact", PyBytes_CheckExact(b));
    check_str("PyBytes_Type.tp_name", PyBytes_Type.tp_name);
    PyObject *c = PyBytes_FromString("ab");
    PyBytes_Concat(&c, T(PyBytes_FromString("cd")));   /* releases the old *pv */
    check_obj("Concat", c);
    PyObject *d = PyBytes_FromString("x");
    PyBytes_Concat(&d, S("str"));
    check_int("Concat(bytes, str) sets NULL", d == NULL);
    check_obj("  error", NULL);
    PyObject *e = PyBytes_FromString("12");
    PyBytes_ConcatAndDel(&e, PyBytes_FromString("34"));
    check_obj("ConcatAndDel", e);
    const char *p = PyBytes_AsString(b);
    check_str("AsString", p);
    p = PyBytes_AS_STRING(b);
    check_str("AS_STRING", p);
    check_str("AsString(str)", PyBytes_AsString(S("x")));
    char *q = NULL;
    Py_ssize_t n = -1;
    PyObject *nul = T(PyBytes_FromStringAndSize("a\0b", 3));
    if (PyBytes_AsStringAndSize(nul, &q, &n) == 0) check_int("AsStringAndSize(with NUL) size", n);
    else check_obj("AsStringAndSize(with NUL) size", NULL);
    check_int("AsStringAndSize(NULL len) with NUL", PyBytes_AsStringAndSize(nul, &q, NULL));
    q = NULL;
    if (PyBytes_AsStringAndSize(b, &q, NULL) == 0) check_str("AsStringAndSize(hello, NULL len)", q);
    else check_obj("AsStringAndSize(hello, NULL len)", NULL);
    PyObject *r = PyBytes_FromStringAndSize("abcdef", 6);
    if (_PyBytes_Resize(&r, 3) == 0) check_obj("_PyBytes_Resize(3)", r);
    else check_obj("_PyBytes_Resize(3)", NULL);
    r = PyBytes_FromStringAndSize("ab", 2);
    if (_PyBytes_Resize(&r, 4) == 0) {
        char *w = PyBytes_AsString(r);
        if (w != NULL) {
            w[2] = 'Y';
            w[3] = 'Z';
            check_obj("_PyBytes_Resize(4) then write", r);
        } else {
            Py_DECREF(r);
            check_obj("_PyBytes_Resize(4) then write", NULL);
        }
    } else {
        check_obj("_PyBytes_Resize(4)", NULL);
    }
}

GROUP(g_bytes)
