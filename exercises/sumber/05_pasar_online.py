# %% [metadata]
# {"modul": "05", "judul": "Latihan 05 — Pasar online", "jenis": "latihan",
#  "tujuan": ["Menghitung komisi dan biaya per pesanan dengan benar",
#             "Menentukan kelas usaha koperasi dan berapa biaya QRIS baginya",
#             "Menghitung laba paket, titik impas dan harga minimum agar setiap pesanan untung",
#             "Menjelaskan mengapa: MDR QRIS koperasi dan SHU setelah pajak"],
#  "poin_kunci": ["Komisi dari harga dikurangi diskon penjual, tanpa ongkir",
#                 "Biaya per pesanan dibagi menurut jumlah barang dan jumlahnya tepat sama",
#                 "Kelas usaha menurut omzet menentukan MDR QRIS; bebas MDR hanya untuk usaha mikro",
#                 "Kemasan adalah biaya per pesanan; waktu petugas paling sedikit UMK; titik impas dibulatkan ke atas"],
#  "menit": {"mengajar": 0, "latihan": 40}, "modul_latihan": "kopkit.latihan.modul_05"}

# %% [markdown]
# # Latihan 05 — Pasar online
#
# KSU Tunas Makmur merencanakan penjualan daring untuk 2026. Semua soal memakai tarif yang
# berlaku pada tanggal rencana `TANGGAL` (1 Maret 2026) dari tabel tarif kopkit. Soal-soal hanya
# memakai tarif yang sumbernya sudah diperiksa; tarif TikTok Shop/Tokopedia dan Lazada yang belum
# dipastikan (tanda `?` di tabel) tidak dipakai.
#
# Cara mengerjakan setiap soal:
# 1. Ganti `____` di sel jawaban dengan jawaban Anda, lalu jalankan sel itu (**Shift + Enter**).
# 2. Jalankan sel `cek()` di bawahnya. Hijau berarti benar; merah memberi alasan.
# 3. Buntu? Hapus tanda `#` di depan `petunjuk()` atau `solusi()`, lalu jalankan.
#
# Jalankan dulu sel persiapan di bawah ini.

# %%
from kopkit.latihan.modul_05 import *
print("Persiapan selesai. Tersedia: produk, penjualan, siap, pesanan_shopee, OMZET, dan fungsi biaya. Selamat berlatih!")

# %%
produk[["id_produk", "nama", "harga_pokok", "harga_jual"]]

# %% [markdown]
# ## Soal 1 — Komisi atas harga yang didiskon
#
# Kopi robusta dijual Rp 35.000 di Shopee. Koperasi memberi **diskon penjual** Rp 3.500, dan
# pembeli membayar ongkir Rp 12.000. Berapa **komisi platform** untuk pesanan ini?
# Simpan di `komisi_kopi`.

# %% @soal soal1

# %% [markdown]
# ## Soal 2 — Biaya per pesanan dibagi ke barang
#
# Pesanan Shopee di bawah berisi tiga baris produk. Shopee memotong biaya per pesanan **sekali
# per pesanan**, lalu membaginya ke barang menurut **jumlah unit**. Berapa bagian baris keripik
# tempe (rupiah bulat; ketiga bagian harus berjumlah tepat biaya per pesanan)? Simpan di `biaya_keripik`.

# %%
pesanan_shopee

# %% @soal soal2

# %% [markdown]
# ## Soal 3 — Koperasi Anda termasuk kelas usaha apa?
#
# Bank Indonesia menetapkan MDR (*Merchant Discount Rate*, potongan untuk penjual) untuk pembayaran
# QRIS (*Quick Response Code Indonesian Standard*, kode pembayaran Bank Indonesia) menurut
# **kelas usaha** penjual. Kelasnya ditentukan oleh hasil penjualan setahun (PP 7/2021). Omzet
# KSU Tunas Makmur tahun 2025 ada di variabel `OMZET`. Termasuk kelas apa koperasi ini:
# `"usaha_mikro"`, `"usaha_kecil"`, `"usaha_menengah"` atau `"usaha_besar"`? Simpan di `kelas_koperasi`.

# %%
muat_aturan("kelas_usaha")[["kelas", "omzet_min", "omzet_maks", "sumber"]]

# %% @soal soal3

# %% [markdown]
# ## Soal 4 — Berapa biaya QRIS bagi koperasi Anda?
#
# Dua pembeli membayar lewat QRIS koperasi: Rp 450.000 dan Rp 800.000. Dengan kelas usaha dari
# soal 3, berapa **jumlah MDR** kedua transaksi? Simpan di `mdr_dua_transaksi`.

# %% @soal soal4

# %% [markdown]
# ## Soal 5 — Laba paket
#
# **Tebak dulu:** mana yang lebih untung bagi koperasi — tiga pesanan berisi satu bungkus
# keripik tempe (PR10), atau satu pesanan paket isi 3? Lalu hitung: berapa **laba satu pesanan
# paket isi 3** keripik tempe di Shopee, pada harga jualnya? Simpan di `laba_paket`.

# %% @soal soal5

# %% [markdown]
# ## Soal 6 — Titik impas tiga bulan pertama
#
# Untuk membuka toko Shopee, koperasi menugaskan petugas **seperempat waktu kerjanya**
# (`BAGIAN_WAKTU_PETUGAS`), dinilai paling sedikit UMK (Upah Minimum Kabupaten) Kabupaten Malang,
# selama tiga bulan mulai `TANGGAL`, ditambah foto dan perlengkapan `BIAYA_FOTO`. Setiap pesanan
# memakai kemasan kiriman seharga `KEMASAN`. Setiap pesanan berisi satu bungkus kopi robusta
# (PR07) pada harga jualnya. Berapa **pesanan** sampai biaya tetap itu tertutup? Simpan di `pesanan_impas`.
#
# Di Excel: `=ROUNDUP(biaya_tetap/(laba_per_pesanan-kemasan);0)`.

# %% @soal soal6

# %% [markdown]
# ## Soal 7 — Harga minimum
#
# Berapa **harga terendah** (rupiah penuh) kopi arabika Jabung (PR08) di Shopee agar laba per
# bungkus paling sedikit Rp 10.000 setelah semua biaya platform? Simpan di `harga_arabika`.

# %% @soal soal7

# %% [markdown]
# ## Soal 8 — Membaca grafik kanal
#
# Grafik di bawah menunjukkan pendapatan per bulan setiap kanal tahun 2025. Pada **November 2025**,
# kanal mana yang pendapatannya paling besar? Jawab dengan nama kanal seperti di tabel:
# `"toko_offline"`, `"whatsapp"`, `"shopee"` atau `"tiktok_tokopedia"`. Simpan di `kanal_november`.

# %%
import matplotlib.pyplot as plt

pasar.grafik_pendapatan_kanal(siap)
plt.show()

# %% @soal soal8

# %% [markdown]
# ## Soal 9 — Mengapa? Pesanan WhatsApp yang kecil pun kena MDR
#
# Pembeli membayar pesanan WhatsApp senilai Rp 58.000 lewat QRIS koperasi, dan bank memotong MDR.
# Mengapa, padahal transaksinya kecil? Pilih satu dan simpan hurufnya di `alasan_mdr`:
#
# - **A** — karena ongkos kirim ikut dihitung dalam nilai transaksi;
# - **B** — karena KSU Tunas Makmur termasuk usaha kecil, sedangkan bebas MDR hanya untuk usaha mikro;
# - **C** — karena pembeli memilih menanggung MDR.

# %% @soal soal9

# %% [markdown]
# ## Soal 10 — Mengapa? Laba tambahan dan SHU
#
# Skenario berjualan daring menambah laba koperasi Rp 10.000.000 setahun. Apakah SHU yang dibagi
# di RAT (Rapat Anggota Tahunan) juga bertambah Rp 10.000.000? Pilih satu dan simpan hurufnya di `alasan_shu`:
#
# - **A** — ya, tambahan laba sama dengan tambahan SHU;
# - **B** — lebih besar, karena cadangan ikut dibagi;
# - **C** — lebih kecil, karena pajak penghasilan dipotong dulu; baru SHU setelah pajak dibagi ke pos-pos AD/ART.

# %% @soal soal10

# %% [markdown]
# ## Soal 11 — Langkah pertama
#
# Tulis satu langkah pertama yang akan dilakukan koperasi Anda untuk mulai berjualan daring
# (paling sedikit delapan kata), di antara tanda kutip. Bahas dengan fasilitator.

# %% @soal soal11

# %% [markdown]
# Selesai! Jalankan `kopkit.latihan.progres.ringkasan()` untuk melihat kemajuan Anda.

# %%
from kopkit.latihan import progres
progres.ringkasan()[["kode", "status"]]
