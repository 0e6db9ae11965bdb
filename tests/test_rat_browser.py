"""Laporan HTML paket RAT di Chromium sungguhan (Debian chromium lewat paket Python playwright):
gambar tidak rusak, setiap laporan keuangan mulai di halaman sendiri; PDF yang ditulis paket sendiri
lewat chromium berukuran A4, punya paling sedikit satu halaman per bagian dan nama koperasi di setiap
halaman (dibaca dari teks PDF-nya)."""
from __future__ import annotations

import re
import sys
import zlib
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_browser import BENDERA_CHROMIUM, chromium  # noqa: E402,F401
from test_rat import _folder_kecil  # noqa: E402

from kopkit import rat  # noqa: E402

pytestmark = pytest.mark.lambat


def test_laporan_html_tercetak_per_halaman(chromium, tmp_path):  # noqa: F811
    from playwright.sync_api import sync_playwright

    (tmp_path / "data").mkdir()
    h = rat.buat_paket_rat(_folder_kecil(tmp_path / "data"))
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=BENDERA_CHROMIUM)
        try:
            page = browser.new_page()
            page.goto(h.berkas["html"].as_uri())
            gambar = page.eval_on_selector_all("img", "els => els.map(e => [e.complete, e.naturalWidth])")
            assert len(gambar) == 2 and all(ok and lebar > 0 for ok, lebar in gambar)
            page.emulate_media(media="print")
            bagian = page.eval_on_selector_all(
                "section.halaman", "els => els.map(e => [e.dataset.lembar || 'sampul', getComputedStyle(e).breakBefore])")
            laporan = [b for b in bagian if b[0] in ("Posisi Keuangan", "Hasil Usaha", "Perubahan Ekuitas", "Arus Kas",
                                                     "CALK")]
            assert len(laporan) == 5 and all(b[1] == "page" for b in laporan)
            assert all(b[1] == "page" for b in bagian[1:])
        finally:
            browser.close()
    # PDF yang ditulis paket sendiri (chromium --headless --print-to-pdf): A4, paling sedikit satu halaman
    # per bagian, nama koperasi di SETIAP halaman (dibaca dari teks PDF, bukan dari CSS).
    assert h.berkas["pdf"] is not None, h.catatan_pdf
    assert h.berkas["pdf"].name == "Laporan RAT KSP Uji Kecil 2025.pdf"
    pdf = h.berkas["pdf"].read_bytes()
    assert pdf.startswith(b"%PDF-")
    kotak = re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", pdf)
    assert kotak and all(abs(float(w) - 595.3) < 1 and abs(float(t) - 841.9) < 1 for w, t in kotak)  # A4 dalam poin
    halaman = teks_per_halaman(pdf)
    assert len(halaman) == len(re.findall(rb"/Type\s*/Page[^s]", pdf)) >= len(bagian)
    tanpa_nama = [i for i, t in enumerate(halaman, 1) if "KSP Uji Kecil - Laporan RAT tahun buku 2025" not in t]
    assert not tanpa_nama, f"halaman tanpa nama koperasi: {tanpa_nama}"
    # setiap laporan keuangan di halamannya sendiri: judul lengkapnya di tepat satu halaman, berbeda-beda
    judul = ("Laporan Posisi Keuangan per 31 Desember 2025", "Laporan Perhitungan Hasil Usaha 1 Januari 2025",
             "Laporan Perubahan Ekuitas 1 Januari 2025", "Laporan Arus Kas 1 Januari 2025")
    letak = [[i for i, t in enumerate(halaman) if j in t] for j in judul]
    assert all(len(x) == 1 for x in letak) and len({x[0] for x in letak}) == 4, letak


def teks_per_halaman(pdf: bytes) -> list[str]:
    """Teks tiap halaman PDF cetakan Chromium: aliran isi FlateDecode, teks heksadesimal per font,
    dipetakan lewat CMap ToUnicode font itu (pengurai kecil, cukup untuk PDF Skia/Chromium)."""
    obj = {int(m.group(1)): m.group(2) for m in re.finditer(rb"(\d+) 0 obj(.*?)endobj", pdf, re.S)}

    def isi(n):
        b = obj[n]
        m = re.search(rb"stream\r?\n(.*?)\r?\nendstream", b, re.S)
        return zlib.decompress(m.group(1)) if b"FlateDecode" in b[:m.start()] else m.group(1)

    def cmap(n):
        peta, c = {}, isi(n)
        for blok in re.findall(rb"beginbfchar(.*?)endbfchar", c, re.S):
            for a, b in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", blok):
                peta[int(a, 16)] = bytes.fromhex(b.decode()).decode("utf-16-be")
        for blok in re.findall(rb"beginbfrange(.*?)endbfrange", c, re.S):
            for a, z, b in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", blok):
                for i, g in enumerate(range(int(a, 16), int(z, 16) + 1)):
                    peta[g] = chr(int(b, 16) + i)
        return peta

    halaman = []
    for n in sorted(obj):
        b = obj[n]
        if not re.search(rb"/Type\s*/Page[^s]", b):
            continue
        res = re.search(rb"/Resources\s+(\d+) 0 R", b)
        res = obj[int(res.group(1))] if res else b
        f = re.search(rb"/Font\s*(?:(\d+) 0 R|<<(.*?)>>)", res, re.S)
        fonta = obj[int(f.group(1))] if f.group(1) else f.group(2)
        peta_font = {}
        for nama, ref in re.findall(rb"/(\w+)\s+(\d+) 0 R", fonta):
            tu = re.search(rb"/ToUnicode\s+(\d+) 0 R", obj[int(ref)])
            peta_font[nama] = cmap(int(tu.group(1))) if tu else {}
        teks, peta = [], {}
        for t in re.finditer(rb"/(\w+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f]*)>", isi(int(re.search(rb"/Contents\s+(\d+) 0 R", b)
                                                                                    .group(1)))):
            if t.group(1):
                peta = peta_font.get(t.group(1), {})
            else:
                h = t.group(2)
                teks.append("".join(peta.get(int(h[i:i + 4], 16), "") for i in range(0, len(h), 4)))
        halaman.append("".join(teks))
    return halaman
