"""Kesehatan koperasi dan lomba koperasi berprestasi (modul 04).

- rasio dari buku atau ringkasan tahunan (:mod:`.rasio`),
- skema penilaian 2016 dan 2020/2021 sebagai tabel aturan bersumber (:mod:`.skema`),
- nilai per komponen, aspek, total, predikat dan saran perbaikan (:mod:`.nilai`),
- lomba per jenis koperasi: normalisasi di dalam jenis, peringkat, kepekaan bobot, tabel juri
  (:mod:`.lomba`) dan rapor satu halaman (:mod:`.rapor`).

    >>> from kopkit.kesehatan import skema_2016
    >>> skema_2016().predikat_untuk(80)
    'Sehat'
"""
from .lomba import (ekspor_juri_excel, indikator_lomba, kepekaan_bobot, kriteria_lomba, nilai_lomba,
                    skema_keuangan_lomba, skor_aspek_lomba, tabel_juri, ubah_bobot_lomba)
from .nilai import HasilKesehatan, nilai_kesehatan, saran_perbaikan, skor_kesehatan
from .rasio import DAFTAR_RASIO, PETA_AKUN_KOPKIT, hitung_rasio, ringkasan_dari_buku, tabel_rasio
from .rapor import perbandingan_aspek, rapor_html, ringkasan_rapor, simpan_rapor
from .skema import (Skema, bobot_rpm, buat_skema, daftar_periksa_tata_kelola, ganti_bobot,
                    kuesioner_manajemen, nilai_kuesioner, periksa_skema, pilih_komponen, skema_2016, skema_2021)

__all__ = ["DAFTAR_RASIO", "PETA_AKUN_KOPKIT", "hitung_rasio", "ringkasan_dari_buku", "tabel_rasio",
           "Skema", "bobot_rpm", "buat_skema", "ganti_bobot", "pilih_komponen", "periksa_skema",
           "skema_2016", "skema_2021",
           "kuesioner_manajemen", "daftar_periksa_tata_kelola", "nilai_kuesioner",
           "skor_kesehatan", "nilai_kesehatan", "HasilKesehatan", "saran_perbaikan",
           "kriteria_lomba", "ubah_bobot_lomba", "skema_keuangan_lomba", "indikator_lomba", "nilai_lomba",
           "kepekaan_bobot", "tabel_juri", "skor_aspek_lomba", "ekspor_juri_excel",
           "perbandingan_aspek", "ringkasan_rapor", "rapor_html", "simpan_rapor"]
