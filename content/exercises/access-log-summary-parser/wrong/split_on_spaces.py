from collections import Counter


def summarize_access_log(log_text):
    statuses, paths, ips = Counter(), Counter(), set()
    requests = total_bytes = errors = 0
    for line in log_text.splitlines():
        if not line.strip():
            continue
        parts = line.split(" ")
        ip, target, status, size = parts[0], parts[6], parts[8], parts[9]
        requests += 1
        ips.add(ip)
        statuses[status] += 1
        if status[0] in "45":
            errors += 1
        paths[target.split("?", 1)[0]] += 1
        if size != "-":
            total_bytes += int(size)
    top = sorted(paths.items(), key=lambda item: (-item[1], item[0]))[:3]
    return {
        "requests": requests,
        "malformed": 0,
        "unique_ips": len(ips),
        "bytes": total_bytes,
        "status_counts": dict(statuses),
        "top_paths": [[p, c] for p, c in top],
        "error_rate": round(errors / requests, 4) if requests else 0.0,
    }
