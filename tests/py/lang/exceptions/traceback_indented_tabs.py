class Calculator:
	def divide(self, a, b):
		return a / b

calc = Calculator()
print(calc.divide(1, 2))
print(calc.divide(1, 0))
