/* Errors and warnings. */
#include "check.h"

static PyObject *
fmtv(PyObject *type, const char *fmt, ...)
{
    va_list va;
    va_start(va, fmt);
    PyObject *r = PyErr_FormatV(type, fmt, va);
    va_end(va);
    return r;
}

static void
tests(void)
{
    check_int("Occurred() initially NULL", PyErr_Occurred() == NULL);
    PyErr_SetString(PyExc_ValueError, "bad value");
    check_int("Occurred() is ValueError", PyErr_Occurred() == PyExc_ValueError);
    check_int("ExceptionMatches(ValueError)", PyErr_ExceptionMatches(PyExc_ValueError));
    check_int("ExceptionMatches(Exception)", PyErr_ExceptionMatches(PyExc_Exception));
    check_int("ExceptionMatches(TypeError)", PyErr_ExceptionMatches(PyExc_TypeError));
    check_obj("SetString", NULL);
    PyErr_SetObject(PyExc_KeyError, S("k"));
    check_obj("SetObject(KeyError, 'k')", NULL);
    PyErr_SetObject(PyExc_ValueError, T(Py_BuildValue("(si)", "two", 2)));
    check_obj("SetObject(ValueError, tuple)", NULL);
    PyErr_SetNone(PyExc_StopIteration);
    check_obj("SetNone(StopIteration)", NULL);
    check_obj("Format returns NULL", PyErr_Format(PyExc_TypeError, "%s got %d, %R", "f", 3, S("x")));
    check_obj("FormatV", fmtv(PyExc_IndexError, "index %zd of %s", (Py_ssize_t)9, "list"));
    PyErr_SetString(PyExc_RuntimeError, "fetched");
    PyObject *t, *v, *tb;
    PyErr_Fetch(&t, &v, &tb);
    check_int("Fetch cleared the indicator", PyErr_Occurred() == NULL);
    check_int("Fetch type", t == PyExc_RuntimeError);
    PyErr_NormalizeException(&t, &v, &tb);
    check_obj("NormalizeException value", Py_XNewRef(v));
    check_int("value is an instance", PyObject_IsInstance(v, PyExc_RuntimeError));
    check_obj("GetTraceback", PyException_GetTraceback(v));
    PyErr_Restore(t, v, tb);
    check_obj("Restore", NULL);
    PyErr_Restore(NULL, NULL, NULL);
    check_int("Restore(NULL) clears", PyErr_Occurred() == NULL);
    PyErr_SetString(PyExc_ValueError, "x");
    PyErr_Clear();
    check_int("Clear", PyErr_Occurred() == NULL);
    check_int("GivenExceptionMatches(KeyError, LookupError)", PyErr_GivenExceptionMatches(PyExc_KeyError, PyExc_LookupError));
    check_int("GivenExceptionMatches(KeyError, (TypeError, LookupError))",
              PyErr_GivenExceptionMatches(PyExc_KeyError, T(PyTuple_Pack(2, PyExc_TypeError, PyExc_LookupError))));
    check_int("GivenExceptionMatches(KeyError, IndexError)", PyErr_GivenExceptionMatches(PyExc_KeyError, PyExc_IndexError));
    check_obj("NoMemory", PyErr_NoMemory());
    check_int("BadArgument", PyErr_BadArgument());
    check_obj("  error", NULL);
    PyErr_BadInternalCall();
    check_obj("BadInternalCall", NULL);
    static PyObject *err, *err2;  /* made once: run() runs twice */
    if (err == NULL) err = PyErr_NewException("g_errors.Error", PyExc_ValueError, NULL);
    check_obj("NewException", Py_XNewRef(err));
    check_int("  subclass of ValueError", PyObject_IsSubclass(err, PyExc_ValueError));
    if (err2 == NULL) err2 = PyErr_NewExceptionWithDoc("g_errors.Error2", "documented", NULL, NULL);
    check_obj("NewExceptionWithDoc __doc__", PyObject_GetAttrString(err2, "__doc__"));
    check_int("  base is Exception", PyObject_IsSubclass(err2, PyExc_Exception));
    PyErr_SetString(err, "custom");
    check_obj("raise custom", NULL);
    check_obj("NewException('nodot')", PyErr_NewException("nodot", NULL, NULL));
    check_int("CheckSignals", PyErr_CheckSignals());
    PyObject *excs[] = {PyExc_BaseException, PyExc_Exception, PyExc_ArithmeticError, PyExc_LookupError,
                        PyExc_AssertionError, PyExc_AttributeError, PyExc_BufferError, PyExc_EOFError,
                        PyExc_FloatingPointError, PyExc_OSError, PyExc_ImportError, PyExc_ModuleNotFoundError,
                        PyExc_IndexError, PyExc_KeyError, PyExc_KeyboardInterrupt, PyExc_MemoryError,
                        PyExc_NameError, PyExc_NotImplementedError, PyExc_OverflowError, PyExc_RecursionError,
                        PyExc_RuntimeError, PyExc_StopIteration, PyExc_SystemError, PyExc_TypeError,
                        PyExc_UnicodeError, PyExc_UnicodeDecodeError, PyExc_UnicodeEncodeError,
                        PyExc_ValueError, PyExc_ZeroDivisionError, PyExc_Warning, PyExc_UserWarning,
                        PyExc_DeprecationWarning, PyExc_RuntimeWarning};
    PyObject *names = T(PyList_New(0));
    for (size_t i = 0; i < sizeof excs / sizeof excs[0]; i++) {
        PyObject *base = PyObject_GetAttrString(excs[i], "__base__");
        PyList_Append(names, T(PyUnicode_FromFormat("%s<%s", ((PyTypeObject *)excs[i])->tp_name,
                                                    base ? ((PyTypeObject *)base)->tp_name : "?")));
        Py_XDECREF(base);
    }
    check_obj("PyExc_* and their bases", Py_NewRef(names));
    check_int("WarnEx(UserWarning) returns 0", PyErr_WarnEx(PyExc_UserWarning, "careful", 1));
    check_int("WarnFormat returns 0", PyErr_WarnFormat(PyExc_RuntimeWarning, 1, "value %d", 5));
    check_int("WarnEx(NULL category) -> RuntimeWarning", PyErr_WarnEx(NULL, "default category", 1));
}

GROUP(g_errors)
