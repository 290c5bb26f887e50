s = 'a\U0001f600b'
len(s), s[1], s[2], s[-1], s[1:], s[::-1], s[::2]
list(s)
ord(s[1]), chr(0x1f600) == s[1], s.find('b'), s.index('b'), s.count('\U0001f600')
repr('\x7f\x80\x9f\xa0\xad\u2028\ud800\U0001f600\U000e0001')
repr('\u0300'), repr('é'), repr('\u00e9'), repr('\t\x0b')
s.encode(), s.encode('utf-8')[1:5]
'\ud800'.encode()
'€'.encode('latin-1')
'€'.encode('latin-1', 'replace'), '€'.encode('ascii', 'ignore')
b'\xf0\x9f\x98\x80'.decode(), len(b'\xf0\x9f\x98\x80'.decode())
b'\xed\xa0\x80'.decode()
b'\xed\xa0\x80'.decode('utf-8', 'replace')
'x' * 3 + '\U0001f600' * 2
sorted('b\U0001f600a'), max('a\U0001f600'), min('\uffff\U00010000')
'\U00010000' > '\uffff', '\U00010000' < '\uffff'
str(b'\xf0\x9f\x98\x80', 'utf-8')[0] == '\U0001f600'
[c for c in 'x\U0001f600']
