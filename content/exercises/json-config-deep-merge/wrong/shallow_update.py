import json


def merge_json_configs(json_texts):
    result = {}
    for text in json_texts:
        for key, value in json.loads(text).items():
            if value is None:
                result.pop(key, None)
            else:
                result[key] = value
    return result
