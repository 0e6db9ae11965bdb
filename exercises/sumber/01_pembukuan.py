# %% [metadata]
# {"modul": "01", "judul": "Latihan 01 — Pembukuan", "jenis": "latihan",
#  "tujuan": ["Menjurnal sebuah kuitansi", "Menggolongkan akun simpanan anggota",
#             "Menemukan bukti yang tidak seimbang", "Menghitung jumlah neraca saldo",
#             "Membaca Laporan Perhitungan Hasil Usaha", "Membetulkan salah posting dengan jurnal koreksi",
#             "Menjelaskan mengapa: SHU setelah pajak, jasa giro final, bagian lancar utang bank"],
#  "poin_kunci": ["Setiap bukti: debit = kredit", "Simpanan sukarela adalah liabilitas",
#                 "Salah akun tidak membuat bukti tidak seimbang; perbaiki dengan jurnal koreksi"],
#  "menit": {"mengajar": 0, "latihan": 45}, "modul_latihan": "kopkit.latihan.modul_01"}

# %% [markdown]
# # Latihan 01 — Pembukuan KSU Tunas Makmur
#
# Anda staf pembukuan KSU Tunas Makmur yang menyiapkan laporan keuangan tahun buku 2025.
#
# Cara mengerjakan setiap soal:
# 1. Ganti `____` di sel jawaban dengan jawaban Anda, lalu jalankan sel itu (**Shift + Enter**).
# 2. Jalankan sel `cek()` di bawahnya. Hijau berarti benar; merah memberi alasan.
# 3. Buntu? Hapus tanda `#` di depan `petunjuk()` atau `solusi()`, lalu jalankan.
#
# Jalankan dulu sel persiapan di bawah ini.

# %%
from kopkit.latihan.modul_01 import *

print("Persiapan selesai. Tersedia: akun, jurnal, jurnal_staf, neraca_saldo, buku_besar,")
print("laporan_hasil_usaha, validasi_jurnal, tabel_masalah.")

# %% [markdown]
# ## Soal 1 — Menjurnal kuitansi
#
# Senin, 10 Maret 2025, bendahara membayar tagihan listrik kantor bulan Februari **Rp 1.350.000
# tunai**. Tulis jurnalnya sebagai daftar `(kode akun, debit, kredit)`, misalnya
# `[("101", 100000, 0), ("301", 0, 100000)]`. Simpan di `bukti_listrik`.
#
# Kode akun ada di tabel `akun`:

# %%
akun[["kode", "nama", "jenis", "saldo_normal"]]

# %% @soal soal1

# %% [markdown]
# ## Soal 2 — Menggolongkan akun
#
# Simpanan sukarela anggota termasuk jenis akun apa? Pilih salah satu: `"aset"`, `"liabilitas"`,
# `"ekuitas"`, `"pendapatan"`, `"beban"`. Simpan di `jenis_simpanan_sukarela`.

# %% @soal soal2

# %% [markdown]
# ## Soal 3 — Mencari bukti yang tidak seimbang
#
# Staf baru mengetik ulang jurnal bulan Maret 2025 ke `jurnal_staf`. Ada salah ketik. Temukan
# **semua nomor bukti** yang jumlah debitnya tidak sama dengan jumlah kreditnya. Simpan sebagai
# daftar, mis. `["BKM-2025-00001", "BKK-2025-00002"]`, di `bukti_tidak_seimbang`.
#
# (Boleh mengerjakannya dengan `groupby`, atau dengan `validasi_jurnal(jurnal_staf, akun)`.)

# %% @soal soal3

# %% [markdown]
# ## Soal 4 — Jumlah neraca saldo
#
# Susun neraca saldo KSU Tunas Makmur **per 30 Juni 2025** dari `jurnal`. Berapa jumlah kolom
# debitnya? Simpan di `jumlah_debit_neraca_saldo`.

# %% @soal soal4

# %% [markdown]
# ## Soal 5 — Membaca Laporan Perhitungan Hasil Usaha
#
# Berapa **SHU sebelum pajak** KSU Tunas Makmur tahun 2025? Simpan di `shu_sebelum_pajak`.

# %% @soal soal5

# %% [markdown]
# ## Soal 6 — Membetulkan salah posting
#
# Di `jurnal_staf`, pembayaran listrik bulan Maret dibukukan ke akun **525 Sewa**, padahal
# seharusnya ke **524 Listrik, air dan telepon**. Bukti itu tetap seimbang, jadi pemeriksaan
# keseimbangan tidak menemukannya. Bukti asli tidak dihapus; kita membuat **jurnal koreksi**.
# Tulis jurnal koreksinya sebagai daftar `(kode akun, debit, kredit)` di `jurnal_koreksi`.

# %% @soal soal6

# %% [markdown]
# ## Soal 7 — Refleksi
#
# Kesalahan pembukuan apa yang paling sering terjadi di koperasi Anda, dan kapan biasanya
# ketahuan? Tulis dalam satu atau dua kalimat di `kesalahan_di_koperasi`.

# %% @soal soal7

# %% [markdown]
# ## Soal 8 — Mengapa? Sebelum atau setelah pajak
#
# SHU tahun buku 2025 yang dibagi di RAT: **sebelum pajak** atau **setelah pajak**? Tulis salah satu
# di `shu_yang_dibagi`. Pikirkan alasannya sebelum memeriksa.

# %% @soal soal8

# %% [markdown]
# ## Soal 9 — Mengapa? Jasa giro dan pajak
#
# Jasa giro (akun 408) ikut menambah SHU, tetapi tidak dihitung dalam penghasilan kena pajak.
# Mengapa? Tulis `"sudah dikenai PPh final"`, `"bukan pendapatan koperasi"` atau
# `"jumlahnya terlalu kecil"` di `alasan_jasa_giro`.

# %% @soal soal9

# %% [markdown]
# ## Soal 10 — Mengapa? Bagian lancar utang bank
#
# Utang bank KSU Tunas Makmur Rp 240 juta dicicil Rp 10 juta sebulan. Di kelompok mana bagian yang
# jatuh tempo dalam 12 bulan disajikan: `"Liabilitas jangka pendek"` atau
# `"Liabilitas jangka panjang"`? Simpan di `kelompok_bagian_lancar`.

# %% @soal soal10

# %% [markdown]
# ## Selesai
#
# Bagus! Anda sudah menjurnal, memeriksa, menyusun neraca saldo, membaca laporan hasil usaha,
# membetulkan salah posting, dan menjelaskan tiga "mengapa" di balik laporan. Lanjut ke modul 02: membagi SHU.
