"""Batched RFC 9162 inclusion: one proof that many leaves are in a tree of a given size.

The proof lists, left to right, the hashes of the largest subtrees (as RFC 9162's recursion
splits the tree) that hold none of the proven leaves. The verifier folds its own leaf hashes
with them; the recursion depends on the tree size, so a root signed with that size binds every
leaf to its index. A run of k adjacent leaves costs about 2 log2(n) hashes instead of k log2(n).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Mapping, Sequence
from itertools import pairwise

from datacollect_desktop.domain import merkle


def _split(start: int, end: int) -> int:
    size = end - start
    return start + (1 << ((size - 1).bit_length() - 1))


def uncovered_ranges(indices: Sequence[int], tree_size: int) -> list[tuple[int, int]]:
    """The subtrees [start, end), left to right, whose hashes prove `indices` (sorted, unique)."""
    if not indices:
        raise ValueError("a batched inclusion proof needs at least one leaf")
    if any(b <= a for a, b in pairwise(indices)):
        raise ValueError("leaf indices must be sorted and unique")
    if indices[0] < 0 or indices[-1] >= tree_size:
        raise ValueError(f"leaf indices must lie in a tree of {tree_size} leaves")
    ranges: list[tuple[int, int]] = []
    # An explicit stack (left part on top) walks the tree depth first, left to right.
    stack: list[tuple[int, int, int, int]] = [(0, tree_size, 0, len(indices))]
    while stack:
        start, end, lo, hi = stack.pop()
        if lo == hi:
            ranges.append((start, end))
            continue
        if end - start == 1:
            continue
        middle = _split(start, end)
        cut = bisect_left(indices, middle, lo, hi)
        stack.append((middle, end, cut, hi))
        stack.append((start, middle, lo, cut))
    return ranges


def batch_inclusion_proof(
    source: merkle.NodeSource, indices: Sequence[int], tree_size: int
) -> list[bytes]:
    """The hashes of `uncovered_ranges(indices, tree_size)`, read with one `get_nodes` call."""
    ranges = uncovered_ranges(indices, tree_size)
    keys = list(dict.fromkeys(k for r in ranges for k in merkle.subtree_keys(*r)))
    found = source.get_nodes(keys)
    missing = [k for k in keys if k not in found]
    if missing:
        raise KeyError(f"the node store lacks perfect nodes {missing[:4]} for a batched proof")
    return [merkle.subtree_hash(found, start, end) for start, end in ranges]


def root_from_batch(
    leaves: Mapping[int, bytes], tree_size: int, proof: Sequence[bytes]
) -> bytes | None:
    """The root that `leaves` (index -> leaf hash) and `proof` give, or None if they do not fit."""
    if not leaves or not all(isinstance(h, bytes) and len(h) == 32 for h in proof):
        return None
    indices = sorted(leaves)
    if indices[0] < 0 or indices[-1] >= tree_size:
        return None
    hashes: Iterator[bytes] = iter(proof)
    try:
        root = _fold(0, tree_size, indices, 0, len(indices), leaves, hashes)
    except StopIteration:
        return None
    if next(hashes, None) is not None:
        return None
    return root


def _fold(start: int, end: int, indices: Sequence[int], lo: int, hi: int,
          leaves: Mapping[int, bytes], hashes: Iterator[bytes]) -> bytes:
    # Recursion depth is the tree height (at most 64).
    if lo == hi:
        return next(hashes)
    if end - start == 1:
        return leaves[start]
    middle = _split(start, end)
    cut = bisect_left(indices, middle, lo, hi)
    left = _fold(start, middle, indices, lo, cut, leaves, hashes)
    right = _fold(middle, end, indices, cut, hi, leaves, hashes)
    return merkle.node_hash(left, right)


def verify_batch_inclusion(
    leaves: Mapping[int, bytes], tree_size: int, proof: Sequence[bytes], root: bytes
) -> bool:
    """Are all `leaves` (index -> leaf hash) in the tree of `tree_size` leaves with `root`?"""
    return root_from_batch(leaves, tree_size, proof) == root
