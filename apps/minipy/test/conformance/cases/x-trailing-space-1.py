# The last traceback line is printed as the reference runner does: rstripped.
b'abcab'.decode('')
'abc'.encode('')
bytes('abc', '')
raise ValueError('trailing  ')
raise ValueError(' ')
raise KeyError('')
raise ValueError('two\nlines\n')
raise ValueError('tab\t')
raise ValueError('nbsp\xa0')
raise ValueError('bom\ufeff')
import struct
raise struct.error('x ')
