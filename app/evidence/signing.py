"""Who made an evidence export: a per-workstation Ed25519 key pair and the team's list of
workstation keys it trusts.

The private key is made on the first export and lives only in the OS keyring
(``CredentialStore.get_evidence_key``); a locked or missing keyring stops the export with the
keyring's explanation: evidence is never written unsigned. The public key and its fingerprint go
into the manifest (signed with it) and onto its printout, so a reader can compare them with the
team's list.

The team's list works like the log-exchange team key (``app/rotation/team_key.py``): a
workstation writes its public key to a small file (``epewall evidence key export``), a team lead
checks the fingerprint with its owner and registers it on the workstations that verify evidence
(``epewall evidence key register``, the team lead's PIN). A registration or revocation is an
audit record in the hash-chained log (``CREDENTIAL_CHANGED``, as the team key's changes are), so
the list is whatever the chain says and travels with the team lead's exported log.

Limits, said plainly: someone who can run epewall as a team lead on the verifying workstation, or
write its database file (an appended record keeps the chain whole), can register any key;
someone who holds a workstation's unlocked keyring can sign as that workstation. The printout
(``manifest.pdf``) is not covered by the signature: the signed JSON manifest is what counts. An
export made before signing existed (format ``epewall-evidence/1``) proves only that its files
match its own manifest, not who wrote either.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import socket
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from PySide6.QtCore import QCoreApplication

from app.officers.profiles import Action, Officer, require
from app.rotation.ledger import AuditAction, Ledger, RecordKind, canonical_json
from app.user_files import UserFileError, parse_flat_json, read_user_file

if TYPE_CHECKING:
    # Only the type: keyring and D-Bus load with app.secrets; the caller hands in its store.
    from app.secrets import CredentialStore

ALGORITHM = "ed25519"
KEY_FILE_FORMAT = "epewall-workstation-key"
KEY_FILE_SUFFIX = ".epekey"
KEY_FILE_MAX_BYTES = 16 * 1024
# What is signed: a fixed prefix (a signature over a manifest is good for nothing else), then
# the canonical JSON of the whole manifest except its "signature".
SIGNED_PREFIX = b"epewall evidence manifest\0"
REGISTERED = "evidence_key_registered"
REVOKED = "evidence_key_revoked"


class EvidenceKeyError(Exception):
    """A key or key file cannot be used. ``str()`` is translated."""


def _t(text: str) -> str:
    return QCoreApplication.translate("EvidenceKeys", text)


# --- keys -----------------------------------------------------------------------------------------


def fingerprint(public_raw: bytes) -> str:
    """32 hex digits naming a public key: printed, read aloud, compared by people."""
    return hashlib.sha256(b"epewall workstation key\0" + public_raw).hexdigest()[:32]


def show_fingerprint(value: str) -> str:
    """``a1b2 c3d4 …``: groups of four, as it is printed and read aloud."""
    return " ".join(value[i : i + 4] for i in range(0, len(value), 4))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object, length: int | None = None) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not text")
    try:
        data = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise ValueError("not base64") from None
    if length is not None and len(data) != length:
        raise ValueError("wrong length")
    return data


@dataclass(frozen=True)
class PublicKey:
    """A workstation's public key with the name its owner gave it."""

    workstation: str
    raw: bytes = field(repr=False)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.raw)

    @property
    def text(self) -> str:
        return _b64(self.raw)

    def verifies(self, signature: bytes, message: bytes) -> bool:
        try:
            Ed25519PublicKey.from_public_bytes(self.raw).verify(signature, message)
        except (InvalidSignature, ValueError):
            return False
        return True


@dataclass(frozen=True)
class WorkstationKey:
    """This workstation's signing key (the private half never leaves the keyring and memory)."""

    workstation: str
    private: Ed25519PrivateKey = field(repr=False)

    @classmethod
    def generate(cls, workstation: str) -> WorkstationKey:
        return cls(workstation, Ed25519PrivateKey.generate())

    @property
    def public(self) -> PublicKey:
        raw = self.private.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )
        return PublicKey(self.workstation, raw)

    def sign(self, message: bytes) -> bytes:
        return self.private.sign(message)

    def to_text(self) -> str:
        """The form kept in the keyring."""
        raw = self.private.private_bytes(
            serialization.Encoding.Raw,
            serialization.PrivateFormat.Raw,
            serialization.NoEncryption(),
        )
        return canonical_json(
            {"algorithm": ALGORITHM, "private": _b64(raw), "workstation": self.workstation}
        )

    @classmethod
    def from_text(cls, text: str) -> WorkstationKey:
        try:
            data = json.loads(text)
            if data.get("algorithm") != ALGORITHM:
                raise ValueError("algorithm")
            private = Ed25519PrivateKey.from_private_bytes(_unb64(data["private"], 32))
            return cls(str(data["workstation"]), private)
        except (ValueError, KeyError, TypeError, AttributeError):
            raise EvidenceKeyError(
                _t(
                    "The evidence signing key in the system keyring is damaged. Ask the team "
                    "lead: a new key must be made and registered again."
                )
            ) from None


def workstation_name() -> str:
    return socket.gethostname() or "epewall"


def workstation_key(store: CredentialStore) -> WorkstationKey:
    """This workstation's signing key, made and stored in the keyring on first need. Raises
    SecretsError when the keyring cannot be used: there is no unsigned way out."""
    text = store.get_evidence_key()
    if text:
        return WorkstationKey.from_text(text)
    key = WorkstationKey.generate(workstation_name())
    store.set_evidence_key(key.to_text())
    # Read it back: a key that did not reach the keyring would sign exports nobody can trace.
    stored = store.get_evidence_key()
    if stored != key.to_text():
        raise EvidenceKeyError(
            _t("The evidence signing key could not be kept in the system keyring.")
        )
    return key


# --- manifests ------------------------------------------------------------------------------------


def signed_bytes(document: Mapping[str, Any]) -> bytes:
    body = {k: v for k, v in document.items() if k != "signature"}
    return SIGNED_PREFIX + canonical_json(body).encode("utf-8")


def sign_manifest(data: dict[str, Any], key: WorkstationKey) -> dict[str, Any]:
    """``data`` with its signer and the signature over all of it."""
    public = key.public
    signed = dict(
        data,
        signer={
            "algorithm": ALGORITHM,
            "workstation": public.workstation,
            "public_key": public.text,
            "fingerprint": public.fingerprint,
        },
    )
    signed["signature"] = _b64(key.sign(signed_bytes(signed)))
    return signed


def manifest_signer(document: Mapping[str, Any]) -> PublicKey | None:
    """The key whose signature ``document`` carries, if the signature is good; None otherwise."""
    signer = document.get("signer")
    if not isinstance(signer, dict) or signer.get("algorithm") != ALGORITHM:
        return None
    try:
        public = PublicKey(str(signer.get("workstation", "")), _unb64(signer["public_key"], 32))
        signature = _unb64(document.get("signature"), 64)
    except (KeyError, ValueError):
        return None
    if signer.get("fingerprint") != public.fingerprint:
        return None
    return public if public.verifies(signature, signed_bytes(document)) else None


# --- key files ------------------------------------------------------------------------------------


def write_public_key(key: PublicKey, path: Path) -> Path:
    document = {
        "format": KEY_FILE_FORMAT,
        "algorithm": ALGORITHM,
        "workstation": key.workstation,
        "public_key": key.text,
        "fingerprint": key.fingerprint,
    }
    path.write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return path


def read_public_key(path: Path) -> PublicKey:
    """A workstation's public key file; raises EvidenceKeyError saying why it is refused."""
    refused = _t("{file} is not an epewall workstation key file.").format(file=path.name)
    try:
        raw = read_user_file(path, KEY_FILE_MAX_BYTES, follow_links=False)
        document = parse_flat_json(raw, 2, path)
        if not isinstance(document, dict) or document.get("format") != KEY_FILE_FORMAT:
            raise EvidenceKeyError(refused)
        if document.get("algorithm") != ALGORITHM:
            raise EvidenceKeyError(refused)
        name = str(document.get("workstation", "")).strip()[:100]
        key = PublicKey(name, _unb64(document.get("public_key"), 32))
    except (UserFileError, ValueError):
        raise EvidenceKeyError(refused) from None
    if document.get("fingerprint") != key.fingerprint:
        raise EvidenceKeyError(
            _t("{file} was changed: its fingerprint does not match its key.").format(file=path.name)
        )
    return key


# --- the team's list ------------------------------------------------------------------------------


@dataclass(frozen=True)
class RegisteredKey:
    key: PublicKey
    registered_by: str
    registered_at: str  # UTC ISO


def registered_keys(ledger: Ledger) -> dict[str, RegisteredKey]:
    """The team's workstation keys by fingerprint, as the log's registrations and revocations
    leave them."""
    records = ledger.records(
        RecordKind.AUDIT,
        "json_extract(payload, '$.action') = ? "
        "AND json_extract(payload, '$.details.change') IN (?, ?)",
        [AuditAction.CREDENTIAL_CHANGED.value, REGISTERED, REVOKED],
    )
    keys: dict[str, RegisteredKey] = {}
    for record in records:
        details = record.payload.get("details", {})
        key_print = str(details.get("fingerprint", ""))
        if details.get("change") == REVOKED:
            keys.pop(key_print, None)
            continue
        try:
            key = PublicKey(str(details.get("workstation", "")), _unb64(details.get("public_key")))
        except ValueError:
            continue
        if key.fingerprint == key_print:
            keys[key_print] = RegisteredKey(
                key, str(record.payload.get("officer", "")), record.created_at
            )
    return keys


def register_key(ledger: Ledger, actor: Officer | None, key: PublicKey) -> RegisteredKey:
    """A team lead trusts ``key``'s evidence (audited). Registering it again is harmless."""
    require(actor, Action.IMPORT_LOGS)
    assert actor is not None
    record = ledger.audit(
        AuditAction.CREDENTIAL_CHANGED,
        actor.code,
        {
            "change": REGISTERED,
            "workstation": key.workstation,
            "public_key": key.text,
            "fingerprint": key.fingerprint,
        },
    )
    return RegisteredKey(key, actor.code, record.created_at)


def revoke_key(ledger: Ledger, actor: Officer | None, key_fingerprint: str) -> bool:
    """A team lead withdraws trust (audited). False when no such key was registered."""
    require(actor, Action.IMPORT_LOGS)
    assert actor is not None
    compact = "".join(key_fingerprint.split()).lower()
    if compact not in registered_keys(ledger):
        return False
    ledger.audit(
        AuditAction.CREDENTIAL_CHANGED,
        actor.code,
        {"change": REVOKED, "fingerprint": compact},
    )
    return True
