print("circ_b start")
import circ_a
print("circ_b sees partial circ_a:", hasattr(circ_a, "a_value"))
try:
    circ_a.a_value
except AttributeError as e:
    print("AttributeError:", e)
b_value = "B"
print("circ_b end")
