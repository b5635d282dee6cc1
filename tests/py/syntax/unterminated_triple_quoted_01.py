doc = """never
closed

x = 1
