config = {"name": "demo", "sizes": [1, 2, 3]}

def lookup(cfg, key, index):
    return cfg[key][index]

print(lookup(config, "sizes", 1))
print(lookup(config, "sizes", 10))
