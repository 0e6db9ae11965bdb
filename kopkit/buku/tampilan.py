"""Tampilan dan ekspor Excel untuk laporan pembukuan (neraca saldo, empat laporan keuangan).

:func:`tampilkan_laporan` mengubah tabel laporan menjadi tabel teks yang rapi untuk notebook:
rupiah bergaya akuntansi (``1.234.567``, negatif ``(1.234.567)``), pos menjorok, baris jumlah.
:func:`ekspor_excel` menyimpan satu atau beberapa laporan ke berkas .xlsx berformat.

Contoh:
    >>> import pandas as pd
    >>> ns = pd.DataFrame({"kode": ["101", "301"], "nama": ["Kas", "Simpanan pokok"],
    ...                    "debit": [100_000, 0], "kredit": [0, 100_000]})
    >>> tampilkan_laporan(ns)["Kredit"].tolist()
    ['0', '100.000', '100.000']
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from kopkit.dasar.galat import GalatMasukan

__all__ = ["tampilkan_laporan", "ekspor_excel"]

_JUDUL_KOLOM = {"kode": "Kode", "nama": "Nama akun", "debit": "Debit", "kredit": "Kredit", "jenis": "Jenis",
                "saldo_normal": "Saldo normal", "anggaran": "Anggaran", "realisasi": "Realisasi",
                "selisih": "Selisih", "persen_realisasi": "% realisasi", "pos": "Uraian", "saldo": "Saldo",
                "anggota": "Dari anggota", "bukan_anggota": "Dari bukan anggota",
                "tidak_dibedakan": "Tidak dibedakan", "jumlah": "Jumlah"}
_UANG = {"debit", "kredit", "anggaran", "realisasi", "selisih", "saldo", "jumlah", "anggota", "bukan_anggota",
         "tidak_dibedakan"}


def _laporan_bertingkat(t: pd.DataFrame) -> bool:
    return {"pos", "jumlah", "jenis_baris"} <= set(t.columns)


def _adalah_neraca_saldo(t: pd.DataFrame) -> bool:
    return {"kode", "debit", "kredit"} <= set(t.columns) and "tanggal" not in t.columns


def tampilkan_laporan(laporan: pd.DataFrame) -> pd.DataFrame:
    """Tabel teks siap tampil: rupiah gaya akuntansi, pos menjorok, baris jumlah.

    - Laporan keuangan (kolom ``pos, jumlah, jenis_baris``): kolom "Uraian" (akun menjorok,
      jumlah berhuruf besar tetap di kiri) dan "Jumlah (Rp)".
    - Neraca saldo (kolom ``kode, debit, kredit``): ditambah baris JUMLAH.
    - Tabel lain (mis. perubahan ekuitas, SHU per unit): setiap kolom bilangan bulat diformat.
    """
    from kopkit.dasar.uang import format_akuntansi, format_angka

    if not isinstance(laporan, pd.DataFrame):
        raise GalatMasukan(f"tampilkan_laporan menerima tabel, bukan {type(laporan).__name__}.")
    t = laporan
    if _laporan_bertingkat(t):
        uraian = [("    " if j == "akun" else "") + str(p) for p, j in zip(t["pos"], t["jenis_baris"])]
        hasil = pd.DataFrame({"Uraian": uraian, "Jumlah (Rp)": [format_akuntansi(int(v)) for v in t["jumlah"]]})
        for k in ("anggota", "bukan_anggota", "tidak_dibedakan"):
            if k in t.columns:
                hasil[_JUDUL_KOLOM[k]] = [format_akuntansi(v) for v in t[k]]
        return hasil
    if _adalah_neraca_saldo(t):
        t = pd.concat([t, pd.DataFrame([{"kode": "", "nama": "JUMLAH", "debit": int(t["debit"].sum()),
                                         "kredit": int(t["kredit"].sum())}])], ignore_index=True)
    hasil = pd.DataFrame(index=range(len(t)))
    for k in t.columns:
        seri = t[k].reset_index(drop=True)
        judul = _JUDUL_KOLOM.get(k, k)
        if k in _UANG or pd.api.types.is_integer_dtype(seri.dtype):
            hasil[judul] = [format_akuntansi(v) for v in seri]
        elif pd.api.types.is_float_dtype(seri.dtype):
            hasil[judul] = [format_angka(v, desimal=1) for v in seri]
        elif pd.api.types.is_datetime64_any_dtype(seri.dtype):
            hasil[judul] = seri.dt.strftime("%d/%m/%Y").fillna("")
        else:
            hasil[judul] = seri.astype(object).where(seri.notna(), "").astype(str)
    if t.index.name or not isinstance(t.index, pd.RangeIndex):
        hasil.insert(0, t.index.name or "", [str(i) for i in t.index])
    return hasil


def ekspor_excel(laporan, berkas, *, nama_koperasi: str, timpa: bool = False) -> Path:
    """Simpan laporan ke Excel (.xlsx): satu lembar per laporan, judul, angka berformat
    ``#,##0;(#,##0)``, baris jumlah tebal. Jumlah ditulis sebagai angka (sama persis dengan
    laporan di notebook). Ditulis oleh penulis Excel kopkit (:func:`kopkit.dasar.excel.tulis_excel`):
    teks yang diawali ``=``, ``+``, ``-``, ``@`` tetap teks, tidak pernah menjadi rumus.

    ``laporan``: satu tabel, atau dict ``{nama_lembar: tabel}``. Berkas yang sudah ada tidak
    ditimpa kecuali ``timpa=True`` (selain itu :class:`~kopkit.dasar.galat.GalatBerkas`).
    Mengembalikan path berkas yang ditulis.
    """
    from kopkit.dasar.excel import Lembar, tulis_excel

    if isinstance(laporan, pd.DataFrame):
        laporan = {laporan.attrs.get("judul", "Laporan"): laporan}
    if not isinstance(laporan, dict) or not laporan:
        raise GalatMasukan("ekspor_excel menerima satu tabel atau dict {nama lembar: tabel}.")
    semua = []
    for nama, t in laporan.items():
        if not isinstance(t, pd.DataFrame):
            raise GalatMasukan(f"Isi lembar '{nama}' bukan tabel.")
        judul_lembar = [str(nama_koperasi), str(t.attrs.get("judul", nama))]
        if _laporan_bertingkat(t):
            kolom_uang = [k for k in ("jumlah", "anggota", "bukan_anggota", "tidak_dibedakan") if k in t.columns]
            judul = ["Kode", "Uraian"] + [_JUDUL_KOLOM[k] + " (Rp)" for k in kolom_uang]
            data = [[r["kode"], r["pos"]] + [None if pd.isna(r[k]) else int(r[k]) for k in kolom_uang]
                    for _, r in t.iterrows()]
            semua.append(Lembar(str(nama), kolom=judul, baris=data, judul=judul_lembar,
                                gaya=list(t["jenis_baris"]), menjorok=2))
            continue
        tt = t.reset_index() if not isinstance(t.index, pd.RangeIndex) else t
        if _adalah_neraca_saldo(tt):
            tt = pd.concat([tt, pd.DataFrame([{"nama": "JUMLAH", "debit": int(tt["debit"].sum()),
                                               "kredit": int(tt["kredit"].sum())}])], ignore_index=True)
        judul = [_JUDUL_KOLOM.get(k, str(k)) for k in tt.columns]
        data = [list(b) for b in tt.itertuples(index=False, name=None)]
        gaya = ["total" if str(tt.iloc[i, 0]).upper() in ("JUMLAH", "SALDO AKHIR") or
                (len(tt.columns) > 1 and str(tt.iloc[i, 1]) == "JUMLAH") else "akun" for i in range(len(tt))]
        semua.append(Lembar(str(nama), kolom=judul, baris=data, judul=judul_lembar, gaya=gaya))
    return tulis_excel(berkas, semua, timpa=timpa, contoh="laporan_keuangan_2025.xlsx")
