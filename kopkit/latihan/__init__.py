"""Latihan interaktif: soal dengan ``cek()``, ``petunjuk()`` dan ``solusi()``.

Lihat ``kopkit/latihan/README.md`` untuk cara menulis soal dan membangun notebook latihan.
"""
from .mesin import ____, Hasil, SalahUmum, Soal, SoalFungsi, SoalNilai, SoalRefleksi, masih_kosong

__all__ = ["____", "Hasil", "SalahUmum", "Soal", "SoalFungsi", "SoalNilai", "SoalRefleksi",
           "masih_kosong"]
