/* The oracle's calls, compiled twice: with PY_SSIZE_T_CLEAN (argoracle.c)
   and without it (argoracle_noclean.c), as an extension module would be.
   SUFFIX names the functions of each build. */
#define CAT_(a, b) a##b
#define CAT(a, b) CAT_(a, b)

/* Up to 24 pointer-sized variadic arguments, taken from a list of ints. */
#define NVA 24
static int
CAT(read_va, SUFFIX)(PyObject *list, void **va)
{
    Py_ssize_t n = PyList_Size(list);
    if (n < 0) return -1;
    if (n > NVA) {
        PyErr_SetString(PyExc_ValueError, "too many variadic arguments");
        return -1;
    }
    for (Py_ssize_t i = 0; i < NVA; i++) va[i] = NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        va[i] = PyLong_AsVoidPtr(PyList_GET_ITEM(list, i));
        if (va[i] == NULL && PyErr_Occurred()) return -1;
    }
    return 0;
}

#define VA24(v) v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], \
    v[12], v[13], v[14], v[15], v[16], v[17], v[18], v[19], v[20], v[21], v[22], v[23]

/* parse(mode, fmt, args, kwargs, kwlist, va): mode 0 PyArg_ParseTuple,
   1 PyArg_ParseTupleAndKeywords, 2 PyArg_Parse, 3 PyArg_UnpackTuple
   (fmt is the name, kwlist [min, max]). Returns the C return value. */
static PyObject *
CAT(parse, SUFFIX)(PyObject *self, PyObject *a)
{
    int mode;
    const char *fmt;
    PyObject *args, *kwargs, *kwlist, *valist;
    void *va[NVA];
    char *kw[32];
    int r = 0;
    if (!PyArg_ParseTuple(a, "izOOOO!", &mode, &fmt, &args, &kwargs, &kwlist, &PyList_Type, &valist))
        return NULL;
    if (CAT(read_va, SUFFIX)(valist, va) < 0) return NULL;
    if (kwargs == Py_None) kwargs = NULL;
    switch (mode) {
    case 0:
        r = PyArg_ParseTuple(args, fmt, VA24(va));
        break;
    case 1: {
        Py_ssize_t n = PyList_Size(kwlist);
        if (n < 0 || n > 31) return NULL;
        for (Py_ssize_t i = 0; i < n; i++) kw[i] = (char *)PyBytes_AsString(PyList_GET_ITEM(kwlist, i));
        kw[n] = NULL;
        r = PyArg_ParseTupleAndKeywords(args, kwargs, fmt, kw, VA24(va));
        break;
    }
    case 2:
        r = PyArg_Parse(args == Py_None ? NULL : args, fmt, VA24(va));
        break;
    case 3:
        r = PyArg_UnpackTuple(args, fmt, PyLong_AsSsize_t(PyList_GET_ITEM(kwlist, 0)),
                              PyLong_AsSsize_t(PyList_GET_ITEM(kwlist, 1)), VA24(va));
        break;
    }
    if (!r) return NULL;
    return PyLong_FromLong(r);
}

/* On x86-64 the integer and the floating-point variadic arguments travel
   in separate register files: a callee's va_arg(int/long/pointer) reads the
   GP sequence and va_arg(double) the FP sequence, whatever their
   interleaving. So a call with 16 integer and 8 double arguments stands for
   any mix of up to 16 integers and 8 doubles. */
static int
CAT(read_gpfp, SUFFIX)(PyObject *gl, PyObject *fl, long long *gp, double *fp)
{
    for (int i = 0; i < 16; i++) gp[i] = 0;
    for (int i = 0; i < 8; i++) fp[i] = 0;
    Py_ssize_t n = PyList_Size(gl), m = PyList_Size(fl);
    if (n < 0 || m < 0) return -1;
    if (n > 16 || m > 8) {
        PyErr_SetString(PyExc_ValueError, "too many variadic arguments");
        return -1;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *x = PyList_GET_ITEM(gl, i);
        gp[i] = (long long)PyLong_AsUnsignedLongLongMask(x);
        if (PyErr_Occurred()) return -1;
    }
    for (Py_ssize_t i = 0; i < m; i++) {
        fp[i] = PyFloat_AsDouble(PyList_GET_ITEM(fl, i));
        if (PyErr_Occurred()) return -1;
    }
    return 0;
}

#define GPFP(g, f) g[0], g[1], g[2], g[3], g[4], g[5], g[6], g[7], g[8], g[9], g[10], g[11], \
    g[12], g[13], g[14], g[15], f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7]

/* call(what, fmt, gp, fp): what 0 Py_BuildValue, 1 PyUnicode_FromFormat,
   2 PyBytes_FromFormat, 3 PyErr_Format(ValueError, ...). */
static PyObject *
CAT(call, SUFFIX)(PyObject *self, PyObject *a)
{
    int what;
    const char *fmt;
    PyObject *gl, *fl;
    long long gp[16];
    double fp[8];
    if (!PyArg_ParseTuple(a, "iyO!O!", &what, &fmt, &PyList_Type, &gl, &PyList_Type, &fl))
        return NULL;
    if (CAT(read_gpfp, SUFFIX)(gl, fl, gp, fp) < 0) return NULL;
    switch (what) {
    case 0: return Py_BuildValue(fmt, GPFP(gp, fp));
    case 1: return PyUnicode_FromFormat(fmt, GPFP(gp, fp));
    case 2: return PyBytes_FromFormat(fmt, GPFP(gp, fp));
    case 3: return PyErr_Format(PyExc_ValueError, fmt, GPFP(gp, fp));
    }
    Py_RETURN_NONE;
}
