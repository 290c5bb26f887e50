# Chapter 1: the fields of a Py_buffer, as C sees them
import bufinfo
b = bytearray(b'hello world!')
bufinfo.fields(b)
bufinfo.fields(b, bufinfo.PyBUF_SIMPLE)
bufinfo.fields(b, bufinfo.PyBUF_ND)
bufinfo.fields(memoryview(b)[::2])
bufinfo.fields(memoryview(b).cast('I'))
bufinfo.fields(memoryview(b).cast('B', (3, 4)))
import array
bufinfo.fields(array.array('h', [1, 2, 3]))
bufinfo.fields(b'read only')
bufinfo.fields(b'read only', bufinfo.PyBUF_WRITABLE)
bufinfo.fields(memoryview(b)[::2], bufinfo.PyBUF_SIMPLE)
bufinfo.fields(42)
b.extend(b'?')
b
