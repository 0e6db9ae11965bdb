"""Soal latihan modul 05 — Pasar online (dipakai exercises/sumber/05_pasar_online.py).

Peserta menghitung komisi atas harga setelah diskon, membagi biaya per pesanan, menentukan kelas
usaha koperasinya dan MDR QRIS-nya, laba paket, titik impas dengan kemasan dan waktu petugas,
harga minimum, membaca grafik kanal, dan menjawab dua soal "mengapa".

Semua kunci dihitung dengan fungsi kopkit dari tabel aturan (tarif pada tanggal rencana
1 Maret 2026); angka aturan di umpan balik juga diambil dari tabel, bukan diketik. Tidak ada soal
yang bergantung pada baris tarif bertanda "?" (belum dipastikan): diuji di tests/test_latihan_05.py.
"""
import pandas as pd

from kopkit import buku, data, kursus, pasar
from kopkit.dasar.aturan import muat_aturan
from kopkit.dasar.pembagian import bagi_proporsional
from kopkit.dasar.uang import format_rupiah
from kopkit.latihan import ____, SalahUmum, SoalNilai, SoalRefleksi
from kopkit.pasar.biaya import (bandingkan_kanal, biaya_mdr, biaya_persen, biaya_tetap_daring, harga_minimum,
                                kelas_usaha, rincian_harga, tarif_berlaku, teks_persen, titik_impas,
                                titik_impas_daring)

#: Tanggal rencana: tarif yang berlaku pada tanggal ini dipakai di semua soal.
TANGGAL = kursus.TANGGAL_HARGA
#: Kelas merchant QRIS yang tercatat di bank pada 2025 (dipakai buku 2025; lihat pelajaran 05).
KELAS_QRIS_TERDAFTAR_2025 = "usaha_mikro"

penjualan = data.muat("penjualan_daring")
produk = data.muat("produk")
siap = pasar.siapkan_penjualan(penjualan, produk, kelas_merchant=KELAS_QRIS_TERDAFTAR_2025)
_lhu = buku.laporan_hasil_usaha(data.muat("jurnal_umum"), data.muat("akun"), kursus.TAHUN_BUKU).set_index("pos")
#: Omzet (jumlah pendapatan) KSU Tunas Makmur tahun buku 2025, dari Laporan Perhitungan Hasil Usaha.
OMZET = int(_lhu.loc["Jumlah pendapatan", "jumlah"])

#: Satu pesanan Shopee dengan tiga baris produk (soal 2).
pesanan_shopee = pd.DataFrame({"produk": ["Kopi arabika", "Keripik tempe", "Stik susu"],
                               "jumlah": [1, 3, 4], "harga_satuan": [55_000, 15_000, 13_000]})

# Angka aturan untuk umpan balik: dari tabel, tidak diketik.
_SHOPEE = tarif_berlaku("shopee", TANGGAL)
_PER_PESANAN = _SHOPEE.per_pesanan
_KELAS = muat_aturan("kelas_usaha", pada=TANGGAL).set_index("kelas")
_BATAS_MIKRO = int(_KELAS.loc["usaha_mikro", "omzet_maks"])
_BATAS_KECIL = int(_KELAS.loc["usaha_kecil", "omzet_maks"])
_MIKRO = tarif_berlaku("qris", TANGGAL, kelas_merchant="usaha_mikro")
_BEBAS_MIKRO = max(atas for bawah, atas, p in _MIKRO.mdr if p == 0)
_PERSEN_KECIL = tarif_berlaku("qris", TANGGAL, kelas_merchant="usaha_kecil").mdr[0][2]

#: Soal 6: biaya membuka toko daring tiga bulan.
BAGIAN_WAKTU_PETUGAS = "0,25"
BIAYA_FOTO = 750_000
KEMASAN = 1_500


def _pokok(id_produk: str) -> int:
    return int(produk.set_index("id_produk").loc[id_produk, "harga_pokok"])


def _jual(id_produk: str) -> int:
    return int(produk.set_index("id_produk").loc[id_produk, "harga_jual"])


def _rp(n) -> str:
    return format_rupiah(int(n))


# Soal 1 — komisi atas harga setelah diskon penjual
soal1 = SoalNilai(
    kode="05_pasar_online.1",
    variabel="komisi_kopi",
    judul="Komisi Shopee untuk kopi yang didiskon",
    benar=lambda: biaya_persen(35_000 - 3_500, tarif_berlaku("shopee", TANGGAL).persen),
    jenis="rupiah",
    salah_umum=[
        SalahUmum(lambda j, b: j == biaya_persen(35_000, _SHOPEE.persen),
                  "Komisi dihitung dari harga SETELAH diskon yang ditanggung penjual."),
        SalahUmum(lambda j, b: j == biaya_persen(35_000 - 3_500 + 12_000, _SHOPEE.persen),
                  "Ongkos kirim tidak termasuk dasar komisi."),
        SalahUmum(lambda j, b: j == biaya_persen(35_000 - 3_500, _SHOPEE.persen) + _PER_PESANAN,
                  "Itu sudah ditambah biaya per pesanan. Yang ditanyakan komisinya saja."),
    ],
    petunjuk=["Dasar komisi = harga − diskon penjual. Ongkir tidak ikut.",
              "Persen komisi: tarif_berlaku('shopee', TANGGAL).persen (10 artinya 10%). "
              "Pakai biaya_persen(dasar, persen)."],
    solusi="komisi_kopi = biaya_persen(35_000 - 3_500, tarif_berlaku('shopee', TANGGAL).persen)",
)

# Soal 2 — biaya per pesanan dibagi ke barang
soal2 = SoalNilai(
    kode="05_pasar_online.2",
    variabel="biaya_keripik",
    judul="Bagian biaya per pesanan untuk baris keripik tempe",
    benar=lambda: int(bagi_proporsional(tarif_berlaku("shopee", TANGGAL).per_pesanan,
                                        pesanan_shopee["jumlah"]).iloc[1]),
    jenis="rupiah",
    salah_umum=[
        SalahUmum(lambda j, b: j == round(_PER_PESANAN / 3),
                  "Itu dibagi rata per baris. Shopee membagi biaya menurut JUMLAH BARANG (unit)."),
        SalahUmum(lambda j, b: j == _PER_PESANAN * 3 // 8 and j != b,
                  "Hampir! Bila semua bagian dibulatkan ke bawah, 1 rupiah hilang. Sisa rupiah diberikan "
                  "kepada bagian dengan pecahan terbesar (bagi_proporsional)."),
        SalahUmum(lambda j, b: j == _PER_PESANAN,
                  f"{_rp(_PER_PESANAN)} dipotong sekali untuk seluruh pesanan, lalu dibagi ke barang-barangnya."),
    ],
    petunjuk=["Pesanan berisi 1 + 3 + 4 = 8 unit. Bagian keripik sebanding dengan 3 dari 8 unit.",
              "biaya = tarif_berlaku('shopee', TANGGAL).per_pesanan; bagi_proporsional(biaya, "
              "pesanan_shopee['jumlah']) memberi bagian ketiga baris yang jumlahnya tepat sama dengan biaya; "
              "ambil baris kedua dengan .iloc[1]."],
    solusi=("biaya = tarif_berlaku('shopee', TANGGAL).per_pesanan\n"
            "biaya_keripik = int(bagi_proporsional(biaya, pesanan_shopee['jumlah']).iloc[1])"),
)

# Soal 3 — kelas usaha koperasi
soal3 = SoalNilai(
    kode="05_pasar_online.3",
    variabel="kelas_koperasi",
    judul="Kelas usaha KSU Tunas Makmur menurut omzetnya",
    benar=lambda: kelas_usaha(OMZET, TANGGAL),
    jenis="teks",
    pilihan=["usaha_mikro", "usaha_kecil", "usaha_menengah", "usaha_besar"],
    salah_umum=[
        SalahUmum(lambda j, b: str(j).strip().lower() == "usaha_mikro",
                  f"Usaha mikro paling banyak {_rp(_BATAS_MIKRO)} setahun (PP 7/2021). Omzet koperasi "
                  f"{_rp(OMZET)}, jauh di atasnya."),
        SalahUmum(lambda j, b: str(j).strip().lower() in ("usaha_menengah", "usaha_besar"),
                  f"Usaha menengah mulai di atas {_rp(_BATAS_KECIL)} setahun. Bandingkan lagi dengan omzet "
                  f"koperasi {_rp(OMZET)}."),
    ],
    petunjuk=["Omzet koperasi ada di variabel OMZET (jumlah pendapatan 2025). Lihat batasnya: "
              "muat_aturan('kelas_usaha').",
              "kelas_usaha(OMZET, TANGGAL)"],
    solusi="kelas_koperasi = kelas_usaha(OMZET, TANGGAL)",
)

# Soal 4 — MDR QRIS koperasi pada dua transaksi
soal4 = SoalNilai(
    kode="05_pasar_online.4",
    variabel="mdr_dua_transaksi",
    judul="MDR QRIS KSU Tunas Makmur untuk transaksi Rp 450.000 dan Rp 800.000",
    benar=lambda: biaya_mdr(450_000, TANGGAL, omzet_tahunan=OMZET) + biaya_mdr(800_000, TANGGAL, omzet_tahunan=OMZET),
    jenis="rupiah",
    salah_umum=[
        SalahUmum(lambda j, b: j == biaya_mdr(450_000, TANGGAL, "usaha_mikro") + biaya_mdr(800_000, TANGGAL,
                                                                                          "usaha_mikro"),
                  f"Itu tarif usaha mikro (bebas MDR sampai {_rp(_BEBAS_MIKRO)}). KSU Tunas Makmur usaha "
                  f"kecil: {teks_persen(_PERSEN_KECIL)} pada SETIAP transaksi."),
        SalahUmum(lambda j, b: j == biaya_mdr(800_000, TANGGAL, omzet_tahunan=OMZET),
                  "Transaksi yang kecil juga kena: batas bebas MDR hanya untuk usaha mikro."),
    ],
    petunjuk=["Kelas koperasi dari soal 3 menentukan tarifnya: tarif_berlaku('qris', TANGGAL, "
              "omzet_tahunan=OMZET).mdr",
              "biaya_mdr(nilai, TANGGAL, omzet_tahunan=OMZET) menghitung satu transaksi; jumlahkan keduanya."],
    solusi=("mdr_dua_transaksi = (biaya_mdr(450_000, TANGGAL, omzet_tahunan=OMZET)\n"
            "                     + biaya_mdr(800_000, TANGGAL, omzet_tahunan=OMZET))"),
)


def _laba_paket():
    return rincian_harga(_jual("PR10"), "shopee", harga_pokok=_pokok("PR10"), jumlah=3, tanggal=TANGGAL)["laba"]


# Soal 5 — laba paket
soal5 = SoalNilai(
    kode="05_pasar_online.5",
    variabel="laba_paket",
    judul="Laba satu pesanan paket isi 3 keripik tempe di Shopee",
    benar=_laba_paket,
    jenis="rupiah",
    salah_umum=[
        SalahUmum(lambda j, b: j == 3 * rincian_harga(_jual("PR10"), "shopee", harga_pokok=_pokok("PR10"),
                                                      tanggal=TANGGAL)["laba"],
                  "Itu tiga pesanan terpisah: biaya per pesanan terpotong tiga kali. Paket isi 3 adalah SATU "
                  "pesanan (jumlah=3)."),
        SalahUmum(lambda j, b: j == b + _PER_PESANAN,
                  f"Biaya per pesanan {_rp(_PER_PESANAN)} belum dikurangkan."),
    ],
    petunjuk=["Keripik tempe adalah PR10: lihat harga_pokok dan harga_jual di tabel produk.",
              "rincian_harga(harga_jual, 'shopee', harga_pokok=..., jumlah=3, tanggal=TANGGAL)['laba']"],
    solusi=("pr10 = produk.set_index('id_produk').loc['PR10']\n"
            "laba_paket = rincian_harga(int(pr10['harga_jual']), 'shopee', harga_pokok=int(pr10['harga_pokok']),\n"
            "                           jumlah=3, tanggal=TANGGAL)['laba']"),
)


def _biaya_tetap() -> int:
    return biaya_tetap_daring(mulai=TANGGAL, bulan=3, bagian_waktu_petugas=BAGIAN_WAKTU_PETUGAS,
                              wilayah="Kabupaten Malang", biaya_lain=BIAYA_FOTO).attrs["jumlah"]


def _impas(kemasan: int = KEMASAN, biaya_tetap=None) -> int:
    return titik_impas_daring(_biaya_tetap() if biaya_tetap is None else biaya_tetap, _jual("PR07"), _pokok("PR07"),
                              "shopee", kemasan_per_pesanan=kemasan, tanggal=TANGGAL)["pesanan"]


# Soal 6 — titik impas dengan waktu petugas (UMK) dan kemasan per pesanan
soal6 = SoalNilai(
    kode="05_pasar_online.6",
    variabel="pesanan_impas",
    judul="Berapa pesanan kopi robusta di Shopee untuk menutup biaya tiga bulan pertama?",
    benar=_impas,
    jenis="bulat",
    salah_umum=[
        SalahUmum(lambda j, b: j == b - 1,
                  "Hampir! Dengan pesanan sebanyak itu biaya tetap belum tertutup penuh: bulatkan ke ATAS."),
        SalahUmum(lambda j, b: j == _impas(kemasan=0),
                  "Kemasan kiriman belum dihitung: kemasan dibayar SETIAP pesanan, jadi mengurangi laba per "
                  "pesanan (kemasan_per_pesanan=...)."),
        SalahUmum(lambda j, b: j == _impas(biaya_tetap=BIAYA_FOTO),
                  "Waktu petugas juga biaya, walaupun petugasnya karyawan yang sudah ada: nilai paling sedikit "
                  "UMK x bagian waktunya."),
    ],
    petunjuk=["Biaya tetap tiga bulan: biaya_tetap_daring(mulai=TANGGAL, bulan=3, bagian_waktu_petugas=..., "
              "wilayah='Kabupaten Malang', biaya_lain=...).attrs['jumlah']",
              "titik_impas_daring(biaya_tetap, harga_jual, harga_pokok, 'shopee', kemasan_per_pesanan=KEMASAN, "
              "tanggal=TANGGAL)['pesanan']"],
    solusi=("biaya = biaya_tetap_daring(mulai=TANGGAL, bulan=3, bagian_waktu_petugas=BAGIAN_WAKTU_PETUGAS,\n"
            "                           wilayah='Kabupaten Malang', biaya_lain=BIAYA_FOTO).attrs['jumlah']\n"
            "pr07 = produk.set_index('id_produk').loc['PR07']\n"
            "pesanan_impas = titik_impas_daring(biaya, int(pr07['harga_jual']), int(pr07['harga_pokok']), 'shopee',\n"
            "                                   kemasan_per_pesanan=KEMASAN, tanggal=TANGGAL)['pesanan']"),
)

# Soal 7 — harga minimum
soal7 = SoalNilai(
    kode="05_pasar_online.7",
    variabel="harga_arabika",
    judul="Harga terendah kopi arabika di Shopee agar laba per bungkus paling sedikit Rp 10.000",
    benar=lambda: harga_minimum(_pokok("PR08"), "shopee", laba_minimum=10_000, tanggal=TANGGAL),
    jenis="rupiah",
    salah_umum=[
        SalahUmum(lambda j, b: j == _pokok("PR08") + 10_000,
                  f"Itu lupa biaya platform: Shopee memotong komisi dan {_rp(_PER_PESANAN)} per pesanan."),
        SalahUmum(lambda j, b: j == _pokok("PR08") + 10_000 + _PER_PESANAN,
                  "Biaya per pesanan sudah masuk, komisinya belum."),
        SalahUmum(lambda j, b: abs(j - b) <= 2 and j != b,
                  "Sangat dekat! Cek laba pada harga Anda dan satu rupiah di bawahnya dengan rincian_harga."),
    ],
    petunjuk=["Kopi arabika adalah PR08. Harga P memenuhi bila P − komisi(P) − biaya per pesanan − harga pokok "
              "≥ 10.000.",
              "harga_minimum(harga_pokok, 'shopee', laba_minimum=10_000, tanggal=TANGGAL)"],
    solusi=("pokok = int(produk.set_index('id_produk').loc['PR08', 'harga_pokok'])\n"
            "harga_arabika = harga_minimum(pokok, 'shopee', laba_minimum=10_000, tanggal=TANGGAL)"),
)


def _terbesar_november():
    t = pasar.ringkasan(siap, ["bulan", "kanal"])
    nov = t[t["bulan"] == "2025-11"].sort_values(["pendapatan", "kanal"], ascending=[False, True])
    return nov["kanal"].iloc[0]


# Soal 8 — membaca grafik kanal
soal8 = SoalNilai(
    kode="05_pasar_online.8",
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

# Soal 9 — mengapa: QRIS kecil pun kena MDR
soal9 = SoalNilai(
    kode="05_pasar_online.9",
    variabel="alasan_mdr",
    judul="Mengapa pesanan WhatsApp yang kecil pun kena MDR?",
    benar="B",
    jenis="teks",
    pilihan=["A", "B", "C"],
    salah_umum=[
        SalahUmum(lambda j, b: str(j).strip().upper() == "A",
                  "Ongkir memang ikut nilai transaksi QRIS, tetapi pesanan ini tetap kecil. Alasannya ada pada "
                  "siapa penjualnya, bukan pada nilai transaksinya."),
        SalahUmum(lambda j, b: str(j).strip().upper() == "C",
                  "Penjual DILARANG membebankan MDR kepada pembeli. MDR selalu dipotong dari uang yang diterima "
                  "koperasi."),
    ],
    petunjuk=["Tarif bebas MDR berlaku untuk kelas usaha tertentu saja. Kelas apa KSU Tunas Makmur (soal 3)?"],
    solusi='alasan_mdr = "B"',
)

# Soal 10 — mengapa: SHU setelah pajak
soal10 = SoalNilai(
    kode="05_pasar_online.10",
    variabel="alasan_shu",
    judul="Apakah tambahan laba sama dengan tambahan SHU yang dibagi?",
    benar="C",
    jenis="teks",
    pilihan=["A", "B", "C"],
    salah_umum=[
        SalahUmum(lambda j, b: str(j).strip().upper() == "A",
                  "Laba skenario adalah laba SEBELUM pajak. UU 25/1992 Pasal 45 ayat (1): SHU adalah pendapatan "
                  "dikurangi biaya, penyusutan dan kewajiban lain TERMASUK PAJAK."),
        SalahUmum(lambda j, b: str(j).strip().upper() == "B",
                  "Cadangan adalah bagian DARI SHU yang dibagi menurut AD/ART, bukan tambahan di luarnya."),
    ],
    petunjuk=["Di pelajaran 05, apa yang dipotong dulu sebelum SHU dibagi ke pos-pos AD/ART?"],
    solusi='alasan_shu = "C"',
)

# Soal 11 — refleksi
soal11 = SoalRefleksi(
    kode="05_pasar_online.11",
    variabel="langkah_pertama",
    judul="Langkah pertama koperasi Anda untuk berjualan daring",
    minimal_kata=8,
    petunjuk=["Lihat daftar periksa pasar.kesiapan_digital(): butir mana yang masih 0 di koperasi Anda?"],
    solusi=('langkah_pertama = "Menghitung harga pokok setiap produk dan harga minimum di Shopee '
            'sebelum memasang produk, lalu membuat paket agar biaya per pesanan terbagi."'),
)

SOAL = [soal1, soal2, soal3, soal4, soal5, soal6, soal7, soal8, soal9, soal10, soal11]

__all__ = ["____", "TANGGAL", "OMZET", "KEMASAN", "BAGIAN_WAKTU_PETUGAS", "BIAYA_FOTO", "pd", "pasar", "penjualan",
           "produk", "siap", "pesanan_shopee", "bandingkan_kanal", "biaya_mdr", "biaya_persen", "biaya_tetap_daring",
           "harga_minimum", "kelas_usaha", "muat_aturan", "rincian_harga", "tarif_berlaku", "titik_impas",
           "titik_impas_daring", "bagi_proporsional",
           "soal1", "soal2", "soal3", "soal4", "soal5", "soal6", "soal7", "soal8", "soal9", "soal10", "soal11"]
