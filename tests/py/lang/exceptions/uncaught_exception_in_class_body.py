class Config:
    name = "x"
    size = int(name)
