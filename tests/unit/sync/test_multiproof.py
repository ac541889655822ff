"""Batched inclusion proofs: sound against a memory tree, refused for anything else."""

from __future__ import annotations

import hashlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from datacollect_desktop.domain.merkle import MemoryTree, inclusion_proof, leaf_hash
from datacollect_desktop.domain.multiproof import (
    batch_inclusion_proof,
    root_from_batch,
    uncovered_ranges,
    verify_batch_inclusion,
)


def tree(size: int) -> tuple[MemoryTree, list[bytes]]:
    leaves = [leaf_hash(f"event {i}".encode()) for i in range(size)]
    return MemoryTree(leaves), leaves


@st.composite
def trees_and_leaves(draw: st.DrawFn) -> tuple[int, list[int]]:
    size = draw(st.integers(1, 300))
    chosen = draw(st.lists(st.integers(0, size - 1), min_size=1, max_size=40, unique=True))
    return size, sorted(chosen)


@settings(max_examples=300, deadline=None)
@given(case=trees_and_leaves())
def test_any_set_of_leaves_is_proven_against_the_root_of_its_tree(
        case: tuple[int, list[int]]) -> None:
    size, indices = case
    memory, leaves = tree(size)
    proof = batch_inclusion_proof(memory, indices, size)
    assert verify_batch_inclusion({i: leaves[i] for i in indices}, size, proof, memory.root())


@settings(max_examples=200, deadline=None)
@given(case=trees_and_leaves(), data=st.data())
def test_a_changed_leaf_size_or_proof_hash_fails(case: tuple[int, list[int]],
                                                 data: st.DataObject) -> None:
    size, indices = case
    memory, leaves = tree(size)
    proof = batch_inclusion_proof(memory, indices, size)
    root = memory.root()
    given_leaves = {i: leaves[i] for i in indices}
    victim = data.draw(st.sampled_from(indices))
    forged = {**given_leaves, victim: hashlib.sha256(b"forged").digest()}
    assert not verify_batch_inclusion(forged, size, proof, root)
    if proof:
        spot = data.draw(st.integers(0, len(proof) - 1))
        bent = [*proof[:spot], hashlib.sha256(proof[spot]).digest(), *proof[spot + 1:]]
        assert not verify_batch_inclusion(given_leaves, size, bent, root)
        assert not verify_batch_inclusion(given_leaves, size, proof[:-1], root)
    assert not verify_batch_inclusion(given_leaves, size, [*proof, root], root)
    bigger, _ = tree(size + 1)
    assert not verify_batch_inclusion(given_leaves, size + 1, proof, bigger.root())


def test_a_single_leaf_proof_holds_the_hashes_of_its_rfc_inclusion_path() -> None:
    memory, _ = tree(13)
    for index in range(13):
        batched = batch_inclusion_proof(memory, [index], 13)
        assert sorted(batched) == sorted(inclusion_proof(memory, index, 13))


def test_adjacent_leaves_cost_a_logarithmic_number_of_hashes() -> None:
    memory, _ = tree(1000)
    assert len(batch_inclusion_proof(memory, list(range(300, 700)), 1000)) <= 2 * 10


def test_leaves_outside_the_tree_or_out_of_order_are_refused() -> None:
    _, leaves = tree(8)
    with pytest.raises(ValueError):
        uncovered_ranges([3, 2], 8)
    with pytest.raises(ValueError):
        uncovered_ranges([8], 8)
    with pytest.raises(ValueError):
        uncovered_ranges([], 8)
    assert root_from_batch({8: leaves[0]}, 8, []) is None
    assert root_from_batch({}, 8, []) is None
    assert root_from_batch({0: leaves[0]}, 8, [b"short"]) is None
