/* dict: PyDict_*. */
#include "check.h"

static void
tests(void)
{
    PyObject *d = T(PyDict_New());
    PyObject *ka = S("a"), *one = I(1);
    check_int("SetItem('a', 1)", PyDict_SetItem(d, ka, one));
    check_int("SetItemString('b', 'x')", PyDict_SetItemString(d, "b", S("x")));
    check_int("SetItem(1.0, 'float key')", PyDict_SetItem(d, T(PyFloat_FromDouble(2.0)), S("two")));
    check_int("SetItem([], 1)", PyDict_SetItem(d, T(PyList_New(0)), one));
    check_int("SetItem(True) replaces key 1?", PyDict_SetItem(d, Py_True, S("true")));
    check_int("SetItem(1) same key as True", PyDict_SetItem(d, one, S("one")));
    check_obj("dict", Py_NewRef(d));
    check_borrowed("GetItem('a')", PyDict_GetItem(d, ka));
    check_borrowed("GetItem('zz')", PyDict_GetItem(d, S("zz")));
    check_borrowed("GetItem([]) (errors suppressed)", PyDict_GetItem(d, T(PyList_New(0))));
    check_int("  no exception", PyErr_Occurred() == NULL);
    check_borrowed("GetItemWithError('zz')", PyDict_GetItemWithError(d, S("zz")));
    check_int("  no exception for a missing key", PyErr_Occurred() == NULL);
    check_borrowed("GetItemWithError([])", PyDict_GetItemWithError(d, T(PyList_New(0))));
    check_borrowed("GetItemString('b')", PyDict_GetItemString(d, "b"));
    check_borrowed("GetItem(2) (2.0 key)", PyDict_GetItem(d, I(2)));
    check_int("Contains('a')", PyDict_Contains(d, ka));
    check_int("Contains('q')", PyDict_Contains(d, S("q")));
    check_int("Contains([])", PyDict_Contains(d, T(PyList_New(0))));
    check_int("Size", PyDict_Size(d));
    check_int("Size(list)", PyDict_Size(T(PyList_New(0))));
    Py_ssize_t pos = 0;
    PyObject *k, *v;
    PyObject *seen = T(PyList_New(0));
    while (PyDict_Next(d, &pos, &k, &v)) PyList_Append(seen, T(PyTuple_Pack(2, k, v)));
    check_obj("Next (in order)", Py_NewRef(seen));
    check_obj("Keys", PyDict_Keys(d));
    check_obj("Values", PyDict_Values(d));
    check_obj("Items", PyDict_Items(d));
    PyObject *c = T(PyDict_Copy(d));
    check_obj("Copy", Py_NewRef(c));
    check_int("DelItem('a')", PyDict_DelItem(c, ka));
    check_int("DelItem('a') again", PyDict_DelItem(c, ka));
    check_int("DelItemString('b')", PyDict_DelItemString(c, "b"));
    check_int("DelItemString('nope')", PyDict_DelItemString(c, "nope"));
    check_obj("  copy now", Py_NewRef(c));
    check_obj("  original", Py_NewRef(d));
    PyObject *u = T(Py_BuildValue("{s:i,s:i}", "a", 100, "new", 5));
    check_int("Update", PyDict_Update(d, u));
    check_obj("  updated", Py_NewRef(d));
    check_int("Update(dict, list of pairs)", PyDict_Update(d, T(Py_BuildValue("[(si)]", "p", 1))));
    check_int("Update(dict, 7)", PyDict_Update(d, I(7)));
    PyDict_Clear(c);
    check_obj("Clear", Py_NewRef(c));
    check_int("Check(dict), (list)", PyDict_Check(d) * 10 + PyDict_Check(T(PyList_New(0))));
    check_int("CheckExact", PyDict_CheckExact(d));
    check_str("PyDict_Type.tp_name", PyDict_Type.tp_name);
    check_obj("Copy(list)", PyDict_Copy(T(PyList_New(0))));
    check_obj("Keys(list)", PyDict_Keys(T(PyList_New(0))));
    check_int("SetItem(list, ...)", PyDict_SetItem(T(PyList_New(0)), ka, one));
}

GROUP(g_dict)
