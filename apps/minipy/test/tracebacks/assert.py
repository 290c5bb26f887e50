def check(v):
    assert v > 0, 'need positive'
check(-1)
