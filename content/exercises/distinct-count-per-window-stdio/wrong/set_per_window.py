n, k = map(int, input().split())
values = input().split()
print(" ".join(str(len(set(values[i:i + k]))) for i in range(n - k + 1)))
