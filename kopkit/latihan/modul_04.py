"""Soal latihan modul 04 — Kesehatan & lomba (dipakai exercises/sumber/04_kesehatan_lomba.py).

Peserta menghitung rasio dari neraca KSU Tunas Makmur 2025, skor satu komponen kesehatan, predikat
dari skor, peringkat di dalam jenis pada lomba kabupaten, juara baru setelah bobot juri diubah, dan
menjelaskan mengapa nilai dinormalkan di dalam jenis. Semua kunci dihitung dari data dan fungsi
kopkit, tidak diketik.
"""
from decimal import Decimal

import pandas as pd

from kopkit import data
from kopkit.kesehatan import (hitung_rasio, indikator_lomba, kriteria_lomba, nilai_lomba, skema_2016,
                              ubah_bobot_lomba)
from kopkit.buku import laporan_posisi_keuangan
from kopkit.latihan import ____, SalahUmum, SoalNilai, SoalRefleksi

TAHUN = 2025
neraca = laporan_posisi_keuangan(data.muat("jurnal_umum"), data.muat("akun"), per=f"{TAHUN}-12-31")
kabupaten = data.muat("kabupaten")
tunas = kabupaten[(kabupaten["id_koperasi"] == "K0001") & (kabupaten["tahun"] == TAHUN)].reset_index(drop=True)
skema = skema_2016()
kurva_k2 = skema.kurva[skema.kurva["kode"] == "K2"][["rasio_min", "rasio_maks", "nilai_dasar", "kemiringan"]]
bobot_k2 = int(skema.komponen.set_index("kode").at["K2", "bobot"])
kriteria = kriteria_lomba()
indikator = indikator_lomba(kabupaten)
lomba = nilai_lomba(indikator, TAHUN)

#: Skor contoh soal 3 (rata-rata KSP Mitra Sukses Lestari, Malang, 2016-2018; skripsi FEB UB).
SKOR_CONTOH = Decimal("65.98")
#: Bobot baru juri untuk soal 5 (kriteria digital).
BOBOT_DIGITAL_BARU = 30

PREDIKAT = list(skema.predikat.sort_values("skor_min", ascending=False)["predikat"])


def _pos(nama: str) -> int:
    return int(neraca.loc[neraca["pos"] == nama, "jumlah"].iloc[0])


def _rpm_persen() -> float:
    return float(hitung_rasio(tunas, ["rpm_pinjaman"])["rpm_pinjaman"].iloc[0])


def _juara(hasil, jenis: str) -> str:
    return str(hasil.loc[(hasil["jenis"] == jenis) & (hasil["peringkat"] == 1), "id_koperasi"].iloc[0])


soal1 = SoalNilai(
    kode="04_kesehatan_lomba.1",
    variabel="rasio_modal_aset",
    judul="Rasio modal sendiri terhadap total aset (persen)",
    benar=lambda: float(hitung_rasio(tunas, ["modal_sendiri_aset"])["modal_sendiri_aset"].iloc[0]),
    jenis="angka",
    toleransi=1e-3,
    salah_umum=[
        SalahUmum(lambda jawab, benar: abs(float(jawab) - benar / 100) < 0.001,
                  "Itu masih pecahan. Kalikan 100 supaya menjadi persen."),
        SalahUmum(lambda jawab, benar: abs(float(jawab) - (100 - benar)) < 0.05,
                  "Itu liabilitas dibagi aset. Pembilangnya JUMLAH EKUITAS (modal sendiri)."),
    ],
    petunjuk=["Modal sendiri = baris 'JUMLAH EKUITAS' di neraca; total aset = baris 'JUMLAH ASET'.",
              "Ambil angkanya dengan neraca.loc[neraca['pos'] == 'JUMLAH EKUITAS', 'jumlah'].iloc[0].",
              "Rasio = modal sendiri / total aset × 100, dibulatkan dua desimal dengan round(..., 2)."],
    solusi=("ekuitas = neraca.loc[neraca['pos'] == 'JUMLAH EKUITAS', 'jumlah'].iloc[0]\n"
            "aset = neraca.loc[neraca['pos'] == 'JUMLAH ASET', 'jumlah'].iloc[0]\n"
            "rasio_modal_aset = round(ekuitas / aset * 100, 2)"),
)


def _skor_k2() -> float:
    return float(skema.nilai("K2", _rpm_persen()) * bobot_k2 / 100)


soal2 = SoalNilai(
    kode="04_kesehatan_lomba.2",
    variabel="skor_rpm",
    judul="Skor komponen risiko pinjaman bermasalah (skema 2016)",
    benar=_skor_k2,
    jenis="angka",
    toleransi=1e-9,
    salah_umum=[
        SalahUmum(lambda jawab, benar: abs(float(jawab) - benar * 100 / bobot_k2) < 1e-6,
                  "Itu nilainya (0-100). Skor = nilai × bobot / 100."),
        SalahUmum(lambda jawab, benar: abs(float(jawab) - (100 - 2 * _rpm_persen()) * bobot_k2 / 100) < 1e-3,
                  "Rasio dibulatkan dulu ke persen bulat sebelum dimasukkan ke rumus nilai."),
        SalahUmum(lambda jawab, benar: abs(float(jawab) - benar * 100) < 1e-6,
                  "Jangan lupa membagi 100: skor = nilai × bobot / 100."),
    ],
    petunjuk=["Rasio RPM KSU Tunas Makmur ada di rasio_rpm. Lihat baris kurva_k2 yang memuat rasio itu.",
              "Bulatkan rasio ke persen bulat: round(rasio_rpm). Nilai = nilai_dasar + kemiringan × rasio.",
              "Skor = nilai × bobot_k2 / 100."],
    solusi="skor_rpm = (100 - 2 * round(rasio_rpm)) * bobot_k2 / 100",
)

soal3 = SoalNilai(
    kode="04_kesehatan_lomba.3",
    variabel="predikat_contoh",
    judul="Predikat kesehatan untuk skor 65,98",
    benar=lambda: skema.predikat_untuk(SKOR_CONTOH),
    jenis="teks",
    pilihan=PREDIKAT,
    salah_umum=[SalahUmum(lambda jawab, benar: str(jawab).strip().lower() == "cukup sehat",
                          "Lihat batas bawah Cukup Sehat di tabel predikat: skor harus mencapai batas itu.")],
    petunjuk=["Lihat tabel skema.predikat: skor_min adalah batas bawah setiap predikat.",
              "Cari baris dengan skor_min terbesar yang masih ≤ 65,98."],
    solusi="predikat_contoh = skema.predikat_untuk(65.98)",
)


def _peringkat_umum() -> int:
    urut = lomba.sort_values("skor", ascending=False).reset_index(drop=True)
    return int(urut.index[urut["id_koperasi"] == "K0001"][0]) + 1


soal4 = SoalNilai(
    kode="04_kesehatan_lomba.4",
    variabel="peringkat_tunas",
    judul="Peringkat KSU Tunas Makmur di antara koperasi produsen",
    benar=lambda: int(lomba.loc[lomba["id_koperasi"] == "K0001", "peringkat"].iloc[0]),
    jenis="bulat",
    salah_umum=[SalahUmum(lambda jawab, benar: int(jawab) == _peringkat_umum() and _peringkat_umum() != benar,
                          "Itu peringkat di antara semua koperasi. Bandingkan hanya dengan sesama jenis produsen.")],
    petunjuk=["Tabel lomba sudah berisi kolom peringkat (di dalam jenis).",
              "lomba.loc[lomba['id_koperasi'] == 'K0001', 'peringkat']"],
    solusi="peringkat_tunas = int(lomba.loc[lomba['id_koperasi'] == 'K0001', 'peringkat'].iloc[0])",
)


def _juara_baru() -> str:
    h = nilai_lomba(indikator, TAHUN, ubah_bobot_lomba(kriteria, {"DG1": BOBOT_DIGITAL_BARU}))
    return _juara(h, "produsen")


soal5 = SoalNilai(
    kode="04_kesehatan_lomba.5",
    variabel="juara_produsen_baru",
    judul="Juara 1 produsen bila bobot digital dinaikkan",
    benar=_juara_baru,
    jenis="teks",
    salah_umum=[SalahUmum(lambda jawab, benar: str(jawab).strip().upper() == _juara(lomba, "produsen")
                          and _juara(lomba, "produsen") != benar,
                          "Itu juara dengan bobot lama. Hitung ulang dengan bobot digital yang baru.")],
    petunjuk=["Buat kriteria baru: ubah_bobot_lomba(kriteria, {'DG1': BOBOT_DIGITAL_BARU}).",
              "Nilai ulang: nilai_lomba(indikator, TAHUN, kriteria_baru), lalu cari peringkat 1 jenis produsen."],
    solusi=("baru = nilai_lomba(indikator, TAHUN, ubah_bobot_lomba(kriteria, {'DG1': BOBOT_DIGITAL_BARU}))\n"
            "juara_produsen_baru = baru.loc[(baru['jenis'] == 'produsen') & (baru['peringkat'] == 1), "
            "'id_koperasi'].iloc[0]"),
)

soal6 = SoalRefleksi(
    kode="04_kesehatan_lomba.6",
    variabel="alasan_normal_di_jenis",
    judul="Mengapa nilai dinormalkan di dalam jenis koperasi?",
    minimal_kata=10,
    petunjuk=["Bandingkan SHU per anggota sebuah KSP dengan koperasi konsumen: apakah adil dibandingkan langsung?"],
    solusi=('alasan_normal_di_jenis = "Jenis koperasi punya ukuran dan pola usaha yang berbeda, misalnya KSP '
            'wajar punya pinjaman besar dan koperasi konsumen tidak, jadi koperasi hanya adil dibandingkan dengan '
            'sesama jenisnya; data jenis lain juga tidak mengubah juara jenis ini."'),
)

rasio_rpm = _rpm_persen()

__all__ = ["____", "pd", "TAHUN", "neraca", "kabupaten", "tunas", "skema", "kurva_k2", "bobot_k2", "rasio_rpm",
           "kriteria", "indikator", "lomba", "SKOR_CONTOH", "BOBOT_DIGITAL_BARU", "hitung_rasio", "nilai_lomba",
           "ubah_bobot_lomba", "soal1", "soal2", "soal3", "soal4", "soal5", "soal6"]
