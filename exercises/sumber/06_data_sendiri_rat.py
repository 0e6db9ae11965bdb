# %% [metadata]
# {"modul": "06", "judul": "Latihan 06 — Data sendiri dan paket RAT", "jenis": "latihan",
#  "tujuan": ["Menemukan masalah data dari daftar kopkit", "Membetulkan kesalahan sampai paket RAT jadi",
#             "Membaca angka ODS dari paket", "Memeriksa satu baris Daftar Pembagian SHU",
#             "Membedakan hasil hitungan dan keputusan RAT"],
#  "poin_kunci": ["Semua masalah disebut sekaligus dengan lembar, baris, kolom", "Paket jadi hanya bila data bersih",
#                 "SHU per anggota dapat dicek dengan tangan", "Pembagian SHU diputuskan RAT"],
#  "menit": {"mengajar": 0, "latihan": 30}, "modul_latihan": "kopkit.latihan.modul_06"}

# %% [markdown]
# # Latihan 06 — Data sendiri dan paket RAT
#
# Anda pemegang buku KSU Tunas Makmur. Berkas `Data Koperasi 2025.xlsx` sudah diisi, tetapi ada
# beberapa kesalahan. Tugas Anda: temukan, betulkan, buat paket RAT (Rapat Anggota Tahunan), lalu
# periksa isinya.
#
# Cara mengerjakan setiap soal:
# 1. Ganti `____` di sel jawaban dengan jawaban Anda, lalu jalankan sel itu (**Shift + Enter**).
# 2. Jalankan sel `cek()` di bawahnya. Hijau berarti benar; merah memberi alasan.
# 3. Buntu? Hapus tanda `#` di depan `petunjuk()` atau `solusi()`, lalu jalankan.
#
# Jalankan dulu sel persiapan (sekitar satu menit: berkas Excel ditulis dan diperiksa).

# %%
from kopkit.latihan.modul_06 import *

print("Persiapan selesai. Tersedia: folder_salah, berkas_salah, masalah, rat.")

# %% [markdown]
# Masalah yang ditemukan kopkit di folder itu:

# %%
masalah[["lembar", "baris", "kolom", "pesan"]]

# %% [markdown]
# ## Soal 1 — Bukti yang tidak seimbang
#
# Salah satu bukti jurnal tidak seimbang (debit ≠ kredit). Tulis **nomor bukti**-nya sebagai teks,
# mis. `"BKM-2025-00001"`. Simpan di `bukti_timpang`.

# %% @soal soal1

# %% [markdown]
# ## Soal 2 — Betulkan, lalu buat paketnya
#
# Betulkan setiap masalah dengan `rat.ubah_sel(berkas_salah, lembar, baris, kolom, nilai)` (di
# kantor Anda cukup mengetik di Excel). Bila `rat.periksa_folder(folder_salah)[1]` sudah kosong,
# buat paketnya: `hasil = rat.buat_paket_rat(folder_salah)`. Simpan jumlah kolom `total` Daftar
# Pembagian SHU (`hasil.pembagian.tabel`) di `total_daftar_shu`.

# %% @soal soal2

# %% [markdown]
# ## Soal 3 — Satu angka untuk ODS
#
# Berapa **modal luar** yang harus dilaporkan ke ODS (*Online Data System*)? Lihat lembar *Data
# ODS* di berkas Excel paket, atau `hasil.ods`. Simpan di `modal_luar`.

# %% @soal soal3

# %% [markdown]
# ## Soal 4 — Cek satu baris Daftar SHU dengan tangan
#
# Hitung jasa usaha anggota **A0002**: transaksi A0002 ÷ jumlah transaksi semua anggota × pos jasa
# usaha. Di Excel: `=D6/SUM(D:D)*<pos jasa usaha>`. Simpan di `jasa_usaha_a0002` (boleh berdesimal).

# %% @soal soal4

# %% [markdown]
# ## Soal 5 — Apa yang masih harus diputuskan RAT?
#
# Pilih satu: `"a"`, `"b"`, atau `"c"` (lihat `PILIHAN_RAT` dan `hasil.keputusan_rat`).

# %%
PILIHAN_RAT

# %% @soal soal5
