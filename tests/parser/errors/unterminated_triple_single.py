x = '''abc

d
