try:
    raise ExceptionGroup("eg", [ValueError(1)])
except* ValueError as eg:
    pass
except* TypeError:
    pass
