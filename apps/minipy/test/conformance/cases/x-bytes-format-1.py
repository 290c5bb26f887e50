b'%d' % 5, b'%i' % -3, b'%5d|' % 42, b'%-5d|' % 42, b'%05d' % 42, b'%+d' % 5, b'% d' % 5
b'%x %X %o' % (255, 255, 8), b'%#x %#o %#X' % (255, 8, 255)
b'%s' % b'abc', b'%s' % bytearray(b'q'), b'%s' % memoryview(b'mv')
b'%s' % 'str'
b'%s' % 5
b'%b' % b'x'
b'%r' % 'x', b'%a' % 'é', b'%r' % b'x'
b'%c' % 65, b'%c' % b'z'
b'%c' % 256
b'%c' % b'zz'
b'%c' % 'a'
b'%f' % 1.5, b'%.2f' % 3.14159, b'%e' % 12345.678, b'%g' % 0.0001, b'%10.3f|' % 2.5
b'%%' % (), b'100%%' % ()
b'%d %d' % (1,)
b'%d' % (1, 2)
b'%d' % 'x'
b'%d' % 1.9, b'%x' % True
b'%x' % 1.5
b'%(a)s' % {'a': b'x'} if False else 0
b'%z' % 1
b'%' % 1
b'%.3s' % b'abcdef', b'%5s|' % b'ab', b'%-5s|' % b'ab'
b'%*d' % (5, 1), b'%.*f' % (1, 2.25)
bytearray(b'%d-%s') % (1, b'x')
b'abc' % ()
b'abc' % 5
b'%s' % [1]
b'%s %s' % (b'a', memoryview(b'b'))
