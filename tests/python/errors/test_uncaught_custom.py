# compare: stderr
# An uncaught custom exception with args, raised in a method; __main__ prefix is omitted in the last line.
class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field

class Form:
    def validate(self, data):
        for key in ("name", "email"):
            if key not in data:
                raise ValidationError(key, "is required")
        return True

form = Form()
print(form.validate({"name": "a", "email": "b"}))
form.validate({"name": "a"})
