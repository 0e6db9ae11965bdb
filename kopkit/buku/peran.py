"""Peran akun: fungsi kopkit mencari akun menurut perannya, bukan menurut kodenya.

Bagan akun memberi setiap akun penting sebuah ``peran`` (kolom ``peran``: kas, bank,
shu_berjalan, shu_tahun_lalu, cadangan, dana_shu, shu_anggota, beban_pajak, ...; daftar dan
artinya di tabel aturan ``peran_akun``) dan, untuk aset dan liabilitas, ``lancar`` (true/false).
Tutup buku, arus kas, pajak, pembagian SHU dan rasio kesehatan memakai peran itu, sehingga
koperasi dengan kode akun lain (mis. ``1-1100 Kas``) tetap dapat memakai kit.

Bagan akun tanpa kolom ``peran``/``lancar`` mendapat nilainya dari bagan akun kopkit bila kodenya
sama (kode yang tidak dikenal tetap kosong: fungsi yang memerlukannya memberi galat yang jelas).

    >>> from kopkit import buku, data
    >>> buku.kode_peran(data.muat("akun"), "shu_berjalan")
    '309'
    >>> buku.akun_berperan(data.muat("akun"), "kas", "bank")
    ['101', '102']
"""
from __future__ import annotations

import pandas as pd

from kopkit.dasar.galat import GalatData, Masalah, jalankan_pemeriksaan

__all__ = ["daftar_peran", "akun_berperan", "kode_peran", "masalah_peran"]


def daftar_peran() -> pd.DataFrame:
    """Tabel peran akun yang dikenal kit (peran, jenis, tunggal, keterangan, sumber).

    >>> "shu_berjalan" in daftar_peran()["peran"].tolist()
    True
    """
    from kopkit.dasar.aturan import muat_aturan

    return muat_aturan("peran_akun")[["peran", "jenis", "tunggal", "keterangan", "sumber"]]


def _bagan_kit() -> pd.DataFrame:
    from kopkit.dasar import data

    return data.muat("akun")


def lengkapi_peran(akun: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """(peran, lancar) untuk setiap baris bagan akun; dari kolomnya bila ada, selain itu dari bagan
    akun kopkit menurut kode yang sama."""
    kode = akun["kode"].astype(str).str.strip()
    kit = _bagan_kit()
    kit_peran = dict(zip(kit["kode"], kit["peran"].fillna("")))
    kit_lancar = dict(zip(kit["kode"], kit["lancar"]))
    if "peran" in akun.columns:
        peran = akun["peran"].fillna("").astype(str).str.strip().str.lower()
    else:
        peran = kode.map(lambda k: kit_peran.get(k, ""))
    if "lancar" in akun.columns:
        lancar = akun["lancar"].map(lambda v: None if pd.isna(v) or v == "" else
                                    (v if isinstance(v, bool) else str(v).strip().lower() in ("true", "ya", "1")))
    else:
        lancar = kode.map(lambda k: kit_lancar.get(k, pd.NA))
    return peran.reset_index(drop=True), lancar.astype("boolean").reset_index(drop=True)


def masalah_peran(akun: pd.DataFrame) -> list[Masalah]:
    """Masalah kolom peran: peran tidak dikenal, jenis akun tidak cocok (A006), peran tunggal dipakai
    dua akun (A007). Pemeriksaannya ada di ``PEMERIKSAAN_PERAN`` (:mod:`kopkit.buku.validasi`)."""
    from kopkit.buku.validasi import PEMERIKSAAN_PERAN, cek_bagan_bukan_tabel, konteks_akun

    masalah = cek_bagan_bukan_tabel(akun)
    if masalah:
        return masalah
    kurang = [k for k in ("kode", "jenis") if k not in akun.columns]
    if kurang and "peran" in akun.columns:
        return [Masalah(f"Bagan akun tidak punya kolom {', '.join(kurang)}.", kolom=", ".join(kurang), kode="A002",
                        saran="Bagan akun perlu kolom kode, nama, jenis, saldo_normal.")]
    if "peran" not in akun.columns:
        return []
    return jalankan_pemeriksaan(konteks_akun(akun), PEMERIKSAAN_PERAN)


def _siap(akun) -> pd.DataFrame:
    if isinstance(akun, pd.DataFrame) and "peran" in akun.columns and "_peran_lengkap" in akun.attrs:
        return akun
    if not isinstance(akun, pd.DataFrame) or "kode" not in akun.columns:
        raise GalatData("Bagan akun harus tabel dengan kolom kode.", saran="Muat dengan data.muat('akun').")
    peran, _ = lengkapi_peran(akun)
    return pd.DataFrame({"kode": akun["kode"].astype(str).str.strip().to_numpy(), "peran": peran.to_numpy()})


def akun_berperan(akun, *peran: str) -> list[str]:
    """Kode akun yang memegang salah satu ``peran`` (urutan bagan akun). Galat bila tidak ada sama
    sekali — tidak pernah daftar kosong diam-diam."""
    a = _siap(akun)
    kode = a.loc[a["peran"].isin(peran), "kode"].tolist()
    if not kode:
        raise GalatData(f"Bagan akun tidak punya akun berperan {' atau '.join(peran)}.", kolom="peran",
                        saran="Isi kolom 'peran' di bagan akun untuk akun itu (lihat kopkit.buku.daftar_peran()).")
    return kode


def kode_peran(akun, peran: str) -> str:
    """Kode satu-satunya akun yang memegang ``peran``."""
    kode = akun_berperan(akun, peran)
    if len(kode) > 1:
        raise GalatData(f"Peran '{peran}' dipegang lebih dari satu akun: {', '.join(kode)}.", kolom="peran",
                        saran="Sisakan peran itu pada satu akun saja.")
    return kode[0]
