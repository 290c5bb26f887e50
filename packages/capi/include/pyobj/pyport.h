/* Basic types and portability macros (Include/pyport.h, pymacro.h). */
#ifndef Py_PYPORT_H
#define Py_PYPORT_H

/* ---- integer types (pyport.h) */
#define HAVE_LONG_LONG 1
#define PY_LONG_LONG long long
#define PY_LLONG_MIN LLONG_MIN
#define PY_LLONG_MAX LLONG_MAX
#define PY_ULLONG_MAX ULLONG_MAX
#define PY_UINT32_T uint32_t
#define PY_UINT64_T uint64_t
#define PY_INT32_T int32_t
#define PY_INT64_T int64_t

typedef uintptr_t Py_uintptr_t;
typedef intptr_t Py_intptr_t;

/* Py_ssize_t is ssize_t (CPython's HAVE_SSIZE_T branch): `long` on wasm32. */
typedef ssize_t Py_ssize_t;
#ifdef SSIZE_MAX
#  define PY_SSIZE_T_MAX SSIZE_MAX
#else
#  define PY_SSIZE_T_MAX LONG_MAX
#endif
#define PY_SSIZE_T_MIN (-PY_SSIZE_T_MAX-1)

/* Py_hash_t is the same size as a pointer. */
typedef Py_ssize_t Py_hash_t;
typedef size_t Py_uhash_t;
typedef Py_ssize_t Py_ssize_clean_t;

#define SIZEOF_VOID_P __SIZEOF_POINTER__
#define SIZEOF_SIZE_T __SIZEOF_SIZE_T__
#define SIZEOF_LONG __SIZEOF_LONG__
#define SIZEOF_INT __SIZEOF_INT__
#define SIZEOF_LONG_LONG __SIZEOF_LONG_LONG__
#define SIZEOF_PY_HASH_T SIZEOF_SIZE_T
#ifndef LONG_BIT
#  define LONG_BIT (8 * SIZEOF_LONG)
#endif

/* ---- linkage */
#define Py_EXPORTED_SYMBOL __attribute__((visibility("default")))
#define Py_IMPORTED_SYMBOL
#define Py_LOCAL_SYMBOL __attribute__((visibility("hidden")))
/* Functions and data of the runtime: imports of an extension module. */
#define PyAPI_FUNC(RTYPE) RTYPE
#define PyAPI_DATA(RTYPE) extern RTYPE
/* The module's entry point PyInit_<name>: exported from the side module. */
#ifdef __cplusplus
#  define PyMODINIT_FUNC extern "C" Py_EXPORTED_SYMBOL PyObject*
#else
#  define PyMODINIT_FUNC Py_EXPORTED_SYMBOL PyObject*
#endif

#define Py_LOCAL(type) static type
#define Py_LOCAL_INLINE(type) static inline type

#define Py_GCC_ATTRIBUTE(x) __attribute__(x)
#define Py_ALIGNED(x) __attribute__((aligned(x)))
#define _Py_NO_RETURN __attribute__((__noreturn__))
#define Py_DEPRECATED(VERSION_UNUSED) __attribute__((__deprecated__))
#define Py_ALWAYS_INLINE __attribute__((always_inline))

#ifdef __cplusplus
#  define _Py_CAST(type, expr) ((type)(expr))
#  define _Py_NULL nullptr
#else
#  define _Py_CAST(type, expr) ((type)(expr))
#  define _Py_NULL NULL
#endif

#define Py_ARITHMETIC_RIGHT_SHIFT(TYPE, I, J) ((I) >> (J))
#define Py_SAFE_DOWNCAST(VALUE, WIDE, NARROW) (NARROW)(VALUE)
#define Py_IS_NAN(X) isnan(X)
#define Py_IS_INFINITY(X) isinf(X)
#define Py_IS_FINITE(X) isfinite(X)
#define Py_HUGE_VAL HUGE_VAL

/* ---- pymacro.h */
#define Py_MIN(x, y) (((x) > (y)) ? (y) : (x))
#define Py_MAX(x, y) (((x) > (y)) ? (x) : (y))
#define Py_ABS(x) ((x) < 0 ? -(x) : (x))

#define _Py_XSTRINGIFY(x) #x
#define Py_STRINGIFY(x) _Py_XSTRINGIFY(x)

#define Py_MEMBER_SIZE(type, member) sizeof(((type *)0)->member)
#define Py_CHARMASK(c) ((unsigned char)((c) & 0xff))

#define Py_BUILD_ASSERT_EXPR(cond) (sizeof(char [1 - 2*!(cond)]) - 1)
#define Py_BUILD_ASSERT(cond) do { (void)Py_BUILD_ASSERT_EXPR(cond); } while (0)

/* The number of elements of a C array (not of a pointer). */
#define Py_ARRAY_LENGTH(array) (sizeof(array) / sizeof((array)[0]))

#define PyDoc_VAR(name) static const char name[]
#define PyDoc_STRVAR(name, str) PyDoc_VAR(name) = PyDoc_STR(str)
#define PyDoc_STR(str) str

#define _Py_SIZE_ROUND_DOWN(n, a) ((size_t)(n) & ~(size_t)((a) - 1))
#define _Py_SIZE_ROUND_UP(n, a) (((size_t)(n) + (size_t)((a) - 1)) & ~(size_t)((a) - 1))
#define _Py_ALIGN_DOWN(p, a) ((void *)((uintptr_t)(p) & ~(uintptr_t)((a) - 1)))
#define _Py_ALIGN_UP(p, a) ((void *)(((uintptr_t)(p) + (uintptr_t)((a) - 1)) & ~(uintptr_t)((a) - 1)))
#define _Py_IS_ALIGNED(p, a) (!((uintptr_t)(p) & (uintptr_t)((a) - 1)))

#define Py_UNUSED(name) _unused_ ## name __attribute__((unused))
#define Py_UNREACHABLE() __builtin_unreachable()

#endif /* !Py_PYPORT_H */
