import sys


def main() -> None:
    # Time O(N log log N + q), space O(N), N the largest query: one sieve of
    # Eratosthenes, then a running prefix count answers each query in O(1).
    data = sys.stdin.read().split()
    q = int(data[0])
    queries = [int(x) for x in data[1:1 + q]]
    limit = max(queries, default=0)

    is_prime = bytearray([1]) * (limit + 1)
    is_prime[:2] = bytes(min(2, limit + 1))  # 0 and 1 are not prime
    p = 2
    while p * p <= limit:
        if is_prime[p]:
            is_prime[p * p::p] = bytes(len(range(p * p, limit + 1, p)))
        p += 1

    count_upto = [0] * (limit + 1)
    running = 0
    for i in range(limit + 1):
        running += is_prime[i]
        count_upto[i] = running

    print("\n".join(str(count_upto[n]) for n in queries))


if __name__ == "__main__":
    main()
