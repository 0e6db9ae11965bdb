"""Laporan HTML paket RAT di Chromium sungguhan (Debian chromium lewat paket Python playwright):
gambar tidak rusak, setiap laporan keuangan mulai di halaman sendiri, nama koperasi di setiap
halaman cetak, dan PDF cetakan A4 punya paling sedikit satu halaman per bagian."""
from __future__ import annotations

import re
import sys
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
            kepala = page.eval_on_selector(".kepala", "e => [getComputedStyle(e).position, e.innerText]")
            assert kepala[0] == "fixed" and kepala[1].startswith("KSP Uji Kecil")
            pdf = page.pdf(format="A4", print_background=True)
        finally:
            browser.close()
    halaman = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    assert halaman >= len(bagian)
    (tmp_path / "laporan.pdf").write_bytes(pdf)
