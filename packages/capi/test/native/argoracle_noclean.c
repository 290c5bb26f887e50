/* The oracle's calls without PY_SSIZE_T_CLEAN (3.11: '#' units refused). */
#include <Python.h>
#define SUFFIX _noclean
#include "argoracle_body.h"

PyObject *argoracle_parse_noclean(PyObject *self, PyObject *a) { return parse_noclean(self, a); }
PyObject *argoracle_call_noclean(PyObject *self, PyObject *a) { return call_noclean(self, a); }
