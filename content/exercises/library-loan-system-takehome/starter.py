from datetime import date, timedelta


class LibraryError(Exception):
    pass


class NotAvailable(LibraryError):
    pass


class LimitReached(LibraryError):
    pass


class MemberBlocked(LibraryError):
    pass


class RenewalRefused(LibraryError):
    pass


class Library:
    def __init__(self):
        raise NotImplementedError
