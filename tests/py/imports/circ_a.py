print("circ_a start")
import circ_b
a_value = "A"
def use_b():
    return circ_b.b_value
print("circ_a end, sees", circ_b.b_value)
