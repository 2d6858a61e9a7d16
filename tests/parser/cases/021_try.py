try:
    pass
except:
    pass
try:
    pass
except E:
    pass
except (A, B) as e:
    pass
except C as e:
    pass
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
try:
    pass
except* E:
    pass
except* (A, B) as e:
    pass
else:
    pass
finally:
    pass
try:
    x
except E if a else F:
    pass
