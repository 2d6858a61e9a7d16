print("mod_cycle_x: start")
import mod_cycle_y
X_NAME = "x"
def from_y():
    return mod_cycle_y.Y_NAME
print("mod_cycle_x: end")
