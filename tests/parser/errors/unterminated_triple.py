x = """abc
d
