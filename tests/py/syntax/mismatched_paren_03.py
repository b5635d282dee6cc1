call({'a': 1)}
