def main() -> None:
    """Read n and n integers from stdin; print their GCD and LCM on two lines."""
    n = int(input())
    values = list(map(int, input().split()))
    # TODO: compute and print the GCD, then the LCM


if __name__ == "__main__":
    main()
