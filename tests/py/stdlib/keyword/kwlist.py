# keyword.kwlist and keyword.softkwlist
import keyword

print(keyword.kwlist)
print(keyword.softkwlist, len(keyword.kwlist), sorted(keyword.__all__))
print(keyword.kwlist == sorted(keyword.kwlist, key=lambda k: (k[0].islower(), k)))
