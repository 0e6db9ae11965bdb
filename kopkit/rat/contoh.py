"""Folder contoh: templat yang diisi data KSU Tunas Makmur dari dataset kursus — dibuat oleh kode,
tidak pernah disunting tangan.

    python -m kopkit.rat.contoh FOLDER

    >>> import tempfile
    >>> buat_contoh(tempfile.mkdtemp()).name
    'Data Koperasi 2025.xlsx'
"""
from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

__all__ = ["buat_contoh", "buat_contoh_salah", "isi_dari_dataset", "KESALAHAN_CONTOH"]

# Sumber dataset dasar_shu -> nama unit di lembar Transaksi Anggota / sumber di lembar Dasar SHU.
_UNIT = {"pembelian_toko": "toko", "setoran_susu": "produsen", "jasa_pinjaman": "jasa_pinjaman"}


def isi_dari_dataset(tahun: int) -> tuple[dict, dict]:
    """(isi lembar, profil) templat dari dataset kursus untuk tahun buku ``tahun``."""
    from kopkit import kursus
    from kopkit.dasar import data

    jurnal = data.muat("jurnal_umum")
    sa = jurnal["no_bukti"] == f"SA-{tahun}"
    saldo = jurnal.loc[sa, ["akun", "debit", "kredit"]].groupby("akun", sort=False).sum().reset_index()
    akun = data.muat("akun")
    saldo["nama_akun"] = saldo["akun"].map(dict(zip(akun["kode"], akun["nama"])))
    toko = data.muat("penjualan_toko")
    toko = toko.loc[toko["id_anggota"].notna()]
    susu = data.muat("setoran_susu")
    trans = pd.concat([
        pd.DataFrame({"tanggal": toko["tanggal"], "id_anggota": toko["id_anggota"], "unit": "toko",
                      "nilai": toko["total"], "keterangan": toko["no_nota"]}),
        pd.DataFrame({"tanggal": susu["tanggal"], "id_anggota": susu["id_anggota"], "unit": "produsen",
                      "nilai": susu["nilai"], "keterangan": "setoran susu " + susu["sesi"].astype(str)}),
    ], ignore_index=True)
    pinjaman = data.muat("pinjaman").copy()
    pinjaman["bunga_per_bulan"] = (pinjaman["bunga_per_bulan"].astype(float) * 100).round(6)
    dasar = data.muat("dasar_shu").copy()
    dasar["sumber"] = dasar["sumber"].map(lambda s: _UNIT.get(s, s))
    daring = data.muat("penjualan_daring")
    isi = {
        "Aturan SHU": data.muat("aturan_shu"),
        "Dasar SHU": dasar,
        "Bagan Akun": akun,
        "Saldo Awal": saldo,
        "Jurnal Umum": jurnal.loc[~sa],
        "Anggota": data.muat("anggota"),
        "Mutasi Simpanan": data.muat("simpanan"),
        "Transaksi Anggota": trans,
        "Pinjaman": pinjaman,
        "Angsuran": data.muat("angsuran"),
        "Penjualan Daring": daring,
    }
    profil = {"nama_koperasi": kursus.KOPERASI, "nik": None, "jenis_koperasi": "serba usaha",
              "alamat": kursus.WILAYAH, "tahun_buku": int(tahun), "tanggal_rat": kursus.TANGGAL_RAT,
              "pajak": "pasal_17_31E", "dasar_pembagian": "total", "cara_saldo_simpanan": "akhir_tahun",
              "pembulatan_shu": "sisa_terbesar", "kelipatan_shu": 100, "pembulatan_flat": "pokok",
              "pembulatan_efektif": "pokok", "pembulatan_anuitas": "angsuran", "kelipatan_angsuran": 100,
              "hari_jatuh_tempo_maks": 28, "tata_kelola_persen": 75}
    return isi, profil


def buat_contoh(folder) -> Path:
    """Tulis folder contoh KSU Tunas Makmur (tahun buku kursus) ke ``folder``; tidak menimpa."""
    from kopkit import kursus
    from kopkit.rat.templat import tulis_templat

    isi, profil = isi_dari_dataset(kursus.TAHUN_BUKU)
    Path(folder).mkdir(parents=True, exist_ok=True)
    return tulis_templat(folder, tahun=kursus.TAHUN_BUKU, isi=isi, profil=profil)


#: Kesalahan khas yang ditanam di folder contoh-salah: (lembar, indeks baris data, kolom, nilai salah).
#: Setiap kesalahan dapat dibetulkan dengan mengembalikan nilai aslinya (lihat pelajaran 06).
KESALAHAN_CONTOH = [
    ("Transaksi Anggota", 40, "id_anggota", None),           # nol di depan nomor anggota hilang (A0114 -> A114)
    ("Jurnal Umum", 100, "debit", None),                      # debit diketik dengan satu nol lebih
    ("Jurnal Umum", 29_000, "tanggal", "2024-12-30"),         # tanggal tahun lalu
    ("Aturan SHU", 6, "persen", 10),                          # dana sosial 10 % (jumlah 105 %)
]


def buat_contoh_salah(folder) -> Path:
    """Folder contoh KSU Tunas Makmur dengan :data:`KESALAHAN_CONTOH` (kesalahan khas pemegang buku)."""
    from kopkit import kursus
    from kopkit.rat.templat import tulis_templat

    isi, profil = isi_dari_dataset(kursus.TAHUN_BUKU)
    isi = {k: v.reset_index(drop=True).copy() for k, v in isi.items()}
    for lembar, i, kolom, nilai in KESALAHAN_CONTOH:
        t = isi[lembar]
        if kolom == "debit":
            i = int(t.index[t["debit"] > 0][0]) if i is None else i
            while t.at[i, "debit"] == 0:
                i += 1
            nilai = int(t.at[i, "debit"]) * 10
        if kolom == "id_anggota":
            nilai = str(t.at[i, kolom]).replace("A0", "A", 1)
        if kolom == "tanggal":
            nilai = pd.Timestamp(nilai)
        if kolom == "persen":
            t["persen"] = t["persen"].astype(float)
        t.loc[i, kolom] = nilai
    Path(folder).mkdir(parents=True, exist_ok=True)
    return tulis_templat(folder, tahun=kursus.TAHUN_BUKU, isi=isi, profil=profil)


if __name__ == "__main__":  # pragma: no cover - dijalankan manual
    if len(sys.argv) != 2:
        print("Pakai: python -m kopkit.rat.contoh FOLDER")
        sys.exit(2)
    print("Ditulis:", buat_contoh(sys.argv[1]))
