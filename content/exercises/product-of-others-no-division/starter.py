def product_of_others(nums: list[int]) -> list[int]:
    """Return [product of nums without nums[i] for each i], without division."""
    raise NotImplementedError
