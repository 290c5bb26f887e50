/* The abstract object protocol: repr/str/hash/truth/items/attributes/compare/call/iter. */
#include "check.h"

static PyObject *
mkstr(const char *s)
{
    return PyUnicode_FromString(s);
}

/* PyObject_Print(o, fp, flags) into a memory stream: "label: rc text". */
static void
print_to_memory(const char *label, PyObject *o, int flags)
{
    char text[128];
    memset(text, 0, sizeof text);
    FILE *f = fmemopen(text, sizeof text - 1, "w");
    int rc = PyObject_Print(o, f, flags);
    fclose(f);
    check_obj(label, PyUnicode_FromFormat("%d %s", rc, text));
}

static void
tests(void)
{
    PyObject *l = Py_BuildValue("[i,s,d]", 1, "two", 3.5);
    PyObject *s = mkstr("h\xc3\xa9llo");
    PyObject *d = Py_BuildValue("{s:i}", "k", 1);
    check_obj("Repr(list)", PyObject_Repr(l));
    check_obj("Str(list)", PyObject_Str(l));
    check_obj("Repr(str)", PyObject_Repr(s));
    check_obj("Str(str)", PyObject_Str(s));
    check_obj("ASCII(str)", PyObject_ASCII(s));
    check_obj("Repr(NULL)", PyObject_Repr(NULL));
    print_to_memory("Print(list)", l, 0);
    print_to_memory("Print(str, Py_PRINT_RAW)", s, Py_PRINT_RAW);
    print_to_memory("Print(str)", s, 0);
    print_to_memory("Print(NULL)", NULL, 0);
    check_obj("Str(NULL)", PyObject_Str(NULL));
    PyObject *b = PyBytes_FromString("raw");
    check_obj("Bytes(bytes)", PyObject_Bytes(b));
    PyObject *ints = Py_BuildValue("[iii]", 65, 66, 67);
    check_obj("Bytes(list of ints)", PyObject_Bytes(ints));
    check_obj("Bytes(str)", PyObject_Bytes(s));
    Py_DECREF(b);
    PyObject *seven = PyLong_FromLong(7);
    check_int("Hash(7)", PyObject_Hash(seven));
    check_int("Hash(list)", PyObject_Hash(l));
    PyObject *tup = Py_BuildValue("(ii)", 1, 2);
    PyObject *tup2 = Py_BuildValue("(ii)", 1, 2);
    check_int("Hash(tuple) equal for equal tuples", PyObject_Hash(tup) == PyObject_Hash(tup2));
    check_int("HashNotImplemented", PyObject_HashNotImplemented(l));
    check_int("IsTrue(list), IsTrue([])", PyObject_IsTrue(l));
    PyObject *empty = PyList_New(0);
    check_int("IsTrue([])", PyObject_IsTrue(empty));
    check_int("Not([])", PyObject_Not(empty));
    check_int("Not(None)", PyObject_Not(Py_None));
    check_int("Length(list)", PyObject_Length(l));
    check_int("Size(dict)", PyObject_Size(d));
    check_int("Size(7)", PyObject_Size(seven));
    PyObject *zero = PyLong_FromLong(0);
    check_obj("GetItem(list, 0)", PyObject_GetItem(l, zero));
    PyObject *k = mkstr("k");
    check_obj("GetItem(dict, 'k')", PyObject_GetItem(d, k));
    PyObject *nokey = mkstr("nokey");
    check_obj("GetItem(dict, 'nokey')", PyObject_GetItem(d, nokey));
    check_obj("GetItem(7, 0)", PyObject_GetItem(seven, zero));
    check_int("SetItem(list, 0, 'x')", PyObject_SetItem(l, zero, k));
    check_int("SetItem(dict, 'nokey', 7)", PyObject_SetItem(d, nokey, seven));
    check_int("SetItem(tuple, 0, 7)", PyObject_SetItem(tup, zero, seven));
    check_obj("after SetItem", Py_NewRef(l));
    check_obj("after SetItem dict", Py_NewRef(d));
    check_int("DelItem(dict, 'k')", PyObject_DelItem(d, k));
    check_int("DelItem(dict, 'k') again", PyObject_DelItem(d, k));
    check_int("DelItem(list, 0)", PyObject_DelItem(l, zero));
    check_obj("after DelItem", Py_NewRef(l));

    PyObject *upper = mkstr("upper");
    check_obj("GetAttr(str, 'upper')", PyObject_GetAttr(s, upper));
    PyObject *meth = PyObject_GetAttrString(s, "upper");
    check_obj("GetAttrString + CallNoArgs", PyObject_CallNoArgs(meth));
    Py_DECREF(meth);
    check_obj("GetAttrString(missing)", PyObject_GetAttrString(s, "nope"));
    check_int("HasAttr(str, 'upper')", PyObject_HasAttr(s, upper));
    check_int("HasAttrString(str, 'nope')", PyObject_HasAttrString(s, "nope"));
    check_int("SetAttrString(list, 'x', 1)", PyObject_SetAttrString(l, "x", seven));
    check_int("SetAttr(str, 'upper', 7)", PyObject_SetAttr(s, upper, seven));
    PyObject *lenname = mkstr("__len__");
    meth = PyObject_GenericGetAttr(l, lenname);
    check_obj("GenericGetAttr(list, '__len__')()", meth == NULL ? NULL : PyObject_CallNoArgs(meth));
    Py_XDECREF(meth);
    check_obj("GenericGetAttr(list, 'k')", PyObject_GenericGetAttr(l, k));
    Py_DECREF(lenname);
    check_int("GenericSetAttr(list, 'x', 7)", PyObject_GenericSetAttr(l, k, seven));

    PyObject *one = PyLong_FromLong(1), *two = PyLong_FromLong(2);
    check_obj("RichCompare(1, 2, Py_LT)", PyObject_RichCompare(one, two, Py_LT));
    check_obj("RichCompare(1, 2, Py_GE)", PyObject_RichCompare(one, two, Py_GE));
    check_int("RichCompareBool(1, 1, Py_EQ)", PyObject_RichCompareBool(one, one, Py_EQ));
    check_int("RichCompareBool(1, 2, Py_NE)", PyObject_RichCompareBool(one, two, Py_NE));
    check_int("RichCompareBool(1, 2, Py_LE)", PyObject_RichCompareBool(one, two, Py_LE));
    check_int("RichCompareBool(1, 2, Py_GT)", PyObject_RichCompareBool(one, two, Py_GT));
    check_obj("RichCompare(1, 'k', Py_LT)", PyObject_RichCompare(one, k, Py_LT));
    check_int("RichCompareBool(1, 'k', Py_EQ)", PyObject_RichCompareBool(one, k, Py_EQ));
    check_int("IsInstance(True, int)", PyObject_IsInstance(Py_True, (PyObject *)&PyLong_Type));
    PyObject *types = Py_BuildValue("(OO)", &PyUnicode_Type, &PyLong_Type);
    check_int("IsInstance(1, (str, int))", PyObject_IsInstance(one, types));
    Py_DECREF(types);
    check_int("IsInstance(1, 7)", PyObject_IsInstance(one, seven));
    check_int("IsSubclass(bool, int)", PyObject_IsSubclass((PyObject *)&PyBool_Type, (PyObject *)&PyLong_Type));
    check_int("IsSubclass(int, bool)", PyObject_IsSubclass((PyObject *)&PyLong_Type, (PyObject *)&PyBool_Type));
    check_int("TypeCheck(True, &PyLong_Type)", PyObject_TypeCheck(Py_True, &PyLong_Type));
    check_int("Callable_Check(len-like), (7)", PyCallable_Check((PyObject *)&PyLong_Type) * 10 + PyCallable_Check(seven));

    PyObject *args = Py_BuildValue("(s)", "12");
    PyObject *kw = Py_BuildValue("{s:i}", "base", 16);
    check_obj("Call(int, ('12',), {base: 16})", PyObject_Call((PyObject *)&PyLong_Type, args, kw));
    check_obj("Call(int, ('12',), NULL)", PyObject_Call((PyObject *)&PyLong_Type, args, NULL));
    check_obj("CallObject(int, NULL)", PyObject_CallObject((PyObject *)&PyLong_Type, NULL));
    check_obj("CallObject(int, ('12',))", PyObject_CallObject((PyObject *)&PyLong_Type, args));
    check_obj("CallNoArgs(list)", PyObject_CallNoArgs((PyObject *)&PyList_Type));
    check_obj("CallOneArg(tuple, list)", PyObject_CallOneArg((PyObject *)&PyTuple_Type, l));
    check_obj("CallFunction(int, 'si', '11', 2)", PyObject_CallFunction((PyObject *)&PyLong_Type, "si", "11", 2));
    check_obj("CallFunction(int, NULL)", PyObject_CallFunction((PyObject *)&PyLong_Type, NULL));
    check_obj("CallFunctionObjArgs(int, '7', NULL)", PyObject_CallFunctionObjArgs((PyObject *)&PyLong_Type, k, NULL));
    check_obj("CallMethod(str, 'replace', 'ss')", PyObject_CallMethod(s, "replace", "ss", "l", "L"));
    check_obj("CallMethod(str, 'nope', NULL)", PyObject_CallMethod(s, "nope", NULL));
    PyObject *split = mkstr("split"), *sep = mkstr("\xc3\xa9");
    check_obj("CallMethodObjArgs(str, 'split', sep)", PyObject_CallMethodObjArgs(s, split, sep, NULL));
    check_obj("CallMethodNoArgs(str, 'upper')", PyObject_CallMethodNoArgs(s, upper));
    check_obj("CallMethodOneArg(str, 'split', sep)", PyObject_CallMethodOneArg(s, split, sep));
    PyObject *vargs[3] = {NULL, k, two};
    check_obj("Vectorcall(int, ('k',) ) error", PyObject_Vectorcall((PyObject *)&PyLong_Type, vargs + 1, 1, NULL));
    PyObject *hex = mkstr("ff");
    PyObject *vargs2[2] = {hex, PyLong_FromLong(16)};
    check_obj("Vectorcall(int, ('ff', 16))", PyObject_Vectorcall((PyObject *)&PyLong_Type, vargs2, 2, NULL));
    PyObject *kwn = Py_BuildValue("(s)", "base");
    check_obj("Vectorcall(int, 'ff', base=16)", PyObject_Vectorcall((PyObject *)&PyLong_Type, vargs2, 1, kwn));
    Py_DECREF(vargs2[1]);
    Py_DECREF(kwn);
    Py_DECREF(hex);

    PyObject *it = PyObject_GetIter(tup);
    check_int("PyIter_Check(iter)", PyIter_Check(it));
    check_int("PyIter_Check(tuple)", PyIter_Check(tup));
    PyObject *item;
    long total = 0;
    while ((item = PyIter_Next(it)) != NULL) {
        total += PyLong_AsLong(item);
        Py_DECREF(item);
    }
    check_int("iterated sum, no error at the end", total);
    Py_DECREF(it);
    check_obj("GetIter(7)", PyObject_GetIter(seven));

    Py_DECREF(split);
    Py_DECREF(sep);
    Py_DECREF(args);
    Py_DECREF(kw);
    Py_DECREF(one);
    Py_DECREF(two);
    Py_DECREF(upper);
    Py_DECREF(k);
    Py_DECREF(nokey);
    Py_DECREF(zero);
    Py_DECREF(seven);
    Py_DECREF(empty);
    Py_DECREF(tup);
    Py_DECREF(tup2);
    Py_DECREF(ints);
    Py_DECREF(d);
    Py_DECREF(s);
    Py_DECREF(l);
}

GROUP(g_abstract)
