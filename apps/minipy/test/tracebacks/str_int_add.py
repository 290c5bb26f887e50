age = 30
msg = 'age: ' + age
