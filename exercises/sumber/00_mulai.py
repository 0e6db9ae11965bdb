# %% [metadata]
# {"modul": "00", "judul": "Latihan 00 — Mulai", "jenis": "latihan",
#  "tujuan": ["Menjalankan sel dan memeriksa jawaban dengan cek()", "Menghitung hal sederhana dari daftar anggota"],
#  "poin_kunci": ["Ganti ____ dengan jawaban, jalankan sel, lalu jalankan cek()", "petunjuk() dan solusi() selalu tersedia"],
#  "menit": {"mengajar": 0, "latihan": 20}, "modul_latihan": "kopkit.latihan.modul_00"}

# %% [markdown]
# # Latihan 00 — Mulai
#
# Di latihan ini Anda memakai daftar anggota **KSU Tunas Makmur** (koperasi fiktif di
# Kecamatan Jabung, Kabupaten Malang).
#
# Cara mengerjakan setiap soal:
# 1. Ganti `____` di sel jawaban dengan jawaban Anda, lalu jalankan sel itu (**Shift + Enter**).
# 2. Jalankan sel `cek()` di bawahnya. Hijau berarti benar; merah memberi alasan.
# 3. Buntu? Hapus tanda `#` di depan `petunjuk()` atau `solusi()`, lalu jalankan.
#
# Jalankan dulu sel persiapan di bawah ini.

# %%
from kopkit.latihan.modul_00 import *
print("Persiapan selesai. Data anggota tersedia di variabel `anggota`. Selamat berlatih!")

# %%
anggota.head()

# %% [markdown]
# ## Soal 1 — Berapa baris daftar anggota?
#
# Satu baris adalah satu orang yang pernah menjadi anggota. Simpan jumlah barisnya di
# variabel `jumlah_baris`.

# %% @soal soal1

# %% [markdown]
# ## Soal 2 — Berapa anggota yang masih aktif?
#
# Anggota yang sudah keluar punya tanggal di kolom `tanggal_keluar`; anggota aktif kolom itu
# kosong. Simpan jumlah anggota aktif di `jumlah_anggota_aktif`.

# %% @soal soal2

# %% [markdown]
# ## Soal 3 — Total simpanan pokok anggota aktif
#
# Simpanan pokok dibayar sekali saat masuk dan dikembalikan saat keluar. Berapa rupiah simpanan
# pokok yang dimiliki anggota aktif? Simpan di `total_simpanan_pokok`.

# %% @soal soal3

# %% [markdown]
# ## Soal 4 — Manfaat buku digital
#
# Tulis satu manfaat pembukuan digital bagi koperasi Anda (paling sedikit lima kata), di antara
# tanda kutip, mis. `manfaat_buku_digital = "..."`. Tidak ada jawaban tunggal yang benar;
# bahas jawaban Anda dengan fasilitator.

# %% @soal soal4

# %% [markdown]
# Selesai! Jalankan `kopkit.latihan.progres.ringkasan()` untuk melihat kemajuan Anda.

# %%
from kopkit.latihan import progres
progres.ringkasan()[["kode", "status"]]
