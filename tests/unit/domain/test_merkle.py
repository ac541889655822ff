"""The RFC 9162 Merkle tree against a naive reference written from the RFC text, and CT vectors."""

from __future__ import annotations

import functools
import hashlib
import random
from collections.abc import Mapping, Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from datacollect_desktop.domain.merkle import (
    EMPTY_ROOT,
    MemoryTree,
    NodeKey,
    append,
    consistency_proof,
    frontier_keys,
    inclusion_proof,
    leaf_hash,
    node_hash,
    perfect_nodes_from_leaf_hashes,
    root_from_frontier,
    root_from_leaf_hashes,
    root_hash,
    subtree_hash,
    subtree_keys,
    verify_consistency,
    verify_inclusion,
)

# ---------------------------------------------------------------------------------------------
# Reference: RFC 9162 sections 2.1.1, 2.1.3.1 and 2.1.4.1 transcribed literally, over the
# ranges D[start:end] of one fixed list of leaf inputs (memoised so the sweeps stay quick).
# ---------------------------------------------------------------------------------------------

MAX_LEAVES = 400
LEAVES = [f"event {i}".encode() for i in range(MAX_LEAVES)]
LEAF_HASHES = [hashlib.sha256(b"\x00" + leaf).digest() for leaf in LEAVES]


def _k(n: int) -> int:
    """The largest power of two smaller than n (n > 1), counted up the slow way."""
    k = 1
    while k * 2 < n:
        k *= 2
    return k


@functools.cache
def ref_mth(start: int, end: int) -> bytes:
    n = end - start
    if n == 0:
        return hashlib.sha256(b"").digest()
    if n == 1:
        return hashlib.sha256(b"\x00" + LEAVES[start]).digest()
    k = _k(n)
    return hashlib.sha256(b"\x01" + ref_mth(start, start + k) + ref_mth(start + k, end)).digest()


def ref_path(m: int, start: int, end: int) -> list[bytes]:
    n = end - start
    if n == 1:
        return []
    k = _k(n)
    if m < k:
        return [*ref_path(m, start, start + k), ref_mth(start + k, end)]
    return [*ref_path(m - k, start + k, end), ref_mth(start, start + k)]


def ref_subproof(m: int, start: int, end: int, b: bool) -> list[bytes]:
    n = end - start
    if m == n:
        return [] if b else [ref_mth(start, end)]
    k = _k(n)
    if m <= k:
        return [*ref_subproof(m, start, start + k, b), ref_mth(start + k, end)]
    return [*ref_subproof(m - k, start + k, end, False), ref_mth(start, start + k)]


def ref_proof(m: int, n: int) -> list[bytes]:
    return ref_subproof(m, 0, n, True)


@pytest.fixture(scope="module")
def tree() -> MemoryTree:
    return MemoryTree(LEAF_HASHES)


class CountingSource:
    """A NodeSource that records every get_nodes call."""

    def __init__(self, inner: MemoryTree) -> None:
        self.inner = inner
        self.calls: list[list[NodeKey]] = []

    def get_nodes(self, keys: Sequence[NodeKey]) -> Mapping[NodeKey, bytes]:
        self.calls.append(list(keys))
        return self.inner.get_nodes(keys)


def _flip(data: bytes, bit: int) -> bytes:
    flipped = bytearray(data)
    flipped[bit // 8] ^= 1 << (bit % 8)
    return bytes(flipped)


# ---------------------------------------------------------------------------------------------
# Public vectors: the certificate-transparency / transparency-dev 8-leaf tree
# (transparency-dev/merkle testonly/constants.go and proof/verify_test.go).
# ---------------------------------------------------------------------------------------------

CT_LEAVES = [
    bytes.fromhex(h)
    for h in (
        "",
        "00",
        "10",
        "2021",
        "3031",
        "40414243",
        "5051525354555657",
        "606162636465666768696a6b6c6d6e6f",
    )
]
CT_ROOTS = [
    bytes.fromhex(h)
    for h in (
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
        "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
        "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
        "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
        "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
        "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
    )
]
CT_NODES = {
    (level, index): bytes.fromhex(h)
    for level, row in enumerate(
        (
            (
                "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
                "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "0298d122906dcfc10892cb53a73992fc5b9f493ea4c9badb27b791b4127a7fe7",
                "07506a85fd9dd2f120eb694f86011e5bb4662e5c415a62917033d4a9624487e7",
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                "4271a26be0d8a84f0bd54c8c302e7cb3a3b5d1fa6780a40bcce2873477dab658",
                "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
                "46f6ffadd3d06a09ff3c5860d2755c8b9819db7df44251788c7d8e3180de8eb1",
            ),
            (
                "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
            ),
            (
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
            ),
            ("5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",),
        )
    )
    for index, h in enumerate(row)
}
# (leaf index, tree size) -> audit path; the Go file counts leaves from 1, these from 0.
CT_INCLUSION = {
    (0, 1): [],
    (0, 8): [CT_NODES[0, 1], CT_NODES[1, 1], CT_NODES[2, 1]],
    (5, 8): [CT_NODES[0, 4], CT_NODES[1, 3], CT_NODES[2, 0]],
    (2, 3): [CT_NODES[1, 0]],
    (1, 5): [CT_NODES[0, 0], CT_NODES[1, 1], CT_NODES[0, 4]],
}
CT_CONSISTENCY = {
    (1, 1): [],
    (1, 8): [CT_NODES[0, 1], CT_NODES[1, 1], CT_NODES[2, 1]],
    (6, 8): [CT_NODES[1, 2], CT_NODES[1, 3], CT_NODES[2, 0]],
    (2, 5): [CT_NODES[1, 1], CT_NODES[0, 4]],
    (6, 7): [CT_NODES[1, 2], CT_NODES[0, 6], CT_NODES[2, 0]],
}


@pytest.fixture(scope="module")
def ct_tree() -> MemoryTree:
    return MemoryTree(leaf_hash(leaf) for leaf in CT_LEAVES)


def test_empty_root_is_sha256_of_nothing() -> None:
    assert EMPTY_ROOT == CT_ROOTS[0] == root_from_leaf_hashes([]) == MemoryTree().root()


def test_ct_vector_roots_for_every_prefix(ct_tree: MemoryTree) -> None:
    hashes = [leaf_hash(leaf) for leaf in CT_LEAVES]
    for size, expected in enumerate(CT_ROOTS):
        assert root_hash(ct_tree, size) == expected
        assert root_from_leaf_hashes(hashes[:size]) == expected
        assert ref_mth_of(CT_LEAVES[:size]) == expected


def ref_mth_of(leaves: Sequence[bytes]) -> bytes:
    """RFC 9162 MTH over an arbitrary list (the module-level reference is over LEAVES)."""
    if not leaves:
        return hashlib.sha256(b"").digest()
    if len(leaves) == 1:
        return hashlib.sha256(b"\x00" + leaves[0]).digest()
    k = _k(len(leaves))
    return hashlib.sha256(b"\x01" + ref_mth_of(leaves[:k]) + ref_mth_of(leaves[k:])).digest()


def test_ct_vector_perfect_nodes_and_frontiers(ct_tree: MemoryTree) -> None:
    hashes = [leaf_hash(leaf) for leaf in CT_LEAVES]
    assert dict(perfect_nodes_from_leaf_hashes(hashes)) == CT_NODES
    assert ct_tree.get_nodes(list(CT_NODES)) == CT_NODES
    for size in range(len(CT_LEAVES) + 1):
        frontier = [CT_NODES[key] for key in frontier_keys(size)]
        assert root_from_frontier(frontier) == CT_ROOTS[size]


def test_ct_vector_inclusion_proofs(ct_tree: MemoryTree) -> None:
    for (index, size), path in CT_INCLUSION.items():
        assert inclusion_proof(ct_tree, index, size) == path
        assert verify_inclusion(CT_NODES[0, index], index, size, path, CT_ROOTS[size])


def test_ct_vector_consistency_proofs(ct_tree: MemoryTree) -> None:
    for (first, second), proof in CT_CONSISTENCY.items():
        assert consistency_proof(ct_tree, first, second) == proof
        assert verify_consistency(first, second, CT_ROOTS[first], CT_ROOTS[second], proof)


# ---------------------------------------------------------------------------------------------
# Exhaustive agreement with the reference
# ---------------------------------------------------------------------------------------------


def test_roots_agree_with_reference_for_every_size_up_to_300() -> None:
    growing = MemoryTree()
    for size in range(301):
        expected = ref_mth(0, size)
        assert growing.root() == expected
        assert growing.size == size
        assert root_from_leaf_hashes(LEAF_HASHES[:size]) == expected
        assert root_hash(growing, size) == expected
        assert root_from_frontier(growing.frontier) == expected
        growing.append_leaf_hash(LEAF_HASHES[size])


def test_inclusion_proofs_match_reference_and_verify_for_every_leaf_up_to_300(
    tree: MemoryTree,
) -> None:
    for size in range(1, 301):
        root = ref_mth(0, size)
        for index in range(size):
            proof = inclusion_proof(tree, index, size)
            assert proof == ref_path(index, 0, size), (index, size)
            assert verify_inclusion(LEAF_HASHES[index], index, size, proof, root), (index, size)
            # One flipped bit somewhere (every bit is flipped for the small trees below).
            bit = (index * 31 + size) % 256
            assert not verify_inclusion(_flip(LEAF_HASHES[index], bit), index, size, proof, root)
            if proof:
                position = index % len(proof)
                proof[position] = _flip(proof[position], bit)
                assert not verify_inclusion(LEAF_HASHES[index], index, size, proof, root)


def test_consistency_proofs_match_reference_and_verify_for_every_pair_up_to_130(
    tree: MemoryTree,
) -> None:
    for second in range(1, 131):
        second_root = ref_mth(0, second)
        for first in range(1, second + 1):
            proof = consistency_proof(tree, first, second)
            assert proof == ref_proof(first, second), (first, second)
            assert verify_consistency(first, second, ref_mth(0, first), second_root, proof)
            if proof:
                position, bit = first % len(proof), (first * 7 + second) % 256
                proof[position] = _flip(proof[position], bit)
                assert not verify_consistency(first, second, ref_mth(0, first), second_root, proof)


def test_consistency_proofs_match_reference_for_random_pairs_up_to_400(tree: MemoryTree) -> None:
    rng = random.Random(9162)
    for _ in range(400):
        second = rng.randint(1, MAX_LEAVES)
        first = rng.randint(1, second)
        proof = consistency_proof(tree, first, second)
        assert proof == ref_proof(first, second), (first, second)
        assert verify_consistency(first, second, ref_mth(0, first), ref_mth(0, second), proof)


def test_append_completes_exactly_the_perfect_nodes() -> None:
    frontier: list[bytes] = []
    persisted: dict[NodeKey, bytes] = {}
    for size, leaf in enumerate(LEAF_HASHES[:300]):
        frontier, completed = append(size, frontier, leaf)
        assert completed[0] == ((0, size), leaf)
        assert all(key not in persisted for key, _ in completed)  # each row written once
        persisted.update(completed)
        assert persisted == dict(perfect_nodes_from_leaf_hashes(LEAF_HASHES[: size + 1]))
        assert frontier == [persisted[key] for key in frontier_keys(size + 1)]
    assert len(persisted) == 2 * 300 - bin(300).count("1")  # two rows per append, amortised


def test_perfect_nodes_are_listed_level_by_level_left_to_right() -> None:
    keys = [key for key, _ in perfect_nodes_from_leaf_hashes(LEAF_HASHES[:13])]
    assert keys == [(0, i) for i in range(13)] + [(1, i) for i in range(6)] + [
        (2, 0),
        (2, 1),
        (2, 2),
        (3, 0),
    ]
    for (level, index), node in perfect_nodes_from_leaf_hashes(LEAF_HASHES[:13]):
        assert node == ref_mth(index << level, (index + 1) << level)


def test_frontier_keys_are_the_right_edge_perfect_nodes() -> None:
    assert frontier_keys(0) == []
    assert frontier_keys(1) == [(0, 0)]
    assert frontier_keys(6) == [(2, 0), (1, 2)]
    assert frontier_keys(7) == [(2, 0), (1, 2), (0, 6)]
    assert frontier_keys(8) == [(3, 0)]
    with pytest.raises(ValueError, match="negative"):
        frontier_keys(-1)


def test_subtree_hash_matches_reference_for_every_rfc_subtree(tree: MemoryTree) -> None:
    nodes = dict(perfect_nodes_from_leaf_hashes(LEAF_HASHES[:64]))
    checked = 0
    for start in range(64):
        for end in range(start + 1, 65):
            size = end - start
            aligned = start % (1 << (size.bit_length() - 1)) == 0
            if aligned:
                assert subtree_hash(nodes, start, end) == ref_mth(start, end)
                checked += 1
            else:
                with pytest.raises(ValueError, match="subtree"):
                    subtree_keys(start, end)
    assert checked > 300


def test_subtree_keys_decompose_by_the_bits_of_the_size() -> None:
    assert subtree_keys(0, 7) == [(2, 0), (1, 2), (0, 6)]
    assert subtree_keys(8, 11) == [(1, 4), (0, 10)]
    assert subtree_keys(16, 32) == [(4, 1)]
    for bad in ((3, 5), (0, 0), (4, 3), (-2, 1)):
        with pytest.raises(ValueError):
            subtree_keys(*bad)


# ---------------------------------------------------------------------------------------------
# Storage access: one query per proof
# ---------------------------------------------------------------------------------------------


def test_each_proof_and_root_makes_exactly_one_get_nodes_call(tree: MemoryTree) -> None:
    rng = random.Random(1)
    for _ in range(300):
        size = rng.randint(2, MAX_LEAVES)
        source = CountingSource(tree)
        inclusion_proof(source, rng.randrange(size), size)
        first = rng.randint(1, size - 1)
        consistency_proof(source, first, size)
        root_hash(source, size)
        assert len(source.calls) == 3
        for keys in source.calls:
            assert len(keys) == len(set(keys))
            assert len(keys) <= 2 * size.bit_length() + 1  # O(log n) perfect nodes


def test_trivial_proofs_need_no_storage_access(tree: MemoryTree) -> None:
    source = CountingSource(tree)
    assert inclusion_proof(source, 0, 1) == []
    assert consistency_proof(source, 5, 5) == []
    assert root_hash(source, 0) == EMPTY_ROOT
    assert source.calls == []


def test_missing_nodes_raise_key_error_naming_them() -> None:
    small = MemoryTree(LEAF_HASHES[:5])
    with pytest.raises(KeyError, match="lacks perfect node"):
        inclusion_proof(small, 2, 9)
    with pytest.raises(KeyError, match="lacks perfect node"):
        consistency_proof(small, 3, 7)
    with pytest.raises(KeyError, match="lacks perfect node"):
        root_hash(small, 6)


def test_memory_tree_ignores_keys_it_does_not_hold() -> None:
    small = MemoryTree(LEAF_HASHES[:3])
    assert small.get_nodes([(0, 2), (0, 3), (1, 1), (5, 0), (-1, 0), (0, -1)]) == {
        (0, 2): LEAF_HASHES[2]
    }


# ---------------------------------------------------------------------------------------------
# Argument checking
# ---------------------------------------------------------------------------------------------


def test_invalid_proof_requests_are_rejected(tree: MemoryTree) -> None:
    for index, size in ((0, 0), (-1, 5), (5, 5), (7, 5)):
        with pytest.raises(ValueError, match="not in a tree"):
            inclusion_proof(tree, index, size)
    for first, second in ((0, 5), (-1, 5), (6, 5), (0, 0)):
        with pytest.raises(ValueError, match="0 < first <= second"):
            consistency_proof(tree, first, second)
    with pytest.raises(ValueError, match="negative"):
        root_hash(tree, -1)


def test_append_checks_frontier_and_leaf_hash() -> None:
    with pytest.raises(ValueError, match="frontier"):
        append(3, [LEAF_HASHES[0]], LEAF_HASHES[1])
    with pytest.raises(ValueError, match="leaf hash"):
        append(0, [], b"raw leaf, not its hash")


def test_leaf_and_node_hashes_use_the_rfc_prefixes() -> None:
    assert leaf_hash(b"x") == hashlib.sha256(b"\x00x").digest()
    left, right = LEAF_HASHES[0], LEAF_HASHES[1]
    assert node_hash(left, right) == hashlib.sha256(b"\x01" + left + right).digest()


# ---------------------------------------------------------------------------------------------
# Tampering and misuse make verification fail
# ---------------------------------------------------------------------------------------------


def test_flipping_any_bit_of_an_inclusion_proof_leaf_or_root_fails(tree: MemoryTree) -> None:
    for size in range(1, 13):
        root = ref_mth(0, size)
        for index in range(size):
            leaf = LEAF_HASHES[index]
            proof = inclusion_proof(tree, index, size)
            for bit in range(256):
                assert not verify_inclusion(_flip(leaf, bit), index, size, proof, root)
                assert not verify_inclusion(leaf, index, size, proof, _flip(root, bit))
                for position, element in enumerate(proof):
                    bad = [*proof[:position], _flip(element, bit), *proof[position + 1 :]]
                    assert not verify_inclusion(leaf, index, size, bad, root)


def test_flipping_any_bit_of_a_consistency_proof_or_root_fails(tree: MemoryTree) -> None:
    for second in range(2, 13):
        second_root = ref_mth(0, second)
        for first in range(1, second):
            first_root = ref_mth(0, first)
            proof = consistency_proof(tree, first, second)
            for bit in range(256):
                assert not verify_consistency(
                    first, second, _flip(first_root, bit), second_root, proof
                )
                assert not verify_consistency(
                    first, second, first_root, _flip(second_root, bit), proof
                )
                for position, element in enumerate(proof):
                    bad = [*proof[:position], _flip(element, bit), *proof[position + 1 :]]
                    assert not verify_consistency(first, second, first_root, second_root, bad)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_any_flipped_bit_fails_in_random_large_proofs(
    tree: MemoryTree, data: st.DataObject
) -> None:
    second = data.draw(st.integers(2, MAX_LEAVES))
    first = data.draw(st.integers(1, second - 1))
    index = data.draw(st.integers(0, second - 1))
    bit = data.draw(st.integers(0, 255))
    root, first_root = ref_mth(0, second), ref_mth(0, first)
    path = inclusion_proof(tree, index, second)
    proof = consistency_proof(tree, first, second)
    if path:
        position = data.draw(st.integers(0, len(path) - 1))
        path[position] = _flip(path[position], bit)
        assert not verify_inclusion(LEAF_HASHES[index], index, second, path, root)
    position = data.draw(st.integers(0, len(proof) - 1))
    proof[position] = _flip(proof[position], bit)
    assert not verify_consistency(first, second, first_root, root, proof)


def test_an_inclusion_proof_fails_for_any_other_leaf_index_of_the_same_tree(
    tree: MemoryTree,
) -> None:
    for size in range(1, 41):
        root = ref_mth(0, size)
        for index in range(size):
            proof = inclusion_proof(tree, index, size)
            for other in range(size):
                if other != index:
                    assert not verify_inclusion(LEAF_HASHES[index], other, size, proof, root)
                    # ...even with the other leaf's own hash
                    assert not verify_inclusion(LEAF_HASHES[other], other, size, proof, root)


def test_an_inclusion_proof_fails_against_another_tree_head(tree: MemoryTree) -> None:
    for size in range(1, 301):
        for index in range(0, size, 7):
            proof = inclusion_proof(tree, index, size)
            for other_size in {size - 1, size + 1, 2 * size, size // 2, size + 5}:
                if index < other_size <= MAX_LEAVES and other_size != size:
                    root = ref_mth(0, other_size)
                    assert not verify_inclusion(LEAF_HASHES[index], index, other_size, proof, root)


def test_tree_size_alone_is_not_bound_by_an_inclusion_proof(tree: MemoryTree) -> None:
    # RFC 9162 binds the size through the signed tree head, not the path: leaf 0's proof in a
    # 3-leaf tree also folds to that root when told the size is 4. Verifiers must take the size
    # from the same signed checkpoint as the root.
    proof = inclusion_proof(tree, 0, 3)
    assert verify_inclusion(LEAF_HASHES[0], 0, 4, proof, ref_mth(0, 3))


def test_a_consistency_proof_fails_for_any_other_old_size(tree: MemoryTree) -> None:
    for second in range(2, 33):
        second_root = ref_mth(0, second)
        for first in range(1, second):
            proof = consistency_proof(tree, first, second)
            for other in range(1, second + 1):
                if other != first:
                    for first_root in (ref_mth(0, first), ref_mth(0, other)):
                        assert not verify_consistency(other, second, first_root, second_root, proof)


def test_a_consistency_proof_fails_against_other_tree_heads(tree: MemoryTree) -> None:
    for second in range(2, 131):
        for first in range(1, second, 3):
            proof = consistency_proof(tree, first, second)
            first_root = ref_mth(0, first)
            for other in {second - 1, second + 1, 2 * second, second // 2}:
                if first <= other <= MAX_LEAVES and other != second:
                    assert not verify_consistency(
                        first, other, first_root, ref_mth(0, other), proof
                    )
            assert not verify_consistency(first, second, ref_mth(0, second), first_root, proof)
            assert not verify_consistency(first, second, first_root, ref_mth(0, second), [])
            truncated, extended = proof[:-1], [*proof, first_root]
            for bad in (truncated, extended, [first_root, *proof]):
                assert not verify_consistency(first, second, first_root, ref_mth(0, second), bad)


def test_equal_sizes_are_consistent_only_with_equal_roots_and_no_proof() -> None:
    root = ref_mth(0, 5)
    assert verify_consistency(5, 5, root, root, [])
    assert not verify_consistency(5, 5, root, ref_mth(0, 4), [])
    assert not verify_consistency(5, 5, root, root, [root])


MALFORMED_HASHES = [b"", b"\x00" * 31, b"\x00" * 33, "0" * 32, None, 42, bytearray(32)]


def test_malformed_inclusion_inputs_return_false() -> None:
    leaf, root = LEAF_HASHES[0], ref_mth(0, 1)
    assert verify_inclusion(leaf, 0, 1, [], root)
    for bad in MALFORMED_HASHES:
        assert not verify_inclusion(bad, 0, 1, [], root)  # type: ignore[arg-type]
        assert not verify_inclusion(leaf, 0, 1, [], bad)  # type: ignore[arg-type]
        assert not verify_inclusion(leaf, 0, 2, [bad], ref_mth(0, 2))  # type: ignore[list-item]
    for index, size in ((0, 0), (1, 1), (-1, 1), (0, -1), (True, 2), (0.0, 1), (None, 1)):
        assert not verify_inclusion(leaf, index, size, [], root)  # type: ignore[arg-type]
    assert not verify_inclusion(leaf, 0, 1, None, root)  # type: ignore[arg-type]
    assert not verify_inclusion(leaf, 0, 1, [root], root)


def test_malformed_consistency_inputs_return_false() -> None:
    first_root, second_root = ref_mth(0, 1), ref_mth(0, 2)
    proof = ref_proof(1, 2)
    assert verify_consistency(1, 2, first_root, second_root, proof)
    for bad in MALFORMED_HASHES:
        assert not verify_consistency(1, 2, bad, second_root, proof)  # type: ignore[arg-type]
        assert not verify_consistency(1, 2, first_root, bad, proof)  # type: ignore[arg-type]
        assert not verify_consistency(1, 2, first_root, second_root, [bad])  # type: ignore[list-item]
    for first, second in ((0, 2), (0, 0), (2, 1), (-1, 2), (True, 2), (1, 2.0)):
        assert not verify_consistency(first, second, first_root, second_root, proof)  # type: ignore[arg-type]
    assert not verify_consistency(1, 2, first_root, second_root, None)  # type: ignore[arg-type]
    assert not verify_consistency(0, 1, EMPTY_ROOT, first_root, [])


@settings(max_examples=300, deadline=None)
@given(
    leaf=st.binary(max_size=40),
    index=st.integers(-3, 70),
    size=st.integers(-3, 70),
    path=st.lists(st.binary(min_size=30, max_size=33), max_size=10),
    root=st.binary(max_size=40),
)
def test_inclusion_verification_never_raises(
    leaf: bytes, index: int, size: int, path: list[bytes], root: bytes
) -> None:
    assert verify_inclusion(leaf, index, size, path, root) in (True, False)


@settings(max_examples=300, deadline=None)
@given(
    first=st.integers(-3, 70),
    second=st.integers(-3, 70),
    first_root=st.binary(min_size=31, max_size=33),
    second_root=st.binary(min_size=31, max_size=33),
    proof=st.lists(st.binary(min_size=31, max_size=33), max_size=10),
)
def test_consistency_verification_never_raises(
    first: int, second: int, first_root: bytes, second_root: bytes, proof: list[bytes]
) -> None:
    assert verify_consistency(first, second, first_root, second_root, proof) in (True, False)
