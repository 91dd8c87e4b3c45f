# Time O(n) over the rows (plus O(p) per region to pick the top product), space O(regions * products).
import csv
import io
from collections import defaultdict


def aggregate_sales(csv_text: str) -> dict:
    """Aggregate units, revenue and top product per region from CSV text."""
    reader = csv.reader(io.StringIO(csv_text))
    header = next(reader, None)
    if header is None:
        return {"regions": {}, "skipped": 0}
    header = [name.strip() for name in header]
    units_by_region = defaultdict(int)
    product_revenue = defaultdict(lambda: defaultdict(float))
    skipped = 0
    for fields in reader:
        if not fields:
            continue
        if len(fields) != len(header):
            skipped += 1
            continue
        row = {name: value.strip() for name, value in zip(header, fields)}
        region, product = row["region"], row["product"]
        try:
            units = int(row["units"])
            price = float(row["unit_price"])
        except ValueError:
            skipped += 1
            continue
        if not region or not product or units < 0 or price < 0:
            skipped += 1
            continue
        units_by_region[region] += units
        product_revenue[region][product] += units * price
    regions = {}
    for region, products in product_revenue.items():
        top = min(products.items(), key=lambda kv: (-kv[1], kv[0]))[0]
        regions[region] = {
            "units": units_by_region[region],
            "revenue": round(sum(products.values()), 2),
            "top_product": top,
        }
    return {"regions": regions, "skipped": skipped}
