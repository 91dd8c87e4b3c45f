import sys

data = sys.stdin.read().split()
q = int(data[0])
queries = [int(x) for x in data[1:1 + q]]
limit = max(queries)
is_prime = [True] * limit          # indexes 0 .. limit - 1 only
for i in range(min(2, limit)):
    is_prime[i] = False
for p in range(2, int(limit ** 0.5) + 1):
    if is_prime[p]:
        for m in range(p * p, limit, p):
            is_prime[m] = False
prefix = [0]
for flag in is_prime:
    prefix.append(prefix[-1] + flag)   # prefix[n] = primes below n
print("\n".join(str(prefix[n]) for n in queries))
