# counts and membership of the keyword lists
import keyword

print(len(keyword.kwlist), len(keyword.softkwlist))
print([k for k in keyword.kwlist if k[0].isupper()], "print" in keyword.kwlist, "exec" in keyword.kwlist)
