from .circle import Circle
from .square import Square
ALL_SHAPES = [Circle, Square]
