# %% [metadata]
# {"modul": "02", "judul": "Latihan 02 — SHU", "jenis": "latihan",
#  "tujuan": ["Menghitung pos SHU dari persen AD/ART", "Menghitung jasa modal dan jasa usaha seorang anggota",
#             "Mengenali aturan yang tidak berjumlah 100%", "Menghitung sisa pembulatan dan daftar pembagian lengkap",
#             "Menjelaskan mengapa: simpanan sukarela, anggota yang keluar, sisa pembulatan",
#             "Menghitung rencana dana sosial yang disetujui RAT"],
#  "poin_kunci": ["Pos = persen/100 × SHU", "Jasa modal sebanding simpanan, jasa usaha sebanding transaksi",
#                 "Daftar pembagian harus berjumlah tepat sama dengan pos"],
#  "menit": {"mengajar": 0, "latihan": 40}, "modul_latihan": "kopkit.latihan.modul_02"}

# %% [markdown]
# # Latihan 02 — SHU KSU Tunas Makmur
#
# Anda bendahara KSU Tunas Makmur yang menyiapkan pembagian SHU tahun buku 2025 untuk RAT.
#
# Cara mengerjakan setiap soal:
# 1. Ganti `____` di sel jawaban dengan jawaban Anda, lalu jalankan sel itu (**Shift + Enter**).
# 2. Jalankan sel `cek()` di bawahnya. Hijau berarti benar; merah memberi alasan.
# 3. Buntu? Hapus tanda `#` di depan `petunjuk()` atau `solusi()`, lalu jalankan.
#
# Jalankan dulu sel persiapan di bawah ini.

# %%
from kopkit.latihan.modul_02 import *
from kopkit.dasar.uang import format_rupiah

print("SHU 2025:", format_rupiah(shu))
print("Persiapan selesai. Tersedia: shu, aturan, alokasi, pos, simpanan, transaksi, bobot, anggota, aktif.")

# %% [markdown]
# Aturan pembagian SHU KSU Tunas Makmur (AD/ART):

# %%
aturan[["pos", "persen"]]

# %% [markdown]
# ## Soal 1 — Pos dana pendidikan
#
# AD/ART menetapkan **dana pendidikan 5%** dari SHU. Berapa rupiah pos dana pendidikan?
# Bulatkan ke rupiah. Simpan di `pos_dana_pendidikan`.

# %% @soal soal1

# %% [markdown]
# ## Soal 2 — Rumus SHU seorang anggota
#
# Tulis fungsi `shu_anggota` yang menghitung SHU seorang anggota seperti di buku pelajaran:
#
# SHU = simpanan_i / total_simpanan × pos_jm + transaksi_i / total_transaksi × pos_ju
#
# Jangan dibulatkan di dalam fungsi. (Fungsi Anda diuji dengan soal-soal buku, mis. koperasi dengan
# SHU Rp 40 juta, pos jasa modal Rp 10 juta dan pos jasa usaha Rp 12 juta.)

# %% @soal soal2

# %% [markdown]
# ## Soal 3 — Jasa modal Tutik Lestari
#
# Tutik Lestari (A0002) punya simpanan pokok + wajib `simpanan['A0002']`. Berapa **jasa modal**-nya?
# Gunakan Σ simpanan **anggota aktif** (`simpanan[aktif].sum()`) dan pos `pos['jasa_modal']`.
# Bulatkan ke rupiah terdekat. Simpan di `jasa_modal_tutik`.

# %% @soal soal3

# %% [markdown]
# ## Soal 4 — Jasa usaha Tutik Lestari
#
# Transaksi ada di tabel `transaksi` (kolom `toko`, `produsen` = setoran susu, `usp` = jasa
# pinjaman). Menurut AD/ART (dataset `dasar_shu`), setoran susu dihitung **25%**:
# transaksi berbobot = toko + 0,25 × produsen + usp. Berapa **jasa usaha** Tutik Lestari?
# Bulatkan ke rupiah terdekat. Simpan di `jasa_usaha_tutik`.

# %% @soal soal4

# %% [markdown]
# ## Soal 5 — Aturan yang tidak berjumlah 100%
#
# Seorang pengurus mengusulkan aturan baru:

# %%
aturan_usulan

# %% [markdown]
# Aturan ini akan ditolak. Berapa **persen kelebihannya**? Simpan di `kelebihan_persen`.

# %% @soal soal5

# %% [markdown]
# ## Soal 6 — Sisa pembulatan
#
# Supaya mudah dibayar tunai, RAT memutuskan setiap bagian dibulatkan **ke bawah ke Rp 100**.
# Berapa rupiah pos **jasa modal** yang tersisa karena pembulatan itu (dan masuk cadangan)?
# Simpan di `sisa_pembulatan_jm`.

# %% @soal soal6

# %% [markdown]
# ## Soal 7 — Daftar pembagian lengkap
#
# Buat daftar pembagian SHU semua anggota yang berhak (anggota yang keluar sebelum akhir tahun tidak
# ikut), dengan pembulatan bawaan (sisa terbesar). Simpan tabel dengan kolom `id_anggota`,
# `jasa_modal`, `jasa_usaha`, `total` di `daftar`.

# %% @soal soal7

# %% [markdown]
# ## Soal 8 — Mengapa? Simpanan sukarela
#
# Dasar jasa modal KSU Tunas Makmur adalah simpanan pokok + wajib; simpanan sukarela tidak ikut.
# Mengapa? Tulis `"sudah mendapat jasa simpanan"`, `"bukan milik anggota"` atau
# `"jumlahnya terlalu kecil"` di `alasan_sukarela`.

# %% @soal soal8

# %% [markdown]
# ## Soal 9 — Mengapa? Anggota yang keluar
#
# Anggota `anggota_keluar_september` keluar pada bulan September 2025. Apakah ia menerima SHU 2025?
# Tulis `"ya"` atau `"tidak"` di `keluar_september_dapat_shu` — dan siapkan alasannya untuk diskusi.

# %% @soal soal9

# %% [markdown]
# ## Soal 10 — Mengapa? Sisa pembulatan
#
# Bila setiap bagian anggota dibulatkan ke bawah ke Rp 100, ke pos mana rupiah sisanya dimasukkan?
# Tulis nama posnya (mis. `"cadangan"`) di `pos_sisa_pembulatan`.

# %% @soal soal10

# %% [markdown]
# ## Soal 11 — Dana sosial yang diputuskan RAT
#
# Cerita pelajaran: sebuah koperasi di Kabupaten Malang memakai dana sosialnya untuk 520 paket sembako
# dan 16 perbaikan rumah sesudah gempa 2021. RAT KSU Tunas Makmur menyetujui rencana yang sama untuk
# dana sosial 2025 (`rencana_rat`: 65% sembako @Rp 125.000, 35% perbaikan rumah @Rp 2.150.000). Berapa
# **paket sembako** yang terbiayai? Simpan di `paket_sembako`.

# %% @soal soal11

# %% [markdown]
# ## Selesai
#
# Periksa: apakah `daftar['total'].sum()` sama dengan pos jasa modal + jasa usaha? Di RAT, daftar ini
# diekspor ke Excel dengan `ekspor_daftar_shu` (lihat pelajaran bagian 8).
