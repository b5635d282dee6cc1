if x:
    pass
  pass
