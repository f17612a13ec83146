"""The lookup file's name and its encryption, as the browser's WebCrypto will undo them.

What ``tra-cuu.js`` does, step by step, and what this module must therefore produce:

1. ``code`` = ``codes.normalize(typed)``, the grouped ASCII form ``K7QH-3MXR-9TPB-HC4N``;
2. file name = hex(HMAC-SHA-256(key = UTF-8 of the site key, message = ASCII of ``code``));
3. AES key = HKDF-SHA-256(input = ASCII of ``code``, salt = UTF-8 of the site key,
   info = ``INFO_AES``, 256 bits);
4. the file is JSON ``{"v": 1, "iv": base64(12 bytes), "ct": base64(ciphertext ‖ 16-byte tag)}``
   and AES-GCM(key, iv) opens ``ct`` into the UTF-8 JSON of the case, followed by spaces up to
   one of a few fixed sizes (``padding``), which any JSON parser skips.

Why HKDF and not PBKDF2: the file name is already a fast keyed hash of the code, computable by
anyone who reads the site key from the page, so a guesser tests codes at HMAC speed whatever the
encryption key costs; a slow key derivation would add no protection while PBKDF2 at 100,000
iterations costs about 13 ms a case here (22 minutes of build for 100,000 cases). The protection
is the code's own ~69.7 random bits (``codes.py``): finding any one of 100,000 published codes
takes about 2^52.7 guesses on average.

The IV is derived, not drawn: HMAC-SHA-256 under a second key from the same HKDF (``INFO_IV``)
over the plaintext, first 12 bytes. The same case under the same code always gives the same
bytes (builds are reproducible and a deploy only changes the files whose case changed), and two
different plaintexts under one key get different IVs unless HMAC collides (the SIV idea).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from minhbach import codes
from minhbach.lookup.padding import pad

FORMAT_VERSION = 1
INFO_AES = b"minhbach tra-cuu v1 aes-gcm"
INFO_IV = b"minhbach tra-cuu v1 iv"
IV_BYTES = 12

__all__ = ["FORMAT_VERSION", "INFO_AES", "InvalidTag", "file_name", "open_file", "seal"]


def _code_bytes(code: str) -> bytes:
    """The normalised code as bytes; refuses a code that the page would refuse too."""
    normalized = codes.normalize(code)
    if not codes.is_valid(normalized):
        raise ValueError("mã tra cứu không hợp lệ")
    return normalized.encode("ascii")


def _derive(site_key: str, code: bytes, info: bytes) -> bytes:
    return HKDF(hashes.SHA256(), 32, site_key.encode("utf-8"), info).derive(code)


def file_name(site_key: str, code: str) -> str:
    """The lookup file's stem: 64 hex digits of HMAC-SHA-256(site key, normalised code)."""
    return hmac.new(site_key.encode("utf-8"), _code_bytes(code), hashlib.sha256).hexdigest()


def seal(site_key: str, code: str, case: dict) -> bytes:
    """The file's bytes: ``case`` as JSON, encrypted under a key only ``code`` gives."""
    secret = _code_bytes(code)
    plaintext = json.dumps(case, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    data = pad(plaintext.encode("utf-8"))
    iv_key = _derive(site_key, secret, INFO_IV)
    iv = hmac.new(iv_key, data, hashlib.sha256).digest()[:IV_BYTES]
    sealed = AESGCM(_derive(site_key, secret, INFO_AES)).encrypt(iv, data, None)
    envelope = {
        "v": FORMAT_VERSION,
        "iv": base64.b64encode(iv).decode("ascii"),
        "ct": base64.b64encode(sealed).decode("ascii"),
    }
    return json.dumps(envelope, separators=(",", ":")).encode("ascii")


def open_file(site_key: str, code: str, content: bytes) -> dict:
    """The case inside a lookup file; raises ``InvalidTag`` when ``code`` is not its code."""
    envelope = json.loads(content)
    if envelope.get("v") != FORMAT_VERSION:
        raise ValueError(f"phiên bản tệp tra cứu không đúng: {envelope.get('v')!r}")
    iv = base64.b64decode(envelope["iv"])
    sealed = base64.b64decode(envelope["ct"])
    plaintext = AESGCM(_derive(site_key, _code_bytes(code), INFO_AES)).decrypt(iv, sealed, None)
    return json.loads(plaintext.decode("utf-8"))
