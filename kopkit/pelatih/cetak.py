"""Bahan cetak untuk peserta: setiap pelajaran dan lembar latihan sebagai HTML siap cetak (kode
Python dilipat atau disembunyikan; angka di keluaran sudah bergaya Indonesia karena keluaran
notebook disimpan apa adanya), PDF lewat Chromium setempat bila ada, dan sertifikat per peserta
dari catatan kemajuan.

    >>> html = sertifikat_html("Siti Aminah", {"00": (3, 3)}, judul="Bimtek Koperasi",
    ...                        tanggal="2 Desember 2026", tempat="Kabupaten Malang")
    >>> "Siti Aminah" in html and "3 dari 3" in html
    True
"""
from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
from html import escape
from pathlib import Path

__all__ = ["notebook_html", "cari_chromium", "html_ke_pdf", "cetak_bahan", "soal_per_modul",
           "kelulusan", "sertifikat_html", "cetak_sertifikat"]

_TEMPLAT = Path(__file__).parent / "templat"


def notebook_html(notebook, *, sembunyikan_kode: bool = False) -> str:
    """Satu notebook sebagai HTML mandiri (tanpa unduhan dari internet saat dibuka)."""
    import nbformat
    from nbconvert import HTMLExporter

    nb = nbformat.read(str(notebook), as_version=4)
    nb.metadata.pop("widgets", None)  # status widget tidak berguna di kertas
    ekspor = HTMLExporter(template_name="kopkit_cetak", extra_template_basedirs=[str(_TEMPLAT)],
                          exclude_input=sembunyikan_kode, exclude_input_prompt=True,
                          exclude_output_prompt=True, mathjax_url="", require_js_url="",
                          embed_images=True)
    html, _ = ekspor.from_notebook_node(nb)
    return html


def cari_chromium() -> str | None:
    """Jalur Chromium/Chrome setempat, atau None."""
    for nama in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        jalur = shutil.which(nama)
        if jalur:
            return jalur
    return None


def html_ke_pdf(html_berkas, pdf_berkas, chromium: str | None = None) -> Path | None:
    """Cetak HTML ke PDF dengan Chromium headless; None bila Chromium tidak ada."""
    chromium = chromium or cari_chromium()
    if not chromium:
        return None
    pdf_berkas = Path(pdf_berkas).resolve()
    with tempfile.TemporaryDirectory() as profil:
        subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", f"--user-data-dir={profil}", "--no-pdf-header-footer",
                        f"--print-to-pdf={pdf_berkas}", Path(html_berkas).resolve().as_uri()],
                       check=True, capture_output=True, timeout=180)
    return pdf_berkas


def _tulis_baru(path: Path, isi: str) -> Path:
    if path.exists():
        from kopkit.dasar.galat import GalatBerkas

        raise GalatBerkas(f"Berkas '{path.name}' sudah ada dan tidak ditimpa.", berkas=str(path),
                          saran="Pilih folder tujuan yang kosong.")
    path.write_text(isi, encoding="utf-8")
    return path


def cetak_bahan(akar, tujuan, *, pdf: bool = True, sembunyikan_kode: bool = False) -> list[Path]:
    """Semua pelajaran (``notebooks/``) dan lembar latihan (``exercises/``, tanpa kunci) ke
    ``tujuan`` sebagai HTML, dan PDF bila ``pdf`` dan Chromium ada. Tidak menimpa."""
    akar, tujuan = Path(akar), Path(tujuan)
    tujuan.mkdir(parents=True, exist_ok=True)
    hasil = []
    for folder, awalan in (("notebooks", "pelajaran"), ("exercises", "latihan")):
        for nb in sorted((akar / folder).glob("*.ipynb")):
            html = _tulis_baru(tujuan / f"{awalan}_{nb.stem}.html",
                               notebook_html(nb, sembunyikan_kode=sembunyikan_kode))
            hasil.append(html)
            if pdf:
                p = html_ke_pdf(html, html.with_suffix(".pdf"))
                if p:
                    hasil.append(p)
    return hasil


def soal_per_modul() -> dict[str, list[str]]:
    """Kode soal latihan setiap modul, dari ``kopkit.latihan.modul_NN``."""
    import importlib
    import pkgutil

    import kopkit.latihan as lat
    from kopkit.latihan import Soal

    hasil = {}
    for info in pkgutil.iter_modules(lat.__path__):
        if info.name.startswith("modul_"):
            m = importlib.import_module(f"kopkit.latihan.{info.name}")
            hasil[info.name[-2:]] = sorted(s.kode for s in vars(m).values() if isinstance(s, Soal))
    return dict(sorted(hasil.items()))


def kelulusan(isi: dict, soal: dict[str, list[str]] | None = None) -> dict[str, tuple[int, int]]:
    """{modul: (soal benar, banyak soal)} dari isi ``progres.json``. Soal yang dijawab dari kunci
    jawaban (catatan bertanda ``dari_kunci``) tidak dihitung."""
    soal = soal_per_modul() if soal is None else soal
    catatan = isi.get("soal", {})
    return {m: (sum(1 for k in kode if catatan.get(k, {}).get("status") == "benar"
                    and not catatan.get(k, {}).get("dari_kunci")), len(kode))
            for m, kode in soal.items()}


def sertifikat_html(nama: str, capaian: dict, *, judul: str, tanggal: str, tempat: str,
                    penyelenggara: str = "Dinas Koperasi dan Usaha Mikro") -> str:
    """Sertifikat keikutsertaan satu peserta (HTML satu halaman, siap cetak mendatar)."""
    baris = "".join(f"<tr><td>Modul {escape(m)}</td><td>{b} dari {n} soal latihan benar</td></tr>"
                    for m, (b, n) in capaian.items())
    gaya = ("@page{size:A4 landscape;margin:12mm}body{font-family:serif;text-align:center;"
            "border:6px double #1f5fa8;padding:2rem;margin:0}h1{font-size:2.2rem;margin:.3rem}"
            "h2{font-size:1.8rem;margin:.6rem}table{margin:1rem auto;border-collapse:collapse}"
            "td{padding:.15rem .8rem;text-align:left;border-bottom:1px solid #ccc}")
    return (f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Sertifikat '
            f"{escape(nama)}</title><style>{gaya}</style></head><body>"
            f"<p>{escape(penyelenggara)}</p><h1>SERTIFIKAT</h1><p>diberikan kepada</p>"
            f"<h2>{escape(nama)}</h2><p>yang telah mengikuti</p><p><b>{escape(judul)}</b></p>"
            f"<table>{baris}</table><p>{escape(tempat)}, {escape(tanggal)}</p>"
            "<p style='margin-top:3rem'>Fasilitator</p></body></html>")


def cetak_sertifikat(berkas_progres, tujuan, *, judul: str, tanggal: str, tempat: str,
                     pdf: bool = True) -> list[Path]:
    """Satu sertifikat per berkas ``progres.json`` ke folder ``tujuan`` (HTML, dan PDF bila
    Chromium ada). Nama peserta diambil dari isian ``peserta`` atau nama berkas. Tidak menimpa."""
    import re

    tujuan = Path(tujuan)
    tujuan.mkdir(parents=True, exist_ok=True)
    soal = soal_per_modul()
    hasil = []
    for p in map(Path, berkas_progres):
        isi = json.loads(p.read_text(encoding="utf-8"))
        nama = isi.get("peserta") or (p.parent.name if p.stem == "progres" else p.stem)
        aman = re.sub(r"[^0-9A-Za-z]+", "_", nama).strip("_") or "peserta"
        html = _tulis_baru(tujuan / f"sertifikat_{aman}.html",
                           sertifikat_html(nama, kelulusan(isi, soal), judul=judul,
                                           tanggal=tanggal, tempat=tempat))
        hasil.append(html)
        if pdf:
            q = html_ke_pdf(html, html.with_suffix(".pdf"))
            if q:
                hasil.append(q)
    return hasil


def main(argv=None) -> int:
    """``python -m kopkit.pelatih.cetak bahan TUJUAN [--tanpa-kode] [--tanpa-pdf]`` atau
    ``... sertifikat TUJUAN F1.json|FOLDER ... --judul J --tanggal T --tempat K``."""
    import sys

    from kopkit.dasar.galat import GalatKopkit

    argv = list(sys.argv[1:] if argv is None else argv)
    if len(argv) < 2 or argv[0] not in ("bahan", "sertifikat"):
        print(main.__doc__)
        return 2
    perintah, tujuan, sisa = argv[0], argv[1], argv[2:]
    pdf = "--tanpa-pdf" not in sisa
    opsi = {}
    for nama in ("--judul", "--tanggal", "--tempat"):
        if nama in sisa:
            i = sisa.index(nama)
            opsi[nama[2:]] = sisa[i + 1]
            del sisa[i:i + 2]
    sisa = [a for a in sisa if not a.startswith("--")]
    try:
        if perintah == "bahan":
            hasil = cetak_bahan(Path.cwd(), tujuan, pdf=pdf, sembunyikan_kode="--tanpa-kode" in argv)
        else:
            from kopkit.pelatih.cli import _kumpulkan_json

            berkas = _kumpulkan_json(sisa)
            hasil = cetak_sertifikat(berkas, tujuan, judul=opsi.get("judul", "Bimtek Pengelolaan Koperasi"),
                                     tanggal=opsi.get("tanggal", ""), tempat=opsi.get("tempat", ""), pdf=pdf)
    except GalatKopkit as e:
        print(str(e), file=sys.stderr)
        return 1
    for p in hasil:
        print(p)
    if pdf and not cari_chromium():
        print("Chromium tidak ditemukan: hanya HTML (buka lalu cetak dari browser).", file=sys.stderr)
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
