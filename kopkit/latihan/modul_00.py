"""Soal latihan modul 00 — Mulai (dipakai exercises/sumber/00_mulai.py).

Peserta berlatih memuat data anggota KSU Tunas Makmur dan menghitung hal sederhana darinya.
"""
from kopkit import data
from kopkit.latihan import ____, SalahUmum, SoalNilai, SoalRefleksi

anggota = data.muat("anggota")


def _aktif():
    return anggota[anggota["tanggal_keluar"].isna()]


soal1 = SoalNilai(
    kode="00_mulai.1",
    variabel="jumlah_baris",
    judul="Berapa baris daftar anggota?",
    benar=lambda: len(anggota),
    jenis="bulat",
    salah_umum=[SalahUmum(lambda jawab, benar: jawab == len(anggota.columns),
                          "Itu jumlah kolom. Yang ditanyakan jumlah baris (satu baris = satu anggota).")],
    petunjuk=["Fungsi len() menghitung banyaknya baris sebuah tabel.",
              "Tulis: jumlah_baris = len(anggota)"],
    solusi="jumlah_baris = len(anggota)",
)

soal2 = SoalNilai(
    kode="00_mulai.2",
    variabel="jumlah_anggota_aktif",
    judul="Berapa anggota yang masih aktif pada akhir 2025?",
    benar=lambda: len(_aktif()),
    jenis="bulat",
    salah_umum=[SalahUmum(lambda jawab, benar: jawab == len(anggota),
                          "Itu termasuk anggota yang sudah keluar. Hitung hanya yang kolom "
                          "tanggal_keluar-nya kosong.")],
    petunjuk=["Anggota aktif adalah yang kolom tanggal_keluar-nya kosong (NaT).",
              "anggota['tanggal_keluar'].isna() bernilai True untuk anggota aktif; "
              "jumlahkan dengan .sum()."],
    solusi="jumlah_anggota_aktif = anggota['tanggal_keluar'].isna().sum()",
)

soal3 = SoalNilai(
    kode="00_mulai.3",
    variabel="total_simpanan_pokok",
    judul="Berapa total simpanan pokok anggota aktif?",
    benar=lambda: int(_aktif()["simpanan_pokok"].sum()),
    jenis="rupiah",
    salah_umum=[SalahUmum(lambda jawab, benar: jawab == int(anggota["simpanan_pokok"].sum()),
                          "Itu termasuk simpanan pokok anggota yang sudah keluar (sudah "
                          "dikembalikan kepada mereka). Saring anggota aktif dulu.")],
    petunjuk=["Saring dulu anggota aktif seperti di soal 2, lalu jumlahkan kolom simpanan_pokok.",
              "aktif = anggota[anggota['tanggal_keluar'].isna()], lalu aktif['simpanan_pokok'].sum()"],
    solusi=("aktif = anggota[anggota['tanggal_keluar'].isna()]\n"
            "total_simpanan_pokok = aktif['simpanan_pokok'].sum()"),
)

soal4 = SoalRefleksi(
    kode="00_mulai.4",
    variabel="manfaat_buku_digital",
    judul="Apa satu manfaat buku digital bagi koperasi Anda?",
    minimal_kata=5,
    petunjuk=["Pikirkan pekerjaan yang paling lama saat menyiapkan RAT di koperasi Anda."],
    solusi=('manfaat_buku_digital = "Laporan untuk RAT bisa dibuat dalam hitungan menit dan '
            'setiap angka dapat ditelusuri ke bukti transaksinya."'),
)

__all__ = ["____", "anggota", "soal1", "soal2", "soal3", "soal4"]
