# Imported by builtins_global_in_imported_module.py; run alone it is __main__.
import builtins


def f():
    pass


kind = type(__builtins__).__name__
same_dict = __builtins__ is builtins.__dict__
func_builtins = f.__builtins__ is builtins.__dict__
try:
    via_attribute = __builtins__.len("abc")
except AttributeError as e:
    via_attribute = f"AttributeError: {e}"
if __name__ == "__main__":
    print(kind, same_dict, func_builtins, via_attribute)
