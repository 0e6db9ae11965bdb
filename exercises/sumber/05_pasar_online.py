# %% [metadata]
# {"modul": "05", "judul": "Latihan 05 — Pasar online", "jenis": "latihan",
#  "tujuan": ["Menghitung komisi, biaya per pesanan dan MDR QRIS dengan benar",
#             "Memilih kanal dan harga agar setiap pesanan untung",
#             "Menghitung titik impas berjualan daring dan membaca grafik kanal"],
#  "poin_kunci": ["Komisi dari harga dikurangi diskon penjual, tanpa ongkir",
#                 "Biaya per pesanan dibagi menurut jumlah barang dan jumlahnya tepat Rp1.250",
#                 "Titik impas selalu dibulatkan ke atas"],
#  "menit": {"mengajar": 0, "latihan": 40}, "modul_latihan": "kopkit.latihan.modul_05"}

# %% [markdown]
# # Latihan 05 — Pasar online
#
# KSU Tunas Makmur merencanakan penjualan daring untuk 2026. Semua soal memakai tarif yang
# berlaku pada tanggal rencana `TANGGAL` (1 Maret 2026) dari tabel tarif kopkit.
#
# Cara mengerjakan setiap soal:
# 1. Ganti `____` di sel jawaban dengan jawaban Anda, lalu jalankan sel itu (**Shift + Enter**).
# 2. Jalankan sel `cek()` di bawahnya. Hijau berarti benar; merah memberi alasan.
# 3. Buntu? Hapus tanda `#` di depan `petunjuk()` atau `solusi()`, lalu jalankan.
#
# Jalankan dulu sel persiapan di bawah ini.

# %%
from kopkit.latihan.modul_05 import *
print("Persiapan selesai. Tersedia: produk, penjualan, siap, pesanan_shopee, dan fungsi biaya. Selamat berlatih!")

# %%
produk[["id_produk", "nama", "harga_pokok", "harga_jual"]]

# %% [markdown]
# ## Soal 1 — Komisi atas harga yang didiskon
#
# Kopi robusta dijual Rp35.000 di TikTok Shop/Tokopedia. Koperasi memberi **diskon penjual**
# Rp3.500, dan pembeli membayar ongkir Rp12.000. Berapa **komisi platform** untuk pesanan ini?
# Simpan di `komisi_kopi`.

# %% @soal soal1

# %% [markdown]
# ## Soal 2 — Biaya per pesanan dibagi ke barang
#
# Pesanan Shopee di bawah berisi tiga baris produk. Shopee memotong Rp1.250 **sekali per
# pesanan**, lalu membaginya ke barang menurut **jumlah unit**. Berapa bagian baris keripik
# tempe (rupiah bulat; ketiga bagian harus berjumlah tepat Rp1.250)? Simpan di `biaya_keripik`.

# %%
pesanan_shopee

# %% @soal soal2

# %% [markdown]
# ## Soal 3 — MDR QRIS pada dua transaksi
#
# Dua pembeli membayar lewat QRIS koperasi (usaha mikro): Rp450.000 dan Rp800.000.
# Berapa **jumlah MDR** kedua transaksi? Simpan di `mdr_dua_transaksi`.

# %% @soal soal3

# %% [markdown]
# ## Soal 4 — Marketplace terbaik untuk keripik tempe
#
# Untuk pesanan berisi satu bungkus keripik tempe (PR10) pada harga jualnya, marketplace mana
# yang memberi **laba terbesar**: `"shopee"`, `"tiktok_tokopedia"` atau `"lazada"`?
# Simpan di `kanal_terbaik`.

# %% @soal soal4

# %% [markdown]
# ## Soal 5 — Titik impas
#
# Foto produk, kemasan, dan waktu petugas untuk membuka toko daring memakan biaya tetap
# Rp2.000.000. Setiap pesanan berisi satu botol yogurt stroberi (PR06) pada harga jualnya di
# TikTok Shop/Tokopedia. Berapa **pesanan** sampai biaya tetap itu tertutup? Simpan di `pesanan_impas`.

# %% @soal soal5

# %% [markdown]
# ## Soal 6 — Harga minimum
#
# Berapa **harga terendah** (rupiah penuh) kopi arabika Jabung (PR08) di Shopee agar laba per
# bungkus paling sedikit Rp10.000 setelah semua biaya platform? Simpan di `harga_arabika`.

# %% @soal soal6

# %% [markdown]
# ## Soal 7 — Membaca grafik kanal
#
# Grafik di bawah menunjukkan pendapatan per bulan setiap kanal tahun 2025. Pada **November 2025**,
# kanal mana yang pendapatannya paling besar? Jawab dengan nama kanal seperti di tabel:
# `"toko_offline"`, `"whatsapp"`, `"shopee"` atau `"tiktok_tokopedia"`. Simpan di `kanal_november`.

# %%
import matplotlib.pyplot as plt

pasar.grafik_pendapatan_kanal(siap)
plt.show()

# %% @soal soal7

# %% [markdown]
# ## Soal 8 — Langkah pertama
#
# Tulis satu langkah pertama yang akan dilakukan koperasi Anda untuk mulai berjualan daring
# (paling sedikit delapan kata), di antara tanda kutip. Bahas dengan fasilitator.

# %% @soal soal8

# %% [markdown]
# Selesai! Jalankan `kopkit.latihan.progres.ringkasan()` untuk melihat kemajuan Anda.

# %%
from kopkit.latihan import progres
progres.ringkasan()[["kode", "status"]]
