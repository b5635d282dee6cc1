import mod_helper
if __name__ == "__main__":
    print("main_guard is main")
    print(mod_helper.__name__)
import __main__
print(__main__.__name__, hasattr(__main__, "mod_helper"))
