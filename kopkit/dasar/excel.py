"""Satu penulis Excel (dan CSV) kopkit: satu gaya, berkas yang *lembam*, tidak pernah menimpa tanpa
izin, tidak pernah meninggalkan berkas setengah jadi.

*Lembam* (inert): teks yang oleh program lembar kerja akan dijalankan sebagai rumus — diawali ``=``,
``+``, ``-``, ``@``, tab atau CR, mis. nama anggota ``=cmd|' /C calc'!A0`` — selalu ditulis sebagai
teks biasa (di .xlsx: sel teks dengan awalan kutip; di .csv: diawali ``'``). Angka tetap angka.
Rumus yang memang ditulis kit (baris JUMLAH) ditandai :class:`Rumus` dan tetap rumus.

Gaya rumah (:func:`tulis_excel`): baris judul di atas tabel, judul kolom tebal berlatar biru muda
dan dibekukan, rupiah berformat ``#,##0;(#,##0)``, tanggal ``DD/MM/YYYY``, baris jumlah tebal, lebar
kolom menyesuaikan isi.

    >>> import tempfile, pathlib, openpyxl
    >>> tujuan = pathlib.Path(tempfile.mkdtemp()) / "daftar.xlsx"
    >>> lembar = Lembar("Daftar", kolom=["Nama", "Jumlah (Rp)"], baris=[["=1+1", 1_250_000]],
    ...                 judul=["Contoh"])
    >>> ws = openpyxl.load_workbook(tulis_excel(tujuan, [lembar], contoh="daftar.xlsx")).active
    >>> ws["A4"].value, ws["A4"].data_type, ws["B4"].value, ws["B4"].number_format
    ('=1+1', 's', 1250000, '#,##0;(#,##0)')
"""
from __future__ import annotations

import csv
import datetime as _dt
import io
import os
import tempfile
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from kopkit.dasar.galat import GalatBerkas, GalatMasukan

__all__ = ["periksa_tujuan", "simpan_buku_kerja", "Rumus", "Lembar", "tulis_excel", "teks_lembam",
           "simpan_csv", "ekspor_tabel", "FORMAT_RUPIAH", "AWALAN_RUMUS"]

#: Format angka rupiah gaya akuntansi (negatif dalam kurung) untuk semua sel uang.
FORMAT_RUPIAH = "#,##0;(#,##0)"
#: Awal teks yang dijalankan sebagai rumus oleh Excel/LibreOffice/Google Sheets (OWASP "CSV injection").
AWALAN_RUMUS = ("=", "+", "-", "@", "\t", "\r", "\n")
_LATAR_JUDUL = "DDEBF7"


class Rumus(str):
    """Rumus yang memang ditulis kit (mis. ``=SUM(D6:D10)``); hanya ini yang boleh menjadi rumus.

    >>> Rumus("=SUM(A1:A3)")
    Rumus('=SUM(A1:A3)')
    """

    def __repr__(self) -> str:
        return f"Rumus({str(self)!r})"


def teks_lembam(nilai):
    """Nilai untuk sel CSV: teks yang akan dijalankan sebagai rumus diawali ``'``; lainnya tetap.

    >>> [teks_lembam(v) for v in ["=1+1", "-2", "@SUM(A1)", "Siti", -2, 1.5]]
    ["'=1+1", "'-2", "'@SUM(A1)", 'Siti', -2, 1.5]
    """
    if isinstance(nilai, str) and not isinstance(nilai, Rumus) and nilai.startswith(AWALAN_RUMUS):
        return "'" + nilai
    return nilai


def periksa_tujuan(berkas, *, timpa: bool, contoh: str, akhiran=(".xlsx",)) -> Path:
    """Pastikan ``berkas`` boleh ditulis: akhirannya salah satu ``akhiran``, foldernya ada, dan belum
    ada — kecuali ``timpa=True``. ``contoh`` adalah nama berkas yang disarankan dalam pesan galat."""
    if not isinstance(berkas, (str, os.PathLike)):
        raise GalatMasukan(f"Nama berkas tujuan harus teks, bukan {type(berkas).__name__}.",
                           saran=f"Contoh: {contoh}")
    path = Path(berkas)
    if path.suffix.lower() not in akhiran:
        raise GalatBerkas(f"Nama berkas '{path.name}' harus berakhiran {' atau '.join(akhiran)}.",
                          berkas=str(path), saran=f"Contoh: {contoh}")
    if path.is_dir():
        raise GalatBerkas(f"'{path}' adalah folder, bukan berkas.", berkas=str(path),
                          saran=f"Tulis nama berkas di dalam folder itu, mis. {path / contoh}.")
    if path.exists() and not timpa:
        raise GalatBerkas(f"Berkas '{path.name}' sudah ada dan tidak ditimpa.", berkas=str(path),
                          saran="Pakai nama lain, atau timpa=True bila memang ingin mengganti isinya.")
    if not path.parent.exists():
        raise GalatBerkas(f"Folder '{path.parent}' tidak ada.", berkas=str(path),
                          saran="Buat foldernya dulu atau pilih folder lain.")
    return path


def _simpan_atomik(path: Path, tulis) -> Path:
    """Tulis ke berkas sementara di folder yang sama lalu ganti namanya (berkas lama tetap utuh
    bila gagal di tengah jalan, mis. disk penuh)."""
    try:
        fd, sementara = tempfile.mkstemp(prefix=".kopkit-", suffix=path.suffix, dir=path.parent)
    except OSError as e:
        raise GalatBerkas(f"Folder '{path.parent}' tidak dapat ditulisi: {e.strerror or e}.", berkas=str(path),
                          saran="Pilih folder lain (mis. Dokumen) atau periksa izin foldernya.") from None
    os.close(fd)
    try:
        tulis(sementara)
        os.replace(sementara, path)
    except OSError as e:
        Path(sementara).unlink(missing_ok=True)
        raise GalatBerkas(f"Berkas '{path.name}' tidak dapat ditulis: {e.strerror or e}.",
                          berkas=str(path),
                          saran="Tutup berkas itu di Excel bila sedang terbuka, atau pilih folder lain.") from None
    return path


def simpan_buku_kerja(wb, path: Path) -> Path:
    """Simpan workbook openpyxl secara atomik (lihat modul ini)."""
    return _simpan_atomik(Path(path), wb.save)


@dataclass
class Lembar:
    """Satu lembar kerja bergaya rumah untuk :func:`tulis_excel`.

    ``judul``: baris judul di atas tabel (yang pertama besar); satu baris kosong, lalu judul kolom
    (baris :attr:`baris_judul_kolom`), lalu data mulai :attr:`baris_awal`. ``gaya`` per baris data:
    ``"akun"`` (biasa), ``"subtotal"`` atau ``"total"`` (tebal). ``menjorok``: nomor kolom (mulai 1)
    yang dimenjorokkan pada baris ``"akun"``. ``lebar``: lebar kolom (bawaan: menurut isi).
    ``catatan``: baris teks di bawah tabel. Teks selalu ditulis lembam; hanya :class:`Rumus` menjadi rumus.
    """

    nama: str
    kolom: list
    baris: list
    judul: list = field(default_factory=list)
    gaya: list | None = None
    menjorok: int | None = None
    lebar: list | None = None
    catatan: list = field(default_factory=list)

    @property
    def baris_judul_kolom(self) -> int:
        return len(self.judul) + 2 if self.judul else 1

    @property
    def baris_awal(self) -> int:
        return self.baris_judul_kolom + 1


def _nama_lembar(nama, dipakai: set) -> str:
    bersih = "".join(c for c in str(nama) if c not in '[]:*?/\\').strip("'")[:31] or "Laporan"
    dasar, n = bersih, 2
    while bersih.lower() in dipakai:
        bersih = f"{dasar[:28]} {n}"
        n += 1
    dipakai.add(bersih.lower())
    return bersih


def _nilai_sel(v):
    """Nilai Python/pandas/numpy → nilai yang ditulis openpyxl (None untuk kosong)."""
    if v is None:
        return None
    if isinstance(v, str):
        return v
    if hasattr(v, "to_pydatetime"):  # pandas Timestamp (NaT ditangani di bawah)
        try:
            v = v.to_pydatetime()
        except ValueError:
            return None
    try:
        if v != v:  # NaN, NaT, pd.NA → kosong
            return None
    except (TypeError, ValueError):
        return None
    if hasattr(v, "item") and not isinstance(v, (_dt.date, Decimal)):
        v = v.item()
    if isinstance(v, _dt.datetime) and v.tzinfo is not None:
        v = v.replace(tzinfo=None)
    if isinstance(v, Decimal):
        v = int(v) if v == v.to_integral_value() else float(v)
    if isinstance(v, (bool, int, float, _dt.date, _dt.time)):
        return v
    return str(v)


def _tulis_sel(ws, r: int, c: int, v):
    """Satu sel: angka tetap angka, Rumus tetap rumus, teks lain selalu teks (lembam)."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    v = _nilai_sel(v)
    if isinstance(v, Rumus):
        sel = ws.cell(row=r, column=c, value=str(v))
        return sel
    if isinstance(v, str):
        v = ILLEGAL_CHARACTERS_RE.sub("", v)  # karakter kendali tidak boleh ada di .xlsx
    sel = ws.cell(row=r, column=c, value=v)
    if isinstance(v, str):
        sel.data_type = "s"  # openpyxl menjadikan '=...' rumus; di sini selalu teks
        if v.startswith(AWALAN_RUMUS):
            sel.quotePrefix = True  # Excel tetap memperlakukannya teks walau selnya disunting
    return sel


def _panjang(v) -> int:
    v = _nilai_sel(v)
    if isinstance(v, Rumus):
        return 12
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return len(f"{v:,.0f}")
    if isinstance(v, (_dt.date, _dt.datetime)):
        return 10
    return max((len(bagian) for bagian in str(v or "").split("\n")), default=0)


def _isi_lembar(ws, lb: Lembar) -> None:
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    tebal = Font(bold=True)
    garis = Side(style="thin")
    kotak = Border(left=garis, right=garis, top=garis, bottom=garis)
    for i, teks in enumerate(lb.judul, start=1):
        _tulis_sel(ws, i, 1, teks).font = Font(bold=True, size=14) if i == 1 else tebal
    r0 = lb.baris_judul_kolom
    for j, teks in enumerate(lb.kolom, start=1):
        c = _tulis_sel(ws, r0, j, teks)
        c.font = tebal
        c.fill = PatternFill("solid", fgColor=_LATAR_JUDUL)
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        c.border = kotak
    gaya = lb.gaya or ["akun"] * len(lb.baris)
    if len(gaya) != len(lb.baris):
        raise GalatMasukan("Banyaknya gaya baris tidak sama dengan banyaknya baris.")
    lebar_kolom = max([len(lb.kolom)] + [len(b) for b in lb.baris])
    for i, (isi, g) in enumerate(zip(lb.baris, gaya), start=lb.baris_awal):
        isi = list(isi) + [None] * (lebar_kolom - len(isi))
        for j, v in enumerate(isi, start=1):
            c = _tulis_sel(ws, i, j, v)
            c.border = kotak
            nilai = _nilai_sel(v)
            if isinstance(nilai, Rumus) or (isinstance(nilai, int) and not isinstance(nilai, bool)):
                c.number_format = FORMAT_RUPIAH
            elif isinstance(nilai, float):
                c.number_format = "#,##0.0"
            elif isinstance(nilai, (_dt.date, _dt.datetime)):
                c.number_format = "DD/MM/YYYY"
            if g in ("subtotal", "total"):
                c.font = tebal
            if lb.menjorok == j and g == "akun":
                c.alignment = Alignment(indent=2)
    r = lb.baris_awal + len(lb.baris) + 1
    for teks in lb.catatan:
        _tulis_sel(ws, r, 1, teks)
        r += 1
    for j in range(1, lebar_kolom + 1):
        if lb.lebar and j <= len(lb.lebar) and lb.lebar[j - 1]:
            lebar = lb.lebar[j - 1]
        else:
            isi = [lb.kolom[j - 1] if j <= len(lb.kolom) else ""] + [b[j - 1] for b in lb.baris if j <= len(b)]
            lebar = min(60, max(10, max(_panjang(v) for v in isi) + 3))
        ws.column_dimensions[get_column_letter(j)].width = lebar
    ws.freeze_panes = ws.cell(row=lb.baris_awal, column=1)
    ws.print_title_rows = f"{r0}:{r0}"


def tulis_excel(berkas, lembar, *, timpa: bool = False, contoh: str = "laporan.xlsx") -> Path:
    """Tulis satu atau beberapa :class:`Lembar` ke satu berkas .xlsx bergaya rumah (lihat modul).

    Berkas yang sudah ada tidak ditimpa kecuali ``timpa=True``; penulisan atomik. Mengembalikan path.

    >>> import tempfile, pathlib, openpyxl
    >>> lb = Lembar("SHU", kolom=["Pos", "Jumlah (Rp)"], baris=[["cadangan", 400], ["JUMLAH", Rumus("=SUM(B2:B2)")]],
    ...             gaya=["akun", "total"])
    >>> ws = openpyxl.load_workbook(tulis_excel(pathlib.Path(tempfile.mkdtemp()) / "a.xlsx", lb)).active
    >>> [c.value for c in ws["B"]], ws["A3"].font.b
    (['Jumlah (Rp)', 400, '=SUM(B2:B2)'], True)
    """
    from openpyxl import Workbook

    if isinstance(lembar, Lembar):
        lembar = [lembar]
    if not lembar or not all(isinstance(lb, Lembar) for lb in lembar):
        raise GalatMasukan("tulis_excel menerima satu Lembar atau daftar Lembar.")
    path = periksa_tujuan(berkas, timpa=timpa, contoh=contoh)
    wb = Workbook()
    wb.remove(wb.active)
    dipakai: set = set()
    for lb in lembar:
        _isi_lembar(wb.create_sheet(_nama_lembar(lb.nama, dipakai)), lb)
    return simpan_buku_kerja(wb, path)


def _tabel_ke_baris(tabel, indeks: bool) -> tuple[list, list]:
    import pandas as pd

    if not isinstance(tabel, pd.DataFrame):
        raise GalatMasukan(f"Yang diekspor harus tabel, bukan {type(tabel).__name__}.",
                           saran="Berikan tabel pandas (DataFrame).")
    t = tabel.reset_index() if indeks and not isinstance(tabel.index, pd.RangeIndex) else tabel
    kolom = [str(k) for k in t.columns]
    return kolom, [list(b) for b in t.itertuples(index=False, name=None)]


def simpan_csv(tabel, berkas, *, timpa: bool = False, indeks: bool = True) -> Path:
    """Simpan tabel ke CSV untuk Excel berbahasa Indonesia: pemisah ``;`` (koma adalah tanda desimal
    di Excel Indonesia), UTF-8 dengan BOM (supaya huruf terbaca benar), lembam: teks yang akan
    dijalankan sebagai rumus diawali ``'``; angka tetap angka.

    >>> import tempfile, pathlib, pandas as pd
    >>> p = simpan_csv(pd.DataFrame({"nama": ["=1+1"], "skor": [-2]}), pathlib.Path(tempfile.mkdtemp()) / "r.csv")
    >>> p.read_text(encoding="utf-8-sig").splitlines()
    ['nama;skor', "'=1+1;-2"]
    """
    path = periksa_tujuan(berkas, timpa=timpa, contoh="rekap.csv", akhiran=(".csv",))
    kolom, baris = _tabel_ke_baris(tabel, indeks)
    buf = io.StringIO()
    tulis = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    tulis.writerow([teks_lembam(k) for k in kolom])
    for b in baris:
        tulis.writerow(["" if (v := _nilai_sel(x)) is None else teks_lembam(v) for x in b])
    isi = buf.getvalue().replace("\r\n", "\n")

    def simpan(sementara):
        with open(sementara, "w", encoding="utf-8-sig", newline="") as f:
            f.write(isi)

    return _simpan_atomik(path, simpan)


def ekspor_tabel(tabel, berkas, *, timpa: bool = False, judul: str | None = None) -> Path:
    """Simpan tabel dalam format yang disebut akhiran nama berkasnya: ``.xlsx`` (gaya rumah, satu
    lembar) atau ``.csv`` (:func:`simpan_csv`). Keduanya lembam dan tidak menimpa tanpa izin.

    >>> import tempfile, pathlib, pandas as pd
    >>> ekspor_tabel(pd.DataFrame({"nama": ["Siti"]}), pathlib.Path(tempfile.mkdtemp()) / "rekap.xlsx").suffix
    '.xlsx'
    """
    if not isinstance(berkas, (str, os.PathLike)):
        raise GalatMasukan(f"Nama berkas tujuan harus teks, bukan {type(berkas).__name__}.",
                           saran="Contoh: rekap.xlsx atau rekap.csv")
    path = Path(berkas)
    if path.suffix.lower() == ".csv":
        return simpan_csv(tabel, path, timpa=timpa)
    periksa_tujuan(path, timpa=timpa, contoh="rekap.xlsx", akhiran=(".xlsx", ".csv"))
    kolom, baris = _tabel_ke_baris(tabel, True)
    return tulis_excel(path, Lembar(judul or path.stem, kolom=kolom, baris=baris,
                                    judul=[judul] if judul else []), timpa=timpa, contoh="rekap.xlsx")


def buku_kerja_baru(*, hanya_tulis: bool = False):
    """Workbook openpyxl kosong untuk lembar yang perlu fitur khusus (validasi data, grafik); isi
    barisnya dengan :func:`tambah_baris` supaya tetap lembam, simpan dengan :func:`simpan_buku_kerja`.

    >>> ws = buku_kerja_baru().active
    >>> tambah_baris(ws, ["=1+1", 5]); (ws["A1"].data_type, ws["A1"].value, ws["B1"].value)
    ('s', '=1+1', 5)
    """
    from openpyxl import Workbook

    return Workbook(write_only=hanya_tulis)


def tambah_baris(ws, nilai, *, gaya: dict | None = None, format_angka=None) -> None:
    """Tambahkan satu baris ke lembar openpyxl (juga lembar hanya-tulis): teks selalu teks, juga bila
    diawali ``=``/``+``/``-``/``@``; angka tetap angka; hanya :class:`Rumus` menjadi rumus; sel
    openpyxl yang sudah jadi diteruskan apa adanya.

    ``gaya``: atribut sel untuk setiap sel baris ini, mis. ``{"font": Font(bold=True)}``;
    ``format_angka``: format angka Excel per kolom (daftar, ``None`` = biarkan), dipakai untuk sel angka.

    >>> from openpyxl.styles import Font
    >>> ws = buku_kerja_baru().active
    >>> tambah_baris(ws, ["Jumlah", 1500], gaya={"font": Font(bold=True)}, format_angka=[None, "#,##0"])
    >>> ws["A1"].font.b, ws["B1"].number_format
    (True, '#,##0')
    """
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

    nilai = list(nilai)
    format_angka = list(format_angka or [])

    def hias(sel, j):
        for nama, isi in (gaya or {}).items():
            setattr(sel, nama, isi)
        if j < len(format_angka) and format_angka[j] and isinstance(sel.value, (int, float)) \
                and not isinstance(sel.value, bool):
            sel.number_format = format_angka[j]

    if isinstance(ws, WriteOnlyWorksheet):
        sel = []
        for j, v in enumerate(nilai):
            if hasattr(v, "data_type"):
                sel.append(v)
                continue
            v = _nilai_sel(v)
            c = WriteOnlyCell(ws, value=str(v) if isinstance(v, Rumus) else v)
            if isinstance(v, str) and not isinstance(v, Rumus):
                c.data_type = "s"
            hias(c, j)
            sel.append(c)
        ws.append(sel)
        return
    r = ws._current_row + 1  # baris yang akan diisi ws.append
    for j, v in enumerate(nilai, start=1):
        if hasattr(v, "data_type") and hasattr(v, "coordinate"):
            c = ws.cell(row=r, column=j, value=v.value)
        else:
            c = _tulis_sel(ws, r, j, v)
        hias(c, j - 1)
    ws._current_row = r
