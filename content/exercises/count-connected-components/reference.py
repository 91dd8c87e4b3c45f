# Time O(n + e * alpha(n)), space O(n): union-find with path halving and union by size.
def count_components(n: int, links: list[list[int]]) -> int:
    """Return the number of connected groups among machines 0..n-1."""
    parent = list(range(n))
    size = [1] * n

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]   # path halving
            x = parent[x]
        return x

    groups = n
    for a, b in links:
        ra, rb = find(a), find(b)
        if ra == rb:
            continue
        if size[ra] < size[rb]:
            ra, rb = rb, ra
        parent[rb] = ra
        size[ra] += size[rb]
        groups -= 1
    return groups
