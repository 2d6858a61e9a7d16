x = (a + b - c * d / e // f % g ** h << i >> j & k | l ^ m
     < n <= o > p >= q == r != s is t is not u in v not in w
     and x or y if z else aa)
