handler = None
handler('x')
