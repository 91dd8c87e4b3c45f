q = int(input())
stack = []
for _ in range(q):
    parts = input().split()
    if parts[0] == "push":
        value = int(parts[1])
        stack.append((value, max(value, stack[-1][1]) if stack else value))
    elif parts[0] == "pop":
        print(stack.pop()[0])
    else:
        print(stack[-1][1] if stack else "EMPTY")
