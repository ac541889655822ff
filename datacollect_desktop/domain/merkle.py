"""The RFC 9162 section 2.1 Merkle tree over stored perfect nodes: roots, proofs, verification."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Protocol, TypeAlias

HASH_SIZE = 32
EMPTY_ROOT = hashlib.sha256(b"").digest()

# (level, index): the hash of the complete subtree over leaves [index * 2**level,
# (index + 1) * 2**level). Level 0 holds the leaf hashes.
NodeKey: TypeAlias = tuple[int, int]

_sha256 = hashlib.sha256
# Copying a state that has already absorbed the prefix beats concatenating three byte strings.
_NODE_PREFIX_STATE = hashlib.sha256(b"\x01")


def leaf_hash(leaf: bytes) -> bytes:
    """RFC 9162 leaf hash: SHA-256(0x00 || leaf)."""
    return _sha256(b"\x00" + leaf).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    """RFC 9162 interior node hash: SHA-256(0x01 || left || right)."""
    return _sha256(b"\x01" + left + right).digest()


class NodeSource(Protocol):
    """Where proofs read perfect nodes; a store answers all keys with ONE query."""

    def get_nodes(self, keys: Sequence[NodeKey]) -> Mapping[NodeKey, bytes]:
        """The stored hashes of `keys`; absent keys are simply left out."""
        ...


def frontier_keys(tree_size: int) -> list[NodeKey]:
    """The perfect nodes on the right edge of a tree of `tree_size` leaves, left to right."""
    if tree_size < 0:
        raise ValueError(f"tree size {tree_size} is negative")
    return [
        (level, (tree_size >> level) - 1)
        for level in reversed(range(tree_size.bit_length()))
        if tree_size >> level & 1
    ]


def root_from_frontier(frontier: Sequence[bytes]) -> bytes:
    """The tree head from the frontier hashes (left to right); EMPTY_ROOT for an empty tree."""
    if not frontier:
        return EMPTY_ROOT
    root = frontier[-1]
    for left in reversed(frontier[:-1]):
        root = node_hash(left, root)
    return root


def append(
    tree_size: int, frontier: Sequence[bytes], leaf: bytes
) -> tuple[list[bytes], list[tuple[NodeKey, bytes]]]:
    """Append the leaf HASH `leaf` to a tree known only by its size and frontier, in O(log n).

    Returns the new frontier and the perfect nodes this append completes, leaf node first:
    exactly what a store persists to keep every perfect node (two rows per append, amortised).
    """
    if tree_size < 0:
        raise ValueError(f"tree size {tree_size} is negative")
    if len(frontier) != tree_size.bit_count():
        raise ValueError(
            f"a tree of {tree_size} leaves has a frontier of {tree_size.bit_count()} hashes, "
            f"not {len(frontier)}"
        )
    if len(leaf) != HASH_SIZE:
        raise ValueError(f"append takes a {HASH_SIZE}-byte leaf hash, not {len(leaf)} bytes")
    new_frontier = list(frontier)
    completed = [((0, tree_size), leaf)]
    level, index, node = 0, tree_size, leaf
    while index & 1:  # a right child completes its parent, which takes the sibling's place
        node = node_hash(new_frontier.pop(), node)
        level, index = level + 1, index >> 1
        completed.append(((level, index), node))
    new_frontier.append(node)
    return new_frontier, completed


def subtree_keys(start: int, end: int) -> list[NodeKey]:
    """The perfect nodes, left to right, whose fold is MTH(D[start:end]).

    [start, end) must be a subtree as RFC 9162's recursion forms them: `start` a multiple of the
    largest power of two not above `end - start`.
    """
    size = end - start
    if start < 0 or size <= 0 or start % (1 << (size.bit_length() - 1)):
        raise ValueError(f"leaves [{start}, {end}) do not form a subtree of an RFC 9162 tree")
    keys = []
    for level in reversed(range(size.bit_length())):
        if size >> level & 1:
            keys.append((level, start >> level))
            start += 1 << level
    return keys


def subtree_hash(nodes: Mapping[NodeKey, bytes], start: int, end: int) -> bytes:
    """MTH(D[start:end]) folded from the perfect nodes in `nodes` (see `subtree_keys`)."""
    return root_from_frontier([nodes[key] for key in subtree_keys(start, end)])


def _fetch(source: NodeSource, ranges: Sequence[tuple[int, int]], purpose: str) -> list[bytes]:
    # A single get_nodes call covers every range, so a store answers with one query.
    wanted = {key: None for range_ in ranges for key in subtree_keys(*range_)}
    if not wanted:
        return []
    found = source.get_nodes(list(wanted))
    missing = [key for key in wanted if key not in found]
    if missing:
        raise KeyError(
            f"the node store lacks perfect node(s) (level, index) {missing[:4]} needed for "
            f"{purpose}; the tree it holds is smaller than asked, or damaged"
        )
    return [subtree_hash(found, start, end) for start, end in ranges]


def root_hash(source: NodeSource, tree_size: int) -> bytes:
    """The tree head of the first `tree_size` leaves, from their frontier's perfect nodes."""
    if tree_size < 0:
        raise ValueError(f"tree size {tree_size} is negative")
    if tree_size == 0:
        return EMPTY_ROOT
    return _fetch(source, [(0, tree_size)], f"the root of a tree of {tree_size} leaves")[0]


def _largest_power_of_two_below(size: int) -> int:
    return 1 << ((size - 1).bit_length() - 1)


def inclusion_proof(source: NodeSource, leaf_index: int, tree_size: int) -> list[bytes]:
    """RFC 9162 2.1.3.1 PATH(leaf_index, D[tree_size]): sibling subtree hashes, leaf upward."""
    if not 0 <= leaf_index < tree_size:
        raise ValueError(f"leaf index {leaf_index} is not in a tree of {tree_size} leaves")
    siblings: list[tuple[int, int]] = []  # found top-down; the path lists them bottom-up
    start, end = 0, tree_size
    while end - start > 1:
        middle = start + _largest_power_of_two_below(end - start)
        if leaf_index < middle:
            siblings.append((middle, end))
            end = middle
        else:
            siblings.append((start, middle))
            start = middle
    siblings.reverse()
    purpose = f"the inclusion proof of leaf {leaf_index} in a tree of {tree_size} leaves"
    return _fetch(source, siblings, purpose)


def consistency_proof(source: NodeSource, first: int, second: int) -> list[bytes]:
    """RFC 9162 2.1.4.1 PROOF(first, D[second]) = SUBPROOF(first, D[second], true).

    Requires 0 < first <= second; first == second gives the empty proof.
    """
    if not 0 < first <= second:
        raise ValueError(
            f"a consistency proof needs 0 < first <= second, not first={first}, second={second}"
        )
    parts: list[tuple[int, int]] = []  # found top-down; the proof lists them bottom-up
    start, end = 0, second
    whole_subtree_is_old = True  # SUBPROOF's b: still on the path of subtrees starting at 0
    while first != end:
        middle = start + _largest_power_of_two_below(end - start)
        if first <= middle:
            parts.append((middle, end))
            end = middle
        else:
            parts.append((start, middle))
            start = middle
            whole_subtree_is_old = False
    if not whole_subtree_is_old:
        parts.append((start, end))
    parts.reverse()
    purpose = f"the consistency proof from {first} to {second} leaves"
    return _fetch(source, parts, purpose)


def _is_hash(value: object) -> bool:
    return isinstance(value, bytes) and len(value) == HASH_SIZE


def _is_count(value: object) -> bool:
    return type(value) is int and value >= 0


def verify_inclusion(
    leaf_hash: bytes, leaf_index: int, tree_size: int, audit_path: Sequence[bytes], root: bytes
) -> bool:
    """RFC 9162 2.1.3.2: does `audit_path` prove leaf `leaf_index` of `tree_size` under `root`?

    False, never an exception, for any malformed input.
    """
    if not (_is_count(leaf_index) and _is_count(tree_size) and leaf_index < tree_size):
        return False
    if not (_is_hash(leaf_hash) and _is_hash(root)):
        return False
    if not isinstance(audit_path, Sequence) or not all(_is_hash(p) for p in audit_path):
        return False
    fn, sn, r = leaf_index, tree_size - 1, leaf_hash
    for p in audit_path:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            r = node_hash(p, r)
            while not fn & 1 and fn != 0:
                fn, sn = fn >> 1, sn >> 1
        else:
            r = node_hash(r, p)
        fn, sn = fn >> 1, sn >> 1
    return sn == 0 and r == root


def verify_consistency(
    first: int, second: int, first_root: bytes, second_root: bytes, proof: Sequence[bytes]
) -> bool:
    """RFC 9162 2.1.4.2: is the tree (`second`, `second_root`) an extension of (`first`, ...)?

    first == second holds with an empty proof and equal roots. first == 0 is refused (there
    is no proof from an empty tree). False, never an exception, for any malformed input.
    """
    if not (_is_count(first) and _is_count(second) and 0 < first <= second):
        return False
    if not (_is_hash(first_root) and _is_hash(second_root)):
        return False
    if not isinstance(proof, Sequence) or not all(_is_hash(c) for c in proof):
        return False
    if first == second:
        return len(proof) == 0 and first_root == second_root
    if not proof:
        return False
    path = list(proof)
    if first & (first - 1) == 0:
        path.insert(0, first_root)
    fn, sn = first - 1, second - 1
    while fn & 1:
        fn, sn = fn >> 1, sn >> 1
    fr = sr = path[0]
    for c in path[1:]:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            fr, sr = node_hash(c, fr), node_hash(c, sr)
            while not fn & 1 and fn != 0:
                fn, sn = fn >> 1, sn >> 1
        else:
            sr = node_hash(sr, c)
        fn, sn = fn >> 1, sn >> 1
    return fr == first_root and sr == second_root and sn == 0


def _parent_level(level: Sequence[bytes]) -> list[bytes]:
    copy = _NODE_PREFIX_STATE.copy
    parents = []
    pairs = iter(level)
    # An odd last node has no pair: it is not part of any perfect node on the next level.
    for left, right in zip(pairs, pairs, strict=False):
        state = copy()
        state.update(left)
        state.update(right)
        parents.append(state.digest())
    return parents


def perfect_nodes_from_leaf_hashes(hashes: Sequence[bytes]) -> Iterator[tuple[NodeKey, bytes]]:
    """Every perfect node of the tree over `hashes`, level by level, left to right."""
    level_number, level = 0, list(hashes)
    while level:
        for index, node in enumerate(level):
            yield (level_number, index), node
        level_number, level = level_number + 1, _parent_level(level)


def root_from_leaf_hashes(hashes: Sequence[bytes]) -> bytes:
    """MTH over `hashes` in O(n), level by level (the full-verification path)."""
    frontier: list[bytes] = []  # collected right to left: the odd last node of each level
    level = list(hashes)
    while level:
        if len(level) & 1:
            frontier.append(level[-1])
        level = _parent_level(level)
    frontier.reverse()
    return root_from_frontier(frontier)


class MemoryTree:
    """An in-memory log keeping every perfect node, level by level; a `NodeSource`."""

    def __init__(self, leaf_hashes: Iterable[bytes] = ()) -> None:
        self._levels: list[list[bytes]] = []
        self._frontier: list[bytes] = []
        for leaf in leaf_hashes:
            self.append_leaf_hash(leaf)

    @property
    def size(self) -> int:
        """The number of leaves."""
        return len(self._levels[0]) if self._levels else 0

    @property
    def frontier(self) -> list[bytes]:
        """The right-edge perfect node hashes, left to right (a copy)."""
        return list(self._frontier)

    def append_leaf_hash(self, leaf: bytes) -> int:
        """Append a leaf hash; return its leaf index."""
        index = self.size
        self._frontier, completed = append(index, self._frontier, leaf)
        for (level, _), node in completed:
            if level == len(self._levels):
                self._levels.append([])
            self._levels[level].append(node)
        return index

    def root(self) -> bytes:
        """The current tree head."""
        return root_from_frontier(self._frontier)

    def get_nodes(self, keys: Sequence[NodeKey]) -> Mapping[NodeKey, bytes]:
        """The stored perfect nodes among `keys`."""
        found = {}
        for level, index in keys:
            if 0 <= level < len(self._levels) and 0 <= index < len(self._levels[level]):
                found[(level, index)] = self._levels[level][index]
        return found
