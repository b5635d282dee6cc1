x = \y
