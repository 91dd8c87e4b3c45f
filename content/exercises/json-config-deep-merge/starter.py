import json


def merge_json_configs(json_texts: list) -> dict:
    """Deep-merge JSON objects left to right; null deletes a key."""
    raise NotImplementedError
