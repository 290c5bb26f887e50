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

    /* PEP 393 internals (cpython/unicodeobject.h): kinds, data at the kind's width, PyUnicode_New */
    PyObject *k1 = S("abc"), *k1l = S("caf\xc3\xa9"), *k2 = S("\xe2\x82\xac!"), *k4 = S("\xf0\x9f\x98\x80!");
    check_int("READY(str)", PyUnicode_READY(k1));
    check_int("KIND('abc'), ('caf\u00e9'), ('\u20ac!'), ('\U0001f600!')",
              PyUnicode_KIND(k1) * 1000 + PyUnicode_KIND(k1l) * 100 + PyUnicode_KIND(k2) * 10 + PyUnicode_KIND(k4));
    check_int("IS_ASCII('abc'), ('caf\u00e9')", PyUnicode_IS_ASCII(k1) * 10 + PyUnicode_IS_ASCII(k1l));
    check_int("1BYTE_DATA('caf\u00e9')[3]", PyUnicode_1BYTE_DATA(k1l)[3]);
    check_int("1BYTE_DATA('abc')[3] (NUL)", PyUnicode_1BYTE_DATA(k1)[3]);
    check_int("2BYTE_DATA('\u20ac!')[0], [1]", PyUnicode_2BYTE_DATA(k2)[0] * 1000 + PyUnicode_2BYTE_DATA(k2)[1]);
    check_int("4BYTE_DATA('\U0001f600!')[0]", (long long)PyUnicode_4BYTE_DATA(k4)[0]);
    check_int("READ_CHAR('\U0001f600!', 1)", PyUnicode_READ_CHAR(k4, 1));
    check_int("READ(KIND, DATA, 2) of 'caf\u00e9'", PyUnicode_READ(PyUnicode_KIND(k1l), PyUnicode_DATA(k1l), 2));
    check_int("MAX_CHAR_VALUE of the four", (long long)PyUnicode_MAX_CHAR_VALUE(k1) + PyUnicode_MAX_CHAR_VALUE(k1l)
              + PyUnicode_MAX_CHAR_VALUE(k2) + PyUnicode_MAX_CHAR_VALUE(k4));
    PyObject *n1 = PyUnicode_New(3, 127);
    if (n1 != NULL) {
        check_int("New(3, 127): KIND, IS_ASCII, GET_LENGTH", PyUnicode_KIND(n1) * 100 + PyUnicode_IS_ASCII(n1) * 10 + PyUnicode_GET_LENGTH(n1));
        memcpy(PyUnicode_1BYTE_DATA(n1), "xyz", 3);
        check_obj("New(3, 127) written 'xyz'", n1);
    }
    PyObject *n2 = PyUnicode_New(2, 255);
    if (n2 != NULL) {
        PyUnicode_WRITE(PyUnicode_KIND(n2), PyUnicode_DATA(n2), 0, 0xe9);
        PyUnicode_WRITE(PyUnicode_KIND(n2), PyUnicode_DATA(n2), 1, 'x');
        check_int("New(2, 255): KIND, IS_ASCII", PyUnicode_KIND(n2) * 10 + PyUnicode_IS_ASCII(n2));
        check_obj("New(2, 255) written", n2);
    }
    PyObject *n3 = PyUnicode_New(2, 0xffff);
    if (n3 != NULL) {
        PyUnicode_2BYTE_DATA(n3)[0] = 0x20ac;
        PyUnicode_2BYTE_DATA(n3)[1] = 0x4e2d;
        check_obj("New(2, 0xffff) written, + '!'", PyUnicode_Concat(n3, S("!")));
        Py_DECREF(n3);
    }
    PyObject *n4 = PyUnicode_New(1, 0x10ffff);
    if (n4 != NULL) {
        PyUnicode_4BYTE_DATA(n4)[0] = 0x1f600;
        check_int("New(1, 0x10ffff): KIND, hash == hash of the same str", PyUnicode_KIND(n4) * 10
                  + (PyObject_Hash(n4) == PyObject_Hash(S("\xf0\x9f\x98\x80"))));
        Py_DECREF(n4);
    }
    check_obj("New(0, 0)", PyUnicode_New(0, 0));
    check_obj("New(-1, 0)", PyUnicode_New(-1, 0));
    check_obj("New(1, 0x110000)", PyUnicode_New(1, 0x110000));
}

GROUP(g_unicode)
