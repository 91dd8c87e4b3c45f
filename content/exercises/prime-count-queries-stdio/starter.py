import sys


def main() -> None:
    """Read q queries from stdin and print, for each n, how many primes are <= n."""
    data = sys.stdin.read().split()
    q = int(data[0])
    queries = [int(x) for x in data[1:1 + q]]
    # TODO: print one count per query


if __name__ == "__main__":
    main()
