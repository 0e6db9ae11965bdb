"""Soal latihan modul 05 — Pasar online (dipakai exercises/sumber/05_pasar_online.py).

Peserta menghitung komisi atas harga setelah diskon, membagi biaya per pesanan, MDR QRIS,
memilih kanal terbaik, titik impas, harga minimum, dan membaca grafik kanal KSU Tunas Makmur.
Semua kunci dihitung dengan fungsi kopkit dari tabel tarif (tanggal rencana 1 Maret 2026).
"""
import pandas as pd

from kopkit import data, kursus, pasar
from kopkit.pasar.biaya import (bandingkan_kanal, biaya_mdr, biaya_persen, harga_minimum, rincian_harga,
                                   tarif_berlaku, titik_impas)
from kopkit.latihan import ____, SalahUmum, SoalNilai, SoalRefleksi
from kopkit.dasar.pembagian import bagi_proporsional

#: Tanggal rencana: tarif yang berlaku pada tanggal ini dipakai di semua soal.
TANGGAL = kursus.TANGGAL_HARGA

penjualan = data.muat("penjualan_daring")
produk = data.muat("produk")
siap = pasar.siapkan_penjualan(penjualan, produk)

#: Satu pesanan Shopee dengan tiga baris produk (soal 2).
pesanan_shopee = pd.DataFrame({"produk": ["Kopi arabika", "Keripik tempe", "Stik susu"],
                               "jumlah": [1, 3, 4], "harga_satuan": [55_000, 15_000, 13_000]})


def _persen(platform: str):
    return tarif_berlaku(platform, TANGGAL).persen


def _pokok(id_produk: str) -> int:
    return int(produk.set_index("id_produk").loc[id_produk, "harga_pokok"])


def _jual(id_produk: str) -> int:
    return int(produk.set_index("id_produk").loc[id_produk, "harga_jual"])


# Soal 1 — komisi atas harga setelah diskon penjual
soal1 = SoalNilai(
    kode="05_pasar_online.1",
    variabel="komisi_kopi",
    judul="Komisi TikTok Shop/Tokopedia untuk kopi yang didiskon",
    benar=lambda: biaya_persen(35_000 - 3_500, _persen("tiktok_tokopedia")),
    jenis="rupiah",
    salah_umum=[
        SalahUmum(lambda j, b: j == biaya_persen(35_000, _persen("tiktok_tokopedia")),
                  "Komisi dihitung dari harga SETELAH diskon yang ditanggung penjual."),
        SalahUmum(lambda j, b: j == biaya_persen(35_000 - 3_500 + 12_000, _persen("tiktok_tokopedia")),
                  "Ongkos kirim tidak termasuk dasar komisi."),
        SalahUmum(lambda j, b: j == biaya_persen(35_000 - 3_500, _persen("tiktok_tokopedia")) + 1_250,
                  "Itu sudah ditambah biaya per pesanan. Yang ditanyakan komisinya saja."),
    ],
    petunjuk=["Dasar komisi = harga − diskon penjual. Ongkir tidak ikut.",
              "Persen komisi: tarif_berlaku('tiktok_tokopedia', TANGGAL).persen (8 artinya 8%). "
              "Pakai biaya_persen(dasar, persen)."],
    solusi="komisi_kopi = biaya_persen(35_000 - 3_500, tarif_berlaku('tiktok_tokopedia', TANGGAL).persen)",
)

# Soal 2 — biaya per pesanan dibagi ke barang
soal2 = SoalNilai(
    kode="05_pasar_online.2",
    variabel="biaya_keripik",
    judul="Bagian biaya per pesanan untuk baris keripik tempe",
    benar=lambda: int(bagi_proporsional(1_250, pesanan_shopee["jumlah"]).iloc[1]),
    jenis="rupiah",
    salah_umum=[
        SalahUmum(lambda j, b: j == round(1_250 / 3),
                  "Itu dibagi rata per baris. Shopee membagi biaya menurut JUMLAH BARANG (unit)."),
        SalahUmum(lambda j, b: j == 1_250 * 3 // 8,
                  "Hampir! Bila semua bagian dibulatkan ke bawah, 1 rupiah hilang. Sisa rupiah diberikan "
                  "kepada bagian dengan pecahan terbesar (bagi_proporsional)."),
        SalahUmum(lambda j, b: j == 1_250,
                  "Rp1.250 dipotong sekali untuk seluruh pesanan, lalu dibagi ke barang-barangnya."),
    ],
    petunjuk=["Pesanan berisi 1 + 3 + 4 = 8 unit. Bagian keripik sebanding dengan 3 dari 8 unit.",
              "bagi_proporsional(1_250, pesanan_shopee['jumlah']) memberi bagian ketiga baris yang "
              "jumlahnya tepat 1.250; ambil baris kedua dengan .iloc[1]."],
    solusi="biaya_keripik = int(bagi_proporsional(1_250, pesanan_shopee['jumlah']).iloc[1])",
)

# Soal 3 — MDR QRIS pada dua transaksi
soal3 = SoalNilai(
    kode="05_pasar_online.3",
    variabel="mdr_dua_transaksi",
    judul="MDR QRIS untuk transaksi Rp450.000 dan Rp800.000",
    benar=lambda: biaya_mdr(450_000, TANGGAL) + biaya_mdr(800_000, TANGGAL),
    jenis="rupiah",
    salah_umum=[
        SalahUmum(lambda j, b: j == biaya_persen(450_000, "0.3") + biaya_persen(800_000, "0.3"),
                  "Untuk usaha mikro, transaksi sampai Rp500.000 bebas MDR."),
        SalahUmum(lambda j, b: j == biaya_persen(800_000 - 500_000, "0.3"),
                  "Persen MDR dikenakan atas SELURUH nilai transaksi di atas Rp500.000, bukan hanya kelebihannya."),
        SalahUmum(lambda j, b: j == biaya_persen(450_000, "0.7") + biaya_persen(800_000, "0.7"),
                  "0,7% adalah MDR merchant reguler. KSU Tunas Makmur termasuk usaha mikro."),
    ],
    petunjuk=["Usaha mikro: 0% sampai Rp500.000 per transaksi, 0,3% di atasnya (dari seluruh nilai).",
              "biaya_mdr(nilai, TANGGAL) menghitung satu transaksi; jumlahkan keduanya."],
    solusi="mdr_dua_transaksi = biaya_mdr(450_000, TANGGAL) + biaya_mdr(800_000, TANGGAL)",
)


def _kanal_terbaik():
    t = bandingkan_kanal(_jual("PR10"), _pokok("PR10"), kanal=("shopee", "tiktok_tokopedia", "lazada"),
                         tanggal=TANGGAL)
    return t.sort_values(["laba", "kanal"], ascending=[False, True])["kanal"].iloc[0]


# Soal 4 — kanal terbaik untuk satu produk
soal4 = SoalNilai(
    kode="05_pasar_online.4",
    variabel="kanal_terbaik",
    judul="Marketplace dengan laba terbesar untuk keripik tempe",
    benar=_kanal_terbaik,
    jenis="teks",
    pilihan=["shopee", "tiktok_tokopedia", "lazada"],
    salah_umum=[
        SalahUmum(lambda j, b: str(j).strip().lower() == "shopee",
                  "Shopee (FMCG) memotong 10% ditambah Rp1.250 per pesanan. Bandingkan labanya."),
        SalahUmum(lambda j, b: str(j).strip().lower() == "tiktok_tokopedia",
                  "TikTok Shop/Tokopedia memotong 8% ditambah Rp1.250 per pesanan. Ada yang tanpa biaya per pesanan?"),
    ],
    petunjuk=["Keripik tempe adalah PR10 di tabel produk: lihat harga_pokok dan harga_jual.",
              "bandingkan_kanal(harga, harga_pokok, kanal=('shopee', 'tiktok_tokopedia', 'lazada'), "
              "tanggal=TANGGAL) memberi kolom laba per kanal."],
    solusi=("pr10 = produk.set_index('id_produk').loc['PR10']\n"
            "banding = bandingkan_kanal(int(pr10['harga_jual']), int(pr10['harga_pokok']),\n"
            "                           kanal=('shopee', 'tiktok_tokopedia', 'lazada'), tanggal=TANGGAL)\n"
            "kanal_terbaik = banding.sort_values('laba', ascending=False)['kanal'].iloc[0]"),
)


def _impas_yogurt():
    r = rincian_harga(_jual("PR06"), "tiktok_tokopedia", harga_pokok=_pokok("PR06"), tanggal=TANGGAL)
    return titik_impas(2_000_000, r["laba"])


# Soal 5 — titik impas
soal5 = SoalNilai(
    kode="05_pasar_online.5",
    variabel="pesanan_impas",
    judul="Berapa pesanan yogurt stroberi di TikTok Shop/Tokopedia untuk menutup Rp2.000.000?",
    benar=_impas_yogurt,
    jenis="bulat",
    salah_umum=[
        SalahUmum(lambda j, b: j == b - 1,
                  "Hampir! Dengan pesanan sebanyak itu biaya tetap belum tertutup penuh: bulatkan ke ATAS."),
        SalahUmum(lambda j, b: j == -(-2_000_000 // (_jual("PR06") - _pokok("PR06"))),
                  "Itu tanpa biaya platform. Laba per pesanan = diterima bersih − harga pokok."),
    ],
    petunjuk=["Hitung laba satu pesanan (1 botol) setelah komisi dan biaya per pesanan, lalu "
              "bagi Rp2.000.000 dengan laba itu dan bulatkan ke atas.",
              "r = rincian_harga(harga_jual, 'tiktok_tokopedia', harga_pokok=..., tanggal=TANGGAL); "
              "titik_impas(2_000_000, r['laba'])"],
    solusi=("pr06 = produk.set_index('id_produk').loc['PR06']\n"
            "r = rincian_harga(int(pr06['harga_jual']), 'tiktok_tokopedia', harga_pokok=int(pr06['harga_pokok']),\n"
            "                  tanggal=TANGGAL)\n"
            "pesanan_impas = titik_impas(2_000_000, r['laba'])"),
)

# Soal 6 — harga minimum
soal6 = SoalNilai(
    kode="05_pasar_online.6",
    variabel="harga_arabika",
    judul="Harga terendah kopi arabika di Shopee agar laba per bungkus paling sedikit Rp10.000",
    benar=lambda: harga_minimum(_pokok("PR08"), "shopee", laba_minimum=10_000, tanggal=TANGGAL),
    jenis="rupiah",
    salah_umum=[
        SalahUmum(lambda j, b: j == _pokok("PR08") + 10_000,
                  "Itu lupa biaya platform: Shopee memotong komisi dan Rp1.250 per pesanan."),
        SalahUmum(lambda j, b: j == _pokok("PR08") + 10_000 + 1_250,
                  "Biaya per pesanan sudah masuk, komisinya belum."),
        SalahUmum(lambda j, b: abs(j - b) <= 2 and j != b,
                  "Sangat dekat! Cek laba pada harga Anda dan satu rupiah di bawahnya dengan rincian_harga."),
    ],
    petunjuk=["Kopi arabika adalah PR08. Harga P memenuhi bila P − komisi(P) − 1.250 − harga pokok ≥ 10.000.",
              "harga_minimum(harga_pokok, 'shopee', laba_minimum=10_000, tanggal=TANGGAL)"],
    solusi=("pokok = int(produk.set_index('id_produk').loc['PR08', 'harga_pokok'])\n"
            "harga_arabika = harga_minimum(pokok, 'shopee', laba_minimum=10_000, tanggal=TANGGAL)"),
)


def _terbesar_november():
    t = pasar.ringkasan(siap, ["bulan", "kanal"])
    nov = t[t["bulan"] == "2025-11"].sort_values(["pendapatan", "kanal"], ascending=[False, True])
    return nov["kanal"].iloc[0]


# Soal 7 — membaca grafik kanal
soal7 = SoalNilai(
    kode="05_pasar_online.7",
    variabel="kanal_november",
    judul="Kanal dengan pendapatan terbesar pada November 2025",
    benar=_terbesar_november,
    jenis="teks",
    pilihan=["toko_offline", "whatsapp", "shopee", "tiktok_tokopedia"],
    salah_umum=[
        SalahUmum(lambda j, b: str(j).strip().lower() == "toko_offline",
                  "Toko memang terbesar untuk setahun penuh. Lihat titik-titik pada bulan November saja."),
    ],
    petunjuk=["Cari 2025-11 di sumbu mendatar, lalu lihat garis mana yang paling tinggi.",
              "Tanpa grafik: pasar.ringkasan(siap, ['bulan', 'kanal']) lalu saring bulan '2025-11'."],
    solusi=("t = pasar.ringkasan(siap, ['bulan', 'kanal'])\n"
            "november = t[t['bulan'] == '2025-11']\n"
            "kanal_november = november.sort_values('pendapatan', ascending=False)['kanal'].iloc[0]"),
)

# Soal 8 — refleksi
soal8 = SoalRefleksi(
    kode="05_pasar_online.8",
    variabel="langkah_pertama",
    judul="Langkah pertama koperasi Anda untuk berjualan daring",
    minimal_kata=8,
    petunjuk=["Lihat daftar periksa pasar.kesiapan_digital(): butir mana yang masih 0 di koperasi Anda?"],
    solusi=('langkah_pertama = "Menghitung harga pokok setiap produk dan harga minimum di Shopee '
            'sebelum memasang produk, lalu membuat paket agar biaya per pesanan terbagi."'),
)

__all__ = ["____", "TANGGAL", "pd", "pasar", "penjualan", "produk", "siap", "pesanan_shopee",
           "bandingkan_kanal", "biaya_mdr", "biaya_persen", "harga_minimum", "rincian_harga", "tarif_berlaku",
           "titik_impas", "bagi_proporsional",
           "soal1", "soal2", "soal3", "soal4", "soal5", "soal6", "soal7", "soal8"]
