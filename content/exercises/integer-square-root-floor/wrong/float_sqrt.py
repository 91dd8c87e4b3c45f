def int_sqrt(n):
    return int(n ** 0.5)
