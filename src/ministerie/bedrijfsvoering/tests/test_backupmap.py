"""Parts of backup and restore that need no database: the list of hashes and the target folder."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ministerie.bedrijfsvoering import backup


def test_backup_weigert_een_gevulde_map(tmp_path: Path) -> None:
    map_ = tmp_path / "vol"
    map_.mkdir(parents=True)
    (map_ / "iets.txt").write_text("al hier")
    with pytest.raises(backup.HerstelGeweigerd, match="bestaat al en is niet leeg"):
        backup.maak_backup(map_)
    assert sorted(p.name for p in map_.iterdir()) == ["iets.txt"]
    assert not list(map_.parent.glob(".vol.onvolledig-*"))


def test_sommenregels_met_vreemde_namen() -> None:
    for pad in ["bestanden/a b.txt", "bestanden/schuine\\streep", "bestanden/regel\neinde"]:
        regel = backup._sommenregel("a" * 64, pad)
        assert regel.endswith("\n") and regel.count("\n") == 1
        assert backup._lees_sommenregel(regel[:-1]) == ("a" * 64, pad)
    assert not backup._veilig_pad("bestanden/../../etc/passwd", ["bestanden"])
    assert not backup._veilig_pad("/etc/passwd", ["bestanden"])
    assert not backup._veilig_pad("elders/x", ["bestanden"])
    assert backup._veilig_pad("bestanden/stukken/2026/x.pdf", ["bestanden"])


def test_bestanden_in_objectopslag_vallen_buiten_de_backup(settings: Any) -> None:
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    }
    assert list(backup.bestandsmappen()) == ["bulk"]
    assert backup.bestandsopslag().endswith("InMemoryStorage")
