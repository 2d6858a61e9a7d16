print("mod_raises: before error")
raise ValueError("error during import of mod_raises")
