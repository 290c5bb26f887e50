/* Attribute descriptions for C types (CPython 3.11's Include/structmember.h):
   PyMemberDef, the T_* member types and flags. Include after Python.h. */
#ifndef Py_STRUCTMEMBER_H
#define Py_STRUCTMEMBER_H
#ifdef __cplusplus
extern "C" {
#endif

#include <stddef.h> /* For offsetof */

/* An array of PyMemberDef structures, terminated by one with name NULL,
   describes the data members of a C type (tp_members). */
struct PyMemberDef {
    const char *name;
    int type;
    Py_ssize_t offset;
    int flags;
    const char *doc;
};

/* Member types (PyMemberDef.type) */
#define T_SHORT     0
#define T_INT       1
#define T_LONG      2
#define T_FLOAT     3
#define T_DOUBLE    4
#define T_STRING    5
#define T_OBJECT    6
#define T_CHAR      7   /* 1-character string */
#define T_BYTE      8   /* 8-bit signed int */
#define T_UBYTE     9
#define T_USHORT    10
#define T_UINT      11
#define T_ULONG     12

/* a char array inside the struct */
#define T_STRING_INPLACE    13

/* a char holding 0 or 1 */
#define T_BOOL      14

#define T_OBJECT_EX 16  /* as T_OBJECT, but NULL reads raise AttributeError */
#define T_LONGLONG      17
#define T_ULONGLONG     18

#define T_PYSSIZET      19      /* Py_ssize_t */
#define T_NONE          20      /* Value is always None */

/* Member flags (PyMemberDef.flags) */
#define READONLY            1
#define READ_RESTRICTED     2
#define PY_WRITE_RESTRICTED 4
#define RESTRICTED          (READ_RESTRICTED | PY_WRITE_RESTRICTED)

#define PY_AUDIT_READ       READ_RESTRICTED

PyAPI_FUNC(PyObject *) PyMember_GetOne(const char *, PyMemberDef *);
PyAPI_FUNC(int) PyMember_SetOne(char *, PyMemberDef *, PyObject *);

#ifdef __cplusplus
}
#endif
#endif /* !Py_STRUCTMEMBER_H */
