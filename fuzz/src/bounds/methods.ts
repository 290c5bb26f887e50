/**
 * The receivers and their methods the bounds generator calls with every kind
 * of argument: each receiver is an expression making a fresh object (so a
 * statement never depends on an earlier one), each method is named with
 * whether it allocates by an integer argument (then huge-but-allocatable
 * sizes are not drawn: CPython would really try to allocate gigabytes).
 */

export interface Method {
  name: string;
  /** an integer argument is a size or count the call allocates */
  allocates?: boolean;
}

export interface Receiver {
  /** Python expression making a fresh receiver */
  src: string;
  methods: readonly Method[];
}

const m = (names: string, allocates = false): Method[] =>
  names
    .split(/\s+/)
    .filter(Boolean)
    .map((name) => (allocates ? { name, allocates } : { name }));

const BYTES_COMMON = [
  ...m(`__add__ __contains__ __getitem__ __len__ __mod__ __rmod__ capitalize count decode endswith
    find fromhex hex index isalnum isalpha isascii isdigit islower isspace istitle isupper join lower lstrip
    maketrans partition removeprefix removesuffix replace rfind rindex rpartition rsplit rstrip split
    splitlines startswith strip swapcase title translate upper __eq__ __ne__ __lt__ __ge__`),
  ...m("center expandtabs ljust rjust zfill __mul__ __rmul__", true),
];

const BYTES = [...BYTES_COMMON, ...m("__bytes__ __getnewargs__")];

const BYTEARRAY = [
  ...BYTES_COMMON,
  ...m("__delitem__ __iadd__ __setitem__ append clear copy extend insert pop remove reverse"),
  ...m("__imul__", true),
];

const ARRAY = [
  ...m(`__add__ __contains__ __copy__ __deepcopy__ __delitem__ __getitem__ __iadd__ __len__ __setitem__
    append byteswap count extend frombytes fromlist fromunicode index insert pop remove reverse tobytes
    tolist tounicode __eq__ __lt__`),
  ...m("__mul__ __rmul__ __imul__", true),
];

const MEMORYVIEW = m(`__delitem__ __enter__ __exit__ __getitem__ __len__ __setitem__ cast hex release
  tobytes tolist toreadonly __eq__ __ne__`);

const STRUCT = m("iter_unpack pack pack_into unpack unpack_from");

const NDARRAY = m(`__delitem__ __getitem__ __setitem__ add_suboffsets memoryview_from_buffer pop push
  tobytes tolist`);

/** Every receiver, each with its methods. */
export const RECEIVERS: readonly Receiver[] = [
  { src: "b'abcab'", methods: BYTES },
  { src: "b''", methods: BYTES },
  { src: "bytearray(b'abcab')", methods: BYTEARRAY },
  { src: "bytearray()", methods: BYTEARRAY },
  { src: "array.array('i', [1, 2, 3])", methods: ARRAY },
  { src: "array.array('b', [1, -2])", methods: ARRAY },
  { src: "array.array('B')", methods: ARRAY },
  { src: "array.array('d', [1.5])", methods: ARRAY },
  { src: "array.array('Q', [2**64 - 1])", methods: ARRAY },
  { src: "array.array('q', [-2**63])", methods: ARRAY },
  { src: "memoryview(b'abcdef')", methods: MEMORYVIEW },
  { src: "memoryview(bytearray(b'abcdef'))", methods: MEMORYVIEW },
  { src: "memoryview(b'abcdefgh').cast('i')", methods: MEMORYVIEW },
  { src: "memoryview(bytearray(8)).cast('B', [2, 4])", methods: MEMORYVIEW },
  { src: "memoryview(bytearray(16)).cast('q')[::-1]", methods: MEMORYVIEW },
  { src: "memoryview(b'abc')[::2**62]", methods: MEMORYVIEW },
  { src: "struct.Struct('<hq')", methods: STRUCT },
  { src: "struct.Struct('0s')", methods: STRUCT },
  { src: "struct", methods: [...STRUCT, ...m("calcsize Struct")] },
  { src: "ndarray([1, 2, 3], shape=[3], format='b', flags=ND_WRITABLE)", methods: NDARRAY },
  { src: "ndarray(list(range(6)), shape=[2, 3], format='h')", methods: NDARRAY },
];
