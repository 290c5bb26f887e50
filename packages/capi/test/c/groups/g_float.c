/* float and bool. */
#include "check.h"

static void
tests(void)
{
    PyObject *f = T(PyFloat_FromDouble(1.5));
    check_obj("FromDouble(1.5)", Py_NewRef(f));
    check_obj("FromDouble(-0.0)", PyFloat_FromDouble(-0.0));
    check_obj("FromDouble(1e300*1e10)", PyFloat_FromDouble(1e300 * 1e10));
    check_obj("FromDouble(0.1)", PyFloat_FromDouble(0.1));
    check_double("AsDouble(1.5)", PyFloat_AsDouble(f));
    check_double("AS_DOUBLE(1.5)", PyFloat_AS_DOUBLE(f));
    check_double("AsDouble(7)", PyFloat_AsDouble(I(7)));
    check_double("AsDouble(True)", PyFloat_AsDouble(Py_True));
    check_double("AsDouble(2**2000)", PyFloat_AsDouble(T(PyNumber_Lshift(I(1), I(2000)))));
    double r = PyFloat_AsDouble(S("1.5"));
    check_true("AsDouble('1.5') is -1.0", r == -1.0);
    check_obj("  error", NULL);
    check_double("AsDouble(None)", PyFloat_AsDouble(Py_None));
    check_int("Check(1.5), Check(1)", PyFloat_Check(f) * 10 + PyFloat_Check(I(1)));
    check_int("CheckExact(1.5)", PyFloat_CheckExact(f));
    check_str("PyFloat_Type.tp_name", PyFloat_Type.tp_name);
    check_int("Py_IS_TYPE(1.5, &PyFloat_Type)", Py_IS_TYPE(f, &PyFloat_Type));
    check_obj("PyBool_FromLong(0)", PyBool_FromLong(0));
    check_obj("PyBool_FromLong(-9)", PyBool_FromLong(-9));
    PyObject *t = PyBool_FromLong(1);
    check_int("PyBool_FromLong(1) is Py_True", t == Py_True);
    Py_DECREF(t);
    check_int("PyBool_Check(True), (1)", PyBool_Check(Py_True) * 10 + PyBool_Check(I(1)));
    check_str("PyBool_Type.tp_name", PyBool_Type.tp_name);
    check_int("PyBool_Type base is int", PyBool_Type.tp_base == &PyLong_Type);
    check_int("Py_TYPE(Py_False) == &PyBool_Type", Py_TYPE(Py_False) == &PyBool_Type);
    check_int("AsLong(True)", PyLong_AsLong(Py_True));
    check_obj("True + True", PyNumber_Add(Py_True, Py_True));
    check_obj("Float(True)", PyNumber_Float(Py_True));
}

GROUP(g_float)
