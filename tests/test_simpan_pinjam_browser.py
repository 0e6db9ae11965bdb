"""Simulator pinjaman di JupyterLab sungguhan (Chromium headless): tampil dan bereaksi.

Membuka notebooks/03_simpan_pinjam.ipynb, Run All, menggeser penggeser tenor satu langkah ke kanan
(12 -> 13 bulan): ringkasan harus berubah menjadi hasil simulasi_pinjaman untuk 13 bulan; satu
langkah ke kiri -> kembali seperti semula. Server dan Chromium memakai perlengkapan dari
tests/test_browser.py.
"""
from __future__ import annotations

import pytest

from test_browser import AKAR, chromium, notebook_dijalankan, server, sidik  # noqa: F401

pytestmark = pytest.mark.lambat

NOTEBOOK = "notebooks/03_simpan_pinjam.ipynb"
JS_TEKS_HTML = """() => Array.from(document.querySelectorAll('.jupyter-widgets.widget-html'))
    .map(e => e.textContent.trim()).join('\\n')"""


def test_simulator_pinjaman_bereaksi_di_jupyterlab(chromium, server, tmp_path):  # noqa: F811
    from playwright.sync_api import expect

    from kopkit.simpan_pinjam.widget import simulasi_pinjaman

    def teks(tenor):
        return simulasi_pinjaman("7.000.000", tenor, "1,2", metode="flat", biaya_dimuka="70.000")["teks"]

    berkas = AKAR / NOTEBOOK
    sebelum = sidik(berkas)
    with notebook_dijalankan(chromium, server, NOTEBOOK, tmp_path / "profil") as h:
        slider = h.locator(".jupyter-widgets.widget-slider").first
        slider.wait_for(state="visible")
        h.wait_for_function(f"() => ({JS_TEKS_HTML})().includes({teks(12)!r})")
        expect(slider.locator(".widget-readout")).to_have_text("12")
        slider.scroll_into_view_if_needed()
        slider.locator(".noUi-handle").focus()
        h.keyboard.press("ArrowRight")
        expect(slider.locator(".widget-readout")).to_have_text("13")
        h.wait_for_function(f"() => ({JS_TEKS_HTML})().includes({teks(13)!r})")
        h.keyboard.press("ArrowLeft")
        expect(slider.locator(".widget-readout")).to_have_text("12")
        h.wait_for_function(f"() => ({JS_TEKS_HTML})().includes({teks(12)!r})")
        halaman = h.content()
    assert "Error displaying widget" not in halaman
    assert teks(12) != teks(13)
    assert sidik(berkas) == sebelum, "notebook di repo berubah selama uji (autosave?)"
