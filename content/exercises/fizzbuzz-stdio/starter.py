def main() -> None:
    """Read n from stdin and print the FizzBuzz lines for 1..n."""
    n = int(input())
    # TODO: print one line per number from 1 to n


if __name__ == "__main__":
    main()
