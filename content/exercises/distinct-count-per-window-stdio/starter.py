def main() -> None:
    # Read n, k and the values, then print the number of distinct values of each window.
    raise NotImplementedError


if __name__ == "__main__":
    main()
