/* Numbers: the PyNumber_* protocol. */
#include "check.h"

static void
tests(void)
{
    PyObject *a = PyLong_FromLong(17), *b = PyLong_FromLong(5), *z = PyLong_FromLong(0);
    PyObject *f = PyFloat_FromDouble(2.5), *s = PyUnicode_FromString("ab");
    PyObject *l = Py_BuildValue("[i]", 1);
    PyObject *neg = PyLong_FromLong(-7);
    check_int("Check(17), Check(2.5), Check('ab')", PyNumber_Check(a) * 100 + PyNumber_Check(f) * 10 + PyNumber_Check(s));
    check_int("Check(True)", PyNumber_Check(Py_True));
    check_obj("Add(17, 5)", PyNumber_Add(a, b));
    check_obj("Add(17, 2.5)", PyNumber_Add(a, f));
    check_obj("Add('ab', 'ab')", PyNumber_Add(s, s));
    check_obj("Add(17, 'ab')", PyNumber_Add(a, s));
    check_obj("Subtract(17, 5)", PyNumber_Subtract(a, b));
    check_obj("Subtract(5, 2.5)", PyNumber_Subtract(b, f));
    check_obj("Multiply(17, 5)", PyNumber_Multiply(a, b));
    check_obj("Multiply('ab', 5)", PyNumber_Multiply(s, b));
    check_obj("Multiply([1], 5)", PyNumber_Multiply(l, b));
    check_obj("TrueDivide(17, 5)", PyNumber_TrueDivide(a, b));
    check_obj("TrueDivide(17, 0)", PyNumber_TrueDivide(a, z));
    check_obj("FloorDivide(17, 5)", PyNumber_FloorDivide(a, b));
    check_obj("FloorDivide(-7, 5)", PyNumber_FloorDivide(neg, b));
    check_obj("FloorDivide(17, 0)", PyNumber_FloorDivide(a, z));
    check_obj("Remainder(17, 5)", PyNumber_Remainder(a, b));
    check_obj("Remainder(-7, 5)", PyNumber_Remainder(neg, b));
    check_obj("Remainder(2.5, 0)", PyNumber_Remainder(f, z));
    check_obj("Remainder('%s!', 'ab')", PyNumber_Remainder(S("%s!"), s));
    check_obj("Power(17, 5, None)", PyNumber_Power(a, b, Py_None));
    check_obj("Power(17, 5, 7)", PyNumber_Power(a, b, I(7)));
    check_obj("Power(2.5, 2, None)", PyNumber_Power(f, I(2), Py_None));
    check_obj("Power(0, -1, None)", PyNumber_Power(z, I(-1), Py_None));
    check_obj("Power(17, -1, None)", PyNumber_Power(a, I(-1), Py_None));
    check_obj("Negative(17)", PyNumber_Negative(a));
    check_obj("Negative(2.5)", PyNumber_Negative(f));
    check_obj("Negative('ab')", PyNumber_Negative(s));
    check_obj("Positive(-7)", PyNumber_Positive(neg));
    check_obj("Absolute(-7)", PyNumber_Absolute(neg));
    check_obj("Absolute(-2.5)", PyNumber_Absolute(T(PyFloat_FromDouble(-2.5))));
    check_obj("Invert(17)", PyNumber_Invert(a));
    check_obj("Invert(2.5)", PyNumber_Invert(f));
    check_obj("Lshift(17, 5)", PyNumber_Lshift(a, b));
    check_obj("Lshift(1, 100)", PyNumber_Lshift(I(1), I(100)));
    check_obj("Lshift(1, -1)", PyNumber_Lshift(I(1), I(-1)));
    check_obj("Rshift(17, 2)", PyNumber_Rshift(a, I(2)));
    check_obj("Rshift(-7, 1)", PyNumber_Rshift(neg, I(1)));
    check_obj("And(17, 5)", PyNumber_And(a, b));
    check_obj("Or(17, 5)", PyNumber_Or(a, b));
    check_obj("Xor(17, 5)", PyNumber_Xor(a, b));
    check_obj("And(True, False)", PyNumber_And(Py_True, Py_False));
    check_obj("Or(2.5, 1)", PyNumber_Or(f, a));
    check_obj("Index(17)", PyNumber_Index(a));
    check_obj("Index(True)", PyNumber_Index(Py_True));
    check_obj("Index(2.5)", PyNumber_Index(f));
    check_obj("Long(2.5)", PyNumber_Long(f));
    check_obj("Long('42')", PyNumber_Long(S("42")));
    check_obj("Long('x')", PyNumber_Long(S("x")));
    check_obj("Long([1])", PyNumber_Long(l));
    check_obj("Float(17)", PyNumber_Float(a));
    check_obj("Float('1e3')", PyNumber_Float(S("1e3")));
    check_obj("Float('x')", PyNumber_Float(S("x")));
    check_obj("Float(None)", PyNumber_Float(Py_None));
    check_int("AsSsize_t(17, NULL)", PyNumber_AsSsize_t(a, NULL));
    PyObject *big = PyNumber_Lshift(I(1), I(100));
    check_int("AsSsize_t(2**100, OverflowError)", PyNumber_AsSsize_t(big, PyExc_OverflowError));
    check_true("AsSsize_t(2**100, NULL) clamps to PY_SSIZE_T_MAX", PyNumber_AsSsize_t(big, NULL) == PY_SSIZE_T_MAX);
    PyObject *nbig = PyNumber_Negative(big);
    check_true("AsSsize_t(-2**100, NULL) clamps to PY_SSIZE_T_MIN", PyNumber_AsSsize_t(nbig, NULL) == PY_SSIZE_T_MIN);
    check_int("AsSsize_t(2.5, NULL)", PyNumber_AsSsize_t(f, NULL));
    check_int("Index_Check(17), (2.5), (True)", PyIndex_Check(a) * 100 + PyIndex_Check(f) * 10 + PyIndex_Check(Py_True));

    /* the in-place forms (abstract.c): the in-place slot, then the binary one; errors name `op=` */
    check_obj("InPlaceRemainder(17, 5)", PyNumber_InPlaceRemainder(a, b));
    check_obj("InPlacePower(17, 2, None)", PyNumber_InPlacePower(a, I(2), Py_None));
    check_obj("InPlacePower(17, 2, 5)", PyNumber_InPlacePower(a, I(2), b));
    check_obj("InPlaceLshift(17, 2)", PyNumber_InPlaceLshift(a, I(2)));
    check_obj("InPlaceRshift(17, 2)", PyNumber_InPlaceRshift(a, I(2)));
    check_obj("InPlaceAnd(17, 5)", PyNumber_InPlaceAnd(a, b));
    check_obj("InPlaceXor(17, 5)", PyNumber_InPlaceXor(a, b));
    check_obj("InPlaceOr(17, 5)", PyNumber_InPlaceOr(a, b));
    check_obj("InPlaceFloorDivide(17, 5)", PyNumber_InPlaceFloorDivide(a, b));
    check_obj("InPlaceTrueDivide(17, 5)", PyNumber_InPlaceTrueDivide(a, b));
    check_obj("InPlaceFloorDivide(17, 0)", PyNumber_InPlaceFloorDivide(a, z));
    check_obj("InPlaceOr([1], 5)", PyNumber_InPlaceOr(l, b));
    check_obj("InPlaceAnd(2.5, 1)", PyNumber_InPlaceAnd(f, a));
    check_obj("MatrixMultiply(17, 5)", PyNumber_MatrixMultiply(a, b));
    check_obj("InPlaceMatrixMultiply(17, 5)", PyNumber_InPlaceMatrixMultiply(a, b));
    check_obj("InPlaceMatrixMultiply([1], 'x')", PyNumber_InPlaceMatrixMultiply(l, s));
    Py_DECREF(big);
    Py_DECREF(nbig);
    Py_DECREF(a); Py_DECREF(b); Py_DECREF(z); Py_DECREF(f); Py_DECREF(s); Py_DECREF(l); Py_DECREF(neg);
}

GROUP(g_number)
