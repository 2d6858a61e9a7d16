# compare: stderr
# An explicit raise of a custom exception with a message (no position markers for a bare raise line).
class ConfigError(Exception):
    pass

def load(name):
    raise ConfigError(f"missing setting: {name}")

def start():
    load("database_url")

print("booting")
start()
