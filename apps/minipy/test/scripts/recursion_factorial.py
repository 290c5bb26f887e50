def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)

print(fact(10))
print(fact(30))

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print([fib(i) for i in range(15)])

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

print(depth(500))
