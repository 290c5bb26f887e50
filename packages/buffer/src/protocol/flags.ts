/** The `PyBUF_*` request flags, with CPython's values (Include/pybuffer.h). */
export const PyBUF_SIMPLE = 0;
export const PyBUF_WRITABLE = 0x0001;
export const PyBUF_WRITEABLE = PyBUF_WRITABLE;
export const PyBUF_FORMAT = 0x0004;
export const PyBUF_ND = 0x0008;
export const PyBUF_STRIDES = 0x0010 | PyBUF_ND;
export const PyBUF_C_CONTIGUOUS = 0x0020 | PyBUF_STRIDES;
export const PyBUF_F_CONTIGUOUS = 0x0040 | PyBUF_STRIDES;
export const PyBUF_ANY_CONTIGUOUS = 0x0080 | PyBUF_STRIDES;
export const PyBUF_INDIRECT = 0x0100 | PyBUF_STRIDES;
export const PyBUF_CONTIG = PyBUF_ND | PyBUF_WRITABLE;
export const PyBUF_CONTIG_RO = PyBUF_ND;
export const PyBUF_STRIDED = PyBUF_STRIDES | PyBUF_WRITABLE;
export const PyBUF_STRIDED_RO = PyBUF_STRIDES;
export const PyBUF_RECORDS = PyBUF_STRIDES | PyBUF_WRITABLE | PyBUF_FORMAT;
export const PyBUF_RECORDS_RO = PyBUF_STRIDES | PyBUF_FORMAT;
export const PyBUF_FULL = PyBUF_INDIRECT | PyBUF_WRITABLE | PyBUF_FORMAT;
export const PyBUF_FULL_RO = PyBUF_INDIRECT | PyBUF_FORMAT;
export const PyBUF_READ = 0x100;
export const PyBUF_WRITE = 0x200;

/** `PyBUF_MAX_NDIM`. */
export const PyBUF_MAX_NDIM = 64;
