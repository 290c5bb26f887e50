def make():
    return 1
make().real.foo
