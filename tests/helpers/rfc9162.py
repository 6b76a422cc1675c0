"""An RFC 9162 oracle written from the RFC's text, independent of the product's code: the Merkle Tree
Hash (section 2.1.1) and the verification of inclusion (2.1.3.2) and consistency (2.1.4.2) proofs."""

import hashlib


def _hash(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


def mth(leaves: list[bytes]) -> bytes:
    """MTH(D[n]) of the leaves' data (section 2.1.1)."""
    n = len(leaves)
    if n == 0:
        return _hash(b"")
    if n == 1:
        return _hash(b"\x00" + leaves[0])
    k = 1
    while k * 2 < n:  # the largest power of two smaller than n
        k *= 2
    return _hash(b"\x01" + mth(leaves[:k]) + mth(leaves[k:]))


def leaf_hash(data: bytes) -> bytes:
    return _hash(b"\x00" + data)


def verify_inclusion(leaf_index: int, tree_size: int, leaf: bytes, inclusion_path: list[bytes],
                     root_hash: bytes) -> bool:
    """Section 2.1.3.2, step by step."""
    if leaf_index >= tree_size:  # 1
        return False
    fn, sn = leaf_index, tree_size - 1  # 2
    r = leaf  # 3
    for p in inclusion_path:  # 4
        if sn == 0:  # a
            return False
        if fn % 2 == 1 or fn == sn:  # b
            r = _hash(b"\x01" + p + r)  # b.i
            if fn % 2 == 0:  # b.ii
                while fn % 2 == 0 and fn != 0:
                    fn >>= 1
                    sn >>= 1
        else:
            r = _hash(b"\x01" + r + p)  # c.i
        fn >>= 1  # d
        sn >>= 1
    return sn == 0 and r == root_hash  # 5


def verify_consistency(first: int, second: int, first_hash: bytes, second_hash: bytes,
                       consistency_path: list[bytes]) -> bool:
    """Section 2.1.4.2, step by step (first == second needs no proof: the roots are equal)."""
    if first == second:
        return not consistency_path and first_hash == second_hash
    if not consistency_path:  # 1
        return False
    path = list(consistency_path)
    if first & (first - 1) == 0:  # 2: first is an exact power of 2
        path.insert(0, first_hash)
    fn, sn = first - 1, second - 1  # 3
    while fn % 2 == 1:  # 4
        fn >>= 1
        sn >>= 1
    fr = sr = path[0]  # 5
    for c in path[1:]:  # 6
        if sn == 0:
            return False
        if fn % 2 == 1 or fn == sn:
            fr = _hash(b"\x01" + c + fr)
            sr = _hash(b"\x01" + c + sr)
            if fn % 2 == 0:
                while fn % 2 == 0 and fn != 0:
                    fn >>= 1
                    sn >>= 1
        else:
            sr = _hash(b"\x01" + sr + c)
        fn >>= 1
        sn >>= 1
    return fr == first_hash and sr == second_hash and sn == 0  # 7
