# %% [metadata]
# {"modul": "03", "judul": "Latihan 03 — Simpan pinjam", "jenis": "latihan",
#  "tujuan": ["Menghitung satu angsuran dengan cara flat, efektif dan anuitas",
#             "Menghitung bunga sebenarnya pinjaman flat", "Menentukan kelas kolektibilitas dan PPAP",
#             "Memeriksa BMPP", "Menghitung bagian bagi hasil mudharabah"],
#  "poin_kunci": ["Flat: jasa dari pokok awal; efektif: dari sisa pokok; anuitas: angsuran sama",
#                 "Bunga sebenarnya = IRR arus kas (Excel RATE/IRR)",
#                 "PPAP = sisa pokok × persen kelasnya", "Bagi hasil = bagian saldo × pendapatan × nisbah"],
#  "menit": {"mengajar": 0, "latihan": 40}, "modul_latihan": "kopkit.latihan.modul_03"}

# %% [markdown]
# # Latihan 03 — Simpan pinjam KSU Tunas Makmur
#
# Anda pengelola unit simpan pinjam (USP) KSU Tunas Makmur.
#
# Cara mengerjakan setiap soal:
# 1. Ganti `____` di sel jawaban dengan jawaban Anda, lalu jalankan sel itu (**Shift + Enter**).
# 2. Jalankan sel `cek()` di bawahnya. Hijau berarti benar; merah memberi alasan.
# 3. Buntu? Hapus tanda `#` di depan `petunjuk()` atau `solusi()`, lalu jalankan.
#
# Jalankan dulu sel persiapan di bawah ini.

# %%
from kopkit.latihan.modul_03 import *
from kopkit.dasar.uang import format_angka, format_rupiah

print("Persiapan selesai. Tersedia: pinjaman, angsuran, kualitas, aturan_kelas, modal_sendiri, pinjaman_soal,")
print("usulan_pengurus, saldo_rata_rata, dan fungsi jadwal_angsuran, flat_ke_efektif, kelas_dari_hari,")
print("batas_bmpp, bagi_hasil_mudharabah.")

# %% [markdown]
# ## Soal 1 — Angsuran flat
#
# Seorang peternak meminjam **Rp 9.000.000** selama **12 bulan** dengan jasa **1,5% per bulan flat**
# untuk membeli sapi perah. Berapa angsurannya setiap bulan? Simpan di `angsuran_flat`.

# %% @soal soal1

# %% [markdown]
# ## Soal 2 — Angsuran efektif bulan ke-3
#
# Pinjaman yang sama, tetapi jasa dihitung **efektif (menurun)**: jasa dari sisa pokok, pokok
# angsuran tetap. Berapa angsuran **bulan ke-3**? Simpan di `angsuran_efektif_3`.

# %% @soal soal2

# %% [markdown]
# ## Soal 3 — Angsuran anuitas
#
# Pinjaman yang sama dengan cara **anuitas** (angsuran sama setiap bulan). Berapa angsurannya,
# dibulatkan ke rupiah? Simpan di `angsuran_anuitas`.

# %% @soal soal3

# %% [markdown]
# ## Soal 4 — Bunga sebenarnya pinjaman flat
#
# Berapa **persen per bulan** bunga sebenarnya (efektif) pinjaman flat di soal 1? Tulis sebagai
# angka persen, mis. `2.5` untuk 2,5%. Simpan di `bunga_sebenarnya_persen`.

# %% @soal soal4

# %% [markdown]
# ## Soal 5 — Kelas kolektibilitas
#
# Ini pinjaman yang menunggak per 31 Desember 2025, dan tabel kelas yang dipakai KSU Tunas Makmur
# (konvensi bank, dapat diubah):

# %%
print(pinjaman_soal.name, "menunggak", pinjaman_soal["hari_tunggakan"], "hari; sisa pokok",
      format_rupiah(int(pinjaman_soal["sisa_pokok"])))
aturan_kelas[["kelas", "hari"]].assign(ppap_persen=aturan_kelas["ppap_persen"].map(format_angka))

# %% [markdown]
# Masuk kelas apa pinjaman ini? Tulis nama kelas seperti di tabel, mis. `"diragukan"`.
# Simpan di `kelas_pinjaman`.

# %% @soal soal5

# %% [markdown]
# ## Soal 6 — PPAP pinjaman itu
#
# Berapa PPAP (Penyisihan Penghapusan Aset Produktif) yang wajib disisihkan untuk pinjaman itu,
# dibulatkan ke bawah ke rupiah? Simpan di `ppap_pinjaman`.

# %% @soal soal6

# %% [markdown]
# ## Soal 7 — BMPP
#
# Seorang **pengurus** mengajukan pinjaman sebesar `usulan_pengurus`. Modal sendiri koperasi ada di
# `modal_sendiri`. Bolehkah pinjaman itu diberikan menurut BMPP (Batas Maksimum Pemberian Pinjaman)?
# Simpan `True` (boleh) atau `False` (tidak boleh) di `boleh_dipinjamkan`.

# %%
print("Usulan pengurus:", format_rupiah(usulan_pengurus), "- modal sendiri:", format_rupiah(modal_sendiri))

# %% @soal soal7

# %% [markdown]
# ## Soal 8 — Bagi hasil mudharabah
#
# Sebuah KSPPS (Koperasi Simpan Pinjam dan Pembiayaan Syariah) punya tiga penyimpan mudharabah
# dengan saldo rata-rata bulan ini `saldo_rata_rata`.
# Pendapatan yang dibagihasilkan bulan ini **Rp 1.200.000**, nisbah **55 (penyimpan) : 45 (koperasi)**.
# Berapa bagian **Bu Sri**, dibulatkan ke bawah ke rupiah? Simpan di `bagi_hasil_bu_sri`.

# %%
saldo_rata_rata

# %% @soal soal8

# %% [markdown]
# ## Soal 9 — Mengapa?
#
# Dengan kata-kata Anda sendiri: mengapa pinjaman **1,5% flat** lebih mahal daripada pinjaman
# **1,5% efektif**? Simpan jawaban (teks) di `mengapa_flat_mahal`.

# %% @soal soal9

# %% [markdown]
# ## Soal 10 — Mengapa?
#
# Sebuah koperasi menyebut produknya "bagi hasil 2% per bulan dari pokok". Mengapa itu bukan bagi
# hasil? Simpan jawaban (teks) di `mengapa_bukan_bagi_hasil`.

# %% @soal soal10

# %% [markdown]
# ## Selesai
#
# Bandingkan jawaban soal 1-3: cara mana yang total jasanya paling besar? Coba hitung dengan
# `jadwal_angsuran(9_000_000, 12, "1,5", metode=...)["jasa"].sum()`.
