"""Tetapan cerita kursus — satu tempat, dipakai pelajaran dan latihan, tidak oleh fungsi pustaka.

Fungsi kopkit mengambil periode dari data atau dari pemanggil; tidak ada yang diam-diam memakai
tahun atau nama koperasi kursus. Pelajaran menulis ``laporan_hasil_usaha(jurnal, akun,
kursus.TAHUN_BUKU)`` sehingga angka-angka cerita tinggal diganti di sini.

    >>> from kopkit import kursus
    >>> kursus.KOPERASI, kursus.TAHUN_BUKU
    ('KSU Tunas Makmur', 2025)
"""
from __future__ import annotations

__all__ = ["KOPERASI", "WILAYAH", "TAHUN_BUKU", "AKHIR_TAHUN_BUKU", "TANGGAL_RAT", "TANGGAL_HARGA"]

#: Koperasi fiktif yang diikuti seluruh kursus.
KOPERASI = "KSU Tunas Makmur"
#: Letaknya (fiktif sampai tingkat desa).
WILAYAH = "Desa Sumberwangi, Kecamatan Jabung, Kabupaten Malang, Jawa Timur"
#: Tahun buku yang dipelajari (data kursus: 1 Januari - 31 Desember 2025).
TAHUN_BUKU = 2025
#: Tanggal tutup buku.
AKHIR_TAHUN_BUKU = "2025-12-31"
#: Rapat Anggota Tahunan yang mengesahkan laporan tahun buku 2025 dan memutuskan pembagian SHU.
TANGGAL_RAT = "2026-02-21"
#: Tanggal tarif lokapasar yang dipakai pelajaran dan latihan modul 05.
TANGGAL_HARGA = "2026-03-01"
