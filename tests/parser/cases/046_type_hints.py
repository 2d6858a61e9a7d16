from typing import List, Dict
def f(a: List[int], b: Dict[str, 'X'] = {}) -> Optional[int]: ...
x: Callable[[int, str], None]
y: 'tuple[int, ...]'
z: int | None = None
class A:
    a: ClassVar[int] = 0
    b: list[int]
