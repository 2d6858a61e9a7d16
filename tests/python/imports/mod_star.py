__all__ = ["exported", "also_exported"]
exported = "in __all__"
also_exported = lambda: "function in __all__"
not_exported = "public but not in __all__"
