# Time O(n) over the text (plus O(p log p) to rank p distinct paths), space O(distinct IPs + paths + statuses).
import re
from collections import Counter

LINE = re.compile(
    r'(?P<ip>\S+) (?P<ident>\S+) (?P<user>\S+) \[(?P<time>[^\]]+)\] '
    r'"(?P<method>[A-Z]+) (?P<target>[^\s"]+) (?P<proto>[^\s"]+)" '
    r'(?P<status>\d{3}) (?P<size>\d+|-)'
)


def summarize_access_log(log_text: str) -> dict:
    """Summarise Common Log Format lines; see the statement for the keys."""
    statuses, paths, ips = Counter(), Counter(), set()
    requests = malformed = total_bytes = errors = 0
    for line in log_text.splitlines():
        line = line.strip()
        if not line:
            continue
        match = LINE.fullmatch(line)
        if not match:
            malformed += 1
            continue
        requests += 1
        ips.add(match["ip"])
        status = match["status"]
        statuses[status] += 1
        if status[0] in "45":
            errors += 1
        paths[match["target"].split("?", 1)[0]] += 1
        if match["size"] != "-":
            total_bytes += int(match["size"])
    top = sorted(paths.items(), key=lambda item: (-item[1], item[0]))[:3]
    return {
        "requests": requests,
        "malformed": malformed,
        "unique_ips": len(ips),
        "bytes": total_bytes,
        "status_counts": dict(statuses),
        "top_paths": [[path, count] for path, count in top],
        "error_rate": round(errors / requests, 4) if requests else 0.0,
    }
