for exc in (KeyError("k"), IndexError(1), ZeroDivisionError(), ValueError("v")):
    try:
        raise exc
    except LookupError as e:
        print("LookupError caught", repr(e))
    except ArithmeticError as e:
        print("ArithmeticError caught", repr(e))
    except Exception as e:
        print("Exception caught", repr(e))
print(issubclass(KeyError, LookupError), isinstance(ValueError(), Exception))
try:
    raise StopIteration
except BaseException as e:
    print(type(e).__name__)
