/* int: PyLong_*. Values that fit both a 32-bit and a 64-bit long. */
#include "check.h"
#include <limits.h>

static void
tests(void)
{
    check_obj("FromLong(-5)", PyLong_FromLong(-5));
    check_obj("FromLong(LONG_MIN) fits", T(PyLong_FromLong(LONG_MIN)) == NULL ? NULL : Py_NewRef(Py_True));
    check_obj("FromUnsignedLong(4000000000)", PyLong_FromUnsignedLong(4000000000UL));
    check_obj("FromLongLong(-2**62)", PyLong_FromLongLong(-(1LL << 62)));
    check_obj("FromUnsignedLongLong(2**64-1)", PyLong_FromUnsignedLongLong(~0ULL));
    check_obj("FromSsize_t(-3)", PyLong_FromSsize_t(-3));
    check_obj("FromSize_t(3)", PyLong_FromSize_t(3));
    check_obj("FromDouble(-2.75)", PyLong_FromDouble(-2.75));
    check_obj("FromDouble(1e20)", PyLong_FromDouble(1e20));
    check_obj("FromDouble(inf)", PyLong_FromDouble(1e308 * 10));
    check_obj("FromDouble(nan)", PyLong_FromDouble(0.0 * (1e308 * 10)));
    char *end = NULL;
    const char *src = "  0x1F rest";
    PyObject *v = PyLong_FromString(src, &end, 0);
    check_obj("FromString('  0x1F rest', 0)", v);
    check_int("  pend offset", end == NULL ? -1 : (long long)(end - src));
    check_obj("FromString('777', 8)", PyLong_FromString("777", NULL, 8));
    check_obj("FromString('1_000', 10)", PyLong_FromString("1_000", NULL, 10));
    check_obj("FromString('12345678901234567890123', 10)", PyLong_FromString("12345678901234567890123", NULL, 10));
    check_obj("FromString('z', 10)", PyLong_FromString("z", NULL, 10));
    check_obj("FromString('1', 99)", PyLong_FromString("1", NULL, 99));
    PyObject *big = T(PyLong_FromString("100000000000000000000", NULL, 10));
    PyObject *ibig = T(PyLong_FromLongLong(1LL << 40));
    PyObject *neg = I(-1);
    PyObject *f = T(PyFloat_FromDouble(3.9));
    PyObject *s = S("5");
    check_int("AsLong(-5)", PyLong_AsLong(I(-5)));
    check_int("AsLong(2**100)", PyLong_AsLong(big));
    check_int("AsLong(3.9)", PyLong_AsLong(f));
    check_int("AsLong('5')", PyLong_AsLong(s));
    check_int("AsLong(True)", PyLong_AsLong(Py_True));
    int overflow = 99;
    check_int("AsLongAndOverflow(2**100)", PyLong_AsLongAndOverflow(big, &overflow));
    check_int("  overflow", overflow);
    check_int("AsLongAndOverflow(-2**100)", PyLong_AsLongAndOverflow(T(PyNumber_Negative(big)), &overflow));
    check_int("  overflow", overflow);
    check_int("AsLongAndOverflow(7)", PyLong_AsLongAndOverflow(I(7), &overflow));
    check_int("  overflow", overflow);
    check_int("AsLongLong(2**40)", PyLong_AsLongLong(ibig));
    check_int("AsLongLong(2**100)", PyLong_AsLongLong(big));
    check_int("AsLongLongAndOverflow(2**100)", PyLong_AsLongLongAndOverflow(big, &overflow));
    check_int("  overflow", overflow);
    check_int("AsUnsignedLong(4000000000)", (long long)PyLong_AsUnsignedLong(T(PyLong_FromUnsignedLong(4000000000UL))));
    check_true("AsUnsignedLong(-1) is (unsigned long)-1 with OverflowError",
               PyLong_AsUnsignedLong(neg) == (unsigned long)-1 && PyErr_ExceptionMatches(PyExc_OverflowError));
    check_obj("  error", NULL);
    check_int("AsUnsignedLongLong(2**40)", (long long)PyLong_AsUnsignedLongLong(ibig));
    check_true("AsUnsignedLongLong(-1) errs", PyLong_AsUnsignedLongLong(neg) == (unsigned long long)-1);
    check_obj("  error", NULL);
    check_true("AsUnsignedLongMask(-1) is ULONG_MAX", PyLong_AsUnsignedLongMask(neg) == ULONG_MAX);
    check_int("AsUnsignedLongMask(2**32+5) & 0xffffffff", (long long)(PyLong_AsUnsignedLongMask(T(PyLong_FromLongLong((1LL << 32) + 5))) & 0xffffffffUL));
    check_true("AsUnsignedLongLongMask(-1)", PyLong_AsUnsignedLongLongMask(neg) == ~0ULL);
    check_int("AsUnsignedLongLongMask(2**64+7)", (long long)PyLong_AsUnsignedLongLongMask(T(PyNumber_Add(T(PyLong_FromUnsignedLongLong(~0ULL)), I(8)))));
    check_int("AsSsize_t(-3)", PyLong_AsSsize_t(I(-3)));
    check_int("AsSsize_t(2**100)", PyLong_AsSsize_t(big));
    check_int("AsSsize_t(3.9)", PyLong_AsSsize_t(f));
    check_int("AsSize_t(3)", (long long)PyLong_AsSize_t(I(3)));
    check_true("AsSize_t(-1) errs", PyLong_AsSize_t(neg) == (size_t)-1);
    check_obj("  error", NULL);
    check_double("AsDouble(2**40)", PyLong_AsDouble(ibig));
    check_double("AsDouble(10**400)", PyLong_AsDouble(T(PyNumber_Power(I(10), I(400), Py_None))));
    check_double("AsDouble(3.9)", PyLong_AsDouble(f));
    check_int("Check(1), Check(True), Check(3.9)", PyLong_Check(neg) * 100 + PyLong_Check(Py_True) * 10 + PyLong_Check(f));
    check_int("CheckExact(1), CheckExact(True)", PyLong_CheckExact(neg) * 10 + PyLong_CheckExact(Py_True));
    check_str("PyLong_Type.tp_name", PyLong_Type.tp_name);
    check_int("Py_TYPE(1) == &PyLong_Type", Py_TYPE(neg) == &PyLong_Type);
    unsigned char le[16] = {0x01, 0x02, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x80};
    check_obj("_PyLong_FromByteArray(16 bytes, little, signed)", _PyLong_FromByteArray(le, 16, 1, 1));
    check_obj("_PyLong_FromByteArray(16 bytes, big, unsigned)", _PyLong_FromByteArray(le, 16, 0, 0));
    check_obj("_PyLong_FromByteArray(0 bytes)", _PyLong_FromByteArray(le, 0, 1, 1));
    unsigned char out[16];
    memset(out, 0xAA, sizeof out);
    PyObject *x = T(PyNumber_Lshift(I(-3), I(100)));
    check_int("_PyLong_AsByteArray(-3<<100, 16, little, signed)", _PyLong_AsByteArray((PyLongObject *)x, out, 16, 1, 1));
    PyObject *back = T(_PyLong_FromByteArray(out, 16, 1, 1));
    check_int("  round trip", PyObject_RichCompareBool(back, x, Py_EQ));
    check_int("  top byte", out[15]);
    check_int("_PyLong_AsByteArray(-1, unsigned)", _PyLong_AsByteArray((PyLongObject *)neg, out, 16, 1, 0));
    check_int("_PyLong_AsByteArray(2**100, 8 bytes)", _PyLong_AsByteArray((PyLongObject *)big, out, 8, 1, 1));
}

GROUP(g_long)
