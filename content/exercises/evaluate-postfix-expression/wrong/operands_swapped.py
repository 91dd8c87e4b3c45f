def eval_postfix(tokens):
    stack = []
    for token in tokens:
        if token in ("+", "-", "*", "/"):
            a = stack.pop()
            b = stack.pop()
            if token == "+":
                stack.append(a + b)
            elif token == "-":
                stack.append(a - b)
            elif token == "*":
                stack.append(a * b)
            else:
                stack.append(int(a / b) if b else 0)
        else:
            stack.append(int(token))
    return stack[0]
