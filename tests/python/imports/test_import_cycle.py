# Circular imports: the partially initialised module is visible to the second importer.
import mod_cycle_x
import mod_cycle_y
print(mod_cycle_x.X_NAME, mod_cycle_y.Y_NAME, mod_cycle_y.SEEN_AT_IMPORT, mod_cycle_y.partial_view(), mod_cycle_x.from_y())
print(mod_cycle_x.mod_cycle_y is mod_cycle_y, mod_cycle_y.mod_cycle_x is mod_cycle_x)
