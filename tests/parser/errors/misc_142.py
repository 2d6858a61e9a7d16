  # comment
x = 1
  y