"""Membaca jurnal umum dari Excel/CSV buatan koperasi, dengan pesan yang menunjuk baris dan kolom.

Yang dipahami: baris judul di atas tabel ("JURNAL UMUM", nama koperasi), judul kolom dua baris
(sel "Jumlah" digabung di atas "Debit" dan "Kredit"), nama kolom yang lazim (Tgl, No. Bukti,
Kode Akun, Uraian, Debet), jumlah berupa teks ``1.250.000`` atau ``Rp 1.250.000,-``, tanggal
``dd/mm/yyyy``, baris kosong, tanggal dan nomor bukti yang hanya ditulis di baris pertama setiap
bukti (sel digabung ke bawah), kode akun ``101 - Kas``, dan baris JUMLAH di bawah tabel.
Yang tidak dapat dipahami dilaporkan semua sekaligus: baris (seperti di Excel), kolom, bukti,
dan cara memperbaikinya.

Contoh:
    >>> import pandas as pd, tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "jurnal.csv"
    >>> _ = p.write_text("JURNAL UMUM\\nTgl;No. Bukti;Akun;Uraian;Debet;Kredit\\n"
    ...                  "02/01/2025;BKM-1;101;Setoran;1.250.000;\\n;;301;Setoran;;1.250.000\\n",
    ...                  encoding="utf-8")
    >>> j = baca_jurnal_excel(p)
    >>> j[["no_bukti", "akun", "debit", "kredit", "baris_berkas"]].values.tolist()
    [['BKM-1', '101', 1250000, 0, 3], ['BKM-1', '301', 0, 1250000, 4]]
"""
from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import numpy as np
import pandas as pd

from kopkit.dasar.galat import Masalah, gagal_bila_ada

__all__ = ["baca_jurnal_excel", "masalah_berkas_jurnal"]

# Nama kolom yang lazim -> nama baku (dibandingkan setelah huruf kecil, tanpa tanda baca).
_SINONIM = {
    "tanggal": ["tanggal", "tgl", "tanggal transaksi", "date"],
    "no_bukti": ["no bukti", "nomor bukti", "bukti", "no voucher", "no ref", "ref", "no transaksi", "no_bukti"],
    "akun": ["akun", "kode akun", "no akun", "kode", "kode rekening", "no rek", "rekening", "perkiraan",
             "kode perkiraan"],
    "keterangan": ["keterangan", "uraian", "deskripsi", "ket", "uraian transaksi"],
    "debit": ["debit", "debet", "d"],
    "kredit": ["kredit", "credit", "k"],
    "unit": ["unit", "unit usaha"],
    "id_anggota": ["id anggota", "no anggota", "nomor anggota", "anggota", "id_anggota"],
}


_WAJIB = ["tanggal", "no_bukti", "akun", "keterangan", "debit", "kredit"]


def _teks(seri: pd.Series) -> pd.Series:
    """Sel menjadi teks rapi (angka bulat dari Excel tanpa ",0"); sel kosong menjadi NA."""
    from kopkit.dasar.baca import teks_sel

    return pd.Series([(v or None) if v.__class__ is str else (teks_sel(v) or None) for v in seri.tolist()],
                     dtype="str", index=seri.index)


_POLA_KODE = r"^\s*(\d+(?:\.\d+)*)\s*(?:[-–:]\s*|\s+)\D"


def _kode_akun(seri: pd.Series) -> pd.Series:
    """"101 - Kas", "101: Kas", "101 Kas" -> "101"; kode lain apa adanya (sekali per teks berbeda)."""
    teks = _teks(seri)
    kode, unik = pd.factorize(teks.to_numpy(dtype=object), use_na_sentinel=True)
    pola = re.compile(_POLA_KODE)
    bersih = []
    for v in unik:
        cocok = None if v.isdigit() else pola.match(v)
        bersih.append(cocok.group(1) if cocok else v)
    nilai = np.array(bersih + [None], dtype=object)[np.where(kode >= 0, kode, len(bersih))]
    return pd.Series(nilai, dtype="str", index=seri.index)


def _isi_ke_bawah(nilai: np.ndarray, ada: np.ndarray) -> np.ndarray:
    """Sel kosong mengambil nilai sel terisi terakhir di atasnya (sel digabung ke bawah)."""
    kelompok = np.cumsum(ada) - 1
    sumber = nilai[ada]
    hasil = np.empty_like(nilai)
    punya = kelompok >= 0
    hasil[punya] = sumber[kelompok[punya]]
    if (~punya).any():
        hasil[~punya] = np.array(None, dtype=nilai.dtype) if nilai.dtype == object else np.datetime64("NaT")
    return hasil


def _baca(berkas, lembar=None) -> tuple[pd.DataFrame, list[Masalah]]:
    from kopkit.dasar.baca import baca_tabel, kolom_rupiah, kolom_tanggal

    t = baca_tabel(berkas, lembar=lembar, kolom_wajib=_WAJIB, sinonim=_SINONIM, kolom_lain=["unit", "id_anggota"],
                   nama_tabel="jurnal",
                   saran_judul="Baris judul tabel harus memuat: Tanggal, No. Bukti, Akun, Keterangan, "
                               "Debit, Kredit (boleh Tgl, Kode Akun, Uraian, Debet).")
    nama, lembar = t.attrs["berkas"], t.attrs["lembar"]
    lokasi = {"berkas": nama, "lembar": lembar}
    baris = t["baris_berkas"].to_numpy()
    hasil = pd.DataFrame({"baris_berkas": baris})
    # Tanggal dan nomor bukti yang hanya ditulis di baris pertama bukti (sel digabung ke bawah).
    tgl, m_tgl = kolom_tanggal(t["tanggal"], kolom="tanggal", baris=baris, rapi=True, **lokasi)
    ada_tgl = ~_kosong(t["tanggal"])
    hasil["tanggal"] = pd.Series(_isi_ke_bawah(tgl.to_numpy(dtype="datetime64[us]"), ada_tgl),
                                 dtype="datetime64[us]")
    no = _teks(t["no_bukti"])
    ada_no = no.notna().to_numpy()
    hasil["no_bukti"] = pd.Series(_isi_ke_bawah(no.to_numpy(dtype=object), ada_no), dtype="str")
    hasil["akun"] = _kode_akun(t["akun"]).reset_index(drop=True)
    hasil["keterangan"] = _teks(t["keterangan"]).reset_index(drop=True)
    masalah = list(m_tgl)
    # Baris bertanggal sendiri (tanggal berbeda dari baris di atasnya) tanpa nomor bukti: bukti baru
    # yang lupa diberi nomor, jangan digabung diam-diam ke bukti sebelumnya.
    tgl_isi = hasil["tanggal"].to_numpy()
    beda = np.zeros(len(hasil), bool)
    beda[1:] = tgl_isi[1:] != tgl_isi[:-1]
    for i in np.flatnonzero(ada_tgl & ~ada_no & beda & ~pd.isna(tgl_isi)):
        masalah.append(Masalah("Baris ini bertanggal sendiri tetapi nomor buktinya kosong, jadi tidak jelas "
                               "termasuk bukti mana.", **lokasi, baris=int(baris[i]), kolom="no_bukti", kode="J001",
                               saran="Tulis nomor bukti pada baris ini (bukti baru), atau hapus tanggalnya bila "
                                     "baris ini lanjutan bukti di atasnya."))
    for k in ("debit", "kredit"):
        nilai, m_uang = kolom_rupiah(t[k], kolom=k, baris=baris, rapi=True, **lokasi)
        masalah += m_uang
        hasil[k] = nilai.fillna(0).astype("int64").to_numpy()
    for k in ("unit", "id_anggota"):
        if k in t:
            hasil[k] = _teks(t[k]).reset_index(drop=True)
    if masalah:  # sebut bukti tempat sel itu berada
        posisi = {int(b): i for i, b in enumerate(baris)}
        masalah = [replace(m, pesan=m.pesan + (f" (bukti {hasil['no_bukti'].iloc[posisi[m.baris]]})"
                                              if pd.notna(hasil["no_bukti"].iloc[posisi[m.baris]]) else ""))
                   for m in masalah]
    hasil = hasil[["tanggal", "no_bukti", "akun", "keterangan", "debit", "kredit"] +
                  [k for k in ("unit", "id_anggota") if k in hasil] + ["baris_berkas"]]
    hasil.attrs.update({"berkas": nama, "lembar": lembar, "dilewati": t.attrs.get("dilewati", [])})
    return hasil, sorted(masalah, key=lambda m: m.baris)


def _kosong(seri: pd.Series) -> np.ndarray:
    if seri.dtype == object:
        return np.fromiter((v is None for v in seri.tolist()), bool, len(seri))
    return seri.isna().to_numpy()


def _masalah_semua(jurnal, masalah, akun, periode) -> list[Masalah]:
    if akun is not None:
        from kopkit.buku.jurnal import validasi_jurnal

        lokasi = {"berkas": jurnal.attrs.get("berkas"), "lembar": jurnal.attrs.get("lembar")}
        lain = [replace(m, **{k: v for k, v in lokasi.items() if getattr(m, k) is None})
                for m in validasi_jurnal(jurnal, akun, periode)]
        # Sel uang/tanggal yang salah sudah dilaporkan; jangan laporkan lagi sebagai "kosong".
        sudah = {(m.baris, m.kolom) for m in masalah}
        masalah = masalah + [m for m in lain if (m.baris, m.kolom) not in sudah]
    return sorted(masalah, key=lambda m: (m.baris or 0))


def masalah_berkas_jurnal(berkas, lembar=None, akun=None, periode=None) -> list[Masalah]:
    """Semua masalah sebuah berkas jurnal: sel yang tidak terbaca, dan (bila ``akun`` diberikan)
    semua masalah :func:`~kopkit.buku.validasi_jurnal` dengan nomor baris seperti di Excel."""
    jurnal, masalah = _baca(berkas, lembar)
    return _masalah_semua(jurnal, masalah, akun, periode)


def baca_jurnal_excel(berkas, lembar=None, *, akun=None, periode=None) -> pd.DataFrame:
    """Baca jurnal umum dari .xlsx atau .csv menjadi tabel jurnal bertipe benar.

    Kolom hasil: tanggal, no_bukti, akun, keterangan, debit, kredit (+ unit, id_anggota bila ada)
    dan ``baris_berkas`` (nomor baris di Excel, dipakai pesan :func:`~kopkit.buku.validasi_jurnal`).
    Bila ada sel yang tidak dapat dibaca — atau, bila ``akun`` diberikan, ada masalah pembukuan
    (bukti tidak seimbang, akun tidak dikenal, ...) — naik satu :class:`~kopkit.dasar.galat.GalatData`
    yang mencantumkan semuanya dengan baris, kolom, bukti dan cara memperbaikinya.
    Baris kosong dan baris jumlah/total yang dilewati ada di ``hasil.attrs["dilewati"]``.
    """
    jurnal, masalah = _baca(berkas, lembar)
    masalah = _masalah_semua(jurnal, masalah, akun, periode)
    gagal_bila_ada(masalah, f"Jurnal di berkas {jurnal.attrs['berkas']} belum dapat dipakai")
    return jurnal
