def main() -> None:
    # Time O(n), space O(n) for the collected output: build each word from the
    # two divisibility checks, falling back to the number itself.
    n = int(input())
    lines = []
    for i in range(1, n + 1):
        word = ("Fizz" if i % 3 == 0 else "") + ("Buzz" if i % 5 == 0 else "")
        lines.append(word or str(i))
    if lines:
        print("\n".join(lines))


if __name__ == "__main__":
    main()
