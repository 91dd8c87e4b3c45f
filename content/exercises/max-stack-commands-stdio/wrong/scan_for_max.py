q = int(input())
stack = []
out = []
for _ in range(q):
    parts = input().split()
    if parts[0] == "push":
        stack.append(int(parts[1]))
    elif parts[0] == "pop":
        out.append(str(stack.pop()) if stack else "EMPTY")
    else:
        out.append(str(max(stack)) if stack else "EMPTY")
print("\n".join(out))
