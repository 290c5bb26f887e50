/* tuple: PyTuple_*. */
#include "check.h"

static void
tests(void)
{
    PyObject *t = PyTuple_New(3);
    check_int("New(3) size", PyTuple_Size(t));
    check_int("SetItem(0)", PyTuple_SetItem(t, 0, PyLong_FromLong(1)));
    check_int("SetItem(5) (steals even on error)", PyTuple_SetItem(t, 5, PyLong_FromLong(9)));
    PyTuple_SET_ITEM(t, 1, PyUnicode_FromString("two"));
    PyTuple_SET_ITEM(t, 2, Py_NewRef(Py_None));
    check_obj("filled", Py_NewRef(t));
    check_borrowed("GetItem(1)", PyTuple_GetItem(t, 1));
    check_borrowed("GET_ITEM(2)", PyTuple_GET_ITEM(t, 2));
    check_borrowed("GetItem(3)", PyTuple_GetItem(t, 3));
    check_borrowed("GetItem(-1)", PyTuple_GetItem(t, -1));
    check_int("GET_SIZE", PyTuple_GET_SIZE(t));
    check_int("Size(list)", PyTuple_Size(T(PyList_New(0))));
    check_obj("GetSlice(1, 3)", PyTuple_GetSlice(t, 1, 3));
    check_obj("GetSlice(-5, 99)", PyTuple_GetSlice(t, -5, 99));
    check_obj("GetSlice(2, 1)", PyTuple_GetSlice(t, 2, 1));
    check_obj("Pack(0)", PyTuple_Pack(0));
    check_obj("Pack(2)", PyTuple_Pack(2, t, Py_True));
    PyObject *fresh = PyTuple_New(2);
    check_int("GET_ITEM of a fresh tuple is NULL, no exception",
              fresh != NULL && PyTuple_GET_ITEM(fresh, 0) == NULL && PyTuple_GetItem(fresh, 1) == NULL && !PyErr_Occurred());
    if (fresh != NULL) {
        PyTuple_SET_ITEM(fresh, 0, PyLong_FromLong(5));
        check_int("  after SET_ITEM(0): item 0 set, item 1 still NULL",
                  PyTuple_GET_ITEM(fresh, 0) != NULL && PyTuple_GET_ITEM(fresh, 1) == NULL);
        PyTuple_SET_ITEM(fresh, 1, PyLong_FromLong(6));
        check_obj("  filled", fresh);
    }
    check_obj("New(0)", PyTuple_New(0));
    check_obj("New(-1)", PyTuple_New(-1));
    check_int("Check(tuple), (list)", PyTuple_Check(t) * 10 + PyTuple_Check(T(PyList_New(0))));
    check_int("CheckExact", PyTuple_CheckExact(t));
    check_str("PyTuple_Type.tp_name", PyTuple_Type.tp_name);
    check_int("SetItem on a tuple (7)", PyTuple_SetItem(I(7), 0, PyLong_FromLong(1)));
    Py_DECREF(t);
}

GROUP(g_tuple)
