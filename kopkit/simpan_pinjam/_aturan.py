"""Tabel aturan simpan pinjam lewat pemuat bersama, dengan kolom persen sebagai ``Decimal``.

``kopkit.dasar.aturan.muat_aturan`` membaca angka sebagai float; persen yang dipakai menghitung
rupiah di paket ini dibaca ulang sebagai ``Decimal`` dari teks tertulisnya (0.5 tetap 0,5 tepat).
"""
from __future__ import annotations

from decimal import Decimal


def _muat_aturan(nama: str, pada=None):
    """Baris aturan ``nama`` yang berlaku pada ``pada``; kolom ``number`` sebagai Decimal."""
    from kopkit.dasar.aturan import muat_aturan, skema_aturan

    tabel = muat_aturan(nama, pada)
    for field in skema_aturan(nama)["schema"]["fields"]:
        if field["type"] == "number":
            tabel[field["name"]] = [None if x != x else _desimal(x) for x in tabel[field["name"]]]
    return tabel


def _desimal(x) -> Decimal:
    d = Decimal(repr(float(x)))
    return Decimal(int(d)) if d == d.to_integral_value() else d
