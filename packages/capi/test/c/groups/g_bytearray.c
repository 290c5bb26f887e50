/* bytearray: PyByteArray_*. AsString/AS_STRING need the storage in the shared memory. */
#include "check.h"

static void
tests(void)
{
    PyObject *a = T(PyByteArray_FromStringAndSize("hello", 5));
    check_obj("FromStringAndSize", Py_NewRef(a));
    check_int("FromStringAndSize(NULL, 2) size", PyByteArray_Size(T(PyByteArray_FromStringAndSize(NULL, 2))));
    check_obj("FromStringAndSize(-1)", PyByteArray_FromStringAndSize("x", -1));
    check_obj("FromObject(bytes)", PyByteArray_FromObject(T(PyBytes_FromString("xyz"))));
    check_obj("FromObject(list)", PyByteArray_FromObject(T(Py_BuildValue("[iii]", 1, 2, 3))));
    check_obj("FromObject(7)", PyByteArray_FromObject(I(7)));
    check_obj("FromObject(str)", PyByteArray_FromObject(S("s")));
    check_int("Size", PyByteArray_Size(a));
    check_int("GET_SIZE", PyByteArray_GET_SIZE(a));
    check_int("Check(bytearray), (bytes)", PyByteArray_Check(a) * 10 + PyByteArray_Check(T(PyBytes_FromString("x"))));
    check_int("CheckExact", PyByteArray_CheckExact(a));
    check_str("PyByteArray_Type.tp_name", PyByteArray_Type.tp_name);
    check_int("Resize(8)", PyByteArray_Resize(a, 8));
    check_int("  size", PyByteArray_Size(a));
    check_int("Resize(2)", PyByteArray_Resize(a, 2));
    check_obj("  now", Py_NewRef(a));
    PyObject *mv = PyMemoryView_FromObject(a);
    check_int("Resize while exported", PyByteArray_Resize(a, 10));
    Py_XDECREF(mv);
    char *p = PyByteArray_AsString(a);
    if (p != NULL) {
        p[0] = 'J';
        check_obj("AsString then write", Py_NewRef(a));
    } else {
        check_obj("AsString then write", NULL);
    }
    p = PyByteArray_AS_STRING(a);
    check_str("AS_STRING", p == NULL ? NULL : "(pointer)");
    PyObject *empty = T(PyByteArray_FromStringAndSize("", 0));
    p = PyByteArray_AsString(empty);
    if (p != NULL) check_int("AsString(empty) is \"\"", p[0] == '\0');
    else check_obj("AsString(empty) is \"\"", NULL);
}

GROUP(g_bytearray)
