inventory = {"apple": 3, "pear": 0}

def take(item):
    inventory[item] -= 1
    return inventory[item]

print(take("apple"))
print(take("banana"))
