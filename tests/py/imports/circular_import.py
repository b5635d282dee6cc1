import circ_a
print(circ_a.use_b(), circ_a.a_value)
try:
    import circ_c
except ImportError as e:
    msg = str(e)
    print("ImportError:", msg.split(" (")[0], "(most likely due to a circular import)" in msg, e.name)
import sys
print("circ_c" in sys.modules, "circ_d" in sys.modules)
