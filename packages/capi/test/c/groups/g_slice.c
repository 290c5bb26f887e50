/* slice: PySlice_*. */
#include "check.h"

static void
tests(void)
{
    PyObject *sl = T(PySlice_New(I(1), I(10), I(3)));
    check_obj("New(1, 10, 3)", Py_NewRef(sl));
    check_obj("New(NULL, NULL, NULL)", PySlice_New(NULL, NULL, NULL));
    check_obj("New(None, -1, None)", PySlice_New(Py_None, I(-1), Py_None));
    check_obj("New('a', 'b', 'c')", PySlice_New(S("a"), S("b"), S("c")));
    check_int("Check(slice), (7)", PySlice_Check(sl) * 10 + PySlice_Check(I(7)));
    check_str("PySlice_Type.tp_name", PySlice_Type.tp_name);
    Py_ssize_t start = -99, stop = -99, step = -99, len = -99;
    check_int("Unpack(1:10:3)", PySlice_Unpack(sl, &start, &stop, &step));
    check_int("  start, stop, step", start * 10000 + stop * 100 + step);
    len = PySlice_AdjustIndices(5, &start, &stop, step);
    check_int("AdjustIndices(5) len", len);
    check_int("  start, stop", start * 100 + stop);
    PyObject *rev = T(PySlice_New(NULL, NULL, I(-2)));
    check_int("Unpack(::-2)", PySlice_Unpack(rev, &start, &stop, &step));
    check_true("  start PY_SSIZE_T_MAX, stop PY_SSIZE_T_MIN, step -2", start == PY_SSIZE_T_MAX && stop == PY_SSIZE_T_MIN && step == -2);
    len = PySlice_AdjustIndices(7, &start, &stop, step);
    check_int("AdjustIndices(7) len", len);
    check_int("  start, stop", start * 100 + stop);
    check_int("Unpack(step 0)", PySlice_Unpack(T(PySlice_New(NULL, NULL, I(0))), &start, &stop, &step));
    check_int("Unpack(step 'x')", PySlice_Unpack(T(PySlice_New(NULL, NULL, S("x"))), &start, &stop, &step));
    PyObject *huge = T(PySlice_New(T(PyNumber_Negative(T(PyNumber_Lshift(I(1), I(100))))), T(PyNumber_Lshift(I(1), I(100))), NULL));
    check_int("Unpack(-2**100:2**100)", PySlice_Unpack(huge, &start, &stop, &step));
    check_true("  clamped to PY_SSIZE_T_MIN/MAX", start == PY_SSIZE_T_MIN && stop == PY_SSIZE_T_MAX && step == 1);
    len = PySlice_AdjustIndices(4, &start, &stop, step);
    check_int("AdjustIndices(4) len", len * 100 + start * 10 + stop);
    Py_ssize_t slen = -1;
    check_int("GetIndicesEx(1:10:3, 20)", PySlice_GetIndicesEx(sl, 20, &start, &stop, &step, &slen));
    check_int("  start stop step slicelength", start * 1000000 + stop * 10000 + step * 100 + slen);
    check_int("GetIndicesEx(-3:, 5)", PySlice_GetIndicesEx(T(PySlice_New(I(-3), NULL, NULL)), 5, &start, &stop, &step, &slen));
    check_int("  start stop step slicelength", start * 1000000 + stop * 10000 + step * 100 + slen);
    check_int("GetIndicesEx(step 0)", PySlice_GetIndicesEx(T(PySlice_New(NULL, NULL, I(0))), 5, &start, &stop, &step, &slen));
    check_obj("list[slice]", PyObject_GetItem(T(Py_BuildValue("[iiiiii]", 0, 1, 2, 3, 4, 5)), sl));
}

GROUP(g_slice)
