def main() -> None:
    # Read q, then q commands; print the result of every pop and max command.
    raise NotImplementedError


if __name__ == "__main__":
    main()
