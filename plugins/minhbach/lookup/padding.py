"""Lookup files padded to a few fixed sizes, so that a file's size says nothing about its case.

Unpadded, a case's JSON grows with the school's name, the status, the number of items and
handovers: 300 cases gave 135 file sizes, enough to guess a file's school and status. The
plaintext is padded with spaces after the JSON, inside the encryption: JSON allows whitespace
after a value, so ``JSON.parse`` in the browser and ``json.loads`` here read it unchanged, and the
sealed file (12-byte IV, ciphertext = plaintext + 16-byte tag, base64) has one size per bucket.

The buckets come from the cases of ``minhbach demo`` (seed 1), in bytes of UTF-8 JSON:

    students  cases  nominations (min–max)  donors (min–max, over 2 KiB, over 8 KiB)
    300         307         423–1,119            516–3,007   1   0
    3,000     3,104         423–1,674            407–8,444  27   2

Every nomination fits 2 KiB with room to spare (a long school name, several handovers), so a
family's file looks like every other family's and like a small donor's. Donors who gave many
times need 8 or 32 KiB; beyond the largest bucket a case takes a multiple of it. What a larger
file tells is only that some donor (unnamed: the file's name is a keyed hash of the code) gave
many gifts. The cost: a family's file is about 2.8 KB on disk instead of about 1.2 KB.
"""

from __future__ import annotations

BUCKETS = (2048, 8192, 32768)


def padded_size(length: int) -> int:
    """The size a plaintext of ``length`` bytes is padded to: a bucket, or a multiple of the last."""
    for bucket in BUCKETS:
        if length <= bucket:
            return bucket
    largest = BUCKETS[-1]
    return -(-length // largest) * largest


def pad(plaintext: bytes) -> bytes:
    """``plaintext`` (UTF-8 JSON) followed by spaces up to its padded size."""
    return plaintext + b" " * (padded_size(len(plaintext)) - len(plaintext))
