x = (f"abc {a}"
     f"def {b:>{c}}"
     "ghi")
y = f"""
{a}
  {b!r:{c}}
"""
z = (
    f'{a}'
    f'{b}x'
)
