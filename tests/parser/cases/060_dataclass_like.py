@dataclass(frozen=True, slots=True)
class Point:
    x: float = 0.0
    y: float = field(default=0.0)
    def __add__(self, other: 'Point') -> 'Point':
        return Point(self.x + other.x, self.y + other.y)
