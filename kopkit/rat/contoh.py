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

__all__ = ["buat_contoh", "buat_contoh_salah", "isi_dari_dataset", "isi_tahun_lalu", "KESALAHAN_CONTOH"]

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


def _geser_tahun(teks: str) -> str:
    """Setiap tahun empat angka di teks dikurangi satu: 'SHU 2024 ... 2025' -> 'SHU 2023 ... 2024'."""
    import re

    return re.sub(r"(?<!\d)(19|20)(\d\d)(?!\d)", lambda m: str(int(m.group(0)) - 1), teks)


def isi_tahun_lalu(tahun: int) -> tuple[dict, dict]:
    """(isi lembar, profil) buku kerja tahun ``tahun - 1`` yang neraca akhirnya SAMA dengan lembar
    *Saldo Awal* tahun ``tahun`` — contoh buatan, diturunkan dari dataset kursus, bukan data asli:

    1. jurnal tahun ini digeser satu tahun ke belakang (tanggal, nomor bukti, tahun di keterangan);
    2. pendapatan satu bukti penjualan diubah sehingga SHU tahun lalu sama dengan "SHU tahun lalu
       belum dibagi" di Saldo Awal tahun ini (SHU itulah yang dibagi RAT tahun ini);
    3. saldo awal tahun lalu = Saldo Awal tahun ini dikurangi mutasi jurnal itu; akun yang saldo
       awalnya akan terbalik (mis. kas negatif) mendapat satu bukti pemindahan ke bank di akhir tahun.
    Hanya lembar yang dipakai untuk laporan keuangan yang diisi (Profil, Aturan/Dasar SHU, Bagan Akun,
    Saldo Awal, Jurnal Umum)."""
    import numpy as np

    from kopkit import buku

    isi, profil = isi_dari_dataset(tahun)
    lalu = int(tahun) - 1
    akun = isi["Bagan Akun"]
    j = isi["Jurnal Umum"].reset_index(drop=True).copy()
    j["tanggal"] = pd.to_datetime(j["tanggal"]) - pd.DateOffset(years=1)
    j["no_bukti"] = j["no_bukti"].map(_geser_tahun)
    j["keterangan"] = j["keterangan"].map(lambda t: _geser_tahun(t) if isinstance(t, str) else t)
    j["id_anggota"] = None  # daftar anggota tahun lalu tidak ikut di contoh ini
    sa = isi["Saldo Awal"]
    awal = dict(zip(sa["akun"], sa["debit"].astype("int64") - sa["kredit"].astype("int64")))  # debit - kredit
    shu_lalu = buku.kode_peran(akun, "shu_tahun_lalu")
    # (2) SHU tahun lalu = SHU tahun lalu belum dibagi di Saldo Awal: ubah satu bukti penjualan dua baris
    selisih = buku.shu_tahun_berjalan(j, akun, lalu) - (-int(awal.get(shu_lalu, 0)))
    if selisih:
        jenis = j["akun"].map(dict(zip(akun["kode"], akun["jenis"])))
        dua = j.groupby("no_bukti")["akun"].transform("size") == 2
        calon = j.index[(jenis == "pendapatan") & dua & (j["kredit"] > abs(selisih))]
        i = max(calon, key=lambda k: (int(j.at[k, "kredit"]), -k))  # penjualan terbesar: pasangan debitnya
        k = j.index[(j["no_bukti"] == j.at[i, "no_bukti"]) & (j.index != i)][0]
        j.loc[i, "kredit"] = int(j.at[i, "kredit"]) - selisih
        j.loc[k, "debit"] = int(j.at[k, "debit"]) - selisih
    # (3) saldo awal tahun lalu = saldo awal tahun ini - mutasi; pendapatan dan beban (SHU tahun lalu,
    # belum ditutup) masuk kelompok SHU, jadi dikurangkan dari SHU tahun lalu belum dibagi.
    mutasi = (j["debit"].astype("int64") - j["kredit"].astype("int64")).groupby(j["akun"]).sum().to_dict()
    info = akun.set_index("kode")
    nominal = [k for k in mutasi if info.at[k, "jenis"] in ("pendapatan", "beban")]
    saldo = {k: int(awal.get(k, 0)) - int(mutasi.get(k, 0)) for k in set(awal) | set(mutasi) if k not in nominal}
    saldo[shu_lalu] = saldo.get(shu_lalu, 0) - sum(int(mutasi[k]) for k in nominal)
    bank = buku.kode_peran(akun, "bank")
    akhir_tahun = pd.Timestamp(year=lalu, month=12, day=31)
    tambahan = []
    for n, kode in enumerate(sorted(saldo), 1):
        tanda = 1 if info.at[kode, "saldo_normal"] == "debit" else -1
        if kode == bank or tanda * saldo[kode] >= 0:
            continue
        jumlah = int(-(-abs(saldo[kode]) // 1_000_000) * 1_000_000)  # dibulatkan ke atas ke jutaan
        peran = info.at[kode, "peran"]
        lawan = buku.kode_peran(akun, "pinjaman_anggota") if peran == "penyisihan_pinjaman" else bank
        ket = {"kas": f"Setoran kas ke bank akhir tahun {lalu}",
               "penyisihan_pinjaman": f"Penghapusan pinjaman macet dengan PPAP akhir tahun {lalu}"}.get(
            peran, f"Penyesuaian contoh buatan kopkit: {info.at[kode, 'nama']} akhir tahun {lalu}")
        # saldo akun ini bergerak ke arah kebalikan saldo normalnya di akhir tahun, jadi saldo awalnya naik
        d, k = (jumlah, 0) if tanda < 0 else (0, jumlah)
        bukti = f"BM-{lalu}-{n:03d}X"
        tambahan += [(akhir_tahun, bukti, kode, ket, d, k, "umum", None),
                     (akhir_tahun, bukti, lawan, ket, k, d, "umum", None)]
        saldo[kode] += tanda * jumlah
        saldo[lawan] -= tanda * jumlah
    j = pd.concat([j, pd.DataFrame(tambahan, columns=j.columns)], ignore_index=True)
    kode = [k for k in info.index if saldo.get(k, 0)]
    saldo_awal = pd.DataFrame({"akun": kode, "nama_akun": [info.at[k, "nama"] for k in kode],
                               "debit": [max(saldo[k], 0) for k in kode], "kredit": [max(-saldo[k], 0) for k in kode]})
    rat_lalu = j.loc[j["keterangan"].astype(str).str.contains(f"Rapat Anggota Tahunan tahun buku {lalu - 1}"), "tanggal"]
    kosong = {nama: pd.DataFrame() for nama in isi}
    isi_lalu = {**kosong, "Aturan SHU": isi["Aturan SHU"], "Dasar SHU": isi["Dasar SHU"], "Bagan Akun": akun,
                "Saldo Awal": saldo_awal, "Jurnal Umum": j}
    profil = dict(profil, tahun_buku=lalu, tanggal_rat=rat_lalu.min().strftime("%Y-%m-%d") if len(rat_lalu) else None)
    return isi_lalu, profil


def buat_contoh(folder, *, tahun_lalu: bool = False) -> Path:
    """Tulis folder contoh KSU Tunas Makmur (tahun buku kursus) ke ``folder``; tidak menimpa.

    ``tahun_lalu=True``: juga buku kerja tahun sebelumnya (:func:`isi_tahun_lalu`), sehingga paket
    RAT punya kolom tahun lalu di kelima laporan. Mengembalikan path buku kerja tahun buku kursus."""
    from kopkit import kursus
    from kopkit.rat.templat import tulis_templat

    isi, profil = isi_dari_dataset(kursus.TAHUN_BUKU)
    Path(folder).mkdir(parents=True, exist_ok=True)
    if tahun_lalu:
        isi_l, profil_l = isi_tahun_lalu(kursus.TAHUN_BUKU)
        tulis_templat(folder, tahun=kursus.TAHUN_BUKU - 1, isi=isi_l, profil=profil_l)
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
