/* str: PyUnicode_*. */
#include "check.h"

static PyObject *
fmtv(const char *fmt, ...)
{
    va_list va;
    va_start(va, fmt);
    PyObject *r = PyUnicode_FromFormatV(fmt, va);
    va_end(va);
    return r;
}

static void
tests(void)
{
    PyObject *s = S("h\xc3\xa9llo");
    check_obj("FromString(utf-8)", PyUnicode_FromString("caf\xc3\xa9 \xe2\x82\xac"));
    check_obj("FromString(bad utf-8)", PyUnicode_FromString("\xff"));
    check_obj("FromStringAndSize('abcdef', 3)", PyUnicode_FromStringAndSize("abcdef", 3));
    check_obj("FromStringAndSize with NUL", PyUnicode_FromStringAndSize("a\0b", 3));
    check_obj("FromStringAndSize(NULL, 0)", PyUnicode_FromStringAndSize(NULL, 0));
    check_obj("FromStringAndSize(-1)", PyUnicode_FromStringAndSize("x", -1));
    check_obj("FromFormat %d %s %c", PyUnicode_FromFormat("%d-%s-%c", 42, "txt", 'z'));
    check_obj("FromFormat %R %S %A", PyUnicode_FromFormat("%R|%S|%A", s, s, s));
    check_obj("FromFormat %U %V", PyUnicode_FromFormat("%U|%V", s, NULL, "dflt"));
    check_obj("FromFormat %zd %zu %ld %lld %x %%", PyUnicode_FromFormat("%zd %zu %ld %lld %x %%", (Py_ssize_t)-1, (size_t)2, -3L, -4LL, 255));
    check_obj("FromFormat %5d %-4s| %.2s", PyUnicode_FromFormat("[%5d] [%-4s] [%.2s]", 7, "ab", "xyz"));
    check_obj("FromFormat %i %u %lu %llu", PyUnicode_FromFormat("%i %u %lu %llu", -5, 5u, 6ul, 7ull));
    check_obj("FromFormatV", fmtv("%s=%d", "x", 9));
    check_str("AsUTF8", PyUnicode_AsUTF8(s));
    check_str("AsUTF8(7)", PyUnicode_AsUTF8(I(7)));
    Py_ssize_t n = -1;
    const char *u = PyUnicode_AsUTF8AndSize(s, &n);
    check_str("AsUTF8AndSize", u);
    check_int("  size (bytes)", n);
    PyObject *nul = T(PyUnicode_FromStringAndSize("a\0b", 3));
    u = PyUnicode_AsUTF8AndSize(nul, &n);
    check_int("AsUTF8AndSize('a\\0b') size, byte 2", n * 1000 + (u ? u[2] : -1));
    check_int("AsUTF8AndSize(NULL size)", PyUnicode_AsUTF8AndSize(s, NULL) != NULL);
    check_obj("AsUTF8String", PyUnicode_AsUTF8String(s));
    check_obj("AsUTF8String(b'')", PyUnicode_AsUTF8String(T(PyBytes_FromString(""))));
    check_obj("DecodeUTF8", PyUnicode_DecodeUTF8("\xc3\xa9t\xc3\xa9", 5, NULL));
    check_obj("DecodeUTF8 strict error", PyUnicode_DecodeUTF8("a\xffz", 3, "strict"));
    check_obj("DecodeUTF8 replace", PyUnicode_DecodeUTF8("a\xffz", 3, "replace"));
    check_obj("DecodeUTF8 ignore", PyUnicode_DecodeUTF8("a\xffz", 3, "ignore"));
    check_obj("DecodeASCII", PyUnicode_DecodeASCII("plain", 5, NULL));
    check_obj("DecodeASCII error", PyUnicode_DecodeASCII("caf\xc3\xa9", 5, NULL));
    check_obj("DecodeASCII replace", PyUnicode_DecodeASCII("caf\xc3\xa9", 5, "replace"));
    check_obj("DecodeLatin1", PyUnicode_DecodeLatin1("caf\xe9\xff", 5, NULL));
    check_int("GetLength", PyUnicode_GetLength(s));
    check_int("GET_LENGTH", PyUnicode_GET_LENGTH(s));
    check_int("GetLength(astral)", PyUnicode_GetLength(S("\xf0\x9f\x98\x80!")));
    check_int("GetLength(7)", PyUnicode_GetLength(I(7)));
    check_obj("Concat", PyUnicode_Concat(s, S("!")));
    check_obj("Concat(str, 7)", PyUnicode_Concat(s, I(7)));
    check_int("CompareWithASCIIString equal", PyUnicode_CompareWithASCIIString(S("abc"), "abc"));
    check_int("CompareWithASCIIString less", PyUnicode_CompareWithASCIIString(S("abc"), "abd"));
    check_int("CompareWithASCIIString greater", PyUnicode_CompareWithASCIIString(S("abcd"), "abc"));
    check_int("CompareWithASCIIString shorter", PyUnicode_CompareWithASCIIString(S("ab"), "abc"));
    PyObject *i1 = T(PyUnicode_InternFromString("interned"));
    check_obj("InternFromString", Py_NewRef(i1));
    check_int("Check(str), (7)", PyUnicode_Check(s) * 10 + PyUnicode_Check(I(7)));
    check_int("CheckExact(str)", PyUnicode_CheckExact(s));
    check_str("PyUnicode_Type.tp_name", PyUnicode_Type.tp_name);
    check_int("Py_TYPE(str) == &PyUnicode_Type", Py_TYPE(s) == &PyUnicode_Type);
}

GROUP(g_unicode)
