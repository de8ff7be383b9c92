"""Where the app keeps its database, logs and backups on this PC (platformdirs), and how --db is read."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import quote

from platformdirs import PlatformDirs
from sqlalchemy.engine import make_url

APP_NAME = "TryghedDesktop"
DB_ENV = "TRYGHED_DB"
KEY_ENV = "TRYGHED_DB_KEY"  # the SQLCipher passphrase, for unattended starts (service PCs, the CLI)
ENCRYPTED_SCHEME = "sqlite+pysqlcipher"
SQLITE_HEADER = b"SQLite format 3\x00"
_dirs = PlatformDirs(APP_NAME, appauthor=False)


def data_dir() -> Path:
    return Path(_dirs.user_data_dir)


def log_dir() -> Path:
    return Path(_dirs.user_log_dir)


def default_db_path() -> Path:
    return data_dir() / "tryghed.db"


def resolve_db_url(db: str | None = None) -> str:
    """A database URL from `--db` (a path or URL), else TRYGHED_DB, else the default SQLite file."""
    chosen = db or os.environ.get(DB_ENV) or str(default_db_path())
    if "://" in chosen:
        return chosen
    return f"sqlite:///{Path(chosen).expanduser().resolve()}"


def with_env_key(url: str) -> str:
    """With TRYGHED_DB_KEY set, a plain SQLite file URL becomes the encrypted (SQLCipher) one."""
    key = os.environ.get(KEY_ENV)
    path = sqlite_path(url)
    if key and path is not None and not is_encrypted_url(url):
        return encrypted_url(path, key)
    return url


def encrypted_url(path: Path, passphrase: str) -> str:
    """The SQLAlchemy URL of an SQLCipher file encrypted with `passphrase` (any characters allowed)."""
    absolute = Path(path).expanduser().resolve()
    # Two slashes before an absolute path, as the pysqlcipher dialect wants; the key is URL-quoted.
    return f"{ENCRYPTED_SCHEME}://:{quote(passphrase, safe='')}@/{absolute.as_posix()}"


def is_encrypted_url(url: str) -> bool:
    return url.startswith(f"{ENCRYPTED_SCHEME}://")


def is_encrypted_file(path: Path) -> bool:
    """Whether a database file exists but lacks the plain SQLite header (SQLCipher encrypts page 1
    too): the GUI then asks for the passphrase before opening it."""
    try:
        with Path(path).open("rb") as file:
            header = file.read(len(SQLITE_HEADER))
    except OSError:
        return False
    return len(header) == len(SQLITE_HEADER) and header != SQLITE_HEADER


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL (plain or encrypted), or None for other databases and in-memory."""
    prefix = "sqlite:///"
    if is_encrypted_url(url):
        database = make_url(url).database
        return Path(database) if database and database != ":memory:" else None
    if not url.startswith(prefix) or url in (prefix, f"{prefix}:memory:"):
        return None
    return Path(url[len(prefix) :])


NETWORK_FILESYSTEMS = frozenset({"nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "afs", "ncpfs", "9p"})


def _mount_type(path: Path, mounts: str) -> str | None:
    """The file-system type of the longest mount point that contains `path` (/proc/mounts format)."""
    best, best_type = "", None
    for line in mounts.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point = parts[1].replace("\\040", " ")
        inside = str(path) == mount_point or str(path).startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) >= len(best):
            best, best_type = mount_point, parts[2]
    return best_type


def is_network_path(path: Path, *, mounts: str | None = None) -> bool:
    """Whether a database file would live on a network share, where SQLite's locking is unsafe.

    Windows: UNC paths and mapped network drives; elsewhere: the mount's file-system type."""
    resolved = path.expanduser().resolve()
    if os.name == "nt":
        text = str(resolved)
        if text.startswith("\\\\"):
            return True
        import ctypes

        drive_remote = 4
        return bool(ctypes.windll.kernel32.GetDriveTypeW(text[:3]) == drive_remote)  # type: ignore[attr-defined]
    if mounts is None:
        try:
            mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return False
    return _mount_type(resolved, mounts) in NETWORK_FILESYSTEMS
