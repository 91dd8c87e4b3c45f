import json


def _merge(base, override):
    result = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(result.get(key), dict):
            result[key] = _merge(result[key], value)
        else:
            result[key] = value
    return result


def merge_json_configs(json_texts):
    result = {}
    for text in json_texts:
        result = _merge(result, json.loads(text))
    return result
