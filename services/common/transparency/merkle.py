"""RFC 9162 Merkle trees (section 2.1), computed from stored perfect subtrees.

A tree of n leaves is stored as its perfect subtrees: node (level, index) is the hash of leaves
[index * 2**level, (index + 1) * 2**level). Any range the RFC's proofs need, D[a:b] with a aligned,
splits into at most log2(n) of them, so a proof reads O(log n) stored nodes, never the whole tree.
Each function here is pure: it says which nodes it needs, then computes from a dict of them.
"""

import hashlib
from collections.abc import Iterable, Mapping

Node = tuple[int, int]  # (level, index)
LEAF_PREFIX = b"\x00"
NODE_PREFIX = b"\x01"
EMPTY_ROOT = hashlib.sha256(b"").digest()


def leaf_hash(data: bytes) -> bytes:
    return hashlib.sha256(LEAF_PREFIX + data).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    return hashlib.sha256(NODE_PREFIX + left + right).digest()


def split(size: int) -> int:
    """The largest power of two smaller than `size` (size > 1)."""
    return 1 << ((size - 1).bit_length() - 1)


def perfect_parts(start: int, end: int) -> list[Node]:
    """The perfect subtrees that make up D[start:end], left to right, as MTH splits it."""
    parts: list[Node] = []
    while end > start:
        size = end - start
        if size & (size - 1) == 0 and start % size == 0:
            parts.append((size.bit_length() - 1, start // size))
            break
        k = split(size)
        parts.append(((k.bit_length() - 1), start // k))
        start += k
    return parts


def range_hash(start: int, end: int, nodes: Mapping[Node, bytes]) -> bytes:
    """MTH(D[start:end]) from its perfect parts: the right-most parts fold first."""
    if end == start:
        return EMPTY_ROOT
    parts = [nodes[part] for part in perfect_parts(start, end)]
    digest = parts[-1]
    for left in reversed(parts[:-1]):
        digest = node_hash(left, digest)
    return digest


def root_parts(size: int) -> list[Node]:
    return perfect_parts(0, size)


def inclusion_ranges(index: int, size: int) -> list[tuple[int, int]]:
    """The ranges whose hashes make PATH(index, D[0:size]) (RFC 9162 2.1.3.1), leaf end first."""
    ranges: list[tuple[int, int]] = []
    start, end = 0, size
    while end - start > 1:
        k = split(end - start)
        if index < start + k:
            ranges.append((start + k, end))
            end = start + k
        else:
            ranges.append((start, start + k))
            start += k
    return list(reversed(ranges))


def consistency_ranges(old: int, new: int) -> list[tuple[int, int]]:
    """The ranges whose hashes make PROOF(old, D[0:new]) (RFC 9162 2.1.4.1), in proof order."""
    ranges: list[tuple[int, int]] = []
    start, end, whole = 0, new, True
    m = old
    while True:
        if m == end - start:
            if not whole:
                ranges.append((start, end))
            break
        k = split(end - start)
        if m <= k:
            ranges.append((start + k, end))
            end = start + k
        else:
            ranges.append((start, start + k))
            start, m, whole = start + k, m - k, False
    return list(reversed(ranges))


def needed(ranges: Iterable[tuple[int, int]]) -> set[Node]:
    return {part for start, end in ranges for part in perfect_parts(start, end)}


def extend(size: int, frontier: Mapping[Node, bytes], leaves: list[bytes]) -> dict[Node, bytes]:
    """The nodes that leaves appended to a tree of `size` leaves complete (the leaves' own among
    them), given the tree's root parts (`frontier`)."""
    known = dict(frontier)
    new: dict[Node, bytes] = {}
    for offset, digest in enumerate(leaves):
        index = size + offset
        level, position = 0, index
        new[(0, index)] = known[(0, index)] = digest
        while position % 2 == 1:
            left = known[(level, position - 1)]
            digest = node_hash(left, digest)
            level, position = level + 1, position // 2
            new[(level, position)] = known[(level, position)] = digest
    return new


def verify_inclusion(leaf_index: int, tree_size: int, leaf: bytes, path: list[bytes], root: bytes) -> bool:
    """RFC 9162 2.1.3.2: does `path` prove `leaf` at `leaf_index` in the tree of `root`?"""
    if leaf_index >= tree_size:
        return False
    fn, sn, digest = leaf_index, tree_size - 1, leaf
    for sibling in path:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            digest = node_hash(sibling, digest)
            while not fn & 1 and fn != 0:
                fn, sn = fn >> 1, sn >> 1
        else:
            digest = node_hash(digest, sibling)
        fn, sn = fn >> 1, sn >> 1
    return sn == 0 and digest == root
