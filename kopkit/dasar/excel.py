"""Menulis berkas Excel untuk pengguna dengan aman: tidak pernah menimpa tanpa izin, tidak
pernah meninggalkan berkas setengah jadi.

    >>> import tempfile, pathlib
    >>> tujuan = pathlib.Path(tempfile.mkdtemp()) / "laporan.xlsx"
    >>> periksa_tujuan(tujuan, timpa=False, contoh="laporan_2025.xlsx") == tujuan
    True
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from kopkit.dasar.galat import GalatBerkas

__all__ = ["periksa_tujuan", "simpan_buku_kerja", "netralkan", "simpan_lembar", "simpan_csv"]


def periksa_tujuan(berkas, *, timpa: bool, contoh: str) -> Path:
    """Pastikan ``berkas`` boleh ditulis: berakhiran .xlsx, foldernya ada, dan belum ada —
    kecuali ``timpa=True``. ``contoh`` adalah nama berkas yang disarankan dalam pesan galat."""
    path = Path(berkas)
    if path.suffix.lower() != ".xlsx":
        raise GalatBerkas(f"Nama berkas '{path.name}' harus berakhiran .xlsx.", berkas=str(path),
                          saran=f"Contoh: {contoh}")
    if path.exists() and not timpa:
        raise GalatBerkas(f"Berkas '{path.name}' sudah ada dan tidak ditimpa.", berkas=str(path),
                          saran="Pakai nama lain, atau timpa=True bila memang ingin mengganti isinya.")
    if not path.parent.exists():
        raise GalatBerkas(f"Folder '{path.parent}' tidak ada.", berkas=str(path),
                          saran="Buat foldernya dulu atau pilih folder lain.")
    return path


def simpan_buku_kerja(wb, path: Path) -> Path:
    """Simpan workbook openpyxl ke berkas sementara di folder yang sama lalu ganti namanya, supaya
    berkas lama tidak rusak bila penyimpanan gagal di tengah jalan (mis. disk penuh)."""
    fd, sementara = tempfile.mkstemp(prefix=".kopkit-", suffix=".xlsx", dir=path.parent)
    os.close(fd)
    try:
        wb.save(sementara)
        os.replace(sementara, path)
    except OSError as e:
        Path(sementara).unlink(missing_ok=True)
        raise GalatBerkas(f"Berkas '{path.name}' tidak dapat ditulis: {e.strerror or e}.",
                          berkas=str(path),
                          saran="Tutup berkas itu di Excel bila sedang terbuka, atau pilih folder lain.") from None
    return path


_AWALAN_RUMUS = ("=", "+", "-", "@", "\t", "\r")


def netralkan(nilai):
    """Teks yang akan dijalankan spreadsheet sebagai rumus (diawali ``=``, ``+``, ``-``, ``@``,
    tab atau CR) diberi tanda kutip tunggal di depannya; angka dan teks lain apa adanya.

    >>> netralkan("=HYPERLINK(1)"), netralkan("Siti"), netralkan(-5)
    ("'=HYPERLINK(1)", 'Siti', -5)
    """
    if isinstance(nilai, str) and nilai.startswith(_AWALAN_RUMUS):
        return "'" + nilai
    return nilai


def _tabel_netral(tabel):
    tabel = tabel.copy()
    tabel.columns = [netralkan(str(k)) for k in tabel.columns]
    for kolom in tabel.columns:
        if tabel[kolom].dtype == object or str(tabel[kolom].dtype) in ("string", "str"):
            tabel[kolom] = tabel[kolom].map(netralkan)
    return tabel


def simpan_lembar(lembar: dict, berkas) -> Path:
    """Tulis beberapa tabel (nama lembar -> tabel) ke satu .xlsx baru; teks dinetralkan, baris
    judul tebal dan dibekukan, lebar kolom menyesuaikan isi. Tidak pernah menimpa."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    path = periksa_tujuan(berkas, timpa=False, contoh="rekap.xlsx")
    wb = Workbook()
    wb.remove(wb.active)
    for nama, tabel in lembar.items():
        ws = wb.create_sheet(title=str(nama)[:31])
        tabel = _tabel_netral(tabel)
        ws.append(list(tabel.columns))
        for baris in tabel.itertuples(index=False):
            ws.append([None if (v is None or v != v) else v for v in baris])
        for sel in ws[1]:
            sel.font = Font(bold=True)
        ws.freeze_panes = "A2"
        for i, kolom in enumerate(tabel.columns, start=1):
            panjang = max([len(str(kolom))] + [len(str(v)) for v in tabel.iloc[:, i - 1]])
            ws.column_dimensions[ws.cell(row=1, column=i).column_letter].width = min(60, panjang + 2)
    return simpan_buku_kerja(wb, path)


def simpan_csv(tabel, berkas) -> Path:
    """Tulis tabel sebagai CSV untuk Excel berbahasa Indonesia: pemisah ``;``, UTF-8 dengan BOM,
    teks dinetralkan. Tidak pernah menimpa berkas yang sudah ada."""
    path = Path(berkas)
    if path.suffix.lower() != ".csv":
        raise GalatBerkas(f"Nama berkas '{path.name}' harus berakhiran .csv.", berkas=str(path),
                          saran="Contoh: rekap.csv")
    if not path.parent.exists():
        raise GalatBerkas(f"Folder '{path.parent}' tidak ada.", berkas=str(path),
                          saran="Buat foldernya dulu atau pilih folder lain.")
    teks = _tabel_netral(tabel).to_csv(sep=";", index=False, lineterminator="\r\n")
    try:
        with open(path, "x", encoding="utf-8-sig", newline="") as f:
            f.write(teks)
    except FileExistsError:
        raise GalatBerkas(f"Berkas '{path.name}' sudah ada dan tidak ditimpa.", berkas=str(path),
                          saran="Pakai nama lain.") from None
    except OSError as e:
        raise GalatBerkas(f"Berkas '{path.name}' tidak dapat ditulis: {e.strerror or e}.",
                          berkas=str(path), saran="Tutup berkas itu di Excel, atau pilih folder lain.") from None
    return path
