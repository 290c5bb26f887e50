import array
from _testbuffer import ndarray
x = memoryview(array.array('Q', [255]))
y = memoryview(ndarray([0], shape=[1], format='Q'))
x == y
x = memoryview(ndarray([2, 2], shape=[2], format='d'))
y = memoryview(bytes([255, 255, 2]))
x == x
x = memoryview(array.array('Q', [0, 1]))
y = memoryview(array.array('L', [0, 127]))
x[::-1] == y[::-1]
x = memoryview(bytes([255, 255, 128]))
y = memoryview(array.array('h', [1, 0]))
x.tolist() == y.tolist(), x == y
x = memoryview(array.array('l', [65535, 127]))
y = memoryview(bytes([255, 255, 2]))
x == y.tolist()
x = memoryview(bytes([]))
y = memoryview(ndarray([255], shape=[1], format='?'))
x[::-1] == y[::-1]
x = memoryview(bytes([]))
y = memoryview(bytes([127]))
x == y.tolist()
x = memoryview(array.array('L', []))
y = memoryview(bytes([1, 255, 1]))
x.tolist() == y.tolist(), x == y
x = memoryview(array.array('i', []))
y = memoryview(ndarray([1, 0, 0], shape=[3], format='f'))
x == x
x = memoryview(bytes([127, 2]))
y = memoryview(array.array('B', [0, 1]))
x[::-1] == y[::-1]
x = memoryview(bytes([]))
y = memoryview(array.array('d', [127, 127, -1]))
x == y
x = memoryview(ndarray([255, -1], shape=[2], format='f'))
y = memoryview(ndarray([65535, 1, 127], shape=[3], format='f'))
x == x
x = memoryview(bytes([127]))
y = memoryview(ndarray([127], shape=[1], format='b'))
x[:1] == y[:1]
x = memoryview(ndarray([0, 65535], shape=[2], format='Q'))
y = memoryview(bytes([0]))
x == x
x = memoryview(bytes([128, 255]))
y = memoryview(bytes([127, 128]))
x == y
x = memoryview(bytes([]))
y = memoryview(bytes([]))
x == y.tolist()
x = memoryview(ndarray([127, 255, -1], shape=[3], format='=q'))
y = memoryview(array.array('i', [255, 127]))
x[:1] == y[:1]
x = memoryview(ndarray([0], shape=[1], format='b'))
y = memoryview(bytes([127]))
x[::-1] == y[::-1]
x = memoryview(array.array('h', [2, 255]))
y = memoryview(bytes([1, 1, 255]))
x == y.tolist()
x = memoryview(bytes([128]))
y = memoryview(array.array('I', []))
x == x
x = memoryview(bytes([128]))
y = memoryview(ndarray([1], shape=[1], format='b'))
x[::-1] == y[::-1]
x = memoryview(array.array('I', [127]))
y = memoryview(bytes([]))
x[:1] == y[:1]
x = memoryview(bytes([255, 255]))
y = memoryview(ndarray([-128, 255], shape=[2], format='f'))
x == y.tolist()
x = memoryview(ndarray([0, 65535, -1], shape=[3], format='<i'))
y = memoryview(array.array('d', [65535, 2, 0]))
x.tolist() == y.tolist(), x == y
x = memoryview(bytes([255, 2]))
y = memoryview(array.array('b', [1, 2]))
x == y
x = memoryview(bytes([255]))
y = memoryview(bytes([]))
x == y
x = memoryview(ndarray([0], shape=[1], format='h'))
y = memoryview(bytes([2, 0]))
x[::-1] == y[::-1]
x = memoryview(bytes([0, 1, 255]))
y = memoryview(array.array('I', [0]))
x != y
x = memoryview(array.array('q', []))
y = memoryview(array.array('i', [2]))
x[:1] == y[:1]
x = memoryview(array.array('L', []))
y = memoryview(bytes([0, 127, 2]))
x == y.tolist()
x = memoryview(bytes([0, 128, 255]))
y = memoryview(array.array('h', []))
x == y
x = memoryview(array.array('B', []))
y = memoryview(ndarray([0], shape=[1], format='B'))
x[::-1] == y[::-1]
x = memoryview(bytes([255, 255, 255]))
y = memoryview(array.array('Q', [65535, 65535]))
x == y.tolist()
x = memoryview(ndarray([2, 255], shape=[2], format='f'))
y = memoryview(array.array('d', [0]))
x == x
x = memoryview(ndarray([0], shape=[1], format='Q'))
y = memoryview(array.array('I', []))
x.tolist() == y.tolist(), x == y
x = memoryview(bytes([0, 255, 0]))
y = memoryview(ndarray([255, 65535, 65535], shape=[3], format='d'))
x == y
x = memoryview(array.array('d', [127]))
y = memoryview(bytes([]))
x[:1] == y[:1]
x = memoryview(ndarray([0], shape=[1], format='h'))
y = memoryview(array.array('B', [255, 127]))
x.tolist() == y.tolist(), x == y
x = memoryview(bytes([]))
y = memoryview(bytes([1, 255, 1]))
x[:1] == y[:1]
x = memoryview(bytes([]))
y = memoryview(ndarray([2], shape=[1], format='f'))
x == y
