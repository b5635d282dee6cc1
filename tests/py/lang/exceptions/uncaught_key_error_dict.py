ages = {"ann": 31}
print(ages["bob"])
