# getbuf requests to memoryview exporters: C, Fortran, sliced
from _testbuffer import *
import array
ex = memoryview(ndarray(list(range(6)), shape=[2, 3], format='h', flags=ND_WRITABLE))
x = ndarray(ex, getbuf=PyBUF_INDIRECT)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_INDIRECT|PyBUF_WRITABLE)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_INDIRECT|PyBUF_FORMAT)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_STRIDES)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_STRIDES|PyBUF_WRITABLE)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_STRIDES|PyBUF_FORMAT)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_ND)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_ND|PyBUF_WRITABLE)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_ND|PyBUF_FORMAT)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_SIMPLE)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_SIMPLE|PyBUF_WRITABLE)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_SIMPLE|PyBUF_FORMAT)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_C_CONTIGUOUS)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_C_CONTIGUOUS|PyBUF_WRITABLE)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_C_CONTIGUOUS|PyBUF_FORMAT)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_F_CONTIGUOUS)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_F_CONTIGUOUS|PyBUF_WRITABLE)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_F_CONTIGUOUS|PyBUF_FORMAT)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_ANY_CONTIGUOUS)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_ANY_CONTIGUOUS|PyBUF_WRITABLE)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_ANY_CONTIGUOUS|PyBUF_FORMAT)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_FULL)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_FULL|PyBUF_WRITABLE)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_FULL|PyBUF_FORMAT)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_FULL_RO)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_FULL_RO|PyBUF_WRITABLE)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_FULL_RO|PyBUF_FORMAT)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_RECORDS)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_RECORDS|PyBUF_WRITABLE)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_RECORDS|PyBUF_FORMAT)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_RECORDS_RO)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_RECORDS_RO|PyBUF_WRITABLE)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_RECORDS_RO|PyBUF_FORMAT)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_STRIDED)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_STRIDED|PyBUF_WRITABLE)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_STRIDED|PyBUF_FORMAT)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_STRIDED_RO)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_STRIDED_RO|PyBUF_WRITABLE)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_STRIDED_RO|PyBUF_FORMAT)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_CONTIG)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_CONTIG|PyBUF_WRITABLE)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_CONTIG|PyBUF_FORMAT)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_CONTIG_RO)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_CONTIG_RO|PyBUF_WRITABLE)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_CONTIG_RO|PyBUF_FORMAT)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
ex = memoryview(ndarray(list(range(6)), shape=[2, 3], flags=ND_FORTRAN))
x = ndarray(ex, getbuf=PyBUF_INDIRECT)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_INDIRECT|PyBUF_WRITABLE)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_INDIRECT|PyBUF_FORMAT)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_STRIDES)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_STRIDES|PyBUF_WRITABLE)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_STRIDES|PyBUF_FORMAT)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_ND)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_ND|PyBUF_WRITABLE)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_ND|PyBUF_FORMAT)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_SIMPLE)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_SIMPLE|PyBUF_WRITABLE)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_SIMPLE|PyBUF_FORMAT)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_C_CONTIGUOUS)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_C_CONTIGUOUS|PyBUF_WRITABLE)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_C_CONTIGUOUS|PyBUF_FORMAT)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_F_CONTIGUOUS)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_F_CONTIGUOUS|PyBUF_WRITABLE)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_F_CONTIGUOUS|PyBUF_FORMAT)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_ANY_CONTIGUOUS)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_ANY_CONTIGUOUS|PyBUF_WRITABLE)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_ANY_CONTIGUOUS|PyBUF_FORMAT)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_FULL)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_FULL|PyBUF_WRITABLE)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_FULL|PyBUF_FORMAT)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_FULL_RO)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_FULL_RO|PyBUF_WRITABLE)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_FULL_RO|PyBUF_FORMAT)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_RECORDS)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_RECORDS|PyBUF_WRITABLE)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_RECORDS|PyBUF_FORMAT)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_RECORDS_RO)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_RECORDS_RO|PyBUF_WRITABLE)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_RECORDS_RO|PyBUF_FORMAT)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_STRIDED)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_STRIDED|PyBUF_WRITABLE)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_STRIDED|PyBUF_FORMAT)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_STRIDED_RO)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_STRIDED_RO|PyBUF_WRITABLE)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_STRIDED_RO|PyBUF_FORMAT)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_CONTIG)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_CONTIG|PyBUF_WRITABLE)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_CONTIG|PyBUF_FORMAT)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_CONTIG_RO)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_CONTIG_RO|PyBUF_WRITABLE)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_CONTIG_RO|PyBUF_FORMAT)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
ex = memoryview(bytearray(b'abcdef'))[::-2]
x = ndarray(ex, getbuf=PyBUF_INDIRECT)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_INDIRECT|PyBUF_WRITABLE)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_INDIRECT|PyBUF_FORMAT)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_STRIDES)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_STRIDES|PyBUF_WRITABLE)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_STRIDES|PyBUF_FORMAT)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_ND)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_ND|PyBUF_WRITABLE)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_ND|PyBUF_FORMAT)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_SIMPLE)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_SIMPLE|PyBUF_WRITABLE)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_SIMPLE|PyBUF_FORMAT)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_C_CONTIGUOUS)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_C_CONTIGUOUS|PyBUF_WRITABLE)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_C_CONTIGUOUS|PyBUF_FORMAT)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_F_CONTIGUOUS)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_F_CONTIGUOUS|PyBUF_WRITABLE)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_F_CONTIGUOUS|PyBUF_FORMAT)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_ANY_CONTIGUOUS)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_ANY_CONTIGUOUS|PyBUF_WRITABLE)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_ANY_CONTIGUOUS|PyBUF_FORMAT)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_FULL)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_FULL|PyBUF_WRITABLE)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_FULL|PyBUF_FORMAT)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_FULL_RO)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_FULL_RO|PyBUF_WRITABLE)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_FULL_RO|PyBUF_FORMAT)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_RECORDS)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_RECORDS|PyBUF_WRITABLE)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_RECORDS|PyBUF_FORMAT)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_RECORDS_RO)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_RECORDS_RO|PyBUF_WRITABLE)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_RECORDS_RO|PyBUF_FORMAT)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_STRIDED)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_STRIDED|PyBUF_WRITABLE)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_STRIDED|PyBUF_FORMAT)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_STRIDED_RO)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_STRIDED_RO|PyBUF_WRITABLE)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_STRIDED_RO|PyBUF_FORMAT)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_CONTIG)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_CONTIG|PyBUF_WRITABLE)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_CONTIG|PyBUF_FORMAT)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_CONTIG_RO)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_CONTIG_RO|PyBUF_WRITABLE)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
x = ndarray(ex, getbuf=PyBUF_CONTIG_RO|PyBUF_FORMAT)
x.format, x.itemsize, x.ndim, x.shape, x.strides, x.suboffsets, x.readonly, x.tobytes(), x.obj is ex
