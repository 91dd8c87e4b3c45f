def main() -> None:
    # Read n and k from the first line, the values from the second, print the answer.
    raise NotImplementedError


if __name__ == "__main__":
    main()
