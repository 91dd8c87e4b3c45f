import re
from datetime import date

EMAIL = re.compile(r"[\w.-]+@[\w.-]+")

MONTHS = ["january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december"]
MONTH_NAMES = "|".join(
    sorted({m.capitalize() for m in MONTHS} | {m[:3].capitalize() for m in MONTHS}, key=len, reverse=True)
)

DATE = re.compile(
    r"(?<![\w])(?:"
    r"(?P<iso_y>\d{4})-(?P<iso_m>\d{2})-(?P<iso_d>\d{2})"
    r"|(?P<eu_d>\d{1,2})/(?P<eu_m>\d{1,2})/(?P<eu_y>\d{4})"
    rf"|(?P<name_m>{MONTH_NAMES}) (?P<name_d>\d{{1,2}}), (?P<name_y>\d{{4}})"
    r")(?![\w])"
)


def _month_number(name):
    return [m[:3] for m in MONTHS].index(name[:3].lower()) + 1


def extract_contacts(text: str) -> dict:
    """Return {"emails": sorted unique lower-case emails, "dates": ISO dates in order}."""
    emails = sorted({m.group().lower() for m in EMAIL.finditer(text)})
    dates = []
    for m in DATE.finditer(text):
        if m["iso_y"]:
            y, mo, d = int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"])
        elif m["eu_y"]:
            y, mo, d = int(m["eu_y"]), int(m["eu_m"]), int(m["eu_d"])
        else:
            y, mo, d = int(m["name_y"]), _month_number(m["name_m"]), int(m["name_d"])
        try:
            dates.append(date(y, mo, d).isoformat())
        except ValueError:
            continue
    return {"emails": emails, "dates": dates}
