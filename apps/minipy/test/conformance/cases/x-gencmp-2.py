import array
from _testbuffer import ndarray
x = memoryview(array.array('B', []))
y = memoryview(ndarray([127], shape=[1], format='>i'))
x[::-1] == y[::-1]
x = memoryview(array.array('Q', []))
y = memoryview(bytes([255]))
x == x
x = memoryview(ndarray([-128, 127], shape=[2], format='b'))
y = memoryview(array.array('l', [-128, 255]))
x.tolist() == y.tolist(), x == y
x = memoryview(bytes([255]))
y = memoryview(array.array('h', [0]))
x == y.tolist()
x = memoryview(array.array('q', [255]))
y = memoryview(bytes([128]))
x[:1] == y[:1]
x = memoryview(ndarray([255, 255], shape=[2], format='d'))
y = memoryview(array.array('i', [-128, 2, -128]))
x.tolist() == y.tolist(), x == y
x = memoryview(bytes([128, 128]))
y = memoryview(ndarray([-128, 2, 255], shape=[3], format='h'))
x[::-1] == y[::-1]
x = memoryview(ndarray([127, 127, 65535], shape=[3], format='>i'))
y = memoryview(bytes([128]))
x[::-1] == y[::-1]
x = memoryview(ndarray([0], shape=[1], format='=q'))
y = memoryview(bytes([]))
x[:1] == y[:1]
x = memoryview(array.array('b', []))
y = memoryview(bytes([]))
x == y.tolist()
x = memoryview(bytes([1]))
y = memoryview(bytes([127]))
x != y
x = memoryview(array.array('l', []))
y = memoryview(bytes([]))
x == y
x = memoryview(ndarray([-1, 2], shape=[2], format='b'))
y = memoryview(array.array('B', []))
x == y
x = memoryview(array.array('I', []))
y = memoryview(ndarray([-1], shape=[1], format='h'))
x[::-1] == y[::-1]
x = memoryview(bytes([]))
y = memoryview(ndarray([0], shape=[1], format='<i'))
x != y
x = memoryview(array.array('I', []))
y = memoryview(bytes([]))
x == y.tolist()
x = memoryview(ndarray([0, 127, -128], shape=[3], format='?'))
y = memoryview(bytes([]))
x == y.tolist()
x = memoryview(ndarray([-128], shape=[1], format='<i'))
y = memoryview(array.array('L', [1, 0]))
x[:1] == y[:1]
x = memoryview(array.array('I', [255]))
y = memoryview(ndarray([65535, 0], shape=[2], format='?'))
x != y
x = memoryview(bytes([]))
y = memoryview(ndarray([0], shape=[1], format='h'))
x != y
x = memoryview(array.array('L', []))
y = memoryview(bytes([0]))
x != y
x = memoryview(array.array('Q', [1, 127, 1]))
y = memoryview(array.array('i', [127, 65535]))
x[::-1] == y[::-1]
x = memoryview(array.array('l', [0]))
y = memoryview(ndarray([1], shape=[1], format='?'))
x == x
x = memoryview(array.array('B', [1]))
y = memoryview(array.array('B', [2]))
x != y
x = memoryview(array.array('H', [127, 65535]))
y = memoryview(bytes([255]))
x.tolist() == y.tolist(), x == y
x = memoryview(bytes([]))
y = memoryview(bytes([]))
x.tolist() == y.tolist(), x == y
x = memoryview(bytes([1]))
y = memoryview(bytes([255, 0, 1]))
x[::-1] == y[::-1]
x = memoryview(ndarray([127], shape=[1], format='b'))
y = memoryview(bytes([1, 1, 127]))
x != y
x = memoryview(bytes([]))
y = memoryview(ndarray([0], shape=[1], format='f'))
x == x
x = memoryview(ndarray([2, 1, 0], shape=[3], format='>i'))
y = memoryview(array.array('H', [127, 1]))
x[:1] == y[:1]
x = memoryview(ndarray([1], shape=[1], format='Q'))
y = memoryview(ndarray([-128, -1, 255], shape=[3], format='f'))
x == y
x = memoryview(ndarray([0], shape=[1], format='B'))
y = memoryview(array.array('d', [65535, 2]))
x == y
x = memoryview(array.array('I', [0, 127]))
y = memoryview(ndarray([255], shape=[1], format='>i'))
x.tolist() == y.tolist(), x == y
x = memoryview(bytes([255, 128, 127]))
y = memoryview(ndarray([-1], shape=[1], format='d'))
x[::-1] == y[::-1]
x = memoryview(ndarray([1, 1, 1], shape=[3], format='=q'))
y = memoryview(array.array('B', []))
x[:1] == y[:1]
x = memoryview(array.array('h', []))
y = memoryview(ndarray([2, 255, -128], shape=[3], format='h'))
x[::-1] == y[::-1]
x = memoryview(ndarray([0], shape=[1], format='h'))
y = memoryview(bytes([1, 255, 2]))
x == x
x = memoryview(bytes([255, 255]))
y = memoryview(ndarray([65535], shape=[1], format='=q'))
x[:1] == y[:1]
x = memoryview(bytes([128]))
y = memoryview(ndarray([0], shape=[1], format='Q'))
x.tolist() == y.tolist(), x == y
x = memoryview(bytes([255]))
y = memoryview(bytes([]))
x.tolist() == y.tolist(), x == y
