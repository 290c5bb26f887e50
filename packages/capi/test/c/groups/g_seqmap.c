/* Sequences and mappings: PySequence_*, PyMapping_*. */
#include "check.h"

static void
tests(void)
{
    PyObject *l = T(Py_BuildValue("[iiii]", 1, 2, 3, 2));
    PyObject *t = T(Py_BuildValue("(sss)", "a", "b", "c"));
    PyObject *s = S("hello");
    PyObject *d = T(Py_BuildValue("{s:i,s:i}", "x", 1, "y", 2));
    PyObject *n = I(7);
    check_int("Check(list), (tuple), (str)", PySequence_Check(l) * 100 + PySequence_Check(t) * 10 + PySequence_Check(s));
    check_int("Check(dict), (7)", PySequence_Check(d) * 10 + PySequence_Check(n));
    check_int("Size(list)", PySequence_Size(l));
    check_int("Length(str)", PySequence_Length(s));
    check_int("Size(7)", PySequence_Size(n));
    check_int("Size(dict)", PySequence_Size(d));
    check_obj("GetItem(list, -1)", PySequence_GetItem(l, -1));
    check_obj("GetItem(tuple, 1)", PySequence_GetItem(t, 1));
    check_obj("GetItem(tuple, 5)", PySequence_GetItem(t, 5));
    check_obj("GetItem(str, 1)", PySequence_GetItem(s, 1));
    check_obj("GetItem(dict, 0)", PySequence_GetItem(d, 0));
    check_int("SetItem(list, 0, 'z')", PySequence_SetItem(l, 0, S("z")));
    check_int("SetItem(list, 9, 'z')", PySequence_SetItem(l, 9, S("z")));
    check_int("SetItem(tuple, 0, 'z')", PySequence_SetItem(t, 0, S("z")));
    check_int("DelItem(list, 0)", PySequence_DelItem(l, 0));
    check_int("DelItem(str, 0)", PySequence_DelItem(s, 0));
    check_obj("list now", Py_NewRef(l));
    check_obj("GetSlice(str, 1, 3)", PySequence_GetSlice(s, 1, 3));
    check_obj("GetSlice(list, 0, 100)", PySequence_GetSlice(l, 0, 100));
    check_obj("GetSlice(tuple, -2, 3)", PySequence_GetSlice(t, -2, 3));
    check_obj("GetSlice(7, 0, 1)", PySequence_GetSlice(n, 0, 1));
    check_int("Contains(list, 2)", PySequence_Contains(l, I(2)));
    check_int("Contains(str, 'ell')", PySequence_Contains(s, S("ell")));
    check_int("Contains(str, 7)", PySequence_Contains(s, n));
    check_int("Index(list, 2)", PySequence_Index(l, I(2)));
    check_int("Index(list, 9)", PySequence_Index(l, I(9)));
    check_int("Count(list, 2)", PySequence_Count(l, I(2)));
    check_int("Count(str, 'l')", PySequence_Count(s, S("l")));
    check_obj("List(str)", PySequence_List(s));
    check_obj("List(7)", PySequence_List(n));
    check_obj("Tuple(list)", PySequence_Tuple(l));
    check_obj("Tuple(dict)", PySequence_Tuple(d));
    check_obj("Concat(list, list)", PySequence_Concat(l, l));
    check_obj("Concat(tuple, tuple)", PySequence_Concat(t, t));
    check_obj("Concat(list, tuple)", PySequence_Concat(l, t));
    check_obj("Concat(7, 7)", PySequence_Concat(n, n));
    PyObject *fast = PySequence_Fast(s, "need a sequence");
    if (fast != NULL) {
        check_int("Fast(str) size", PySequence_Fast_GET_SIZE(fast));
        check_borrowed("Fast(str) item 4", PySequence_Fast_GET_ITEM(fast, 4));
        PyObject **items = PySequence_Fast_ITEMS(fast);
        check_borrowed("Fast ITEMS[0]", items[0]);
        check_int("Fast(str) is a list", PyList_Check(fast));
        Py_DECREF(fast);
    }
    fast = PySequence_Fast(t, "need a sequence");
    if (fast != NULL) {
        check_int("Fast(tuple) is the tuple", fast == t);
        PyObject **items = PySequence_Fast_ITEMS(fast);
        check_borrowed("Fast(tuple) ITEMS[2]", items[2]);
        Py_DECREF(fast);
    }
    check_obj("Fast(7)", PySequence_Fast(n, "need a sequence, not that"));
    check_int("Mapping_Check(dict), (list), (7)", PyMapping_Check(d) * 100 + PyMapping_Check(l) * 10 + PyMapping_Check(n));
    check_int("Mapping_Size(dict)", PyMapping_Size(d));
    check_int("Mapping_Size(7)", PyMapping_Size(n));
    check_obj("Mapping_GetItemString(dict, 'y')", PyMapping_GetItemString(d, "y"));
    check_obj("Mapping_GetItemString(dict, 'q')", PyMapping_GetItemString(d, "q"));
    check_obj("Mapping_Keys(dict)", PyMapping_Keys(d));
    check_obj("Mapping_Items(dict)", PyMapping_Items(d));
    check_obj("Mapping_Keys(7)", PyMapping_Keys(n));
}

GROUP(g_seqmap)
