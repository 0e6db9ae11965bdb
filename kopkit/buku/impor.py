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

from kopkit.dasar.galat import GalatBerkas, GalatData, Masalah, gagal_bila_ada

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


def _kunci(teks) -> str:
    if teks is None or (not isinstance(teks, str) and pd.isna(teks)):
        return ""
    return re.sub(r"\s+", " ", re.sub(r"[^a-z0-9 ]", " ", str(teks).lower())).strip()


def _cari_kolom(sel: list[str]) -> dict[str, int]:
    hasil = {}
    for j, teks in enumerate(sel):
        for baku, nama in _SINONIM.items():
            if baku not in hasil and teks in nama:
                hasil[baku] = j
    return hasil


def _baca_mentah(path: Path, lembar) -> pd.DataFrame:
    if not path.exists():
        raise GalatBerkas(f"Berkas '{path.name}' tidak ditemukan.", berkas=str(path),
                          saran="Periksa nama dan foldernya.")
    akhiran = path.suffix.lower()
    try:
        if akhiran in (".xlsx", ".xlsm"):
            import openpyxl

            nama_lembar = openpyxl.load_workbook(path, read_only=True).sheetnames
            if lembar is not None and lembar not in nama_lembar:
                raise GalatBerkas(f"Lembar '{lembar}' tidak ada.", berkas=path.name,
                                  saran=f"Lembar yang ada: {', '.join(nama_lembar)}.")
            return pd.read_excel(path, sheet_name=lembar if lembar is not None else 0, header=None,
                                 dtype=object, engine="openpyxl")
        if akhiran in (".csv", ".txt"):
            try:
                teks = path.read_text(encoding="utf-8-sig")
            except UnicodeDecodeError:
                teks = path.read_text(encoding="cp1252")  # CSV dari Excel Windows lama
            import csv
            import io

            # Excel berbahasa Indonesia menyimpan CSV dengan titik koma (koma = tanda desimal).
            pemisah = ";" if teks.count(";") > teks.count(",") else ","
            baris = list(csv.reader(io.StringIO(teks), delimiter=pemisah))
            lebar = max((len(b) for b in baris), default=0)
            return pd.DataFrame([b + [""] * (lebar - len(b)) for b in baris], dtype=object)
    except GalatBerkas:
        raise
    except Exception as e:  # berkas rusak/terkunci: jangan bocorkan galat mentah openpyxl/pandas
        raise GalatBerkas(f"Berkas '{path.name}' tidak dapat dibaca ({type(e).__name__}).", berkas=str(path),
                          saran="Buka di Excel lalu simpan ulang sebagai .xlsx atau .csv (UTF-8).") from None
    raise GalatBerkas(f"Jenis berkas '{akhiran}' tidak didukung.", berkas=str(path),
                      saran="Simpan jurnal sebagai .xlsx atau .csv.")


def _baca(berkas, lembar=None) -> tuple[pd.DataFrame, list[Masalah]]:
    from kopkit.dasar.uang import masalah_kolom_rupiah, masalah_kolom_tanggal, parse_kolom_rupiah, parse_kolom_tanggal

    path = Path(berkas)
    mentah = _baca_mentah(path, lembar)
    lokasi = {"berkas": path.name, "lembar": lembar}
    sel = mentah.map(_kunci)
    baris_judul, kolom = None, {}
    for i in range(min(len(sel), 30)):
        ketemu = _cari_kolom(sel.iloc[i].tolist())
        if "debit" in ketemu and "kredit" in ketemu:
            baris_judul = i
            # Judul dua baris: kolom yang kosong di baris ini diambil dari baris di atasnya (sel gabung).
            if i > 0:
                atas = _cari_kolom([s if s else a for s, a in zip(sel.iloc[i].tolist(), sel.iloc[i - 1].tolist())])
                kolom = {**atas, **ketemu}
            else:
                kolom = ketemu
            break
    wajib = ["tanggal", "no_bukti", "akun", "keterangan", "debit", "kredit"]
    if baris_judul is None or any(k not in kolom for k in wajib):
        kurang = [k for k in wajib if k not in kolom] if baris_judul is not None else wajib
        raise GalatData(f"Judul kolom jurnal tidak ditemukan (kurang: {', '.join(kurang)}).", **lokasi,
                        saran="Baris judul tabel harus memuat: Tanggal, No. Bukti, Akun, Keterangan, "
                              "Debit, Kredit (boleh Tgl, Kode Akun, Uraian, Debet).")
    isi = mentah.iloc[baris_judul + 1:]
    t = pd.DataFrame({k: isi.iloc[:, j].to_numpy() for k, j in kolom.items()}, index=isi.index)
    t = t.map(lambda v: None if v is None or (isinstance(v, str) and not v.strip()) or
              (not isinstance(v, str) and pd.isna(v)) else v)
    t["baris_berkas"] = (isi.index.to_numpy() + 1).astype("int64")  # baris Excel mulai dari 1
    t = t[t.drop(columns="baris_berkas").notna().any(axis=1)]  # baris kosong
    # Baris JUMLAH/TOTAL di bawah tabel: tanpa akun, tulisannya "jumlah"/"total".
    teks_baris = t.drop(columns="baris_berkas").map(_kunci).agg(" ".join, axis=1)
    t = t[~(t["akun"].isna() & teks_baris.str.contains(r"\b(?:jumlah|total)\b"))]
    # Tanggal dan nomor bukti yang hanya ditulis di baris pertama bukti.
    diisi = t["tanggal"].isna().to_numpy()  # sel tanggal yang diisi dari baris di atasnya
    for k in ("tanggal", "no_bukti"):
        t[k] = t[k].ffill()
    t = t.reset_index(drop=True)
    baris = t["baris_berkas"].to_numpy()
    masalah = []

    def dengan_baris(daftar, nama_kolom):
        for m in daftar:
            bukti = t["no_bukti"].iloc[m.baris]
            teks = m.pesan + (f" (bukti {bukti})" if bukti is not None else "")
            masalah.append(replace(m, pesan=teks, baris=int(baris[m.baris]), kolom=nama_kolom))

    hasil = pd.DataFrame({"baris_berkas": baris})
    m_tgl = masalah_kolom_tanggal(t["tanggal"].astype(object), baris_awal=0, **lokasi)
    salah = {m.baris for m in m_tgl}
    dengan_baris([m for m in m_tgl if not diisi[m.baris]], "tanggal")  # laporkan sel aslinya saja
    hasil["tanggal"] = parse_kolom_tanggal(pd.Series([None if i in salah else v for i, v in enumerate(t["tanggal"])],
                                                     dtype=object))
    hasil["no_bukti"] = t["no_bukti"].map(lambda v: None if v is None else str(v).strip()).astype("str")
    hasil.loc[t["no_bukti"].isna().to_numpy(), "no_bukti"] = None

    def kode(v):
        if v is None:
            return None
        if isinstance(v, (int, np.integer)) or (isinstance(v, float) and v.is_integer()):
            return str(int(v))
        cocok = re.match(r"^\s*(\d+(?:\.\d+)*)\s*(?:[-–:]\s*|\s+)\D", str(v))
        return cocok.group(1) if cocok else str(v).strip()

    hasil["akun"] = t["akun"].map(kode).astype("str")
    hasil.loc[t["akun"].isna().to_numpy(), "akun"] = None
    hasil["keterangan"] = t["keterangan"].map(lambda v: None if v is None else str(v).strip()).astype("str")
    hasil.loc[t["keterangan"].isna().to_numpy(), "keterangan"] = None
    for k in ("debit", "kredit"):
        m_uang = masalah_kolom_rupiah(t[k].astype(object), baris_awal=0, **lokasi)
        dengan_baris(m_uang, k)
        salah = {m.baris for m in m_uang}
        nilai = pd.Series([None if i in salah else v for i, v in enumerate(t[k])], dtype=object)
        hasil[k] = parse_kolom_rupiah(nilai).fillna(0).astype("int64")
    for k in ("unit", "id_anggota"):
        if k in t:
            hasil[k] = t[k].map(lambda v: None if v is None else str(v).strip()).astype("str")
            hasil.loc[t[k].isna().to_numpy(), k] = None
    hasil = hasil[["tanggal", "no_bukti", "akun", "keterangan", "debit", "kredit"] +
                  [k for k in ("unit", "id_anggota") if k in hasil] + ["baris_berkas"]]
    hasil.attrs.update({"berkas": path.name, "lembar": lembar})
    return hasil, sorted(masalah, key=lambda m: m.baris)


def masalah_berkas_jurnal(berkas, lembar=None, akun=None, periode=None) -> list[Masalah]:
    """Semua masalah sebuah berkas jurnal: sel yang tidak terbaca, dan (bila ``akun`` diberikan)
    semua masalah :func:`~kopkit.buku.validasi_jurnal` dengan nomor baris seperti di Excel."""
    from kopkit.buku.jurnal import validasi_jurnal

    jurnal, masalah = _baca(berkas, lembar)
    if akun is not None:
        lain = validasi_jurnal(jurnal, akun, periode)
        # Sel uang/tanggal yang salah sudah dilaporkan; jangan laporkan lagi sebagai "kosong".
        sudah = {(m.baris, m.kolom) for m in masalah}
        masalah = masalah + [m for m in lain if (m.baris, m.kolom) not in sudah]
    return sorted(masalah, key=lambda m: (m.baris or 0))


def baca_jurnal_excel(berkas, lembar=None, *, akun=None, periode=None) -> pd.DataFrame:
    """Baca jurnal umum dari .xlsx atau .csv menjadi tabel jurnal bertipe benar.

    Kolom hasil: tanggal, no_bukti, akun, keterangan, debit, kredit (+ unit, id_anggota bila ada)
    dan ``baris_berkas`` (nomor baris di Excel, dipakai pesan :func:`~kopkit.buku.validasi_jurnal`).
    Bila ada sel yang tidak dapat dibaca — atau, bila ``akun`` diberikan, ada masalah pembukuan
    (bukti tidak seimbang, akun tidak dikenal, ...) — naik satu :class:`~kopkit.dasar.galat.GalatData`
    yang mencantumkan semuanya dengan baris, kolom, bukti dan cara memperbaikinya.
    """
    jurnal, masalah = _baca(berkas, lembar)
    if akun is not None:
        masalah = masalah_berkas_jurnal(berkas, lembar, akun, periode)
    gagal_bila_ada(masalah, f"Jurnal di berkas {Path(berkas).name} belum dapat dipakai")
    return jurnal
