''.replace('', 'a'), ''.replace('', 'a', 0), ''.replace('', 'a', 1), 'x'.replace('', '-', 1), ''.replace('x', 'y')
b''.replace(b'', b'a'), b''.replace(b'', b'a', 0), bytearray().replace(b'', b'a'), b'ab'.replace(b'', b'-', 2)
