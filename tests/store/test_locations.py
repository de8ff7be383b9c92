from __future__ import annotations

from pathlib import Path

import pytest

from tryghed_desktop.store.locations import is_network_path, resolve_db_url, sqlite_path

MOUNTS = """\
/dev/vda / ext4 rw,relatime 0 0
proc /proc proc rw 0 0
//nas/afdeling /mnt/afdeling cifs rw,vers=3.0 0 0
server:/export /srv/fælles nfs4 rw 0 0
/dev/vdb /mnt/afdeling/lokal ext4 rw 0 0
"""


@pytest.mark.parametrize(
    ("path", "network"),
    [
        ("/home/koordinator/tryghed.db", False),
        ("/mnt/afdeling/tryghed.db", True),
        ("/srv/fælles/data/tryghed.db", True),
        ("/mnt/afdeling/lokal/tryghed.db", False),  # a local disk mounted inside the share
        ("/mnt/afdelingen/tryghed.db", False),  # a different folder that only starts the same
    ],
)
def test_network_shares_are_recognised(path: str, network: bool) -> None:
    assert is_network_path(Path(path), mounts=MOUNTS) is network


def test_db_argument_accepts_paths_and_urls(tmp_path: Path) -> None:
    url = resolve_db_url(str(tmp_path / "a.db"))
    assert url == f"sqlite:///{tmp_path / 'a.db'}"
    assert sqlite_path(url) == tmp_path / "a.db"
    assert resolve_db_url("postgresql+psycopg://u@db/tryghed") == "postgresql+psycopg://u@db/tryghed"
    assert sqlite_path("postgresql+psycopg://u@db/tryghed") is None
