def safe_div(a, b):
    try:
        result = a / b
    except ZeroDivisionError:
        print("division by zero")
        return None
    except TypeError as e:
        print("type problem:", e)
        return None
    else:
        print("ok")
        return result
    finally:
        print("finally runs")

print(safe_div(6, 3))
print(safe_div(1, 0))
print(safe_div("a", 2))

def multi(x):
    try:
        return {"a": 1}[x]
    except (KeyError, TypeError) as e:
        return f"{type(e).__name__}"
print(multi("a"), multi("b"), multi([]))

def nested():
    try:
        try:
            raise ValueError("inner")
        except TypeError:
            print("wrong handler")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer caught", e)
nested()

e = "outer name"
try:
    raise KeyError
except KeyError as e:
    pass
try:
    print(e)
except NameError as err:
    print("NameError:", err)
