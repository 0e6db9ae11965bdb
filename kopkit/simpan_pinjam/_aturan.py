"""Pemuat tabel aturan paket simpan pinjam (satu-satunya tempat berkas aturan dibaca).

Akan diganti ``kopkit.dasar.aturan.muat_aturan`` begitu pemuat bersama ada di main. Bentuk berkasnya
sudah sama: ``aturan/<nama>.csv`` + ``<nama>.json`` (deskriptor gaya Frictionless), kolom
``berlaku``, ``berlaku_sampai``, ``sumber``. Kolom angka dibaca sebagai ``Decimal`` dari teksnya
(tepat, tanpa float).
"""
from __future__ import annotations

import json
from decimal import Decimal
from functools import lru_cache
from importlib import resources


def _folder():
    return resources.files("kopkit.simpan_pinjam").joinpath("aturan")


@lru_cache(maxsize=8)
def _tabel_penuh(nama: str):
    import pandas as pd

    from ..data import terapkan_skema
    from ..galat import GalatAturan

    folder = _folder()
    if not folder.joinpath(f"{nama}.json").is_file():
        raise GalatAturan(f"Tabel aturan '{nama}' tidak ada.",
                          saran="Pilih salah satu: batas_bunga_usp, kolektibilitas, bmpp.")
    deskriptor = json.loads(folder.joinpath(f"{nama}.json").read_text(encoding="utf-8"))
    berkas = f"kopkit/simpan_pinjam/aturan/{deskriptor['path']}"
    with folder.joinpath(deskriptor["path"]).open("r", encoding="utf-8", newline="") as f:
        mentah = pd.read_csv(f, dtype=str, keep_default_na=False, na_values=[""])
    tabel = terapkan_skema(mentah, deskriptor, berkas=berkas)
    for field in deskriptor["schema"]["fields"]:
        if field["type"] == "number":
            tabel[field["name"]] = [None if pd.isna(t) else Decimal(t) for t in mentah[field["name"]]]
    return tabel


def _muat_aturan(nama: str, pada=None):
    """Baris aturan ``nama`` yang berlaku pada tanggal ``pada`` (semua baris bila None)."""
    import pandas as pd

    from ..galat import GalatAturan
    from ..uang import format_tanggal, parse_tanggal

    tabel = _tabel_penuh(nama).copy()
    if pada is None:
        return tabel
    t = pd.Timestamp(parse_tanggal(pada))
    pilih = (tabel["berlaku"] <= t) & (tabel["berlaku_sampai"].isna() | (tabel["berlaku_sampai"] >= t))
    hasil = tabel[pilih].reset_index(drop=True)
    if hasil.empty:
        raise GalatAturan(f"Tidak ada aturan '{nama}' yang berlaku pada {format_tanggal(t)}.",
                          berkas=f"kopkit/simpan_pinjam/aturan/{nama}.csv",
                          saran="Pilih tanggal sesudah aturan berlaku, atau tambahkan baris aturan dengan "
                                "tanggal berlaku dan sumbernya.")
    return hasil
