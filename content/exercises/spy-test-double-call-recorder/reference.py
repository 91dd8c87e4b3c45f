# Each call is O(1) (plus the wrapped work); assert_any_call is O(number of calls); space O(calls).
from collections import namedtuple

Call = namedtuple("Call", "args kwargs")


def _is_exception(value):
    return isinstance(value, BaseException) or (
        isinstance(value, type) and issubclass(value, BaseException)
    )


class Spy:
    """A callable test double that records its calls."""

    def __init__(self, wrapped=None, *, return_value=None, side_effect=None):
        self.wrapped = wrapped
        self.return_value = return_value
        self._effect_iter = None
        if side_effect is not None and not _is_exception(side_effect) and not callable(side_effect):
            self._effect_iter = iter(side_effect)
        self.side_effect = side_effect
        self.calls = []
        self.results = []

    @property
    def call_count(self):
        return len(self.calls)

    @property
    def called(self):
        return bool(self.calls)

    def _outcome(self, args, kwargs):
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if self._effect_iter is not None:
                value = next(self._effect_iter)
                if _is_exception(value):
                    raise value
                return value
            return effect(*args, **kwargs)
        if self.wrapped is not None:
            return self.wrapped(*args, **kwargs)
        return self.return_value

    def __call__(self, *args, **kwargs):
        self.calls.append(Call(args, kwargs))
        try:
            value = self._outcome(args, kwargs)
        except BaseException as exc:
            self.results.append(("raise", exc))
            raise
        self.results.append(("return", value))
        return value

    def reset(self):
        self.calls.clear()
        self.results.clear()

    def assert_called_with(self, *args, **kwargs):
        if not self.calls:
            raise AssertionError(f"expected call {Call(args, kwargs)}, but the spy was not called")
        if self.calls[-1] != Call(args, kwargs):
            raise AssertionError(f"expected last call {Call(args, kwargs)}, got {self.calls[-1]}")

    def assert_called_once_with(self, *args, **kwargs):
        if self.call_count != 1:
            raise AssertionError(f"expected exactly one call, got {self.call_count}")
        self.assert_called_with(*args, **kwargs)

    def assert_not_called(self):
        if self.calls:
            raise AssertionError(f"expected no calls, got {self.call_count}")

    def assert_any_call(self, *args, **kwargs):
        if Call(args, kwargs) not in self.calls:
            raise AssertionError(f"{Call(args, kwargs)} not found among {self.calls}")
