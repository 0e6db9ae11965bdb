"""Pembangkit data fiktif KSU Tunas Makmur (tahun buku 2025) dan koperasi se-kabupaten.

Semua angka dibangkitkan dari benih (*seed*) tetap dengan ``numpy.random.Generator``, sehingga
menjalankan ulang modul ini menghasilkan berkas CSV yang sama persis, bita demi bita::

    python -m kopkit.datasets.bangun                      # tulis ulang semua dataset bawaan
    python -m kopkit.datasets.bangun --keluar /tmp/data   # tulis ke folder lain
    python -m kopkit.datasets.bangun skala --anggota 100000 --keluar /tmp/skala

Jurnal umum TIDAK dikarang terpisah: jurnal dibentuk DARI buku pembantu (simpanan, pinjaman,
angsuran, penjualan toko, setoran susu, penjualan daring) ditambah transaksi umum (gaji, listrik,
sewa, penyusutan, bunga bank, pajak, RAT), sehingga buku pembantu dan akun kontrolnya cocok sampai
ke rupiah pada setiap akhir bulan.

Contoh (koperasi kecil untuk uji cepat)::

    >>> from kopkit.datasets.bangun import bangun_koperasi
    >>> t = bangun_koperasi(n_anggota=40, seed=1)
    >>> j = t["jurnal_umum"]
    >>> int(j["debit"].sum()) == int(j["kredit"].sum())
    True
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

TAHUN = 2025
AWAL = np.datetime64("2025-01-01")
AKHIR = np.datetime64("2025-12-31")
HARI = np.arange(AWAL, AKHIR + np.timedelta64(1, "D"))  # 365 hari tahun buku
BENIH = 2025
N_ANGGOTA = 250

UMK_2025 = 3_553_530             # UMK Kabupaten Malang 2025 (SUMBER.md §7)
SIMPANAN_WAJIB = 25_000          # per bulan
JASA_SUKARELA_PER_10000 = 25     # 0,25 %/bulan = 3 %/tahun (batas Permenkop 8/2023: 9 %/tahun)
SALDO_MIN_JASA = 100_000         # saldo sukarela minimal yang diberi jasa
PROVISI_PERSEN = 1               # provisi pinjaman 1 % dari pokok, dipotong saat pencairan
HPP_TOKO_PERSEN = 85             # harga pokok barang toko = 85 % dari harga jual (margin 15 %)
SUSU_OLAHAN_PERSEN = 2           # 2 % susu segar dipakai sendiri untuk produk olahan
ONGKOS_ANGKUT_SUSU = 150         # Rp per liter ke pabrik (IPS)
LIBUR_TOKO = [np.datetime64("2025-03-31"), np.datetime64("2025-04-01")]  # Idulfitri 1446 H
TANGGAL_RAT = np.datetime64("2025-02-22")  # RAT tahun buku 2024

AKUN = [
    # kode, nama, jenis, saldo_normal, induk, kelompok_laporan, header, peran, lancar
    ("1", "Aset", "aset", "debit", "", "", True, "", None),
    ("101", "Kas", "aset", "debit", "1", "Aset lancar", False, "kas", True),
    ("102", "Bank", "aset", "debit", "1", "Aset lancar", False, "bank", True),
    ("111", "Pinjaman anggota", "aset", "debit", "1", "Aset lancar", False, "pinjaman_anggota", True),
    ("119", "Penyisihan penghapusan aset produktif (PPAP)", "aset", "kredit", "1", "Aset lancar", False, "penyisihan_pinjaman", True),
    ("121", "Piutang jasa pinjaman", "aset", "debit", "1", "Aset lancar", False, "", True),
    ("122", "Piutang usaha (pabrik susu/IPS)", "aset", "debit", "1", "Aset lancar", False, "", True),
    ("123", "Piutang lokapasar (marketplace)", "aset", "debit", "1", "Aset lancar", False, "", True),
    ("131", "Persediaan barang toko", "aset", "debit", "1", "Aset lancar", False, "", True),
    ("132", "Persediaan susu segar", "aset", "debit", "1", "Aset lancar", False, "", True),
    ("133", "Persediaan produk olahan", "aset", "debit", "1", "Aset lancar", False, "", True),
    ("161", "Tanah", "aset", "debit", "1", "Aset tidak lancar", False, "", False),
    ("162", "Bangunan", "aset", "debit", "1", "Aset tidak lancar", False, "", False),
    ("163", "Kendaraan", "aset", "debit", "1", "Aset tidak lancar", False, "", False),
    ("164", "Peralatan dan mesin pendingin susu", "aset", "debit", "1", "Aset tidak lancar", False, "", False),
    ("169", "Akumulasi penyusutan", "aset", "kredit", "1", "Aset tidak lancar", False, "akumulasi_penyusutan", False),
    ("2", "Liabilitas", "liabilitas", "kredit", "", "", True, "", None),
    ("201", "Simpanan sukarela", "liabilitas", "kredit", "2", "Liabilitas jangka pendek", False, "simpanan_sukarela", True),
    ("202", "Simpanan berjangka", "liabilitas", "kredit", "2", "Liabilitas jangka pendek", False, "simpanan_berjangka", True),
    ("211", "Utang bank", "liabilitas", "kredit", "2", "Liabilitas jangka panjang", False, "utang_bank", False),
    ("213", "Bagian lancar utang bank", "liabilitas", "kredit", "2", "Liabilitas jangka pendek", False, "utang_bank_lancar",
     True),
    ("212", "Utang setoran susu anggota", "liabilitas", "kredit", "2", "Liabilitas jangka pendek", False, "", True),
    ("221", "Dana-dana SHU belum dibayar", "liabilitas", "kredit", "2", "Liabilitas jangka pendek", False, "dana_shu", True),
    ("222", "SHU bagian anggota belum dibayar", "liabilitas", "kredit", "2", "Liabilitas jangka pendek", False, "shu_anggota", True),
    ("231", "Utang pajak", "liabilitas", "kredit", "2", "Liabilitas jangka pendek", False, "utang_pajak", True),
    ("3", "Ekuitas", "ekuitas", "kredit", "", "", True, "", None),
    ("301", "Simpanan pokok", "ekuitas", "kredit", "3", "Ekuitas", False, "simpanan_pokok", None),
    ("302", "Simpanan wajib", "ekuitas", "kredit", "3", "Ekuitas", False, "simpanan_wajib", None),
    ("304", "Hibah", "ekuitas", "kredit", "3", "Ekuitas", False, "hibah", None),
    ("305", "Cadangan", "ekuitas", "kredit", "3", "Ekuitas", False, "cadangan", None),
    ("308", "SHU tahun lalu belum dibagi", "ekuitas", "kredit", "3", "Ekuitas", False, "shu_tahun_lalu", None),
    ("309", "SHU tahun berjalan", "ekuitas", "kredit", "3", "Ekuitas", False, "shu_berjalan", None),
    ("4", "Pendapatan", "pendapatan", "kredit", "", "", True, "", None),
    ("401", "Jasa pinjaman anggota", "pendapatan", "kredit", "4", "Pendapatan", False, "", None),
    ("402", "Jasa pinjaman non-anggota", "pendapatan", "kredit", "4", "Pendapatan", False, "", None),
    ("403", "Provisi dan administrasi pinjaman", "pendapatan", "kredit", "4", "Pendapatan", False, "", None),
    ("404", "Denda keterlambatan", "pendapatan", "kredit", "4", "Pendapatan", False, "", None),
    ("405", "Penjualan toko", "pendapatan", "kredit", "4", "Pendapatan", False, "", None),
    ("406", "Penjualan susu segar", "pendapatan", "kredit", "4", "Pendapatan", False, "", None),
    ("407", "Penjualan produk olahan (luring dan daring)", "pendapatan", "kredit", "4", "Pendapatan", False, "", None),
    ("408", "Jasa giro bank", "pendapatan", "kredit", "4", "Pendapatan", False, "pendapatan_final", None),
    ("409", "Pendapatan lain-lain", "pendapatan", "kredit", "4", "Pendapatan", False, "", None),
    ("5", "Beban", "beban", "debit", "", "", True, "", None),
    ("501", "Jasa simpanan anggota", "beban", "debit", "5", "Beban", False, "", None),
    ("502", "Bunga bank", "beban", "debit", "5", "Beban", False, "", None),
    ("503", "Beban penyisihan pinjaman", "beban", "debit", "5", "Beban", False, "", None),
    ("511", "Harga pokok penjualan toko", "beban", "debit", "5", "Beban", False, "beban_pokok", None),
    ("512", "Harga pokok penjualan susu segar", "beban", "debit", "5", "Beban", False, "beban_pokok", None),
    ("513", "Harga pokok produk olahan", "beban", "debit", "5", "Beban", False, "beban_pokok", None),
    ("514", "Biaya layanan lokapasar", "beban", "debit", "5", "Beban", False, "", None),
    ("521", "Gaji, THR dan honor pengurus", "beban", "debit", "5", "Beban", False, "", None),
    ("522", "Umum dan administrasi (termasuk RAT)", "beban", "debit", "5", "Beban", False, "", None),
    ("523", "Penyusutan aset tetap", "beban", "debit", "5", "Beban", False, "beban_penyusutan", None),
    ("524", "Listrik, air dan telepon", "beban", "debit", "5", "Beban", False, "", None),
    ("525", "Sewa", "beban", "debit", "5", "Beban", False, "", None),
    ("526", "Angkutan susu ke pabrik", "beban", "debit", "5", "Beban", False, "", None),
    ("591", "Pajak penghasilan", "beban", "debit", "5", "Beban pajak penghasilan", False, "beban_pajak", None),
]

ATURAN_SHU = [
    ("cadangan", 40, "Dana cadangan koperasi (UU 25/1992 Pasal 45 ayat 3); tidak dibagikan."),
    ("jasa_modal", 20, "Dibagi kepada anggota sebanding simpanan pokok + simpanan wajib (lihat dasar_shu)."),
    ("jasa_usaha", 20, "Dibagi kepada anggota sebanding transaksinya dengan koperasi (lihat dasar_shu)."),
    ("dana_pengurus", 5, "Penghargaan untuk pengurus dan pengawas."),
    ("dana_karyawan", 5, "Penghargaan untuk karyawan koperasi."),
    ("dana_pendidikan", 5, "Pendidikan dan pelatihan perkoperasian anggota."),
    ("dana_sosial", 5, "Bantuan sosial bagi anggota dan masyarakat sekitar."),
]

DASAR_SHU = [
    # komponen, sumber, dihitung, bobot, keterangan
    ("jasa_modal", "simpanan_pokok", True, 1.0, "Saldo simpanan pokok per 31 Desember 2025."),
    ("jasa_modal", "simpanan_wajib", True, 1.0, "Saldo simpanan wajib per 31 Desember 2025."),
    ("jasa_modal", "simpanan_sukarela", False, 0.0,
     "Tidak dihitung: simpanan sukarela sudah menerima jasa simpanan 3 % setahun."),
    ("jasa_usaha", "pembelian_toko", True, 1.0, "Jumlah belanja anggota di toko koperasi (penjualan_toko.total)."),
    ("jasa_usaha", "setoran_susu", True, 0.25,
     "Nilai setoran susu (setoran_susu.nilai) dihitung 25 %: margin koperasi per rupiah susu lebih kecil "
     "daripada margin toko, keputusan RAT agar peternak tidak mengambil hampir seluruh jasa usaha."),
    ("jasa_usaha", "jasa_pinjaman", True, 1.0, "Jasa (bunga) pinjaman yang dibayar anggota (angsuran.jasa)."),
    ("jasa_usaha", "pembelian_daring", False, 0.0, "Tidak dihitung: pembeli daring tidak tercatat sebagai anggota."),
]

NAMA_L = ["Slamet", "Suyanto", "Sugeng", "Bambang", "Joko", "Agus", "Budi", "Hadi", "Sutrisno", "Wahyu",
          "Eko", "Dwi", "Heru", "Imam", "Yusuf", "Rudi", "Supriadi", "Mulyono", "Sukardi", "Suparman",
          "Ahmad", "Muhammad", "Rizky", "Fajar", "Ilham", "Teguh", "Samsul", "Abdul", "Kholil",
          "Purwanto", "Siswanto", "Darmaji", "Gatot", "Hariyanto", "Mujiono", "Nur Hadi", "Sholeh",
          "Ponirin", "Tukiman", "Wagiman", "Andik", "Yanto", "Sunarto", "Misdi"]
NAMA_P = ["Siti", "Sri", "Endang", "Sulastri", "Suwarni", "Ninik", "Tutik", "Yuli", "Dewi", "Rina",
          "Wulan", "Kartini", "Musripah", "Sumiati", "Tri", "Eka", "Indah", "Fitri", "Kusnul",
          "Winarti", "Supiah", "Umi", "Lilik", "Erna", "Maryam", "Aminah", "Juwariyah", "Painem",
          "Sarmi", "Nurul", "Anik", "Ratna", "Puji", "Mujiati", "Khoiriyah", "Lailatul"]
BELAKANG_L = ["Wibowo", "Santoso", "Prasetyo", "Hidayat", "Setiawan", "Purnomo", "Susanto", "Kurniawan",
              "Saputra", "Hartono", "Utomo", "Nugroho", "Maulana", "Fauzi", "Arifin", "Effendi",
              "Wahyudi", "Syaifudin", "Hakim", "Firmansyah"]
BELAKANG_P = ["Wahyuni", "Rahmawati", "Handayani", "Lestari", "Ningsih", "Astuti", "Wulandari", "Susanti",
              "Rahayu", "Anggraini", "Safitri", "Maslikhah", "Fatimah", "Zulaikha", "Hasanah"]
DESA = [("Sumberwangi", 0.62), ("Gunungjati", 0.08), ("Kemantren", 0.07), ("Sidorejo", 0.06),
        ("Kenongo", 0.05), ("Slamparejo", 0.05), ("Taji", 0.04), ("Jabung", 0.03)]
PEKERJAAN = [("peternak sapi perah", 0.22), ("petani", 0.18), ("buruh tani", 0.08), ("pedagang", 0.10),
             ("ibu rumah tangga", 0.12), ("karyawan swasta", 0.08), ("guru", 0.05), ("wiraswasta", 0.08),
             ("perangkat desa", 0.03), ("pengrajin", 0.03), ("sopir", 0.03)]
TUJUAN = ["modal usaha ternak", "pembelian sapi perah", "pupuk dan bibit", "modal dagang",
          "renovasi rumah", "biaya pendidikan", "biaya kesehatan", "kebutuhan rumah tangga"]

PRODUK = [
    # id, nama, kategori, satuan, harga_pokok, harga_jual, perlu_pendingin
    ("PR01", "Susu pasteurisasi original 200 ml", "susu olahan", "botol", 3_200, 5_000, True),
    ("PR02", "Susu pasteurisasi cokelat 200 ml", "susu olahan", "botol", 3_500, 5_500, True),
    ("PR03", "Susu pasteurisasi stroberi 200 ml", "susu olahan", "botol", 3_500, 5_500, True),
    ("PR04", "Susu pasteurisasi original 1 liter", "susu olahan", "botol", 13_000, 20_000, True),
    ("PR05", "Yogurt plain 250 ml", "yogurt", "botol", 6_000, 10_000, True),
    ("PR06", "Yogurt stroberi 250 ml", "yogurt", "botol", 6_500, 11_000, True),
    ("PR07", "Kopi bubuk robusta Dampit 250 g", "kopi", "bungkus", 22_000, 35_000, False),
    ("PR08", "Kopi bubuk arabika Jabung 200 g", "kopi", "bungkus", 32_000, 55_000, False),
    ("PR09", "Keripik pisang 200 g", "camilan", "bungkus", 9_000, 15_000, False),
    ("PR10", "Keripik tempe 200 g", "camilan", "bungkus", 8_500, 15_000, False),
    ("PR11", "Stik susu 150 g", "camilan", "bungkus", 7_500, 13_000, False),
    ("PR12", "Permen susu 100 g", "camilan", "bungkus", 6_000, 10_000, False),
]

# Kota pembeli daring: (kota, provinsi, bobot, zona ongkir). Sebagian besar Jawa Timur.
KOTA = [
    ("Kota Malang", "Jawa Timur", 12, 1), ("Kabupaten Malang", "Jawa Timur", 8, 1),
    ("Kota Batu", "Jawa Timur", 3, 1), ("Kota Surabaya", "Jawa Timur", 10, 1),
    ("Kabupaten Sidoarjo", "Jawa Timur", 5, 1), ("Kabupaten Pasuruan", "Jawa Timur", 2, 1),
    ("Kabupaten Gresik", "Jawa Timur", 2, 1), ("Kabupaten Jember", "Jawa Timur", 2, 1),
    ("Kota Kediri", "Jawa Timur", 1, 1),
    ("Kota Jakarta Selatan", "DKI Jakarta", 6, 2), ("Kota Jakarta Timur", "DKI Jakarta", 5, 2),
    ("Kota Jakarta Barat", "DKI Jakarta", 4, 2),
    ("Kota Bandung", "Jawa Barat", 5, 2), ("Kota Bekasi", "Jawa Barat", 4, 2),
    ("Kota Depok", "Jawa Barat", 3, 2), ("Kabupaten Bogor", "Jawa Barat", 2, 2),
    ("Kota Semarang", "Jawa Tengah", 5, 2), ("Kota Surakarta", "Jawa Tengah", 3, 2),
    ("Kota Yogyakarta", "DI Yogyakarta", 3, 2), ("Kabupaten Sleman", "DI Yogyakarta", 2, 2),
    ("Kota Tangerang", "Banten", 3, 2),
    ("Kota Denpasar", "Bali", 4, 2), ("Kabupaten Badung", "Bali", 2, 2),
    ("Kota Makassar", "Sulawesi Selatan", 2, 3), ("Kota Medan", "Sumatera Utara", 2, 3),
    ("Kota Balikpapan", "Kalimantan Timur", 1, 3), ("Kota Mataram", "Nusa Tenggara Barat", 1, 3),
]
KOTA_LOKAL = ["Kabupaten Malang", "Kota Malang", "Kota Batu"]
KANAL = ["toko_offline", "whatsapp", "shopee", "tiktok_tokopedia"]
# Kanal lokapasar: harga di sana dinaikkan 8 % dan sebagian baris diberi diskon penjual. Tarif
# biayanya TIDAK ada di sini: biaya yang dijurnal dihitung oleh kopkit.pasar.hitung_biaya
# dengan tabel bertanggal kopkit/pasar/aturan/tarif_platform.csv, jalur yang sama dengan modul 05, supaya
# akun 514 sama dengan biaya yang dihitung peserta sampai ke rupiah.
KANAL_LOKAPASAR = ("shopee", "tiktok_tokopedia")


# --------------------------------------------------------------------------------------------
# Alat bantu kecil
# --------------------------------------------------------------------------------------------
def _teks_tanggal(tgl) -> np.ndarray:
    """Tanggal numpy -> teks ISO 'YYYY-MM-DD' (tidak bergantung locale)."""
    return np.datetime_as_string(np.asarray(tgl, dtype="datetime64[D]"), unit="D")


def _bulan_ke(tgl) -> np.ndarray:
    """Nomor bulan 0..11 dalam tahun buku."""
    return (np.asarray(tgl, dtype="datetime64[D]").astype("datetime64[M]")
            - np.datetime64("2025-01")).astype(np.int64)


def _tambah_bulan(tgl: np.datetime64, k: int) -> np.datetime64:
    """Tanggal jatuh tempo ke-k: k bulan setelah ``tgl``, tanggal dibatasi 28 agar selalu ada."""
    hari = int((tgl - tgl.astype("datetime64[M]")).astype(int)) + 1
    bulan = tgl.astype("datetime64[M]") + np.timedelta64(k, "M")
    return bulan.astype("datetime64[D]") + np.timedelta64(min(hari, 28) - 1, "D")


def _akhir_bulan(m: int) -> np.datetime64:
    return (np.datetime64("2025-01") + np.timedelta64(m + 1, "M")).astype("datetime64[D]") - np.timedelta64(1, "D")


AKHIR_BULAN = [_akhir_bulan(m) for m in range(12)]
AWAL_BULAN = [(np.datetime64("2025-01") + np.timedelta64(m, "M")).astype("datetime64[D]") for m in range(12)]


def _bulat(x, ke: int) -> np.ndarray:
    """Bulatkan ke kelipatan ``ke`` rupiah terdekat (setengah ke atas), hasil int64."""
    x = np.asarray(x, dtype=np.float64)
    return (np.floor(x / ke + 0.5).astype(np.int64)) * ke


def _periode_susu(tgl) -> np.ndarray:
    """Periode pembayaran susu 10 harian: 0..35 (tgl 1-10, 11-20, 21-akhir bulan)."""
    tgl = np.asarray(tgl, dtype="datetime64[D]")
    hari = (tgl - tgl.astype("datetime64[M]")).astype(np.int64)  # 0-based
    return _bulan_ke(tgl) * 3 + np.minimum(hari // 10, 2)


def _akhir_periode_susu(p: int) -> np.datetime64:
    m, k = divmod(int(p), 3)
    if k == 2:
        return _akhir_bulan(m)
    return (np.datetime64("2025-01") + np.timedelta64(m, "M")).astype("datetime64[D]") + np.timedelta64(10 * k + 9, "D")


class _Jurnal:
    """Pengumpul baris jurnal sementara; nomor bukti diberikan di akhir, urut tanggal."""

    KOLOM = ["tanggal", "jenis_bukti", "kunci", "urut", "akun", "keterangan", "debit", "kredit",
             "unit", "id_anggota"]

    def __init__(self):
        self.bagian: list[pd.DataFrame] = []

    def tambah(self, tanggal, jenis, kunci, unit, id_anggota, keterangan, pos):
        """Tambah m voucher berbentuk sama. ``pos`` = [(akun, debit, kredit), ...]; debit/kredit
        skalar atau larik panjang m. Baris yang debit dan kreditnya nol dibuang."""
        kunci = np.asarray(kunci, dtype=object)
        m = len(kunci)
        if m == 0:
            return
        tanggal = np.broadcast_to(np.asarray(tanggal, dtype="datetime64[D]"), (m,))
        for urut, baris in enumerate(pos):
            akun, d, k = baris[:3]
            ket = baris[3] if len(baris) > 3 else keterangan
            d = np.broadcast_to(np.asarray(d, dtype=np.int64), (m,))
            k = np.broadcast_to(np.asarray(k, dtype=np.int64), (m,))
            if (d < 0).any() or (k < 0).any():
                raise ValueError(f"jumlah negatif pada akun {akun}")
            self.bagian.append(pd.DataFrame({
                "tanggal": tanggal, "jenis_bukti": jenis, "kunci": kunci, "urut": urut, "akun": akun,
                "keterangan": np.broadcast_to(np.asarray(ket, dtype=object), (m,)),
                "debit": d, "kredit": k, "unit": unit,
                "id_anggota": np.broadcast_to(np.asarray(id_anggota, dtype=object), (m,)),
            }))

    def tabel(self) -> pd.DataFrame:
        j = pd.concat(self.bagian, ignore_index=True)
        return j[(j["debit"] != 0) | (j["kredit"] != 0)].reset_index(drop=True)


# --------------------------------------------------------------------------------------------
# Buku pembantu
# --------------------------------------------------------------------------------------------
def buat_anggota(rng: np.random.Generator, n: int, id_awal: int = 1, lebar: int = 4) -> pd.DataFrame:
    """Daftar anggota: ~5 % masuk tahun 2025, ~3 % keluar selama 2025; id urut tanggal masuk."""
    n_baru = max(1, round(n * 0.05))
    n_lama = n - n_baru
    # Koperasi berdiri 2008; anggota lama menyebar 2008-2024, sedikit lebih banyak di tahun akhir.
    rentang = int((np.datetime64("2024-12-20") - np.datetime64("2008-03-01")).astype(int))
    masuk_lama = np.datetime64("2008-03-01") + (rng.beta(1.3, 1.0, n_lama) * rentang).astype(np.int64)
    masuk_baru = np.datetime64("2025-01-06") + rng.integers(0, 326, n_baru)
    masuk = np.sort(np.concatenate([masuk_lama, masuk_baru]).astype("datetime64[D]"), kind="stable")

    nama_pek = [p for p, _ in PEKERJAAN]
    bobot_pek = np.array([b for _, b in PEKERJAAN])
    pekerjaan = rng.choice(len(nama_pek), n, p=bobot_pek / bobot_pek.sum())
    p_laki = np.where(pekerjaan == nama_pek.index("peternak sapi perah"), 0.8, 0.55)
    laki = rng.random(n) < p_laki
    laki[pekerjaan == nama_pek.index("ibu rumah tangga")] = False
    desa_nama = [d for d, _ in DESA]
    bobot_desa = np.array([b for _, b in DESA])
    desa = rng.choice(len(desa_nama), n, p=bobot_desa / bobot_desa.sum())

    nama, terpakai = [], set()
    for i in range(n):
        depan, belakang = (NAMA_L, BELAKANG_L) if laki[i] else (NAMA_P, BELAKANG_P)
        for _ in range(30):  # cari nama yang belum dipakai supaya latihan tidak membingungkan
            calon = depan[rng.integers(len(depan))]
            if rng.random() < 0.6:
                calon += " " + belakang[rng.integers(len(belakang))]
            if calon not in terpakai:
                break
        terpakai.add(calon)
        nama.append(calon)

    keluar = np.full(n, np.datetime64("NaT"), dtype="datetime64[D]")
    n_keluar = max(1, round(n * 0.03))
    calon_keluar = np.flatnonzero(masuk < np.datetime64("2024-06-01"))
    pilih = rng.choice(calon_keluar, n_keluar, replace=False)
    keluar[pilih] = np.datetime64("2025-02-03") + rng.integers(0, 290, n_keluar)
    pokok = np.where(masuk < np.datetime64("2016-01-01"), 50_000, 100_000)  # AD diubah RAT 2015
    return pd.DataFrame({
        "id_anggota": [f"A{i:0{lebar}d}" for i in range(id_awal, id_awal + n)],
        "nama": nama,
        "jenis_kelamin": np.where(laki, "L", "P"),
        "desa": [desa_nama[k] for k in desa],
        "tanggal_masuk": masuk.astype("datetime64[s]"),
        "tanggal_keluar": keluar.astype("datetime64[s]"),
        "pekerjaan": [nama_pek[k] for k in pekerjaan],
        "simpanan_pokok": pokok.astype(np.int64),
    })


def _aktif(anggota: pd.DataFrame, tgl) -> np.ndarray:
    """Matriks boolean (tanggal x anggota): anggota boleh bertransaksi biasa pada tanggal itu
    (sudah masuk dan belum keluar; hari keluar hanya untuk penutupan simpanan)."""
    tgl = np.asarray(tgl, dtype="datetime64[D]")[:, None]
    masuk = anggota["tanggal_masuk"].to_numpy("datetime64[D]")[None, :]
    keluar = anggota["tanggal_keluar"].to_numpy("datetime64[D]")[None, :]
    return (tgl >= masuk) & (np.isnat(keluar) | (tgl < keluar))


def buat_simpanan(rng: np.random.Generator, anggota: pd.DataFrame) -> pd.DataFrame:
    """Buku pembantu simpanan: saldo awal, pokok anggota baru, wajib bulanan, setor/tarik sukarela,
    jasa sukarela tiap akhir bulan, dan penutupan simpanan anggota yang keluar."""
    baris = []  # (tanggal, id, jenis, setor, tarik, keterangan, urut)
    semua_masuk = anggota["tanggal_masuk"].to_numpy("datetime64[D]")
    semua_keluar = anggota["tanggal_keluar"].to_numpy("datetime64[D]")
    for nomor, a in enumerate(anggota.itertuples(index=False)):
        masuk, keluar = semua_masuk[nomor], semua_keluar[nomor]
        ada_keluar = not np.isnat(keluar)
        batas = keluar if ada_keluar else AKHIR + np.timedelta64(1, "D")  # transaksi biasa < batas
        urut = 0
        saldo = {"pokok": 0, "wajib": 0, "sukarela": 0}
        if masuk < AWAL:
            bulan_lalu = int((np.datetime64("2024-12") - masuk.astype("datetime64[M]")).astype(int)) + 1
            tunggak = int(rng.integers(0, 4)) if rng.random() < 0.3 else 0
            saldo["pokok"] = int(a.simpanan_pokok)
            saldo["wajib"] = max(0, bulan_lalu - tunggak) * SIMPANAN_WAJIB
            if rng.random() < 0.72:
                saldo["sukarela"] = int(rng.lognormal(np.log(1_500_000), 1.0))
            for jenis in ("pokok", "wajib", "sukarela"):
                if saldo[jenis] > 0:
                    baris.append((AWAL, a.id_anggota, jenis, saldo[jenis], 0, "saldo_awal", urut))
                    urut += 1
        else:
            saldo["pokok"] = int(a.simpanan_pokok)
            baris.append((masuk, a.id_anggota, "pokok", saldo["pokok"], 0, "setoran", urut))
            urut += 1

        # Simpanan wajib: kebanyakan tertib tiap bulan; sebagian menunggak lalu membayar rapel.
        tertib = rng.random() < 0.85
        hari_biasa = int(rng.integers(0, 12))
        tunggakan = 0
        for m in range(12):
            awal_bulan = AWAL_BULAN[m]
            if AKHIR_BULAN[m] < masuk or awal_bulan >= batas:
                continue
            tunggakan += 1
            if not tertib and rng.random() < 0.4 and m < 11:
                continue
            tgl = max(masuk, awal_bulan + np.timedelta64(min(27, hari_biasa + int(rng.integers(0, 4))), "D"))
            if tgl >= batas:
                continue
            setor = tunggakan * SIMPANAN_WAJIB
            saldo["wajib"] += setor
            tunggakan = 0
            baris.append((tgl, a.id_anggota, "wajib", setor, 0, "setoran", urut))
            urut += 1

        # Simpanan sukarela: setoran dan penarikan acak, jasa dihitung dari saldo akhir bulan.
        aktif_mulai = max(masuk, AWAL)
        lama_aktif = int((batas - aktif_mulai).astype(int))
        giat = rng.gamma(1.5, 1.0)
        n_setor = rng.poisson(5.0 * giat * lama_aktif / 365)
        n_tarik = rng.poisson(3.0 * giat * lama_aktif / 365)
        kejadian = [(aktif_mulai + int(h), 0) for h in rng.integers(0, max(lama_aktif, 1), n_setor)]
        kejadian += [(aktif_mulai + int(h), 1) for h in rng.integers(0, max(lama_aktif, 1), n_tarik)]
        kejadian.sort(key=lambda x: (x[0], x[1]))
        k = 0
        for m in range(12):
            akhir = AKHIR_BULAN[m]
            while k < len(kejadian) and kejadian[k][0] <= akhir:
                tgl, tarik = kejadian[k]
                k += 1
                if tgl >= batas:
                    continue
                if not tarik:
                    jml = int(_bulat(rng.lognormal(np.log(300_000), 0.9), 5_000))
                    jml = max(jml, 20_000)
                    saldo["sukarela"] += jml
                    baris.append((tgl, a.id_anggota, "sukarela", jml, 0, "setoran", urut))
                else:
                    jml = int(_bulat(saldo["sukarela"] * rng.uniform(0.1, 0.6), 5_000))
                    if jml < 50_000 or jml > saldo["sukarela"]:
                        continue
                    saldo["sukarela"] -= jml
                    baris.append((tgl, a.id_anggota, "sukarela", 0, jml, "penarikan", urut))
                urut += 1
            if akhir >= batas or akhir < masuk:
                continue
            if saldo["sukarela"] >= SALDO_MIN_JASA:
                jasa = saldo["sukarela"] * JASA_SUKARELA_PER_10000 // 10_000
                saldo["sukarela"] += jasa
                baris.append((akhir, a.id_anggota, "sukarela", jasa, 0, "jasa_simpanan", urut))
                urut += 1
        if ada_keluar:
            for jenis in ("pokok", "wajib", "sukarela"):
                if saldo[jenis] > 0:
                    baris.append((keluar, a.id_anggota, jenis, 0, saldo[jenis], "tutup_keanggotaan", urut))
                    urut += 1
    s = pd.DataFrame(baris, columns=["tanggal", "id_anggota", "jenis", "setor", "tarik", "keterangan", "urut"])
    s["tanggal"] = s["tanggal"].astype("datetime64[s]")
    s = s.sort_values(["tanggal", "id_anggota", "urut"], kind="stable").reset_index(drop=True)
    s["setor"] = s["setor"].astype(np.int64)
    s["tarik"] = s["tarik"].astype(np.int64)
    return s.drop(columns="urut")


def _jadwal(pokok: int, n: int, r10000: int, metode: str) -> list[tuple[int, int]]:
    """Jadwal angsuran [(pokok_ke_k, jasa_ke_k)], bilangan bulat rupiah.

    flat: jasa tetap = pokok x bunga; efektif: jasa dari sisa pokok, pokok angsuran tetap;
    anuitas: angsuran total tetap (dibulatkan ke atas ke Rp100). Pokok angsuran dibulatkan ke
    Rp100; angsuran terakhir menampung selisih pembulatan sehingga jumlah pokok = pinjaman."""
    jadwal, sisa = [], pokok
    pokok_tetap = -(-pokok // n // 100) * 100 if metode != "anuitas" else 0
    if metode == "anuitas":
        r = r10000 / 10_000
        total = int(np.ceil(pokok * r / (1 - (1 + r) ** -n) / 100) * 100)
    for k in range(1, n + 1):
        if metode == "flat":
            jasa = (pokok * r10000 + 5_000) // 10_000
        else:
            jasa = (sisa * r10000 + 5_000) // 10_000
        if k == n:
            bagian = sisa
        elif metode == "anuitas":
            bagian = min(total - jasa, sisa)
        else:
            bagian = min(pokok_tetap, sisa)
        sisa -= bagian
        jadwal.append((bagian, jasa))
    return jadwal


def buat_pinjaman(rng: np.random.Generator, anggota: pd.DataFrame, lebar: int = 4):
    """Pinjaman anggota (sebagian cair 2022-2024 dan masih berjalan, sebagian cair 2025) dan riwayat
    angsurannya selama 2025: kebanyakan lancar, sebagian terlambat (kena denda), beberapa macet."""
    n = len(anggota)
    masuk = anggota["tanggal_masuk"].to_numpy("datetime64[D]")
    tetap = anggota["tanggal_keluar"].isna().to_numpy()
    # Syarat AD: sudah 6 bulan menjadi anggota; anggota yang keluar tahun ini tidak meminjam.
    calon = np.flatnonzero(tetap & (masuk <= np.datetime64("2025-06-01")))
    n_lama, n_baru = round(n * 0.36), round(n * 0.26)
    peminjam = rng.choice(calon, min(len(calon), n_lama + n_baru), replace=False)
    pekerjaan = anggota["pekerjaan"].to_numpy()
    pinjaman, angsuran = [], []
    for urutan, i in enumerate(peminjam):
        lama = urutan < n_lama
        peternak = pekerjaan[i] == "peternak sapi perah"
        jumlah = int(_bulat(np.clip(rng.lognormal(np.log(13_000_000 if peternak else 8_500_000), 0.7),
                                    1_000_000, 50_000_000), 500_000))
        if jumlah < 3_000_000:
            tenor = int(rng.choice([6, 10, 12]))
        elif jumlah < 10_000_000:
            tenor = int(rng.choice([12, 18, 24]))
        elif jumlah < 25_000_000:
            tenor = int(rng.choice([24, 36]))
        else:
            tenor = int(rng.choice([36, 48, 60]))
        u = rng.random()
        if u < 0.60:
            metode, r = "flat", int(rng.choice([100, 120, 125, 150]))
        elif u < 0.92:
            metode, r = "efektif", int(rng.choice([150, 175, 180, 200]))
        else:
            metode, r = "anuitas", int(rng.choice([125, 150]))
        syarat = masuk[i] + np.timedelta64(183, "D")
        if lama:
            awal_rentang = max(syarat, (np.datetime64("2025-01") - np.timedelta64(tenor - 1, "M")).astype("datetime64[D]"))
            akhir_rentang = np.datetime64("2024-12-20")
        else:
            awal_rentang, akhir_rentang = max(syarat, np.datetime64("2025-01-03")), np.datetime64("2025-12-15")
        if awal_rentang > akhir_rentang:
            continue
        cair = awal_rentang + int(rng.integers(0, int((akhir_rentang - awal_rentang).astype(int)) + 1))
        if peternak and rng.random() < 0.6:
            tujuan = TUJUAN[int(rng.integers(0, 2))]
        else:
            tujuan = TUJUAN[int(rng.integers(2, len(TUJUAN)))]
        perilaku = rng.choice(["lancar", "telat", "macet"], p=[0.73, 0.19, 0.08])
        # Pinjaman macet berhenti dibayar pada tanggal acak sepanjang tahun, sehingga per 31 Desember
        # umur tunggakannya menyebar ke semua kelas kolektibilitas.
        tgl_berhenti = AWAL + np.timedelta64(int(rng.integers(0, 330)), "D")
        jadwal = _jadwal(jumlah, tenor, r, metode)
        saldo_awal = jumlah
        catatan = []
        tgl_bayar_lalu = cair
        for k, (bp, bj) in enumerate(jadwal, start=1):
            jt = _tambah_bulan(cair, k)
            if jt < AWAL:  # angsuran sebelum 2025 dianggap lunas tepat waktu
                saldo_awal -= bp
                continue
            if perilaku == "macet" and jt > tgl_berhenti:
                break
            if perilaku == "telat" and rng.random() < 0.5:
                telat = int(rng.integers(8, 50))
            else:
                telat = int(rng.integers(-3, 4))
            tgl = max(jt + np.timedelta64(telat, "D"), tgl_bayar_lalu, cair + np.timedelta64(1, "D"), AWAL)
            if tgl > AKHIR:
                break
            hari_telat = int((tgl - jt).astype(int))
            denda = ((bp + bj) * hari_telat // 1000) // 100 * 100 if hari_telat > 7 else 0
            catatan.append((tgl, k, jt, bp, bj, denda))
            tgl_bayar_lalu = tgl
        pinjaman.append({"tanggal_cair": cair, "id_anggota": anggota["id_anggota"].iat[i], "pokok": jumlah,
                         "tenor_bulan": tenor, "r": r, "metode": metode, "tujuan": tujuan,
                         "saldo_awal": saldo_awal if lama else 0,
                         "provisi": jumlah * PROVISI_PERSEN // 100, "angsuran": catatan})
    pinjaman.sort(key=lambda p: (p["tanggal_cair"], p["id_anggota"]))
    for nomor, p in enumerate(pinjaman, start=1):
        p["id_pinjaman"] = f"PJ{nomor:0{lebar}d}"
        for (tgl, k, jt, bp, bj, denda) in p.pop("angsuran"):
            angsuran.append((p["id_pinjaman"], tgl, k, jt, bp, bj, denda))
    pj = pd.DataFrame(pinjaman)
    pj = pd.DataFrame({
        "id_pinjaman": pj["id_pinjaman"], "id_anggota": pj["id_anggota"],
        "tanggal_cair": pj["tanggal_cair"].astype("datetime64[s]"), "pokok": pj["pokok"].astype(np.int64),
        "tenor_bulan": pj["tenor_bulan"].astype(np.int64), "bunga_per_bulan": pj["r"] / 10_000,
        "metode": pj["metode"], "tujuan": pj["tujuan"], "provisi": pj["provisi"].astype(np.int64),
        "saldo_awal": pj["saldo_awal"].astype(np.int64),
    })
    an = pd.DataFrame(angsuran, columns=["id_pinjaman", "tanggal", "angsuran_ke", "jatuh_tempo", "pokok",
                                         "jasa", "denda"])
    an["tanggal"] = an["tanggal"].astype("datetime64[s]")
    an["jatuh_tempo"] = an["jatuh_tempo"].astype("datetime64[s]")
    an = an.sort_values(["tanggal", "id_pinjaman", "angsuran_ke"], kind="stable").reset_index(drop=True)
    return pj, an


def buat_penjualan_toko(rng: np.random.Generator, anggota: pd.DataFrame) -> pd.DataFrame:
    """Nota penjualan toko harian: anggota (sesuai kebiasaan belanja masing-masing) dan bukan anggota."""
    buka = ~np.isin(HARI, np.array(LIBUR_TOKO))
    akhir_pekan = ((HARI.astype(np.int64) + 3) % 7) >= 5  # 1970-01-01 hari Kamis
    faktor = np.where(akhir_pekan, 1.2, 1.0) * buka
    aktif = _aktif(anggota, HARI)
    laju = rng.lognormal(np.log(1.0), 0.6, len(anggota)) / 7  # nota per hari
    n_anggota = rng.poisson(aktif * laju[None, :] * faktor[:, None])
    hari_a, idx_a = np.nonzero(n_anggota)
    ulang = n_anggota[hari_a, idx_a]
    hari_a, idx_a = np.repeat(hari_a, ulang), np.repeat(idx_a, ulang)
    total_a = np.maximum(_bulat(rng.lognormal(np.log(55_000), 0.7, len(hari_a)), 500), 2_000)
    n_umum = rng.poisson(0.1 * len(anggota) * faktor)
    hari_u = np.repeat(np.arange(len(HARI)), n_umum)
    total_u = np.maximum(_bulat(rng.lognormal(np.log(30_000), 0.6, len(hari_u)), 500), 2_000)
    ids = anggota["id_anggota"].to_numpy(dtype=object)
    t = pd.DataFrame({
        "hari": np.concatenate([hari_a, hari_u]),
        "acak": rng.random(len(hari_a) + len(hari_u)),  # urutan nota dalam sehari
        "id_anggota": np.concatenate([ids[idx_a], np.full(len(hari_u), None, dtype=object)]),
        "total": np.concatenate([total_a, total_u]).astype(np.int64),
    }).sort_values(["hari", "acak"], kind="stable")
    t["ke"] = t.groupby("hari").cumcount() + 1
    tgl = HARI[t["hari"].to_numpy()]
    t["tanggal"] = tgl.astype("datetime64[s]")
    t["no_nota"] = ["TK-" + s.replace("-", "") + f"-{k:04d}" for s, k in zip(_teks_tanggal(tgl), t["ke"])]
    return t[["tanggal", "no_nota", "id_anggota", "total"]].reset_index(drop=True)


def buat_setoran_susu(rng: np.random.Generator, anggota: pd.DataFrame) -> pd.DataFrame:
    """Setoran susu peternak anggota dua kali sehari (pagi dan sore) di pos penampungan koperasi.

    Harga per liter ditetapkan per peternak per periode 10 harian (kualitas: kadar lemak/TS),
    Rp6.500-7.500; nilai = liter x harga dibulatkan ke rupiah terdekat."""
    peternak = np.flatnonzero(anggota["pekerjaan"].to_numpy() == "peternak sapi perah")
    sub = anggota.iloc[peternak]
    aktif = _aktif(sub, HARI)  # hari x peternak
    sapi = np.clip(np.round(rng.lognormal(np.log(3.0), 0.5, len(peternak))), 1, 15)
    liter_per_sapi = rng.normal(11.0, 1.5, len(peternak)).clip(7, 15)
    bulan = _bulan_ke(HARI)
    musim = np.where(np.isin(bulan, [0, 1, 2, 3, 11]), 1.06, 0.96)  # hujan: pakan hijauan melimpah
    dasar = (sapi * liter_per_sapi)[None, :] * musim[:, None]
    porsi = np.array([0.55, 0.45])  # pagi, sore
    acak = rng.normal(1.0, 0.07, (len(HARI), len(peternak), 2)).clip(0.6, 1.4)
    libur = rng.random((len(HARI), len(peternak), 2)) < 0.015  # sapi sakit, susu ditolak, dsb.
    desiliter = np.round(dasar[:, :, None] * porsi[None, None, :] * acak * 10).astype(np.int64)
    desiliter[libur | ~aktif[:, :, None]] = 0
    periode = _periode_susu(HARI)
    dasar_harga = 6_850 + 300 * (np.arange(36) / 35)  # harga pabrik naik pelan sepanjang tahun
    mutu = rng.normal(0, 140, len(peternak))
    harga = _bulat(dasar_harga[:, None] + mutu[None, :] + rng.normal(0, 60, (36, len(peternak))), 10)
    harga = np.clip(harga, 6_500, 7_500)
    h, p, s = np.nonzero(desiliter)
    dl = desiliter[h, p, s]
    hpl = harga[periode[h], p]
    t = pd.DataFrame({
        "tanggal": HARI[h].astype("datetime64[s]"),
        "id_anggota": sub["id_anggota"].to_numpy()[p],
        "sesi": np.where(s == 0, "pagi", "sore"),
        "liter": dl / 10,
        "harga_per_liter": hpl.astype(np.int64),
        "nilai": ((dl * hpl + 5) // 10).astype(np.int64),
    })
    return t.sort_values(["tanggal", "id_anggota", "sesi"], kind="stable").reset_index(drop=True)


def buat_produk() -> pd.DataFrame:
    """Daftar produk olahan yang dijual luring dan daring."""
    return pd.DataFrame(PRODUK, columns=["id_produk", "nama", "kategori", "satuan", "harga_pokok",
                                         "harga_jual", "perlu_pendingin"])


def buat_penjualan_daring(rng: np.random.Generator, produk: pd.DataFrame, skala: float,
                          lebar: int = 5) -> pd.DataFrame:
    """Pesanan produk olahan per baris: toko (luring), WhatsApp, Shopee, TikTok/Tokopedia.

    Produk berpendingin hanya dijual di toko dan lewat WhatsApp untuk pembeli sekitar Malang;
    kopi dan camilan dikirim ke seluruh Indonesia lewat lokapasar."""
    t = np.arange(len(HARI)) / 364
    laju = np.array([5.0 * np.ones_like(t), 3.0 + 1.0 * t, 3.0 + 2.0 * t, 1.0 + 3.0 * t]) * skala
    jumlah_pesanan = rng.poisson(laju)  # kanal x hari
    kanal_idx, hari_idx = [], []
    for k in range(4):
        hari_k = np.repeat(np.arange(len(HARI)), jumlah_pesanan[k])
        kanal_idx.append(np.full(len(hari_k), k))
        hari_idx.append(hari_k)
    kanal_idx, hari_idx = np.concatenate(kanal_idx), np.concatenate(hari_idx)
    urut = np.lexsort((kanal_idx, hari_idx))
    kanal_idx, hari_idx = kanal_idx[urut], hari_idx[urut]
    n = len(kanal_idx)
    dingin = produk["perlu_pendingin"].to_numpy()
    id_produk = produk["id_produk"].to_numpy()
    harga_jual = produk["harga_jual"].to_numpy()
    kota_nama = np.array([k[0] for k in KOTA], dtype=object)
    kota_prov = np.array([k[1] for k in KOTA], dtype=object)
    kota_bobot = np.array([k[2] for k in KOTA], dtype=float)
    kota_zona = np.array([k[3] for k in KOTA])
    lokal = np.array([KOTA_LOKAL.index(k) if k in KOTA_LOKAL else -1 for k in kota_nama])
    # Pembeli tetap per kanal (pembeli berulang), kotanya tetap.
    n_pembeli = max(20, int(n / 2.5))
    kota_pembeli = rng.choice(len(KOTA), n_pembeli, p=kota_bobot / kota_bobot.sum())
    kota_pembeli_lokal = rng.choice(np.flatnonzero(lokal >= 0), n_pembeli)
    baris = []
    for o in range(n):
        kanal = KANAL[kanal_idx[o]]
        if kanal == "toko_offline":
            pembeli, kota = None, int(np.flatnonzero(kota_nama == "Kabupaten Malang")[0])
            pilihan = np.arange(len(id_produk))
        elif kanal == "whatsapp":
            b = int(rng.integers(0, n_pembeli // 3))
            pembeli, kota = b, int(kota_pembeli_lokal[b])
            pilihan = np.arange(len(id_produk))
        else:
            b = int(rng.integers(n_pembeli // 3, n_pembeli))
            pembeli, kota = b, int(kota_pembeli[b])
            pilihan = np.flatnonzero(~dingin)
        n_baris = int(min(len(pilihan), 1 + rng.poisson(0.6)))
        barang = rng.choice(pilihan, n_baris, replace=False)
        u = rng.random()
        if kanal == "toko_offline":
            status, ongkir = "selesai", 0
        elif kanal == "whatsapp":
            status = "selesai" if u < 0.97 else "batal"
            ongkir = 0 if rng.random() < 0.5 else int(rng.choice([5_000, 8_000, 10_000]))
        else:
            status = "selesai" if u < 0.91 else ("batal" if u < 0.97 else "retur")
            zona = kota_zona[kota]
            lo, hi = {1: (8_000, 14_000), 2: (12_000, 25_000), 3: (30_000, 55_000)}[int(zona)]
            ongkir = int(_bulat(rng.uniform(lo, hi), 500))
        for j, b in enumerate(barang):
            harga = int(harga_jual[b])
            if kanal in KANAL_LOKAPASAR:
                harga = int(_bulat(harga * 1.08, 500))  # harga lokapasar dinaikkan menutup biaya layanan
            jumlah = int(1 + rng.poisson(0.8 if not dingin[b] else 2.0))
            diskon = 0
            if (kanal in KANAL_LOKAPASAR and rng.random() < 0.25) or (kanal == "whatsapp" and rng.random() < 0.05):
                diskon = int(_bulat(harga * jumlah * rng.uniform(0.05, 0.15), 100))
            baris.append((o, HARI[hari_idx[o]], kanal, id_produk[b], jumlah, harga, diskon,
                          ongkir if j == 0 else 0, pembeli, kota_nama[kota], kota_prov[kota], status))
    d = pd.DataFrame(baris, columns=["o", "tanggal", "kanal", "id_produk", "jumlah", "harga_satuan",
                                     "diskon_penjual", "ongkos_kirim", "b", "kota", "provinsi", "status"])
    d["id_pesanan"] = [f"PSN{o + 1:0{lebar}d}" for o in d["o"]]
    d["id_pembeli"] = [None if pd.isna(b) else f"PB{int(b) + 1:0{lebar}d}" for b in d["b"]]
    d["tanggal"] = d["tanggal"].astype("datetime64[s]")
    kolom = ["id_pesanan", "tanggal", "kanal", "id_produk", "jumlah", "harga_satuan", "diskon_penjual",
             "ongkos_kirim", "id_pembeli", "kota", "provinsi", "status"]
    for k in ("jumlah", "harga_satuan", "diskon_penjual", "ongkos_kirim"):
        d[k] = d[k].astype(np.int64)
    return d[kolom]


# --------------------------------------------------------------------------------------------
# Jurnal dari buku pembantu
# --------------------------------------------------------------------------------------------
AKUN_SIMPANAN = {"pokok": "301", "wajib": "302", "sukarela": "201"}
UNIT_SIMPANAN = {"pokok": "umum", "wajib": "umum", "sukarela": "usp"}
NAMA_SIMPANAN = {"pokok": "Simpanan pokok", "wajib": "Simpanan wajib", "sukarela": "Simpanan sukarela"}


def jurnal_simpanan(jr: _Jurnal, simpanan: pd.DataFrame) -> np.ndarray:
    """Setoran (BKM), penarikan (BKK), jasa sukarela bulanan (BM) dan penutupan simpanan anggota
    keluar (BKK). Saldo awal masuk jurnal saldo awal. Kembalikan kunci voucher tiap baris."""
    kunci = np.full(len(simpanan), "SA", dtype=object)
    tgl = simpanan["tanggal"].to_numpy("datetime64[D]")
    ket = simpanan["keterangan"].to_numpy()
    jenis = simpanan["jenis"].to_numpy()
    ida = simpanan["id_anggota"].to_numpy(dtype=object)
    for j in ("pokok", "wajib", "sukarela"):
        pilih = np.flatnonzero((ket == "setoran") & (jenis == j))
        kunci[pilih] = [f"SS{i}" for i in pilih]
        jr.tambah(tgl[pilih], "BKM", kunci[pilih], UNIT_SIMPANAN[j], ida[pilih], f"Setoran {NAMA_SIMPANAN[j].lower()}",
                  [("101", simpanan["setor"].to_numpy()[pilih], 0), (AKUN_SIMPANAN[j], 0, simpanan["setor"].to_numpy()[pilih])])
    pilih = np.flatnonzero(ket == "penarikan")
    kunci[pilih] = [f"ST{i}" for i in pilih]
    jr.tambah(tgl[pilih], "BKK", kunci[pilih], "usp", ida[pilih], "Penarikan simpanan sukarela",
              [("201", simpanan["tarik"].to_numpy()[pilih], 0), ("101", 0, simpanan["tarik"].to_numpy()[pilih])])
    # Jasa simpanan: satu bukti memorial per bulan, debit beban sekali, kredit per anggota.
    pilih = np.flatnonzero(ket == "jasa_simpanan")
    bulan = _bulan_ke(tgl[pilih])
    kunci[pilih] = [f"JS{m:02d}" for m in bulan]
    setor = simpanan["setor"].to_numpy()[pilih]
    for m in np.unique(bulan):
        ini = bulan == m
        jr.tambah([_akhir_bulan(int(m))], "BM", [f"JS{m:02d}"], "usp", [None],
                  f"Jasa simpanan sukarela bulan {int(m) + 1:02d}/2025 (0,25 %)", [("501", int(setor[ini].sum()), 0)])
        jr.tambah(tgl[pilih][ini], "BM", kunci[pilih][ini], "usp", ida[pilih][ini],
                  f"Jasa simpanan sukarela bulan {int(m) + 1:02d}/2025 (0,25 %)", [("201", 0, setor[ini])])
    # Penutupan: satu BKK per anggota keluar berisi semua jenis simpanannya.
    pilih = np.flatnonzero(ket == "tutup_keanggotaan")
    kunci[pilih] = [f"SK{a}" for a in ida[pilih]]
    tutup = simpanan.iloc[pilih].pivot_table(index=["id_anggota", "tanggal"], columns="jenis", values="tarik",
                                             aggfunc="sum", fill_value=0)
    for j in ("pokok", "wajib", "sukarela"):
        if j not in tutup.columns:
            tutup[j] = 0
    tutup = tutup.reset_index().sort_values("id_anggota", kind="stable")
    total = (tutup["pokok"] + tutup["wajib"] + tutup["sukarela"]).to_numpy(np.int64)
    jr.tambah(tutup["tanggal"].to_numpy("datetime64[D]"), "BKK", [f"SK{a}" for a in tutup["id_anggota"]], "umum",
              tutup["id_anggota"].to_numpy(dtype=object), "Pengembalian simpanan anggota keluar",
              [("301", tutup["pokok"].to_numpy(np.int64), 0), ("302", tutup["wajib"].to_numpy(np.int64), 0),
               ("201", tutup["sukarela"].to_numpy(np.int64), 0), ("101", 0, total)])
    return kunci


def jurnal_pinjaman(jr: _Jurnal, pinjaman: pd.DataFrame, angsuran: pd.DataFrame) -> np.ndarray:
    """Pencairan pinjaman 2025 (BKK, provisi dipotong) dan angsuran (BKM: pokok, jasa, denda)."""
    baru = pinjaman[pinjaman["tanggal_cair"] >= pd.Timestamp(AWAL)]
    pokok = baru["pokok"].to_numpy(np.int64)
    provisi = baru["provisi"].to_numpy(np.int64)
    jr.tambah(baru["tanggal_cair"].to_numpy("datetime64[D]"), "BKK", [f"PC{p}" for p in baru["id_pinjaman"]], "usp",
              baru["id_anggota"].to_numpy(dtype=object),
              [f"Pencairan pinjaman {p}" for p in baru["id_pinjaman"]],
              [("111", pokok, 0), ("403", 0, provisi), ("101", 0, pokok - provisi)])
    peminjam = angsuran["id_pinjaman"].map(pinjaman.set_index("id_pinjaman")["id_anggota"]).to_numpy(dtype=object)
    kunci = np.array([f"PA{p}-{k}" for p, k in zip(angsuran["id_pinjaman"], angsuran["angsuran_ke"])], dtype=object)
    p, j, d = (angsuran[k].to_numpy(np.int64) for k in ("pokok", "jasa", "denda"))
    jr.tambah(angsuran["tanggal"].to_numpy("datetime64[D]"), "BKM", kunci, "usp", peminjam,
              [f"Angsuran ke-{k} pinjaman {i}" for i, k in zip(angsuran["id_pinjaman"], angsuran["angsuran_ke"])],
              [("101", p + j + d, 0), ("111", 0, p), ("401", 0, j), ("404", 0, d)])
    return kunci


def jurnal_toko(jr: _Jurnal, rng: np.random.Generator, toko: pd.DataFrame, s: float) -> int:
    """Penjualan toko dijurnal per hari (anggota dan bukan anggota dipisah), HPP 86 % per hari,
    dan belanja stok mingguan lewat bank. Kembalikan saldo awal persediaan toko."""
    harian = toko.assign(anggota=toko["id_anggota"].notna()).pivot_table(
        index="tanggal", columns="anggota", values="total", aggfunc="sum", fill_value=0)
    for k in (True, False):
        if k not in harian.columns:
            harian[k] = 0
    tgl = harian.index.to_numpy("datetime64[D]")
    ang, umum = harian[True].to_numpy(np.int64), harian[False].to_numpy(np.int64)
    kunci = [f"TJ{t}" for t in _teks_tanggal(tgl)]
    jr.tambah(tgl, "BKM", kunci, "toko", None, "Penjualan tunai toko",
              [("101", ang + umum, 0), ("405", 0, ang, "Penjualan toko kepada anggota"),
               ("405", 0, umum, "Penjualan toko kepada bukan anggota")])
    hpp = (ang + umum) * HPP_TOKO_PERSEN // 100
    jr.tambah(tgl, "BM", [f"TH{t}" for t in _teks_tanggal(tgl)], "toko", None,
              "Harga pokok penjualan toko (85 % dari harga jual)", [("511", hpp, 0), ("131", 0, hpp)])
    # Belanja stok tiap Senin ke distributor: ganti yang terjual + tarik persediaan ke sasaran.
    hpp_hari = pd.Series(hpp, index=tgl).reindex(HARI, fill_value=0).to_numpy()
    sasaran = int(hpp_hari.sum() * 21 // 365)  # persediaan kira-kira 3 minggu
    saldo = saldo_awal = int(_bulat(sasaran * 1.05, 1_000))
    beli_tgl, beli = [], []
    for h, t in enumerate(HARI):
        if (int(t.astype(np.int64)) + 3) % 7 == 0 and h > 0:  # Senin
            jml = int(_bulat(hpp_hari[max(0, h - 7):h].sum() * rng.uniform(0.95, 1.05) + 0.3 * (sasaran - saldo), 1_000))
            if jml > 0:
                beli_tgl.append(t)
                beli.append(jml)
                saldo += jml
        saldo -= int(hpp_hari[h])
        if saldo < 0:
            raise RuntimeError("persediaan toko negatif; periksa parameter")
    jr.tambah(np.array(beli_tgl), "BBK", [f"TB{t}" for t in _teks_tanggal(np.array(beli_tgl))], "toko", None,
              "Pembelian barang dagangan toko", [("131", np.array(beli, dtype=np.int64), 0),
                                                 ("102", 0, np.array(beli, dtype=np.int64))])
    return saldo_awal


def jurnal_susu(jr: _Jurnal, rng: np.random.Generator, setoran: pd.DataFrame, anggota: pd.DataFrame) -> dict:
    """Pembelian susu dari peternak per periode 10 harian (BM: persediaan / utang setoran), pembayaran
    ke peternak 5 hari setelah periode (BKK), penjualan ke pabrik (IPS) dan pelunasannya, angkutan.
    Kembalikan saldo awal akun 122 dan 212 (per peternak)."""
    tgl = setoran["tanggal"].to_numpy("datetime64[D]")
    per = _periode_susu(tgl)
    df = pd.DataFrame({"p": per, "id": setoran["id_anggota"].to_numpy(dtype=object),
                       "nilai": setoran["nilai"].to_numpy(np.int64),
                       "dl": np.round(setoran["liter"].to_numpy() * 10).astype(np.int64)})
    per_peternak = df.groupby(["p", "id"], sort=True)[["nilai", "dl"]].sum().reset_index()
    akhir = np.array([_akhir_periode_susu(p) for p in per_peternak["p"]], dtype="datetime64[D]")
    nilai = per_peternak["nilai"].to_numpy(np.int64)
    ids = per_peternak["id"].to_numpy(dtype=object)
    # Peternak yang keluar diselesaikan pada hari keluarnya: tidak ada transaksi sesudah keluar.
    keluar = per_peternak["id"].map(anggota.set_index("id_anggota")["tanggal_keluar"]).to_numpy("datetime64[D]")
    ada = ~np.isnat(keluar)
    akhir = np.where(ada & (keluar < akhir), keluar, akhir)
    kunci_beli = [f"SB{p:02d}-{i}" for p, i in zip(per_peternak["p"], ids)]
    jr.tambah(akhir, "BM", kunci_beli, "produsen", ids,
              [f"Setoran susu periode {_teks_tanggal(a)} (10 harian)" for a in akhir],
              [("132", nilai, 0), ("212", 0, nilai)])
    bayar = akhir + np.timedelta64(5, "D")
    bayar = np.where(ada & (keluar < bayar), keluar, bayar)
    lunas = bayar <= AKHIR
    jr.tambah(bayar[lunas], "BKK", [f"SP{k}" for k, l in zip(kunci_beli, lunas) if l], "produsen", ids[lunas],
              "Pembayaran setoran susu kepada peternak", [("212", nilai[lunas], 0), ("101", 0, nilai[lunas])])
    # Saldo awal utang setoran: setoran 21-31 Desember 2024, dibayar 5 Januari 2025.
    p0 = per_peternak[per_peternak["p"] == 0]
    awal_212 = pd.Series((p0["nilai"].to_numpy(np.int64) * 11 // 10), index=p0["id"].to_numpy(dtype=object))
    jr.tambah(np.datetime64("2025-01-05"), "BKK", [f"SP-awal-{i}" for i in awal_212.index], "produsen",
              awal_212.index.to_numpy(dtype=object), "Pembayaran setoran susu periode 21-31 Desember 2024",
              [("212", awal_212.to_numpy(np.int64), 0), ("101", 0, awal_212.to_numpy(np.int64))])

    total = df.groupby("p")[["nilai", "dl"]].sum()
    p_arr = total.index.to_numpy()
    t_akhir = np.array([_akhir_periode_susu(p) for p in p_arr], dtype="datetime64[D]")
    nil, dl = total["nilai"].to_numpy(np.int64), total["dl"].to_numpy(np.int64)
    olah = nil * SUSU_OLAHAN_PERSEN // 100
    harga_ips = _bulat(nil * 10 / dl + 780 + rng.normal(0, 25, len(p_arr)), 10)
    jual = dl * (100 - SUSU_OLAHAN_PERSEN) * harga_ips // 1000
    angkut = dl * ONGKOS_ANGKUT_SUSU // 10
    ks = [f"{p:02d}" for p in p_arr]
    jr.tambah(t_akhir, "BM", [f"SO{k}" for k in ks], "produsen", None, "Susu segar dipakai untuk produk olahan",
              [("133", olah, 0), ("132", 0, olah)])
    jr.tambah(t_akhir, "BM", [f"SH{k}" for k in ks], "produsen", None, "Harga pokok susu segar terjual ke pabrik",
              [("512", nil - olah, 0), ("132", 0, nil - olah)])
    jr.tambah(t_akhir, "BM", [f"SJ{k}" for k in ks], "produsen", None,
              [f"Penjualan susu segar ke pabrik (IPS) Rp{h}/liter" for h in harga_ips],
              [("122", jual, 0), ("406", 0, jual)])
    jr.tambah(t_akhir, "BBK", [f"SA{k}" for k in ks], "produsen", None, "Ongkos angkut susu ke pabrik Rp150/liter",
              [("526", angkut, 0), ("102", 0, angkut)])
    terima = t_akhir + np.timedelta64(10, "D")
    ok = terima <= AKHIR
    jr.tambah(terima[ok], "BBM", [f"SL{k}" for k, o in zip(ks, ok) if o], "produsen", None,
              "Pelunasan piutang susu dari pabrik (IPS)", [("102", jual[ok], 0), ("122", 0, jual[ok])])
    awal_122 = int(jual[0] * 11 // 10)
    jr.tambah(np.datetime64("2025-01-10"), "BBM", ["SL-awal"], "produsen", None,
              "Pelunasan piutang susu dari pabrik periode 21-31 Desember 2024", [("102", awal_122, 0), ("122", 0, awal_122)])
    return {"122": awal_122, "212": awal_212}


def jurnal_daring(jr: _Jurnal, rng: np.random.Generator, daring: pd.DataFrame, produk: pd.DataFrame,
                  s: float) -> int:
    """Penjualan produk olahan yang selesai, dijurnal per hari per kanal; HPP harian; biaya platform
    bulanan; pencairan saldo lokapasar bulanan; belanja bahan/kemasan bulanan.
    Pesanan batal/retur tidak menjadi pendapatan. Ongkos kirim dibayar pembeli ke kurir (titipan),
    tidak dijurnal. Kembalikan saldo awal persediaan produk olahan.

    Biaya platform (komisi, biaya proses pesanan, MDR QRIS) dihitung oleh
    :func:`kopkit.pasar.hitung_biaya` dengan kelas merchant QRIS yang terdaftar (usaha mikro), sama seperti
    ``kopkit.pasar.siapkan_penjualan(penjualan, produk, kelas_merchant="usaha_mikro")`` di modul 05, lalu dibebankan ke akun 514
    pada akhir bulan pesanan (akrual: piutang lokapasar 123 berkurang; MDR QRIS mengurangi bank 102).
    Jadi akun 514 per bulan = jumlah ``biaya_platform`` pesanan bulan itu, termasuk biaya pesanan
    yang tetap dipotong untuk pesanan retur."""
    from kopkit.pasar.biaya import hitung_biaya

    d = daring[daring["status"] == "selesai"].copy()
    d["bersih"] = d["jumlah"] * d["harga_satuan"] - d["diskon_penjual"]
    d["hpp"] = d["jumlah"] * d["id_produk"].map(produk.set_index("id_produk")["harga_pokok"])
    akun_debit = {"toko_offline": ("101", "BKM"), "whatsapp": ("102", "BBM"), "shopee": ("123", "BM"),
                  "tiktok_tokopedia": ("123", "BM")}
    for kanal, (akun, jenis) in akun_debit.items():
        h = d[d["kanal"] == kanal].groupby("tanggal")["bersih"].sum()
        tgl = h.index.to_numpy("datetime64[D]")
        jr.tambah(tgl, jenis, [f"DJ{kanal}{t}" for t in _teks_tanggal(tgl)], "daring", None,
                  f"Penjualan produk olahan kanal {kanal}", [(akun, h.to_numpy(np.int64), 0), ("407", 0, h.to_numpy(np.int64))])
    hpp = d.groupby("tanggal")["hpp"].sum()
    tgl = hpp.index.to_numpy("datetime64[D]")
    jr.tambah(tgl, "BM", [f"DH{t}" for t in _teks_tanggal(tgl)], "daring", None, "Harga pokok produk olahan terjual",
              [("513", hpp.to_numpy(np.int64), 0), ("133", 0, hpp.to_numpy(np.int64))])
    # Biaya platform: satu jalur kode dengan modul 05. Toko luring tanpa biaya platform, jadi barisnya
    # tidak perlu ikut dihitung (hitungan per pesanan tidak bergantung pada pesanan lain).
    kena = daring[daring["kanal"] != "toko_offline"]
    # Kelas merchant QRIS yang TERDAFTAR di bank penyelenggara pada 2025: usaha mikro (didaftarkan saat
    # omzet koperasi masih kecil). Menurut omzet 2025 koperasi sudah usaha kecil (PP 7/2021); modul 05
    # menunjukkan selisihnya dan memakai kelas yang benar untuk rencana 2026.
    biaya = hitung_biaya(kena, produk, kelas_merchant="usaha_mikro")
    biaya = biaya[biaya["biaya_platform"] != 0]
    biaya_bulan = (biaya.assign(bulan=_bulan_ke(biaya["tanggal"].to_numpy("datetime64[D]")))
                   .groupby(["kanal", "bulan"])["biaya_platform"].sum())
    for kanal, (akun, _) in akun_debit.items():
        if kanal not in biaya_bulan.index.get_level_values("kanal"):
            continue
        per_bulan = biaya_bulan.loc[kanal]
        tgl = np.array([AKHIR_BULAN[int(m)] for m in per_bulan.index], dtype="datetime64[D]")
        nilai = per_bulan.to_numpy(np.int64)
        if akun == "123":
            jr.tambah(tgl, "BM", [f"DF{kanal}{m}" for m in per_bulan.index], "daring", None,
                      [f"Biaya layanan {kanal} pesanan bulan {int(m) + 1:02d}/2025 (komisi dan biaya proses pesanan)"
                       for m in per_bulan.index], [("514", nilai, 0), ("123", 0, nilai)])
        else:  # MDR QRIS dipotong dari uang yang masuk ke rekening bank
            jr.tambah(tgl, "BBK", [f"DF{kanal}{m}" for m in per_bulan.index], "daring", None,
                      [f"MDR QRIS kanal {kanal} bulan {int(m) + 1:02d}/2025" for m in per_bulan.index],
                      [("514", nilai, 0), (akun, 0, nilai)])
    # Pencairan saldo lokapasar tiap tanggal 10 bulan berikutnya (Desember belum cair di akhir tahun):
    # penjualan bulan itu dikurangi biaya platform bulan itu (biayanya sudah dibebankan di atas).
    for kanal, (akun, _) in akun_debit.items():
        if akun != "123":
            continue
        bersih = d[d["kanal"] == kanal]
        bersih = bersih.groupby(_bulan_ke(bersih["tanggal"].to_numpy("datetime64[D]")))["bersih"].sum()
        potong = biaya_bulan.loc[kanal] if kanal in biaya_bulan.index.get_level_values("kanal") else pd.Series(dtype=np.int64)
        bulanan = pd.DataFrame({"bersih": bersih, "biaya": potong}).fillna(0).astype(np.int64)
        bulanan = bulanan[bulanan.index < 11]
        tgl = np.array([(np.datetime64("2025-01") + np.timedelta64(int(m) + 1, "M")).astype("datetime64[D]")
                        + np.timedelta64(9, "D") for m in bulanan.index], dtype="datetime64[D]")
        cair = (bulanan["bersih"] - bulanan["biaya"]).to_numpy(np.int64)
        # Koperasi kecil (uji, cabang skala) bisa punya bulan tanpa pesanan selesai tetapi dengan biaya
        # pesanan retur: saldo penjual negatif, platform menagih dari rekening bank.
        masuk, keluar = np.maximum(cair, 0), np.maximum(-cair, 0)
        jr.tambah(tgl, "BBM", [f"DC{kanal}{m}" for m in bulanan.index], "daring", None,
                  f"Pencairan saldo penjual {kanal} (penjualan dikurangi biaya layanan)",
                  [("102", masuk, keluar), ("123", keluar, masuk)])
    # Belanja bahan baku (kopi, pisang, tempe) dan kemasan tiap tanggal 2; susu dari unit produsen.
    hpp_bulan = pd.Series(hpp.to_numpy(np.int64), index=_bulan_ke(hpp.index.to_numpy("datetime64[D]"))).groupby(level=0).sum().reindex(range(12), fill_value=0)
    beli = _bulat(hpp_bulan.to_numpy() * 0.8 * rng.uniform(0.95, 1.05, 12), 1_000)
    tgl_beli = np.array([(np.datetime64("2025-01") + np.timedelta64(m, "M")).astype("datetime64[D]") + np.timedelta64(1, "D")
                         for m in range(12)], dtype="datetime64[D]")
    jr.tambah(tgl_beli, "BKK", [f"DB{m:02d}" for m in range(12)], "daring", None,
              "Pembelian bahan baku dan kemasan produk olahan", [("133", beli, 0), ("101", 0, beli)])
    return int(_bulat(max(25_000_000 * s, hpp_bulan.max() * 0.6), 1_000))


def _pajak_31e(laba_kena_pajak: int, omzet: int) -> int:
    """PPh badan UU PPh Pasal 17 dan 31E (angka dari tabel aturan ``pajak_koperasi``). ``laba_kena_pajak``
    dan ``omzet`` (peredaran bruto) sudah tanpa pendapatan yang dikenai PPh final (jasa giro)."""
    from kopkit.buku.pajak import pph_badan

    return pph_badan(laba_kena_pajak, omzet, pada=str(AKHIR))["pajak"]


def kolektibilitas_akhir_tahun(pinjaman: pd.DataFrame, angsuran: pd.DataFrame) -> pd.DataFrame:
    """Sisa pokok dan umur tunggakan tiap pinjaman per 31 Desember 2025, dengan kelas
    kolektibilitas (lancar 0-90 hari, kurang_lancar 91-120, diragukan 121-180, macet >180)."""
    baris = []
    dibayar = angsuran.groupby("id_pinjaman")
    pokok_bayar = dibayar["pokok"].sum()
    ke_akhir = dibayar["angsuran_ke"].max()
    for p in pinjaman.itertuples(index=False):
        dasar = p.saldo_awal if p.tanggal_cair < pd.Timestamp(AWAL) else p.pokok
        sisa = int(dasar - pokok_bayar.get(p.id_pinjaman, 0))
        if sisa <= 0:
            continue
        cair = np.datetime64(p.tanggal_cair, "D")
        if p.id_pinjaman in ke_akhir.index:
            berikut = int(ke_akhir[p.id_pinjaman]) + 1
        else:  # belum pernah bayar di 2025: angsuran pertama yang jatuh tempo di 2025
            berikut = next(k for k in range(1, p.tenor_bulan + 1) if _tambah_bulan(cair, k) >= AWAL)
        umur = max(0, int((AKHIR - _tambah_bulan(cair, berikut)).astype(int)))
        kelas = ("lancar" if umur <= 90 else "kurang_lancar" if umur <= 120 else
                 "diragukan" if umur <= 180 else "macet")
        baris.append((p.id_pinjaman, sisa, umur, kelas))
    return pd.DataFrame(baris, columns=["id_pinjaman", "sisa_pokok", "umur_tunggakan", "kelas"])


PPAP_PER_SERIBU = {"lancar": 5, "kurang_lancar": 100, "diragukan": 500, "macet": 1000}


def _ppap(pinjaman: pd.DataFrame, angsuran: pd.DataFrame) -> int:
    """Penyisihan Penghapusan Aset Produktif (PPAP) wajib per 31 Desember: 0,5 % lancar, 10 % kurang lancar,
    50 % diragukan, 100 % macet (dihitung per pinjaman, dibulatkan ke bawah)."""
    k = kolektibilitas_akhir_tahun(pinjaman, angsuran)
    return int(sum(s * PPAP_PER_SERIBU[c] // 1000 for s, c in zip(k["sisa_pokok"], k["kelas"])))


def jurnal_umum_lain(jr: _Jurnal, rng: np.random.Generator, s: float, shu_2024: int) -> dict:
    """Transaksi umum: gaji dan THR, honor pengurus, listrik, sewa, administrasi, RAT, penyusutan,
    angsuran dan bunga bank, jasa giro, pajak tahun lalu, pembagian SHU 2024 menurut AD/ART."""
    bulan = np.arange(12)
    awal_bulan = np.array([(np.datetime64("2025-01") + np.timedelta64(int(m), "M")).astype("datetime64[D]")
                           for m in bulan])
    akhir_bulan = np.array([_akhir_bulan(int(m)) for m in bulan])
    hari = lambda d: awal_bulan + np.timedelta64(d - 1, "D")  # noqa: E731
    n_staf = max(3, round(5 * s))
    faktor = [1.6, 1.1, 1.05, 1.0, 1.0]  # manajer, kasir/administrasi, petugas pos susu, dst.
    gaji = int(sum(_bulat(UMK_2025 * faktor[i % len(faktor)], 1_000) for i in range(n_staf)))
    jr.tambah(hari(25), "BBK", [f"UG{m:02d}" for m in bulan], "umum", None,
              [f"Gaji karyawan bulan {m + 1:02d}/2025 ({n_staf} orang, sekitar UMK Kab. Malang)" for m in bulan],
              [("521", gaji, 0), ("102", 0, gaji)])
    jr.tambah([np.datetime64("2025-03-24")], "BBK", ["UTHR"], "umum", None, "THR karyawan Idulfitri 1446 H",
              [("521", gaji, 0), ("102", 0, gaji)])
    honor = int(_bulat((3 * 750_000 + 3 * 400_000) * s, 1_000))
    jr.tambah(hari(25), "BKK", [f"UH{m:02d}" for m in bulan], "umum", None, "Honor pengurus dan pengawas",
              [("521", honor, 0), ("101", 0, honor)])
    listrik = _bulat(4_200_000 * s * rng.uniform(0.9, 1.15, 12), 1)
    jr.tambah(hari(20), "BBK", [f"UL{m:02d}" for m in bulan], "umum", None,
              "Listrik (pendingin susu, toko), air, telepon dan internet", [("524", listrik, 0), ("102", 0, listrik)])
    sewa = int(_bulat(1_500_000 * s, 1_000))
    jr.tambah(hari(5), "BKK", [f"US{m:02d}" for m in bulan], "umum", None, "Sewa tanah pos penampungan susu",
              [("525", sewa, 0), ("101", 0, sewa)])
    adm = _bulat(2_600_000 * s * rng.uniform(0.8, 1.25, 12), 100)
    jr.tambah(hari(10), "BKK", [f"UA{m:02d}" for m in bulan], "umum", None,
              "Alat tulis, konsumsi rapat pengurus, administrasi", [("522", adm, 0), ("101", 0, adm)])
    rat = int(_bulat(18_000_000 * s, 1_000))
    jr.tambah([TANGGAL_RAT], "BKK", ["URAT"], "umum", None, "Biaya Rapat Anggota Tahunan tahun buku 2024",
              [("522", rat, 0), ("101", 0, rat)])
    aset = {"162": int(_bulat(520_000_000 * s, 1_000_000)), "163": int(_bulat(260_000_000 * s, 1_000_000)),
            "164": int(_bulat(210_000_000 * s, 1_000_000))}
    susut = aset["162"] // 20 // 12 + aset["163"] // 8 // 12 + aset["164"] // 8 // 12  # garis lurus
    jr.tambah(akhir_bulan, "BM", [f"UP{m:02d}" for m in bulan], "umum", None,
              "Penyusutan aset tetap (garis lurus: bangunan 20 th, kendaraan dan peralatan 8 th)",
              [("523", susut, 0), ("169", 0, susut)])
    utang_bank = int(_bulat(360_000_000 * s, 1_000_000))
    cicil = utang_bank // 36
    sisa = utang_bank - cicil * np.arange(12)
    bunga = sisa * 10 // 100 // 12  # bunga 10 %/tahun atas sisa pinjaman
    jr.tambah(hari(15), "BBK", [f"UB{m:02d}" for m in bulan], "umum", None, "Angsuran pinjaman investasi bank",
              [("211", cicil, 0), ("502", bunga, 0), ("102", 0, bunga + cicil)])
    giro = _bulat(350_000 * s * rng.uniform(0.8, 1.2, 12), 1)
    jr.tambah(akhir_bulan, "BBM", [f"UJ{m:02d}" for m in bulan], "umum", None, "Jasa giro bank (setelah pajak final)",
              [("102", giro, 0), ("408", 0, giro)])
    pajak_lalu = int(_bulat(27_000_000 * s, 1_000))
    jr.tambah([np.datetime64("2025-04-28")], "BBK", ["UPJ"], "umum", None, "Pelunasan PPh badan tahun 2024",
              [("231", pajak_lalu, 0), ("102", 0, pajak_lalu)])
    # Pembagian SHU 2024 menurut AD/ART (keputusan RAT), dana-dana lalu dibayar/dipakai.
    bagian = {pos: shu_2024 * persen // 100 for pos, persen, _ in ATURAN_SHU}
    bagian["cadangan"] += shu_2024 - sum(bagian.values())  # sisa pembulatan ke cadangan
    anggota_shu = bagian["jasa_modal"] + bagian["jasa_usaha"]
    dana = bagian["dana_pengurus"] + bagian["dana_karyawan"] + bagian["dana_pendidikan"] + bagian["dana_sosial"]
    jr.tambah([TANGGAL_RAT], "BM", ["USHU"], "umum", None, "Pembagian SHU tahun buku 2024 sesuai keputusan RAT",
              [("308", shu_2024, 0), ("305", 0, bagian["cadangan"], "SHU 2024 untuk cadangan (40 %)"),
               ("222", 0, anggota_shu, "SHU 2024 bagian anggota: jasa modal dan jasa usaha (40 %)"),
               ("221", 0, dana, "SHU 2024 untuk dana pengurus, karyawan, pendidikan, sosial (20 %)")])
    diambil = int(_bulat(anggota_shu * 0.95, 1_000))  # sebagian anggota belum mengambil SHU-nya
    jr.tambah([np.datetime64("2025-03-08")], "BKK", ["USHUB"], "umum", None, "Pembayaran SHU 2024 kepada anggota",
              [("222", diambil, 0), ("101", 0, diambil)])
    pk = bagian["dana_pengurus"] + bagian["dana_karyawan"]
    jr.tambah([np.datetime64("2025-03-08")], "BKK", ["UDPK"], "umum", None, "Pembayaran dana pengurus dan dana karyawan",
              [("221", pk, 0), ("101", 0, pk)])
    jr.tambah([np.datetime64("2025-07-19")], "BKK", ["UDPD"], "umum", None,
              "Pelatihan perkoperasian anggota (dana pendidikan)",
              [("221", bagian["dana_pendidikan"], 0), ("101", 0, bagian["dana_pendidikan"])])
    sosial = bagian["dana_sosial"] // 2
    jr.tambah(np.array(["2025-03-25", "2025-08-17"], dtype="datetime64[D]"), "BKK", ["UDS1", "UDS2"], "umum", None,
              ["Santunan Ramadan (dana sosial)", "Bantuan kegiatan HUT RI di desa (dana sosial)"],
              [("221", np.array([sosial, bagian["dana_sosial"] - sosial]), 0),
               ("101", 0, np.array([sosial, bagian["dana_sosial"] - sosial]))])
    return {"aset": aset, "utang_bank": utang_bank, "pajak_lalu": pajak_lalu, "susut": susut, "cicil_bank": cicil,
            "sisa_utang_bank": int(utang_bank - cicil * 12)}


def _atur_kas(jr: _Jurnal, saldo_kas: int, saldo_bank: int, s: float) -> int:
    """Kas di brankas dijaga antara Rp25 juta dan Rp120 juta (x skala): kelebihan disetor ke bank,
    kekurangan diambil dari bank, di akhir hari yang sama. Dipanggil sebelum jurnal saldo awal
    ditambahkan. Kembalikan kekurangan saldo awal bank (0 bila saldo bank tidak pernah negatif)."""
    j = jr.tabel()
    arus = {}
    for akun in ("101", "102"):
        x = j[j["akun"] == akun]
        arus[akun] = (pd.Series((x["debit"] - x["kredit"]).to_numpy(), index=x["tanggal"].to_numpy())
                      .groupby(level=0).sum().reindex(HARI, fill_value=0).to_numpy())
    bawah, sasaran, atas = int(25e6 * s), int(60e6 * s), int(120e6 * s)
    kas, bank = saldo_kas, saldo_bank
    bank_terendah = bank
    tgl_s, jml_s, tgl_a, jml_a = [], [], [], []
    for h, t in enumerate(HARI):
        kas += int(arus["101"][h])
        bank += int(arus["102"][h])
        if kas > atas:
            jml = int(_bulat(kas - sasaran, 100_000))
            tgl_s.append(t)
            jml_s.append(jml)
            kas, bank = kas - jml, bank + jml
        elif kas < bawah:
            jml = int(_bulat(sasaran - kas, 100_000))
            tgl_a.append(t)
            jml_a.append(jml)
            kas, bank = kas + jml, bank - jml
        bank_terendah = min(bank_terendah, bank)
    jr.tambah(np.array(tgl_s, dtype="datetime64[D]"), "BKK", [f"KS{t}" for t in _teks_tanggal(np.array(tgl_s, dtype="datetime64[D]"))],
              "umum", None, "Setoran kas ke bank", [("102", np.array(jml_s, dtype=np.int64), 0),
                                                    ("101", 0, np.array(jml_s, dtype=np.int64))])
    jr.tambah(np.array(tgl_a, dtype="datetime64[D]"), "BBK", [f"KA{t}" for t in _teks_tanggal(np.array(tgl_a, dtype="datetime64[D]"))],
              "umum", None, "Pengambilan uang bank untuk kas", [("101", np.array(jml_a, dtype=np.int64), 0),
                                                                ("102", 0, np.array(jml_a, dtype=np.int64))])
    return max(0, -bank_terendah)


_URUT_BUKTI = {"SA": 0, "BKM": 1, "BBM": 2, "BKK": 3, "BBK": 4, "BM": 5}


def _beri_nomor(j: pd.DataFrame, awalan: str = "") -> tuple[pd.DataFrame, dict]:
    """Nomor bukti berurutan per jenis bukti menurut tanggal (SA-2025 untuk saldo awal)."""
    j = j.reset_index(drop=True)
    j["_baris"] = np.arange(len(j))
    v = j.drop_duplicates("kunci")[["kunci", "tanggal", "jenis_bukti", "_baris"]].copy()
    v["_u"] = v["jenis_bukti"].map(_URUT_BUKTI)
    v = v.sort_values(["tanggal", "_u", "_baris"], kind="stable")
    v["n"] = v.groupby("jenis_bukti").cumcount() + 1
    lebar = max(5, len(str(int(v["n"].max()))))
    v["no_bukti"] = [f"{awalan}SA-{TAHUN}" if jb == "SA" else f"{awalan}{jb}-{TAHUN}-{n:0{lebar}d}"
                     for jb, n in zip(v["jenis_bukti"], v["n"])]
    v["_v"] = np.arange(len(v))
    peta = dict(zip(v["kunci"], v["no_bukti"]))
    j = j.merge(v[["kunci", "no_bukti", "_v"]], on="kunci", how="left")
    j = j.sort_values(["_v", "urut", "_baris"], kind="stable")
    j = j[["tanggal", "no_bukti", "akun", "keterangan", "debit", "kredit", "unit", "id_anggota"]]
    return j.reset_index(drop=True), peta


def bangun_koperasi(n_anggota: int = N_ANGGOTA, seed: int = BENIH, id_awal: int = 1, lebar_id: int = 4,
                    awalan_bukti: str = "") -> dict[str, pd.DataFrame]:
    """Bangun seluruh data satu koperasi serba usaha selama tahun buku 2025.

    ``n_anggota`` mengatur ukuran (usaha, karyawan dan aset ikut berskala n/250). Setiap buku
    pembantu memakai generator anak sendiri dari ``seed`` supaya mengubah satu bagian tidak menggeser
    angka acak bagian lain. Kembalikan dict nama dataset -> DataFrame (kolom tanggal bertipe datetime).
    """
    s = n_anggota / N_ANGGOTA
    g = [np.random.default_rng(x) for x in np.random.SeedSequence(seed).spawn(9)]
    anggota = buat_anggota(g[0], n_anggota, id_awal, lebar_id)
    simpanan = buat_simpanan(g[1], anggota)
    pinjaman, angsuran = buat_pinjaman(g[2], anggota, lebar=max(4, lebar_id))
    toko = buat_penjualan_toko(g[3], anggota)
    setoran = buat_setoran_susu(g[4], anggota)
    produk = buat_produk()
    daring = buat_penjualan_daring(g[5], produk, s, lebar=max(5, lebar_id + 1))

    jr = _Jurnal()
    kunci_simpanan = jurnal_simpanan(jr, simpanan)
    kunci_angsuran = jurnal_pinjaman(jr, pinjaman, angsuran)
    awal_131 = jurnal_toko(jr, g[6], toko, s)
    awal_susu = jurnal_susu(jr, g[7], setoran, anggota)
    awal_133 = jurnal_daring(jr, g[8], daring, produk, s)
    shu_2024 = int(_bulat(212_000_000 * s, 1_000))
    umum = jurnal_umum_lain(jr, g[8], s, shu_2024)

    # Saldo awal 1 Januari 2025 (neraca 31 Desember 2024); cadangan menjadi penyeimbang.
    sa = simpanan[simpanan["keterangan"] == "saldo_awal"].groupby("jenis")["setor"].sum()
    aset_tetap = umum["aset"]
    d = {"101": int(_bulat(45_000_000 * s, 1_000)), "102": int(_bulat(550_000_000 * s, 1_000)),
         "111": int(pinjaman["saldo_awal"].sum()), "122": awal_susu["122"], "131": awal_131, "133": awal_133,
         "161": int(_bulat(250_000_000 * s, 1_000_000)), **aset_tetap}
    ppap_awal = d["111"] * 15 // 1000
    akum = umum["susut"] * 12 * 4  # aset rata-rata sudah 4 tahun
    k = {"119": ppap_awal, "169": akum, "201": int(sa.get("sukarela", 0)), "211": umum["utang_bank"],
         "212": int(awal_susu["212"].sum()), "221": int(_bulat(9_000_000 * s, 1_000)), "231": umum["pajak_lalu"],
         "301": int(sa.get("pokok", 0)), "302": int(sa.get("wajib", 0)), "304": int(_bulat(150_000_000 * s, 1_000_000)),
         "308": shu_2024}
    # Koperasi kecil/acak lain bisa kekurangan dana bank: naikkan saldo awal bank secukupnya.
    kurang = _atur_kas(jr, d["101"], d["102"], s)
    d["102"] += -(-kurang // 1_000_000) * 1_000_000
    k["305"] = sum(d.values()) - sum(k.values())
    if k["305"] <= 0:
        raise RuntimeError("cadangan awal tidak positif; periksa parameter saldo awal")
    baris_sa = [(a, v, 0) for a, v in d.items()] + [(a, 0, v) for a, v in k.items()]
    baris_sa.sort(key=lambda x: x[0])
    jr.tambah([AWAL], "SA", ["SA"], "umum", None, "Saldo awal 1 Januari 2025 (neraca 31 Desember 2024)", baris_sa)

    # Akhir tahun: penyisihan pinjaman dan pajak penghasilan atas SHU sebelum pajak.
    ppap = _ppap(pinjaman, angsuran)
    tambah_ppap = max(0, ppap - ppap_awal)
    jr.tambah([AKHIR], "BM", ["PPAP"], "usp", None, "Penyisihan penghapusan aset produktif (PPAP) per 31 Desember 2025",
              [("503", tambah_ppap, 0), ("119", 0, tambah_ppap)])
    # Bagian utang bank yang jatuh tempo dalam 12 bulan disajikan sebagai liabilitas jangka pendek
    # (SAK EP); pemindahan ini dibalik pada pembukaan tahun berikutnya. Bukan arus kas.
    bagian_lancar = min(umum["sisa_utang_bank"], umum["cicil_bank"] * 12)
    jr.tambah([AKHIR], "BM", ["RBL"], "umum", None,
              "Pemindahan bagian lancar utang bank (jatuh tempo dalam 12 bulan) ke liabilitas jangka pendek",
              [("211", bagian_lancar, 0), ("213", 0, bagian_lancar)])
    j = jr.tabel()
    isi = j[j["kunci"] != "SA"]
    # Jasa giro sudah dipotong PPh final oleh bank (UU PPh Pasal 4 ayat 2): tidak masuk peredaran
    # bruto maupun penghasilan kena pajak (akun berperan pendapatan_final).
    final = {a[0] for a in AKUN if a[7] == "pendapatan_final"}
    pendapatan = isi[isi["akun"].str.startswith("4") & ~isi["akun"].isin(final)]
    beban = isi[isi["akun"].str.startswith("5")]
    omzet = int(pendapatan["kredit"].sum() - pendapatan["debit"].sum())
    laba_kena_pajak = omzet - int(beban["debit"].sum() - beban["kredit"].sum())
    pajak = _pajak_31e(laba_kena_pajak, omzet)
    jr.tambah([AKHIR], "BM", ["PPH"], "umum", None, "PPh badan 2025 terutang (Pasal 17 dan 31E)",
              [("591", pajak, 0), ("231", 0, pajak)])

    jurnal, peta = _beri_nomor(jr.tabel(), awalan_bukti)
    simpanan["no_bukti"] = [peta[x] for x in kunci_simpanan]
    angsuran["no_bukti"] = [peta[x] for x in kunci_angsuran]
    return {
        "anggota": anggota, "akun": buat_akun(), "aturan_shu": buat_aturan_shu(), "dasar_shu": buat_dasar_shu(),
        "simpanan": simpanan, "pinjaman": pinjaman, "angsuran": angsuran, "penjualan_toko": toko,
        "setoran_susu": setoran, "produk": produk, "penjualan_daring": daring, "jurnal_umum": jurnal,
    }


def jurnal_skala(n_baris: int, seed: int = BENIH):
    """Sama dengan :func:`kopkit.datasets.skala.jurnal_skala`: ``(jurnal, akun)`` dengan paling
    banyak ``n_baris`` baris jurnal berbentuk ``jurnal_umum``."""
    from .skala import jurnal_skala as _js

    return _js(n_baris, seed)


def buat_akun() -> pd.DataFrame:
    """Bagan akun (chart of accounts) koperasi serba usaha, kode menurut SUMBER.md §3."""
    return pd.DataFrame(AKUN, columns=["kode", "nama", "jenis", "saldo_normal", "induk", "kelompok_laporan", "header",
                                       "peran", "lancar"])


def buat_aturan_shu() -> pd.DataFrame:
    """Pembagian SHU menurut AD/ART KSU Tunas Makmur (persen dari SHU setelah pajak)."""
    return pd.DataFrame(ATURAN_SHU, columns=["pos", "persen", "keterangan"])


def buat_dasar_shu() -> pd.DataFrame:
    """Simpanan yang dihitung untuk jasa modal dan transaksi yang dihitung untuk jasa usaha."""
    return pd.DataFrame(DASAR_SHU, columns=["komponen", "sumber", "dihitung", "bobot", "keterangan"])


# --------------------------------------------------------------------------------------------
# Menulis berkas (deterministik: UTF-8, akhir baris "\n", tanggal ISO, bilangan bulat tanpa desimal)
# --------------------------------------------------------------------------------------------
def _angka(x: float) -> str:
    """Bilangan -> teks stabil: tanpa desimal bila bulat, selain itu repr terpendek Python."""
    if x != x:
        return ""
    return str(int(x)) if float(x).is_integer() else repr(float(x))


def sebagai_teks(df: pd.DataFrame, deskriptor: dict) -> pd.DataFrame:
    """Ubah tabel bertipe menjadi tabel teks menurut skema (urutan kolom mengikuti skema)."""
    hasil = {}
    for f in deskriptor["schema"]["fields"]:
        kol, tipe = df[f["name"]], f["type"]
        if tipe == "date":
            nilai = pd.to_datetime(kol).dt.strftime("%Y-%m-%d")
            hasil[f["name"]] = nilai.where(kol.notna(), "")
        elif tipe == "integer":
            if kol.notna().all():  # jalur cepat untuk tabel besar
                hasil[f["name"]] = kol.to_numpy(np.int64).astype(str)
            else:
                hasil[f["name"]] = [("" if pd.isna(v) else str(int(v))) for v in kol]
        elif tipe == "number":
            hasil[f["name"]] = [_angka(v) for v in kol]
        elif tipe == "boolean":
            hasil[f["name"]] = ["" if pd.isna(v) else ("true" if v else "false") for v in kol]
        else:
            nilai = kol.to_numpy(dtype=object, copy=True)
            kosong = pd.isna(nilai)
            nilai[kosong] = ""
            hasil[f["name"]] = nilai
    return pd.DataFrame(hasil)


def tulis_csv(df: pd.DataFrame, deskriptor: dict, berkas: Path, mode: str = "w", judul: bool = True) -> None:
    """Tulis CSV UTF-8 dengan akhir baris '\\n' (sama di Windows dan Linux), per potongan
    200.000 baris supaya tabel besar tidak menggandakan memori."""
    with open(berkas, mode, encoding="utf-8", newline="") as f:
        for awal in range(0, max(len(df), 1), 200_000):
            teks = sebagai_teks(df.iloc[awal:awal + 200_000], deskriptor)
            teks.to_csv(f, index=False, header=judul and awal == 0, lineterminator="\n")


def tulis_json(deskriptor: dict, berkas: Path) -> None:
    with open(berkas, "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(deskriptor, ensure_ascii=False, indent=2) + "\n")


def bangun_semua(folder: Path | str, benih: int = BENIH) -> dict[str, pd.DataFrame]:
    """Bangun dan tulis semua dataset bawaan (CSV + JSON) ke ``folder``."""
    from . import deskriptor as dk

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    tabel = bangun_koperasi(N_ANGGOTA, benih)
    from .kabupaten import bangun_kabupaten

    tabel["kabupaten"] = bangun_kabupaten(benih, tabel_koperasi=tabel)
    semua = dk.semua()
    for nama, df in tabel.items():
        tulis_csv(df, semua[nama], folder / f"{nama}.csv")
        tulis_json(semua[nama], folder / f"{nama}.json")
    return tabel


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m kopkit.datasets.bangun",
                                description="Bangun ulang dataset bawaan kopkit, atau data skala besar untuk uji kinerja.")
    p.add_argument("perintah", nargs="?", default="bawaan", choices=["bawaan", "skala"],
                   help="bawaan: tulis dataset bawaan; skala: tulis koperasi besar (tidak dikirim)")
    p.add_argument("--keluar", default=None, help="folder tujuan (bawaan: folder paket datasets)")
    p.add_argument("--anggota", type=int, default=100_000, help="jumlah anggota untuk perintah skala")
    p.add_argument("--benih", type=int, default=BENIH)
    a = p.parse_args(argv)
    if a.perintah == "bawaan":
        folder = Path(a.keluar) if a.keluar else Path(__file__).resolve().parent
        tabel = bangun_semua(folder, a.benih)
        for nama, df in tabel.items():
            print(f"{nama:18s} {len(df):>8d} baris")
        return 0
    if a.keluar is None:
        p.error("perintah skala perlu --keluar FOLDER")
    from .skala import tulis_skala
    tulis_skala(a.anggota, Path(a.keluar), benih=a.benih)
    return 0


if __name__ == "__main__":
    sys.exit(main())
