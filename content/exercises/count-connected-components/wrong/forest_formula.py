def count_components(n, links):
    return n - len(links)
