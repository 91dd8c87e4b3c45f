# Time O(total size of all layers), space O(size of the result); recursion depth = nesting depth.
import json


def _strip_nulls(value):
    """A fresh copy of a new subtree with null-valued keys dropped from its dicts."""
    if isinstance(value, dict):
        return {k: _strip_nulls(v) for k, v in value.items() if v is not None}
    return value


def _merge(base, override):
    result = dict(base)
    for key, value in override.items():
        if value is None:
            result.pop(key, None)
        elif isinstance(value, dict) and isinstance(result.get(key), dict):
            result[key] = _merge(result[key], value)
        else:
            result[key] = _strip_nulls(value)
    return result


def merge_json_configs(json_texts: list) -> dict:
    """Deep-merge JSON objects left to right; null deletes a key."""
    result = {}
    for text in json_texts:
        result = _merge(result, json.loads(text))
    return result
