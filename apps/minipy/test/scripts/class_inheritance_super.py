class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"

class Dog(Animal):
    sound = "woof"

class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + f" (age {self.age})"

for pet in [Animal("gen"), Dog("rex"), Puppy("bit", 1)]:
    print(repr(pet), pet.speak())
print(isinstance(Puppy("a", 2), Animal), issubclass(Dog, Puppy), Puppy.__mro__ if False else Puppy.__bases__)
