"""Data sendiri dan paket RAT (modul 06): templat Excel, pemeriksaan semua masalah sekaligus,
dan paket laporan untuk Rapat Anggota Tahunan (RAT).

    >>> from kopkit import rat
    >>> rat.VERSI_TEMPLAT
    'kopkit-rat-1'
"""
from kopkit.rat.templat import LEMBAR, PROFIL, VERSI_TEMPLAT, nama_berkas_data, tulis_templat

__all__ = ["LEMBAR", "PROFIL", "VERSI_TEMPLAT", "nama_berkas_data", "tulis_templat"]
