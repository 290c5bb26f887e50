/* Argument parsing and building values: PyArg_*, Py_BuildValue, Py_VaBuildValue. */
#include "check.h"

static PyObject *
vbuild(const char *fmt, ...)
{
    va_list va;
    va_start(va, fmt);
    PyObject *r = Py_VaBuildValue(fmt, va);
    va_end(va);
    return r;
}

static int
vparse(PyObject *args, const char *fmt, ...)
{
    va_list va;
    va_start(va, fmt);
    int r = PyArg_VaParse(args, fmt, va);
    va_end(va);
    return r;
}

static int
vparsekw(PyObject *args, PyObject *kw, const char *fmt, char **kwlist, ...)
{
    va_list va;
    va_start(va, kwlist);
    int r = PyArg_VaParseTupleAndKeywords(args, kw, fmt, kwlist, va);
    va_end(va);
    return r;
}

static int
to_upper_char(PyObject *o, void *out)
{
    const char *s = PyUnicode_AsUTF8(o);
    if (s == NULL) return 0;
    *(char *)out = s[0] >= 'a' && s[0] <= 'z' ? (char)(s[0] - 32) : s[0];
    return 1;
}

static PyObject *
make_str(void *p)
{
    return PyUnicode_FromString((const char *)p);
}

static void
tests(void)
{
    int i = 0, j = 0, p = -1;
    long l = 0;
    double d = 0;
    float f = 0;
    const char *s = NULL, *z = "unset";
    Py_ssize_t n = 0, len = 0;
    PyObject *o = NULL;
    char c = 0;
    unsigned char B = 0;
    short h = 0;
    unsigned short H = 0;
    unsigned int I_ = 0;
    unsigned long k = 0;
    long long L = 0;
    unsigned long long K = 0;
    int C = 0;
    PyObject *args = T(Py_BuildValue("(isdO)", 7, "seven", 7.5, Py_None));
    check_int("ParseTuple('isdO')", PyArg_ParseTuple(args, "isdO", &i, &s, &d, &o));
    check_obj("  values", Py_BuildValue("(isdO)", i, s, d, o));
    check_int("ParseTuple too few", PyArg_ParseTuple(args, "isdOi", &i, &s, &d, &o, &j));
    check_obj("  error", NULL);
    check_int("ParseTuple too many ('ii:f')", PyArg_ParseTuple(args, "ii:f", &i, &j));
    check_obj("  error", NULL);
    check_int("ParseTuple wrong type (';custom')", PyArg_ParseTuple(args, "ii;custom message", &i, &j));
    check_obj("  error", NULL);
    check_int("ParseTuple optional '|ii'", PyArg_ParseTuple(T(Py_BuildValue("(i)", 3)), "|ii", &i, &j));
    check_int("  i", i);
    PyObject *nums = T(Py_BuildValue("(iiiiiiiiLK)", -1, 255, -300, 65535, 70000, 70000, 5, 6, 7LL, 8ULL));
    check_int("ParseTuple 'bBhHiIlkLK'", PyArg_ParseTuple(nums, "bBhHiIlkLK", &c, &B, &h, &H, &i, &I_, &l, &k, &L, &K));
    check_obj("  values", Py_BuildValue("(bBhHiIlkLK)", c, B, h, H, i, I_, l, k, L, K));
    check_int("'b' 300", PyArg_ParseTuple(T(Py_BuildValue("(i)", 300)), "b", &B));
    check_obj("  error", NULL);
    check_int("'h' -40000", PyArg_ParseTuple(T(Py_BuildValue("(i)", -40000)), "h", &h));
    check_obj("  error", NULL);
    check_int("'n' 5", PyArg_ParseTuple(T(Py_BuildValue("(i)", 5)), "n", &n));
    check_int("  n", n);
    check_int("'f' 0.5", PyArg_ParseTuple(T(Py_BuildValue("(d)", 0.5)), "f", &f));
    check_double("  f", f);
    check_int("'d' 'x'", PyArg_ParseTuple(T(Py_BuildValue("(s)", "x")), "d", &d));
    check_obj("  error", NULL);
    check_int("'c' b'q'", PyArg_ParseTuple(T(Py_BuildValue("(c)", 'q')), "c", &c));
    check_int("  c", c);
    check_int("'C' 'é'", PyArg_ParseTuple(T(Py_BuildValue("(s)", "\xc3\xa9")), "C", &C));
    check_int("  C", C);
    check_int("'p' [] and 'p' 3", PyArg_ParseTuple(T(Py_BuildValue("([]i)", 3)), "pp", &i, &p));
    check_int("  i, p", i * 10 + p);
    check_int("'s#'", PyArg_ParseTuple(T(Py_BuildValue("(s)", "a\xc3\xa9")), "s#", &s, &len));
    check_int("  len", len);
    check_int("'z' None, 'z#'", PyArg_ParseTuple(T(Py_BuildValue("(Os)", Py_None, "zz")), "zz#", &z, &s, &len));
    check_int("  z NULL, len", (z == NULL) * 10 + len);
    check_int("'s' with NUL", PyArg_ParseTuple(T(Py_BuildValue("(s#)", "a\0b", (Py_ssize_t)3)), "s", &s));
    check_obj("  error", NULL);
    check_int("'U' 'u', 'S' b'b', 'Y' bytearray", PyArg_ParseTuple(T(Py_BuildValue("(sy)", "u", "b")), "US", &o, &o));
    check_int("'O!' list given int", PyArg_ParseTuple(T(Py_BuildValue("(i)", 1)), "O!", &PyList_Type, &o));
    check_obj("  error", NULL);
    check_int("'O&'", PyArg_ParseTuple(T(Py_BuildValue("(s)", "abc")), "O&", to_upper_char, &c));
    check_int("  c", c);
    check_int("'(ii)'", PyArg_ParseTuple(T(Py_BuildValue("((ii))", 4, 5)), "(ii)", &i, &j));
    check_int("  i, j", i * 10 + j);
    check_int("'(ii)' given 3", PyArg_ParseTuple(T(Py_BuildValue("(i)", 3)), "(ii)", &i, &j));
    check_obj("  error", NULL);
    check_int("'es' utf-8", PyArg_ParseTuple(T(Py_BuildValue("(s)", "\xc3\xa9")), "es", "utf-8", &s));
    if (!PyErr_Occurred()) {
        check_int("  bytes", (unsigned char)s[0] * 1000 + (unsigned char)s[1]);
        PyMem_Free((void *)s);
    }
    check_int("'et' given bytes", PyArg_ParseTuple(T(Py_BuildValue("(y)", "raw")), "et", "ascii", &s));
    if (!PyErr_Occurred()) {
        check_str("  copy", s);
        PyMem_Free((void *)s);
    }
    check_int("Parse(7, 'i')", PyArg_Parse(I(7), "i", &i));
    check_int("  i", i);
    check_int("Parse('x', 'i')", PyArg_Parse(S("x"), "i", &i));
    check_obj("  error", NULL);
    PyObject *a = NULL, *b = NULL, *cc = NULL;
    check_int("UnpackTuple(2 of 1..3)", PyArg_UnpackTuple(T(Py_BuildValue("(ii)", 1, 2)), "u", 1, 3, &a, &b, &cc));
    check_int("  cc NULL", cc == NULL);
    check_obj("  a", Py_XNewRef(a));
    check_int("UnpackTuple(0 of 1..3)", PyArg_UnpackTuple(T(PyTuple_New(0)), "u", 1, 3, &a, &b, &cc));
    check_obj("  error", NULL);
    check_int("UnpackTuple(4 of 1..3)", PyArg_UnpackTuple(T(Py_BuildValue("(iiii)", 1, 2, 3, 4)), "u", 1, 3, &a, &b, &cc));
    check_obj("  error", NULL);
    static char *kwlist[] = {"a", "b", "c", NULL};
    PyObject *kw = T(Py_BuildValue("{s:i}", "c", 30));
    i = j = p = 0;
    check_int("ParseTupleAndKeywords('i|i$i')", PyArg_ParseTupleAndKeywords(T(Py_BuildValue("(ii)", 1, 2)), kw, "i|i$i:f", kwlist, &i, &j, &p));
    check_int("  a b c", i * 10000 + j * 100 + p);
    check_int("keyword-only given positionally", PyArg_ParseTupleAndKeywords(T(Py_BuildValue("(iii)", 1, 2, 3)), NULL, "i|i$i:f", kwlist, &i, &j, &p));
    check_obj("  error", NULL);
    check_int("unknown keyword", PyArg_ParseTupleAndKeywords(T(Py_BuildValue("(i)", 1)), T(Py_BuildValue("{s:i}", "zz", 1)), "i|i$i:f", kwlist, &i, &j, &p));
    check_obj("  error", NULL);
    check_int("missing required", PyArg_ParseTupleAndKeywords(T(PyTuple_New(0)), NULL, "ii:f", kwlist, &i, &j));
    check_obj("  error", NULL);
    check_int("VaParse", vparse(T(Py_BuildValue("(si)", "v", 9)), "si", &s, &i));
    check_obj("  values", Py_BuildValue("(si)", s, i));
    check_int("VaParseTupleAndKeywords", vparsekw(T(Py_BuildValue("(i)", 1)), T(Py_BuildValue("{s:i}", "b", 2)), "i|ii", kwlist, &i, &j, &p));
    check_int("  a b", i * 10 + j);
    check_obj("BuildValue ''", Py_BuildValue(""));
    check_obj("BuildValue 'i'", Py_BuildValue("i", 5));
    check_obj("BuildValue 'ii'", Py_BuildValue("ii", 5, 6));
    check_obj("BuildValue 's s# z z# y y#'", Py_BuildValue("(ss#zz#yy#)", "a", "bcd", (Py_ssize_t)2, NULL, "e", (Py_ssize_t)1, "f", "gh", (Py_ssize_t)1));
    check_obj("BuildValue 'b h l B H I k'", Py_BuildValue("(bhlBHIk)", -1, -2, -3L, 200, 60000, 4000000000u, 5ul));
    check_obj("BuildValue 'L K n'", Py_BuildValue("(LKn)", -(1LL << 50), 1ULL << 63, (Py_ssize_t)-7));
    check_obj("BuildValue 'c C d f'", Py_BuildValue("(cCdf)", 'x', 0x1F600, 1.5, 0.25));
    check_obj("BuildValue 'O O& N S'", Py_BuildValue("(OO&NS)", Py_None, make_str, "12", PyList_New(0), S("s")));
    check_obj("BuildValue '[i,(i,i),{s:i}]'", Py_BuildValue("[i,(i,i),{s:i}]", 1, 2, 3, "k", 4));
    check_obj("BuildValue 's' NULL", Py_BuildValue("s", NULL));
    check_obj("BuildValue 'O' NULL", Py_BuildValue("O", NULL));
    check_obj("BuildValue bad unit", Py_BuildValue("(i!)", 1));
    check_obj("VaBuildValue", vbuild("(is)", 3, "va"));
}

GROUP(g_args)
