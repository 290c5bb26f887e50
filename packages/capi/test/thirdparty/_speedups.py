# markupsafe's C escaping (markupsafe/_speedups.c): _escape_inner(str) reads
# the str's characters at their kind's width (PyUnicode_KIND/1BYTE/2BYTE/
# 4BYTE_DATA) and writes the escaped copy into a str made by PyUnicode_New,
# as markupsafe's escape / escape_silent / soft_str call it.
from _speedups import _escape_inner
def escape(s): return _escape_inner(s) if type(s) is str else s.__html__() if hasattr(s, '__html__') else _escape_inner(str(s))
def escape_silent(s): return '' if s is None else escape(s)
def soft_str(s): return s if isinstance(s, str) else str(s)
_escape_inner('<a href="x">Tom & Jerry\'s</a>')
_escape_inner(''), _escape_inner('plain'), _escape_inner('&&&'), _escape_inner('<>'), _escape_inner('"\'')
s = 'nothing to escape'
_escape_inner(s) is s
t = 'caf\xe9 <cr\xe8me> & "br\xfbl\xe9e"'
e = _escape_inner(t)
e, len(e), e == 'caf\xe9 &lt;cr\xe8me&gt; &amp; &#34;br\xfbl\xe9e&#34;', e.upper(), e.encode('utf-8')
w = '\u20ac <\u0100\u0101> & \u4e2d\u6587 "\uffff"'
_escape_inner(w), len(_escape_inner(w)), _escape_inner('\u0100') == '\u0100'
a = '\U0001F600 <\U0010FFFF> & \U00020000\'s'
_escape_inner(a), len(_escape_inner(a)), [ord(c) for c in _escape_inner(a)][:3]
h = _escape_inner('x<y')
hash(h) == hash('x&lt;y'), h + '!', h * 2, h[1:], h.split('&'), {h: 1}['x&lt;y'], 'lt' in h, h.startswith('x&')
big = _escape_inner('<' * 1000 + 'a' * 3000 + '&')
len(big), big[:12], big[-8:], big.count('&lt;')
_escape_inner('a\x00<\x00b'), len(_escape_inner('a\x00<\x00b'))
class S(str): pass
type(_escape_inner(S('no'))).__name__, type(_escape_inner(S('a<b'))).__name__, _escape_inner(S('a<b'))
escape('<script>'), escape(5), escape(None), escape_silent(None), escape_silent('<'), escape(3.5), escape(['<'])
class H: __html__ = lambda self: '<b>safe</b>'
escape(H()), soft_str(5), soft_str('<'), escape(soft_str('<i>'))
_escape_inner(5)
_escape_inner(None)
_escape_inner(b'<')
_escape_inner()
_escape_inner('a', 'b')
[_escape_inner(x) for x in ['<', '\xe9<', '\u20ac<', '\U0001F600<']]
