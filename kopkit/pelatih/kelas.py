"""Server kelas: JupyterHub untuk satu ruangan (lihat ``panduan/server.md``)."""
from __future__ import annotations

from pathlib import Path

__all__ = ["berkas_progres_kelas"]


def berkas_progres_kelas(folder_kelas) -> list[Path]:
    """Berkas ``progres.json`` setiap peserta di folder server kelas
    (``<folder_kelas>/pengguna/<nama>/.kopkit/progres.json``), urut nama.

    >>> berkas_progres_kelas("/folder/yang/tidak/ada")
    []
    """
    return sorted(Path(folder_kelas).glob("pengguna/*/.kopkit/progres.json"))
