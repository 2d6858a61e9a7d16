# compare: stderr
# Decorator calls are located at the decorator expression; class bodies are frames.
def register(tag):
    def deco(fn):
        return fn.undefined_attribute
    return deco


class Plugin:
    x = 1

    @register('a')
    def run(self):
        pass
