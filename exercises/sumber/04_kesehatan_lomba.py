# %% [metadata]
# {"modul": "04", "judul": "Latihan 04 — Kesehatan & lomba koperasi", "jenis": "latihan",
#  "tujuan": ["Menghitung rasio kesehatan dari neraca", "Menghitung skor satu komponen kesehatan",
#             "Membaca predikat dari skor", "Membaca peringkat di dalam jenis koperasi",
#             "Melihat bagaimana bobot juri mengganti juara", "Menjelaskan normalisasi di dalam jenis"],
#  "poin_kunci": ["Rasio dihitung dari laporan keuangan, tidak diketik", "Skor komponen = nilai × bobot / 100",
#                 "Koperasi hanya dibandingkan dengan sesama jenisnya", "Bobot juri dapat mengganti juara"],
#  "menit": {"mengajar": 0, "latihan": 35}, "modul_latihan": "kopkit.latihan.modul_04"}

# %% [markdown]
# # Latihan 04 — Kesehatan & lomba koperasi
#
# Anda pengawas KSU Tunas Makmur. Dinas meminta penilaian kesehatan tahun buku 2025, dan KSU ikut
# lomba koperasi berprestasi tingkat Kabupaten Malang.
#
# Cara mengerjakan setiap soal:
# 1. Ganti `____` di sel jawaban dengan jawaban Anda, lalu jalankan sel itu (**Shift + Enter**).
# 2. Jalankan sel `cek()` di bawahnya. Hijau berarti benar; merah memberi alasan.
# 3. Buntu? Hapus tanda `#` di depan `petunjuk()` atau `solusi()`, lalu jalankan.
#
# Jalankan dulu sel persiapan di bawah ini.

# %%
from kopkit.latihan.modul_04 import *

print("Persiapan selesai. Tersedia: neraca, tunas, skema, kurva_k2, bobot_k2, rasio_rpm, kriteria, indikator, lomba.")

# %% [markdown]
# Neraca (Laporan Posisi Keuangan) KSU Tunas Makmur per 31 Desember 2025, baris jumlahnya saja:

# %%
neraca.loc[neraca["jenis_baris"] == "total", ["pos", "jumlah"]]

# %% [markdown]
# ## Soal 1 — Rasio modal sendiri terhadap total aset
#
# Hitung **modal sendiri / total aset × 100** dari neraca di atas, dibulatkan dua desimal.
# Di Excel: `=ROUND(ekuitas/aset*100; 2)`. Simpan di `rasio_modal_aset`.

# %% @soal soal1

# %% [markdown]
# ## Soal 2 — Skor komponen risiko pinjaman bermasalah
#
# Rasio risiko pinjaman bermasalah (RPM) KSU Tunas Makmur 2025 sudah dihitung: `rasio_rpm` (persen).
# Kurva nilai komponen K2 skema 2016 ada di `kurva_k2`, bobotnya `bobot_k2`. Rasio dibulatkan dulu
# ke persen bulat, lalu nilai = nilai_dasar + kemiringan × rasio, lalu **skor = nilai × bobot / 100**.
# Simpan skornya di `skor_rpm`.

# %%
kurva_k2

# %% @soal soal2

# %% [markdown]
# ## Soal 3 — Predikat dari skor
#
# Sebuah KSP di Malang mendapat skor rata-rata **65,98** menurut skema 2016. Apa predikatnya?
# Tabel predikat ada di `skema.predikat`. Tulis salah satu: Sehat, Cukup Sehat, Dalam Pengawasan,
# Dalam Pengawasan Khusus. Simpan di `predikat_contoh`.

# %%
skema.predikat[["skor_min", "predikat"]]

# %% @soal soal3

# %% [markdown]
# ## Soal 4 — Peringkat di dalam jenis
#
# Tabel `lomba` berisi skor lomba 2025 semua koperasi kabupaten. KSU Tunas Makmur (K0001) berjenis
# **produsen**. Di peringkat berapa ia di antara koperasi produsen? Simpan di `peringkat_tunas`.

# %% @soal soal4

# %% [markdown]
# ## Soal 5 — Bobot juri mengganti juara
#
# Juri ingin menonjolkan tema Hari Koperasi "transformasi digital" dan menaikkan bobot kriteria
# digital (kode `DG1`) dari 15 menjadi `BOBOT_DIGITAL_BARU`; bobot lain tetap. Siapa **juara 1
# produsen** sekarang? Tulis kode koperasinya (mis. "K0123") di `juara_produsen_baru`.

# %% @soal soal5

# %% [markdown]
# ## Soal 6 — Mengapa dinormalkan di dalam jenis?
#
# Setiap indikator diubah ke nilai 0-100 **di dalam jenis koperasi** (terendah 0, tertinggi 100).
# Tulis dengan kata-kata Anda sendiri (paling sedikit 10 kata) mengapa cara ini lebih adil daripada
# membandingkan semua koperasi sekaligus. Simpan di `alasan_normal_di_jenis`.

# %% @soal soal6
