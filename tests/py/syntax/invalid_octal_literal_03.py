x = 0o17x
