/* Forward declarations of the API's struct types (Include/pytypedefs.h). */
#ifndef Py_PYTYPEDEFS_H
#define Py_PYTYPEDEFS_H

typedef struct PyModuleDef PyModuleDef;
typedef struct PyModuleDef_Slot PyModuleDef_Slot;
typedef struct PyMethodDef PyMethodDef;
typedef struct PyGetSetDef PyGetSetDef;
/* Complete in structmember.h, as in CPython 3.11. */
typedef struct PyMemberDef PyMemberDef;

typedef struct _object PyObject;
/* int objects have no C layout here (their value lives in the runtime):
   the struct is left incomplete, pointers to it are fine. */
typedef struct _longobject PyLongObject;
typedef struct _typeobject PyTypeObject;
typedef struct PyCodeObject PyCodeObject;
typedef struct _frame PyFrameObject;

typedef struct _ts PyThreadState;
typedef struct _is PyInterpreterState;

#endif /* !Py_PYTYPEDEFS_H */
