"""Bahan cetak (HTML, PDF lewat Chromium setempat) dan sertifikat dari catatan kemajuan."""
import re
import shutil
from pathlib import Path

import nbformat
import pytest

from kopkit.dasar.galat import GalatBerkas
from kopkit.latihan import progres
from kopkit.pelatih.cetak import (cari_chromium, cetak_bahan, cetak_sertifikat, kelulusan,
                                  notebook_html, soal_per_modul)

AKAR = Path(__file__).resolve().parents[1]
URL_LUAR = re.compile(r"(?:src|href)=\"https?://")


@pytest.fixture(scope="module")
def html_shu():
    return notebook_html(AKAR / "notebooks" / "02_shu.ipynb")


def test_kode_dilipat_satu_per_sel_kode(html_shu):
    nb = nbformat.read(AKAR / "notebooks" / "02_shu.ipynb", as_version=4)
    sel_kode = [c for c in nb.cells if c.cell_type == "code"]
    assert html_shu.count('<details class="kopkit-kode">') == len(sel_kode)
    assert not URL_LUAR.search(html_shu), "bahan cetak memuat berkas dari internet"


def test_angka_keluaran_tetap_gaya_indonesia(html_shu):
    nb = nbformat.read(AKAR / "notebooks" / "02_shu.ipynb", as_version=4)
    teks = [o.get("text", "") for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    rupiah = [m for t in teks for m in re.findall(r"Rp ?\d{1,3}(?:\.\d{3})+", t)]
    assert rupiah, "notebook contoh tanpa angka rupiah di keluaran"
    assert all(r in html_shu for r in rupiah)


def test_kode_bisa_disembunyikan():
    html = notebook_html(AKAR / "notebooks" / "00_mulai.ipynb", sembunyikan_kode=True)
    assert "kopkit-kode" not in html.split("</style>")[-1] and "import kopkit" not in html


def _kit_kecil(tmp_path):
    akar = tmp_path / "kit"
    for folder in ("notebooks", "exercises", "exercises/kunci"):
        (akar / folder).mkdir(parents=True)
    shutil.copy(AKAR / "notebooks" / "00_mulai.ipynb", akar / "notebooks")
    shutil.copy(AKAR / "exercises" / "00_mulai.ipynb", akar / "exercises")
    shutil.copy(AKAR / "exercises" / "kunci" / "00_mulai.ipynb", akar / "exercises" / "kunci")
    return akar


def test_cetak_bahan_html_dan_pdf_tanpa_kunci(tmp_path):
    hasil = cetak_bahan(_kit_kecil(tmp_path), tmp_path / "cetak")
    nama = sorted(p.name for p in hasil)
    html = ["latihan_00_mulai.html", "pelajaran_00_mulai.html"]
    if cari_chromium():  # PDF hanya bila ada Chromium setempat; HTML selalu
        assert nama == sorted(html + ["latihan_00_mulai.pdf", "pelajaran_00_mulai.pdf"])
        assert all(p.read_bytes()[:5] == b"%PDF-" for p in hasil if p.suffix == ".pdf")
    else:
        assert nama == html
    with pytest.raises(GalatBerkas, match="tidak ditimpa"):
        cetak_bahan(_kit_kecil(tmp_path / "lagi"), tmp_path / "cetak", pdf=False)


def test_sertifikat_dari_progres(tmp_path, monkeypatch):
    soal = soal_per_modul()
    assert set(soal) >= {"00", "01"} and all(soal.values())
    monkeypatch.setenv("KOPKIT_DATA_DIR", str(tmp_path / "siti"))
    for kode in soal["00"]:
        progres.catat(kode, "benar")
    progres.catat(soal["01"][0], "salah")
    isi = progres.baca()
    isi["peserta"] = "Siti Aminah"
    progres.tulis(isi)
    capai = kelulusan(isi, soal)
    assert capai["00"] == (len(soal["00"]), len(soal["00"])) and capai["01"] == (0, len(soal["01"]))
    hasil = cetak_sertifikat([tmp_path / "siti" / "progres.json"], tmp_path / "sertifikat",
                             judul="Bimtek Koperasi", tanggal="2 Desember 2026", tempat="Malang",
                             pdf=False)
    teks = hasil[0].read_text(encoding="utf-8")
    assert hasil[0].name == "sertifikat_Siti_Aminah.html"
    assert "Siti Aminah" in teks and f"{len(soal['00'])} dari {len(soal['00'])} soal latihan benar" in teks
