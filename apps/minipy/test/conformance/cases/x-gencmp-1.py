import array
from _testbuffer import ndarray
x = memoryview(array.array('i', []))
y = memoryview(array.array('H', [65535]))
x == y
x = memoryview(ndarray([0], shape=[1], format='f'))
y = memoryview(ndarray([0], shape=[1], format='d'))
x == y.tolist()
x = memoryview(bytes([1]))
y = memoryview(ndarray([0], shape=[1], format='b'))
x == y
x = memoryview(bytes([]))
y = memoryview(ndarray([0], shape=[1], format='b'))
x[::-1] == y[::-1]
x = memoryview(array.array('H', [2, 255]))
y = memoryview(bytes([128]))
x == y.tolist()
x = memoryview(array.array('B', [1, 127]))
y = memoryview(bytes([255, 2]))
x == y.tolist()
x = memoryview(ndarray([65535, 0, -128], shape=[3], format='<i'))
y = memoryview(bytes([255, 255, 255]))
x[::-1] == y[::-1]
x = memoryview(bytes([1, 128]))
y = memoryview(bytes([]))
x[:1] == y[:1]
x = memoryview(array.array('L', [255, 0]))
y = memoryview(array.array('h', [-1]))
x[::-1] == y[::-1]
x = memoryview(array.array('H', []))
y = memoryview(bytes([255]))
x[::-1] == y[::-1]
x = memoryview(ndarray([-128, 127], shape=[2], format='?'))
y = memoryview(bytes([]))
x.tolist() == y.tolist(), x == y
x = memoryview(bytes([2]))
y = memoryview(ndarray([0], shape=[1], format='d'))
x[:1] == y[:1]
x = memoryview(ndarray([65535], shape=[1], format='d'))
y = memoryview(ndarray([255, 0, 255], shape=[3], format='d'))
x[::-1] == y[::-1]
x = memoryview(array.array('q', [-1]))
y = memoryview(bytes([1]))
x[:1] == y[:1]
x = memoryview(bytes([0, 1]))
y = memoryview(array.array('L', []))
x == y
x = memoryview(ndarray([127], shape=[1], format='B'))
y = memoryview(bytes([255]))
x == y.tolist()
x = memoryview(array.array('i', [-1]))
y = memoryview(bytes([127]))
x == x
x = memoryview(bytes([128, 255]))
y = memoryview(ndarray([1, 0, 127], shape=[3], format='f'))
x == y.tolist()
x = memoryview(ndarray([127], shape=[1], format='B'))
y = memoryview(ndarray([0], shape=[1], format='b'))
x != y
x = memoryview(array.array('L', [0]))
y = memoryview(bytes([2, 128, 2]))
x[::-1] == y[::-1]
x = memoryview(bytes([]))
y = memoryview(ndarray([65535, 0], shape=[2], format='>i'))
x != y
x = memoryview(array.array('i', []))
y = memoryview(array.array('i', []))
x == y.tolist()
x = memoryview(bytes([255]))
y = memoryview(bytes([255, 0]))
x[::-1] == y[::-1]
x = memoryview(array.array('h', [-128]))
y = memoryview(bytes([]))
x.tolist() == y.tolist(), x == y
x = memoryview(array.array('Q', [1, 2]))
y = memoryview(bytes([2, 128, 1]))
x == x
x = memoryview(ndarray([-128, 0], shape=[2], format='=q'))
y = memoryview(bytes([127, 0, 255]))
x != y
x = memoryview(ndarray([255], shape=[1], format='f'))
y = memoryview(array.array('q', [1, 65535]))
x == y.tolist()
x = memoryview(bytes([2, 1, 0]))
y = memoryview(array.array('h', [-1]))
x[::-1] == y[::-1]
x = memoryview(array.array('I', [255, 127]))
y = memoryview(ndarray([1, 127], shape=[2], format='<i'))
x[:1] == y[:1]
x = memoryview(bytes([255, 1, 255]))
y = memoryview(array.array('h', [1, -1]))
x == y.tolist()
x = memoryview(array.array('i', [1, 2, 1]))
y = memoryview(ndarray([1, -128], shape=[2], format='>i'))
x == y
x = memoryview(array.array('B', [0, 0]))
y = memoryview(ndarray([0], shape=[1], format='b'))
x != y
x = memoryview(array.array('h', [-1, 1, -128]))
y = memoryview(bytes([255]))
x == x
x = memoryview(array.array('d', [65535, 127, 127]))
y = memoryview(ndarray([1, 2], shape=[2], format='=q'))
x == y
x = memoryview(array.array('i', []))
y = memoryview(bytes([128, 255]))
x == y.tolist()
x = memoryview(ndarray([0], shape=[1], format='B'))
y = memoryview(ndarray([1, 127, 2], shape=[3], format='Q'))
x[:1] == y[:1]
x = memoryview(bytes([255, 127, 255]))
y = memoryview(bytes([127]))
x != y
x = memoryview(array.array('B', [1, 127]))
y = memoryview(ndarray([0], shape=[1], format='Q'))
x == x
x = memoryview(ndarray([65535], shape=[1], format='>i'))
y = memoryview(array.array('Q', [255]))
x == y.tolist()
x = memoryview(array.array('H', [1, 1]))
y = memoryview(array.array('H', []))
x.tolist() == y.tolist(), x == y
