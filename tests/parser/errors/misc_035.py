elif x:
  pass