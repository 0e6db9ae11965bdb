"""Simpan pinjam koperasi (konvensional dan syariah): jadwal angsuran, biaya sebenarnya, kualitas
pinjaman, BMPP, bunga simpanan, murabahah dan mudharabah.

    >>> from kopkit.simpan_pinjam import jadwal_angsuran
    >>> int(jadwal_angsuran(1_000_000, 4, "2", metode="efektif")["jasa"].sum())
    50000
"""
from .jadwal import METODE, PEMBULATAN, jadwal_angsuran, jadwal_banyak
from .suku_bunga import bunga_per_bulan

__all__ = ["METODE", "PEMBULATAN", "bunga_per_bulan", "jadwal_angsuran", "jadwal_banyak"]
