from collections import defaultdict


def aggregate_sales(csv_text):
    lines = csv_text.splitlines()
    if not lines:
        return {"regions": {}, "skipped": 0}
    header = [h.strip() for h in lines[0].split(",")]
    units_by_region = defaultdict(int)
    product_revenue = defaultdict(lambda: defaultdict(float))
    skipped = 0
    for line in lines[1:]:
        if not line:
            continue
        fields = [f.strip().strip('"') for f in line.split(",")]
        if len(fields) != len(header):
            skipped += 1
            continue
        row = dict(zip(header, fields))
        try:
            units, price = int(row["units"]), float(row["unit_price"])
        except ValueError:
            skipped += 1
            continue
        if not row["region"] or not row["product"] or units < 0 or price < 0:
            skipped += 1
            continue
        units_by_region[row["region"]] += units
        product_revenue[row["region"]][row["product"]] += units * price
    regions = {}
    for region, products in product_revenue.items():
        top = min(products.items(), key=lambda kv: (-kv[1], kv[0]))[0]
        regions[region] = {"units": units_by_region[region],
                           "revenue": round(sum(products.values()), 2), "top_product": top}
    return {"regions": regions, "skipped": skipped}
