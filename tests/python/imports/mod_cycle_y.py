print("mod_cycle_y: start")
import mod_cycle_x
Y_NAME = "y"
def partial_view():
    return hasattr(mod_cycle_x, "X_NAME")
SEEN_AT_IMPORT = hasattr(mod_cycle_x, "X_NAME")
print("mod_cycle_y: end, mod_cycle_x has X_NAME:", SEEN_AT_IMPORT)
