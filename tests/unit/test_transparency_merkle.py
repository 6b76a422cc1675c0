"""The product's Merkle tree (stored perfect subtrees, grown in batches) against an RFC 9162 oracle
written from the RFC (tests/helpers/rfc9162.py)."""

import random

import pytest

from services.common.transparency import merkle
from tests.helpers import rfc9162

DATA = [f"entry {i}".encode() for i in range(70)]


def _grown(size: int, seed: int) -> dict:
    """Every node of a tree of `size` leaves, grown in random batches as the sealer grows it."""
    rng = random.Random(seed)
    nodes: dict = {}
    done = 0
    while done < size:
        batch = min(size - done, rng.randint(1, 9))
        frontier = {part: nodes[part] for part in merkle.root_parts(done)}
        new = merkle.extend(done, frontier, [merkle.leaf_hash(d) for d in DATA[done:done + batch]])
        assert not set(new) & set(nodes), "a node is written once"
        nodes.update(new)
        done += batch
    return nodes


@pytest.mark.parametrize("size", range(0, 70))
def test_the_root_is_rfc_9162s_merkle_tree_hash(size):
    assert merkle.range_hash(0, size, _grown(size, size)) == rfc9162.mth(DATA[:size])


@pytest.mark.parametrize("size", [1, 2, 3, 5, 7, 8, 9, 16, 17, 31, 33, 64, 69])
def test_every_inclusion_proof_verifies_and_a_wrong_one_does_not(size):
    nodes = _grown(size, 7)
    root = rfc9162.mth(DATA[:size])
    for index in range(size):
        path = [merkle.range_hash(a, b, nodes) for a, b in merkle.inclusion_ranges(index, size)]
        leaf = rfc9162.leaf_hash(DATA[index])
        assert rfc9162.verify_inclusion(index, size, leaf, path, root)
        assert merkle.verify_inclusion(index, size, leaf, path, root)
        other = rfc9162.leaf_hash(b"forged")
        assert not rfc9162.verify_inclusion(index, size, other, path, root)
        assert not merkle.verify_inclusion(index, size, other, path, root)
        if path:
            bent = [path[0][:-1] + bytes([path[0][-1] ^ 1]), *path[1:]]
            assert not merkle.verify_inclusion(index, size, leaf, bent, root)


def test_every_consistency_proof_verifies_and_a_wrong_one_does_not():
    nodes = _grown(40, 3)
    for second in range(1, 41):
        for first in range(1, second + 1):
            path = [merkle.range_hash(a, b, nodes) for a, b in merkle.consistency_ranges(first, second)]
            old, new = rfc9162.mth(DATA[:first]), rfc9162.mth(DATA[:second])
            assert rfc9162.verify_consistency(first, second, old, new, path), (first, second)
            if first < second:
                assert not rfc9162.verify_consistency(first, second, rfc9162.mth(DATA[1:first + 1]), new, path)


def test_a_proof_reads_few_stored_nodes():
    size = 1_000_003
    assert len(merkle.needed(merkle.inclusion_ranges(123_456, size))) <= 2 * size.bit_length()
    assert len(merkle.needed(merkle.consistency_ranges(777_777, size))) <= 2 * size.bit_length()
