# Sets of str and bytes iterate in CPython's order (SipHash-1-3, PYTHONHASHSEED=0),
# and equal content hashes alike across str, bytes and memoryview.
fruits = {'apple', 'banana', 'cherry', 'date', 'elder', 'fig', 'grape'}
print(fruits)
print(sorted(fruits) == sorted(list(fruits)))

words = set()
for w in "it was the best of times it was the worst of times it was the age of wisdom".split():
    words.add(w)
print(words)
words.discard('the')
words -= {'of', 'it'}
print(words, len(words))

print(set('abracadabra'), frozenset('hello world'))
print({'α', 'β', 'γ', 'δ'}, {'日本', '中文', '한국어'}, {'😀', '🐍', 'x'})
print({b'one', b'two', b'three', b'four', b'five'})
print({('a', 1), ('b', 2)} == {('b', 2), ('a', 1)})

print(hash('abc') == hash(b'abc') == hash(memoryview(b'abc')))
print(hash('') == hash(b'') == 0, hash('é') == hash('é'.encode('latin-1')))
print(hash('ab' * 100) == hash(b'ab' * 100), hash('\u0100') != hash('\u0100'.encode('utf-8')))

s = {str(i) for i in range(40)}
print(list(s)[:12])
d = dict.fromkeys(sorted(s))
print(list(d)[:5], len(d))
inter = {'x', 'y', 'z', 'w'} & {'y', 'w', 'v', 'x'}
union = {'alpha', 'beta'} | {'gamma', 'delta', 'alpha'}
print(inter, union, {'p', 'q', 'r'} ^ {'q', 'r', 's', 't'})
print(frozenset({'a', 'b'}) == frozenset({'b', 'a'}), {frozenset({'a', 'b'}), frozenset({'c'})})
