"""Data sendiri dan paket RAT (modul 06): templat Excel, pemeriksaan semua masalah sekaligus,
dan paket laporan untuk Rapat Anggota Tahunan (RAT).

    >>> from kopkit import rat
    >>> rat.VERSI_TEMPLAT
    'kopkit-rat-1'
"""
from kopkit.rat.baca import DataRAT, baca_folder
from kopkit.rat.contoh import KESALAHAN_CONTOH, buat_contoh, buat_contoh_salah
from kopkit.rat.perbaiki import ubah_sel
from kopkit.rat.paket import HasilRAT, buat_paket_rat, hitung_rat, tulis_paket
from kopkit.rat.periksa import PEMERIKSAAN_RAT, KonteksRAT, konteks_rat, periksa_data, periksa_folder, tulis_masalah_excel
from kopkit.rat.templat import LEMBAR, PROFIL, VERSI_TEMPLAT, nama_berkas_data, tulis_templat

__all__ = ["LEMBAR", "PROFIL", "VERSI_TEMPLAT", "nama_berkas_data", "tulis_templat", "DataRAT", "baca_folder",
           "periksa_data", "PEMERIKSAAN_RAT", "KonteksRAT", "konteks_rat", "periksa_folder", "tulis_masalah_excel", "HasilRAT", "hitung_rat", "tulis_paket",
           "buat_paket_rat", "buat_contoh", "buat_contoh_salah", "KESALAHAN_CONTOH", "ubah_sel"]
