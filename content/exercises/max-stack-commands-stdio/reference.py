import sys


# O(1) per command, space O(n): each stack entry remembers the maximum of the stack below
# and including it, so the top entry always knows the current maximum.
def main() -> None:
    lines = sys.stdin.read().splitlines()
    q = int(lines[0])
    stack: list[tuple[int, int]] = []  # (value, maximum so far)
    out = []
    for line in lines[1:1 + q]:
        parts = line.split()
        if parts[0] == "push":
            value = int(parts[1])
            stack.append((value, max(value, stack[-1][1]) if stack else value))
        elif parts[0] == "pop":
            out.append(str(stack.pop()[0]) if stack else "EMPTY")
        else:  # "max"
            out.append(str(stack[-1][1]) if stack else "EMPTY")
    if out:
        print("\n".join(out))


if __name__ == "__main__":
    main()
