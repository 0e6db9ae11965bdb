"""Mengubah satu sel buku kerja data tanpa membuka Excel — untuk pelajaran dan skrip.

Di kantor koperasi, sel diperbaiki di Excel. Di notebook pelajaran, :func:`ubah_sel` melakukan hal
yang sama langsung pada berkas (cepat, juga untuk buku kerja besar): lembar, baris, dan judul kolom
sama persis dengan yang dilaporkan pemeriksaan.

    >>> import tempfile
    >>> from kopkit.rat.templat import tulis_templat
    >>> p = tulis_templat(tempfile.mkdtemp(), tahun=2025)
    >>> ubah_sel(p, "Anggota", 2, "Nama", "Siti Aminah")
    >>> import openpyxl; openpyxl.load_workbook(p)["Anggota"]["B2"].value
    'Siti Aminah'
"""
from __future__ import annotations

import datetime as dt
import html
import os
import re
import tempfile
import zipfile
from pathlib import Path

from kopkit.dasar.galat import GalatBerkas, GalatMasukan

__all__ = ["ubah_sel"]


def _path_lembar(z: zipfile.ZipFile, lembar: str) -> str:
    wb = z.read("xl/workbook.xml").decode("utf-8")
    rel = z.read("xl/_rels/workbook.xml.rels").decode("utf-8")
    for m in re.finditer(r'<sheet\b[^>]*>', wb):
        tag = m.group(0)
        nama = re.search(r'name="([^"]*)"', tag)
        if nama and html.unescape(nama.group(1)) == lembar:
            rid = re.search(r'r:id="([^"]*)"', tag).group(1)
            for r in re.finditer(r'<Relationship\b[^>]*>', rel):
                if f'Id="{rid}"' in r.group(0):
                    target = re.search(r'Target="([^"]*)"', r.group(0)).group(1)
                    return target.lstrip("/") if target.startswith("/") else "xl/" + target
    nama = [html.unescape(x) for x in re.findall(r'<sheet\b[^>]*name="([^"]*)"', wb)]
    raise GalatMasukan(f"Lembar '{lembar}' tidak ada.", saran=f"Lembar yang ada: {', '.join(nama)}.")


def _huruf_kolom(lembar: str, kolom) -> str:
    from openpyxl.utils import get_column_letter

    from kopkit.rat.templat import LEMBAR

    if isinstance(kolom, str) and re.fullmatch(r"[A-Z]{1,3}", kolom):
        return kolom
    for i, k in enumerate(LEMBAR.get(lembar, []), 1):
        if kolom in (k.judul, k.baku):
            return get_column_letter(i)
    raise GalatMasukan(f"Kolom '{kolom}' tidak ada di lembar '{lembar}'.",
                       saran="Tulis judul kolom seperti di templat (mis. 'No Anggota') atau hurufnya (mis. 'B').")


def ubah_sel(berkas, lembar: str, baris: int, kolom, nilai) -> None:
    """Ganti isi satu sel (teks, bilangan, atau tanggal) di buku kerja ``berkas``.

    ``kolom``: judul kolom templat (mis. ``"No Anggota"``) atau huruf kolom (``"B"``)."""
    path = Path(berkas)
    if not path.exists():
        raise GalatBerkas(f"Berkas '{path.name}' tidak ada.", berkas=str(path))
    ref = f"{_huruf_kolom(lembar, kolom)}{int(baris)}"
    with zipfile.ZipFile(path) as z:
        nama_xml = _path_lembar(z, lembar)
        xml = z.read(nama_xml).decode("utf-8")
    pola = re.compile(rf'<c r="{ref}"(?P<atr>[^>]*?)(?:/>|>.*?</c>)', re.S)
    m = pola.search(xml)
    if m is None:
        raise GalatMasukan(f"Sel {ref} di lembar '{lembar}' kosong atau tidak ada.",
                           saran="Ubah sel yang sudah berisi; baris baru ditambahkan di Excel.")
    gaya = re.search(r'\ss="\d+"', m.group("atr"))
    gaya = gaya.group(0) if gaya else ""
    if isinstance(nilai, (dt.date, dt.datetime)):
        serial = (dt.datetime(nilai.year, nilai.month, nilai.day) - dt.datetime(1899, 12, 30)).days
        baru = f'<c r="{ref}"{gaya} t="n"><v>{serial}</v></c>'
    elif isinstance(nilai, (int, float)) and not isinstance(nilai, bool):
        baru = f'<c r="{ref}"{gaya} t="n"><v>{nilai}</v></c>'
    else:
        baru = f'<c r="{ref}"{gaya} t="inlineStr"><is><t>{html.escape(str(nilai), quote=False)}</t></is></c>'
    xml = xml[:m.start()] + baru + xml[m.end():]
    fd, sementara = tempfile.mkstemp(prefix=".kopkit-", suffix=".xlsx", dir=path.parent)
    os.close(fd)
    try:
        with zipfile.ZipFile(path) as zin, zipfile.ZipFile(sementara, "w", zipfile.ZIP_DEFLATED) as zout:
            for info in zin.infolist():
                zout.writestr(info, xml.encode("utf-8") if info.filename == nama_xml else zin.read(info.filename))
        os.replace(sementara, path)
    finally:
        Path(sementara).unlink(missing_ok=True)
