# checkout/return/renew/reserve are O(q + l) for queue length q and the member's loans l;
# loans() is O(l log l); overdue() is O(L log L) over all L loans. Space O(books + members + loans + queued).
from dataclasses import dataclass, field
from datetime import date, timedelta

TIERS = {"standard": (3, 14), "premium": (8, 28)}   # (max loans, loan days)
FINE_PER_DAY = 25
FINE_CAP = 1000
BLOCKING_FINES = 500
MAX_RENEWALS = 2


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


@dataclass
class Book:
    title: str
    copies: int
    queue: list = field(default_factory=list)


@dataclass
class Member:
    tier: str
    fines: int = 0


@dataclass
class Loan:
    due: date
    renewals: int = 0


class Library:
    def __init__(self):
        self._books = {}
        self._members = {}
        self._loans = {}            # (member_id, isbn) -> Loan

    # --- lookups -----------------------------------------------------------------
    def _book(self, isbn):
        if isbn not in self._books:
            raise KeyError(f"unknown ISBN {isbn!r}")
        return self._books[isbn]

    def _member(self, member_id):
        if member_id not in self._members:
            raise KeyError(f"unknown member {member_id!r}")
        return self._members[member_id]

    def _loan(self, member_id, isbn):
        loan = self._loans.get((member_id, isbn))
        if loan is None:
            raise LibraryError(f"{member_id} has no loan of {isbn}")
        return loan

    def _shelf(self, isbn):
        on_loan = sum(1 for (_, i) in self._loans if i == isbn)
        return self._books[isbn].copies - on_loan

    def _member_loans(self, member_id):
        return [(i, loan) for (m, i), loan in self._loans.items() if m == member_id]

    # --- catalogue and members -------------------------------------------------------
    def add_book(self, isbn, title, copies=1):
        if isinstance(copies, bool) or not isinstance(copies, int) or copies < 1:
            raise ValueError("copies must be a positive integer")
        if isbn in self._books:
            self._books[isbn].copies += copies
        else:
            self._books[isbn] = Book(title, copies)

    def add_member(self, member_id, tier="standard"):
        if tier not in TIERS:
            raise ValueError(f"unknown tier {tier!r}")
        if member_id in self._members:
            raise ValueError(f"member {member_id!r} already exists")
        self._members[member_id] = Member(tier)

    # --- availability ----------------------------------------------------------------
    def available(self, isbn):
        book = self._book(isbn)
        return max(0, self._shelf(isbn) - len(book.queue))

    def _may_borrow(self, member_id, isbn):
        queue = self._books[isbn].queue
        shelf = self._shelf(isbn)
        if member_id in queue:
            return queue.index(member_id) < shelf
        return shelf > len(queue)

    def reserve(self, member_id, isbn):
        self._member(member_id)
        book = self._book(isbn)
        if (member_id, isbn) in self._loans:
            raise LibraryError("the member already has this book")
        if member_id in book.queue:
            raise LibraryError("the member is already in the queue")
        if self.available(isbn) > 0:
            raise LibraryError("a copy is available: borrow it instead")
        book.queue.append(member_id)
        return len(book.queue)

    def cancel_reservation(self, member_id, isbn):
        self._member(member_id)
        book = self._book(isbn)
        if member_id not in book.queue:
            raise LibraryError("the member has no reservation for this book")
        book.queue.remove(member_id)

    # --- lending -----------------------------------------------------------------------
    def checkout(self, member_id, isbn, today):
        member = self._member(member_id)
        book = self._book(isbn)
        loans = self._member_loans(member_id)
        if member.fines >= BLOCKING_FINES or any(loan.due < today for _, loan in loans):
            raise MemberBlocked(f"{member_id} has overdue books or unpaid fines")
        if (member_id, isbn) in self._loans:
            raise LibraryError("the member already has this book")
        limit, days = TIERS[member.tier]
        if len(loans) >= limit:
            raise LimitReached(f"{member_id} already has {limit} books")
        if not self._may_borrow(member_id, isbn):
            raise NotAvailable(f"no copy of {isbn} for {member_id}")
        if member_id in book.queue:
            book.queue.remove(member_id)
        due = today + timedelta(days=days)
        self._loans[(member_id, isbn)] = Loan(due)
        return due

    def return_book(self, member_id, isbn, today):
        member = self._member(member_id)
        self._book(isbn)
        loan = self._loan(member_id, isbn)
        late_days = max(0, (today - loan.due).days)
        fine = min(FINE_CAP, late_days * FINE_PER_DAY)
        del self._loans[(member_id, isbn)]
        member.fines += fine
        return fine

    def renew(self, member_id, isbn, today):
        member = self._member(member_id)
        book = self._book(isbn)
        loan = self._loan(member_id, isbn)
        if loan.due < today:
            raise RenewalRefused("the loan is overdue")
        if loan.renewals >= MAX_RENEWALS:
            raise RenewalRefused("the loan was already renewed twice")
        if book.queue:
            raise RenewalRefused("other members are waiting for this book")
        loan.due += timedelta(days=TIERS[member.tier][1])
        loan.renewals += 1
        return loan.due

    # --- money and reports ---------------------------------------------------------------
    def fines(self, member_id):
        return self._member(member_id).fines

    def pay(self, member_id, amount):
        member = self._member(member_id)
        if isinstance(amount, bool) or not isinstance(amount, int) or not 1 <= amount <= member.fines:
            raise ValueError("amount must be a positive integer not above the fines owed")
        member.fines -= amount
        return member.fines

    def loans(self, member_id):
        self._member(member_id)
        return sorted(((isbn, loan.due) for isbn, loan in self._member_loans(member_id)),
                      key=lambda item: (item[1], item[0]))

    def overdue(self, today):
        late = [(m, i, (today - loan.due).days) for (m, i), loan in self._loans.items() if loan.due < today]
        return sorted(late, key=lambda item: (-item[2], item[0], item[1]))
