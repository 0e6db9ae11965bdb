"""Kolom tahun lalu untuk kelima laporan keuangan paket RAT.

**Dari mana angka tahun lalu?** Dari buku kerja tahun lalu yang sama bentuknya:
``Data Koperasi 2024.xlsx`` diletakkan di samping ``Data Koperasi 2025.xlsx`` di folder yang sama
(atau disebut dengan ``buat_paket_rat(folder, tahun_lalu=...)``). Alasannya untuk pemegang buku:
berkas itu sudah ada — dipakai untuk RAT tahun lalu — jadi cukup disalin, tidak ada yang diketik
ulang. Laporan tahun lalu dihitung dari berkas itu dengan fungsi pembukuan yang sama
(:mod:`kopkit.buku`), sehingga tahun ini dan tahun lalu disusun dengan cara yang sama. Mengetik
angka laporan tahun lalu ke lembar tersendiri justru membuka jalan salah ketik yang tidak dapat
diperiksa.

**Diperiksa, tidak pernah diam-diam.** Saldo akhir 31 Desember tahun lalu menurut buku kerja
tahun lalu harus sama, per akun, dengan lembar *Saldo Awal* tahun ini. Akun SHU tahun berjalan
dan SHU tahun lalu belum dibagi dicocokkan sebagai satu pos, karena memindahkan SHU tahun
berjalan ke SHU tahun lalu pada awal tahun memang langkah biasa. Setiap selisih menjadi satu
masalah (akun, kedua angka, cara memperbaiki) dan paket tidak ditulis sebelum dibetulkan.

**Tanpa buku kerja tahun lalu** hanya Laporan Posisi Keuangan yang punya kolom tahun lalu (dari
lembar *Saldo Awal* = neraca 31 Desember tahun lalu); laporan lain tidak diberi kolom tahun lalu
berisi nol — paket menuliskan bahwa kolom itu perlu buku kerja tahun lalu.

Baris yang hanya ada di satu tahun (mis. akun baru) tampil kosong di tahun yang lain, bukan nol:

    >>> import pandas as pd
    >>> kini = pd.DataFrame({"bagian": ["A", "A"], "kelompok": ["A", "A"], "kode": ["1", ""],
    ...                      "pos": ["Kas", "Jumlah"], "jumlah": [5, 5], "jenis_baris": ["akun", "total"]})
    >>> lalu = pd.DataFrame({"bagian": ["A", "A", "A"], "kelompok": ["A", "A", "A"], "kode": ["1", "2", ""],
    ...                      "pos": ["Kas", "Bank", "Jumlah"], "jumlah": [3, 1, 4], "jenis_baris": ["akun", "akun", "total"]})
    >>> sandingkan(kini, lalu)[["pos", "jumlah", "tahun_lalu"]].values.tolist()
    [['Kas', 5, 3], ['Bank', <NA>, 1], ['Jumlah', 5, 4]]
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pandas as pd

from kopkit.dasar.galat import GalatKopkit, Masalah
from kopkit.rat.baca import DataRAT

__all__ = ["baca_tahun_lalu", "cocokkan_saldo", "sandingkan", "sandingkan_ekuitas", "catatan_tahun_lalu",
           "LEMBAR_LAPORAN"]

#: Lembar buku kerja tahun lalu yang dipakai (cukup untuk lima laporan); lembar lain tidak diperiksa.
LEMBAR_LAPORAN = ("Petunjuk", "Profil", "Bagan Akun", "Saldo Awal", "Jurnal Umum")
_KUNCI = ["bagian", "kelompok", "kode", "pos"]
_PERAN_SHU = ("shu_berjalan", "shu_tahun_lalu")


def catatan_tahun_lalu(tahun: int, berkas_lalu: str | None) -> str:
    """Kalimat untuk paket (Excel dan HTML): dari mana kolom tahun lalu, atau apa yang perlu."""
    if berkas_lalu:
        return (f"Kolom tahun lalu: laporan tahun buku {tahun - 1} dihitung dengan cara yang sama dari "
                f"'{berkas_lalu}'; saldo akhirnya sudah dicocokkan dengan lembar Saldo Awal {tahun}.")
    return (f"Kolom tahun lalu hanya ada di Laporan Posisi Keuangan (dari lembar Saldo Awal = neraca "
            f"31 Desember {tahun - 1}). Laporan lain baru punya kolom tahun lalu bila buku kerja tahun lalu "
            f"'Data Koperasi {tahun - 1}.xlsx' diletakkan di folder yang sama; jalankan lagi sesudahnya.")


def baca_tahun_lalu(path, data_kini: DataRAT, *, cocokkan: bool = True) -> tuple[DataRAT | None, list[Masalah]]:
    """Baca dan periksa buku kerja tahun lalu: ``(DataRAT atau None, masalah)``.

    Hanya lembar :data:`LEMBAR_LAPORAN` yang diperiksa; bila bersih, saldo akhirnya dicocokkan
    dengan *Saldo Awal* tahun ini (:func:`cocokkan_saldo`; ``cocokkan=False`` bila data tahun ini
    sendiri masih bermasalah). Setiap pesan menyebut nama berkasnya."""
    from kopkit.rat.baca import baca_berkas
    from kopkit.rat.periksa import periksa_data

    path = Path(path)
    tahun = int(data_kini.tahun)
    data, masalah = baca_berkas(path)
    if data.tahun is not None and data.tahun != tahun - 1:
        masalah.append(Masalah(f"Tahun buku di Profil {data.tahun}, padahal buku kerja tahun lalu untuk paket "
                               f"{tahun} harus tahun {tahun - 1}.", berkas=path.name, lembar="Profil", kolom="Nilai", kode="T009",
                               saran=f"Pakai buku kerja 'Data Koperasi {tahun - 1}.xlsx' yang dipakai untuk RAT "
                                     f"tahun lalu, atau keluarkan berkas ini dari folder."))
    if all(data.tabel.get(n) is not None for n in ("Bagan Akun", "Saldo Awal", "Jurnal Umum")):
        masalah += periksa_data(data)
    masalah = [m for m in masalah if m.lembar is None or m.lembar in LEMBAR_LAPORAN]
    if not masalah and cocokkan:
        masalah = cocokkan_saldo(data, data_kini, berkas_lalu=path.name)
    awalan = f"Buku kerja tahun lalu '{path.name}': "
    masalah = [replace(m, pesan=awalan + m.pesan) if m.berkas == path.name else m for m in masalah]
    return (None if masalah else data), masalah


def _saldo_per_akun(neraca: pd.DataFrame, akun: pd.DataFrame) -> dict:
    """{kode: (nama, saldo)} dari baris akun neraca; akun berperan SHU digabung jadi satu pos."""
    from kopkit.buku import akun_berperan

    shu = set(akun_berperan(akun, *_PERAN_SHU))
    hasil: dict = {}
    for r in neraca.loc[(neraca["jenis_baris"] == "akun") & (neraca["kode"] != "")].itertuples():
        kunci = "SHU" if r.kode in shu else r.kode
        nama = "SHU tahun berjalan dan SHU tahun lalu belum dibagi" if kunci == "SHU" else r.pos
        hasil[kunci] = (nama, hasil.get(kunci, ("", 0))[1] + int(r.jumlah))
    return hasil


def cocokkan_saldo(data_lalu: DataRAT, data_kini: DataRAT, *, berkas_lalu: str | None = None) -> list[Masalah]:
    """Masalah untuk setiap akun yang saldo akhir tahun lalunya (buku kerja tahun lalu) tidak sama
    dengan lembar *Saldo Awal* tahun ini. Daftar kosong = cocok."""
    from kopkit import buku
    from kopkit.dasar.uang import format_rupiah
    from kopkit.rat.paket import jurnal_dari_data

    tahun = int(data_kini.tahun)
    berkas_lalu = berkas_lalu or data_lalu.berkas
    try:
        tl, tk = jurnal_dari_data(data_lalu), jurnal_dari_data(data_kini)
        akhir = buku.laporan_posisi_keuangan(tl["jurnal"], tl["akun"], per=f"{tahun - 1}-12-31")
        awal = buku.laporan_posisi_keuangan(tk["saldo_awal"], tk["akun"], per=f"{tahun}-01-01")
    except GalatKopkit as e:
        return [Masalah(f"Saldo akhir tahun lalu tidak dapat dicocokkan dengan Saldo Awal: {e.pesan}",
                        berkas=berkas_lalu, kode="T010",
                        saran=e.saran or "Betulkan masalah lain lebih dulu, lalu jalankan lagi.")]
    lalu, kini = _saldo_per_akun(akhir, tl["akun"]), _saldo_per_akun(awal, tk["akun"])
    sa = data_kini.tabel["Saldo Awal"]
    baris_sa = dict(zip(sa["akun"].astype(str)[::-1], sa["baris_berkas"][::-1]))
    shu_kini = set(buku.akun_berperan(tk["akun"], *_PERAN_SHU))
    masalah = []
    for kode in list(lalu) + [k for k in kini if k not in lalu]:
        nama, a = lalu.get(kode, (kini.get(kode, ("", 0))[0], 0))
        b = kini.get(kode, ("", 0))[1]
        if a == b:
            continue
        label = nama if kode == "SHU" else f"akun {kode} {nama}"
        baris = baris_sa.get(kode) if kode != "SHU" else next((baris_sa[k] for k in sorted(shu_kini) if k in baris_sa),
                                                             None)
        masalah.append(Masalah(
            f"Saldo {label}: akhir tahun {tahun - 1} menurut '{berkas_lalu}' {format_rupiah(a)}, tetapi saldo awal "
            f"{tahun} di lembar Saldo Awal {format_rupiah(b)} (selisih {format_rupiah(b - a)}).",
            berkas=data_kini.berkas, lembar="Saldo Awal", baris=None if baris is None else int(baris),
            kolom="Debit/Kredit", kode="T011",
            saran=f"Saldo awal {tahun} harus sama dengan neraca 31 Desember {tahun - 1}: salin saldo akun ini dari "
                  f"buku kerja tahun lalu ke lembar Saldo Awal, atau betulkan jurnal tahun lalu bila salahnya di "
                  f"sana; lalu jalankan lagi."))
    return masalah


def sandingkan(kini: pd.DataFrame, lalu: pd.DataFrame) -> pd.DataFrame:
    """Laporan tahun ini dengan kolom ``tahun_lalu`` (baris dicocokkan menurut bagian, kelompok,
    kode dan pos). Baris yang hanya ada tahun lalu disisipkan setelah baris pendahulunya, dengan
    ``jumlah`` kosong; baris yang hanya ada tahun ini punya ``tahun_lalu`` kosong."""
    k, l = kini.copy(), lalu.copy()
    k["_n"] = k.groupby(_KUNCI, sort=False).cumcount()
    l["_n"] = l.groupby(_KUNCI, sort=False).cumcount()
    kunci = _KUNCI + ["_n"]
    nilai_lalu = {tuple(r[:-1]): int(r[-1]) for r in l[kunci + ["jumlah"]].itertuples(index=False)}
    baris = [dict(r, tahun_lalu=nilai_lalu.get(tuple(r[c] for c in kunci))) for r in k.to_dict("records")]
    ada = {tuple(r[c] for c in kunci): True for r in baris}
    sebelum = None
    for r in l.to_dict("records"):
        kk = tuple(r[c] for c in kunci)
        if kk not in ada:
            posisi = 0 if sebelum is None else next(i for i, b in enumerate(baris)
                                                    if tuple(b[c] for c in kunci) == sebelum) + 1
            baris.insert(posisi, dict(r, jumlah=None, tahun_lalu=int(r["jumlah"])))
            ada[kk] = True
        sebelum = kk
    hasil = pd.DataFrame(baris, columns=list(kini.columns) + ["tahun_lalu"])
    sisip = hasil["jumlah"].isna().any()
    hasil["jumlah"] = hasil["jumlah"].astype("Int64" if sisip else "int64")
    hasil["tahun_lalu"] = hasil["tahun_lalu"].astype("Int64")
    hasil.attrs = dict(kini.attrs)
    return hasil


def sandingkan_ekuitas(kini: pd.DataFrame, lalu: pd.DataFrame) -> pd.DataFrame:
    """Laporan Perubahan Ekuitas dengan kolom ``tahun_lalu`` = kolom Jumlah tahun lalu per baris."""
    hasil = kini.copy()
    hasil["tahun_lalu"] = hasil["pos"].map(dict(zip(lalu["pos"], lalu["Jumlah"]))).astype("Int64")
    hasil.attrs = dict(kini.attrs)
    return hasil
