/* list: PyList_*. */
#include "check.h"

static void
tests(void)
{
    PyObject *l = T(PyList_New(2));
    check_int("GET_ITEM of a fresh list is NULL, no exception",
              l != NULL && PyList_GET_ITEM(l, 0) == NULL && PyList_GetItem(l, 1) == NULL && !PyErr_Occurred());
    PyList_SET_ITEM(l, 0, PyLong_FromLong(3));
    check_int("  after SET_ITEM(0): item 1 still NULL", PyList_GET_ITEM(l, 1) == NULL);
    check_int("SetItem(1)", PyList_SetItem(l, 1, PyLong_FromLong(1)));
    check_int("SetItem(7) (steals even on error)", PyList_SetItem(l, 7, PyLong_FromLong(9)));
    check_obj("filled", Py_NewRef(l));
    check_int("Append", PyList_Append(l, I(2)));
    check_int("Append(NULL)", PyList_Append(l, NULL));
    check_int("Insert(0)", PyList_Insert(l, 0, S("first")));
    check_int("Insert(-1)", PyList_Insert(l, -1, S("penult")));
    check_int("Insert(99)", PyList_Insert(l, 99, S("last")));
    check_obj("after inserts", Py_NewRef(l));
    check_int("Size", PyList_Size(l));
    check_int("GET_SIZE", PyList_GET_SIZE(l));
    check_int("Size(tuple)", PyList_Size(T(PyTuple_New(0))));
    check_borrowed("GetItem(1)", PyList_GetItem(l, 1));
    check_borrowed("GET_ITEM(0)", PyList_GET_ITEM(l, 0));
    check_borrowed("GetItem(99)", PyList_GetItem(l, 99));
    check_borrowed("GetItem(-1)", PyList_GetItem(l, -1));
    check_obj("GetSlice(1, 3)", PyList_GetSlice(l, 1, 3));
    check_obj("GetSlice(-9, 99)", PyList_GetSlice(l, -9, 99));
    PyObject *ints = T(Py_BuildValue("[iiii]", 4, 1, 3, 2));
    check_int("SetSlice(1, 3, [9])", PyList_SetSlice(ints, 1, 3, T(Py_BuildValue("[i]", 9))));
    check_obj("  now", Py_NewRef(ints));
    check_int("SetSlice(0, 1, NULL) deletes", PyList_SetSlice(ints, 0, 1, NULL));
    check_obj("  now", Py_NewRef(ints));
    check_int("SetSlice(0, 0, 'ab')", PyList_SetSlice(ints, 0, 0, S("ab")));
    check_obj("  now", Py_NewRef(ints));
    check_int("SetSlice(0, 0, 7)", PyList_SetSlice(ints, 0, 0, I(7)));
    PyObject *nums = T(Py_BuildValue("[iiii]", 4, 1, 3, 2));
    check_int("Sort", PyList_Sort(nums));
    check_obj("  sorted", Py_NewRef(nums));
    check_int("Reverse", PyList_Reverse(nums));
    check_obj("  reversed", Py_NewRef(nums));
    check_int("Sort(mixed)", PyList_Sort(l));
    check_int("Sort(tuple)", PyList_Sort(T(PyTuple_New(0))));
    check_obj("AsTuple", PyList_AsTuple(nums));
    check_obj("AsTuple(tuple)", PyList_AsTuple(T(PyTuple_New(0))));
    check_obj("New(0)", PyList_New(0));
    check_obj("New(-1)", PyList_New(-1));
    check_int("Check(list), (tuple)", PyList_Check(l) * 10 + PyList_Check(T(PyTuple_New(0))));
    check_int("CheckExact", PyList_CheckExact(l));
    check_str("PyList_Type.tp_name", PyList_Type.tp_name);
}

GROUP(g_list)
