def solve_sudoku(board: list[str]) -> list[str]:
    """Return the solved grid: 9 strings of 9 digits.

    board holds 9 strings of 9 characters, '1'-'9' or '.' for an empty cell.
    """
    raise NotImplementedError
