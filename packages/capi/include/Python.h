/*
 * Python.h for C extensions on @py/capi (CPython 3.11's C API, wasm32).
 *
 * The names, function signatures, struct field orders and constant values
 * are those of CPython 3.11 (its Include directory), so a C file written against CPython's
 * headers compiles unchanged against these. What differs is only how the
 * macros that read private fields in CPython are implemented: here they call
 * runtime functions named `_Pyobj_*` (see docs/CEXT-DESIGN.md, Headers).
 *
 * Data model: wasm32 is ILP32 (int, long, size_t, Py_ssize_t and pointers are
 * 32 bits; long long is 64), as in Pyodide.
 *
 * The list of names this header must provide is /work/shared/cext/API.md
 * (a copy is checked by packages/capi/test/headers.test.ts).
 */
#ifndef Py_PYTHON_H
#define Py_PYTHON_H

/* The C library, as CPython's Python.h and pyport.h include it. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <inttypes.h>
#include <limits.h>
#include <stdlib.h>
#include <stdio.h>
#include <errno.h>
#include <string.h>
#include <math.h>
#include <sys/types.h>
#include <assert.h>
#include <wchar.h>
#include <ctype.h>

#include "pyobj/patchlevel.h"
#include "pyobj/pyport.h"
#include "pyobj/pymem.h"
#include "pyobj/pytypedefs.h"
#include "pyobj/pybuffer.h"
#include "pyobj/object.h"
#include "pyobj/objimpl.h"
#include "pyobj/typeslots.h"
#include "pyobj/concrete.h"
#include "pyobj/methodobject.h"
#include "pyobj/moduleobject.h"
#include "pyobj/pyerrors.h"
#include "pyobj/modsupport.h"
#include "pyobj/abstract.h"
#include "pyobj/ceval.h"

#endif /* !Py_PYTHON_H */
