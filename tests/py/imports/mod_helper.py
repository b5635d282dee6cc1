print("mod_helper executing as", __name__)
value = 42
_private = "hidden"
def greet(who):
    return "hello " + who
if __name__ == "__main__":
    print("mod_helper run as a script")
