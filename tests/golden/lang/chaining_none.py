class AppError(Exception):
    pass
try:
    int("x")
except ValueError:
    raise AppError("clean") from None
