"""Bobot juri lomba (modul 04) di JupyterLab sungguhan (Chromium headless): tampil dan bereaksi.

Membuka notebooks/04_kesehatan_lomba.ipynb, Run All, memilih jenis produsen, lalu menaikkan bobot
kriteria digital (DG1) satu per satu sampai juara 1 produsen berganti. Juara dan bobot saat
berganti dihitung dengan fungsi biasa :func:`simulasi_lomba`, tidak diketik. Server dan Chromium
memakai perlengkapan dari tests/test_browser.py.
"""
from __future__ import annotations

import pytest

from test_browser import AKAR, chromium, notebook_dijalankan, server, sidik  # noqa: F401

pytestmark = pytest.mark.lambat

NOTEBOOK = "notebooks/04_kesehatan_lomba.ipynb"
JS_TEKS_HTML = """() => Array.from(document.querySelectorAll('.jupyter-widgets.widget-html'))
    .map(e => e.textContent.trim()).join('\\n')"""


def _harapan():
    from kopkit import data
    from kopkit.kesehatan import indikator_lomba, kriteria_lomba
    from kopkit.kesehatan.widget import simulasi_lomba

    ind = indikator_lomba(data.muat("kabupaten"))
    awal = int(kriteria_lomba().set_index("kode").at["DG1", "bobot"])
    juara_awal = simulasi_lomba(ind, 2025, {})["juara"]["produsen"]
    for w in range(awal + 1, 51):
        baru = simulasi_lomba(ind, 2025, {"DG1": w})["juara"]["produsen"]
        if baru != juara_awal:
            return awal, juara_awal, w, baru
    pytest.fail("bobot digital sampai 50 tidak mengganti juara produsen; data kabupaten berubah?")


def test_bobot_juri_mengganti_juara_di_jupyterlab(chromium, server, tmp_path):  # noqa: F811
    from playwright.sync_api import expect

    awal, juara_awal, ambang, juara_baru = _harapan()
    berkas = AKAR / NOTEBOOK
    sebelum = sidik(berkas)
    with notebook_dijalankan(chromium, server, NOTEBOOK, tmp_path / "profil") as h:
        h.wait_for_function(f"() => ({JS_TEKS_HTML})().includes('Juara 1 jenis')")
        pilihan = h.locator(".jupyter-widgets.widget-dropdown select").first
        pilihan.scroll_into_view_if_needed()
        pilihan.select_option("produsen")
        h.wait_for_function(f"() => ({JS_TEKS_HTML})().includes('Juara 1 jenis produsen: {juara_awal}')")
        # Penggeser lomba berurutan seperti tabel kriteria; DG1 adalah yang ketujuh.
        slider = h.locator(".jupyter-widgets.widget-slider").nth(6)
        slider.scroll_into_view_if_needed()
        expect(slider.locator(".widget-readout")).to_have_text(str(awal))
        slider.locator(".noUi-handle").focus()
        for w in range(awal + 1, ambang):
            h.keyboard.press("ArrowRight")
            expect(slider.locator(".widget-readout")).to_have_text(str(w))
        h.wait_for_function(f"() => ({JS_TEKS_HTML})().includes('Juara 1 jenis produsen: {juara_awal}')")
        assert "berganti" not in h.evaluate(JS_TEKS_HTML)
        h.keyboard.press("ArrowRight")
        expect(slider.locator(".widget-readout")).to_have_text(str(ambang))
        h.wait_for_function(f"() => ({JS_TEKS_HTML})().includes('Juara 1 jenis produsen: {juara_baru}')")
        teks = h.evaluate(JS_TEKS_HTML)
        halaman = h.content()
    assert "Error displaying widget" not in halaman
    assert "berganti" in teks and juara_awal in teks
    assert sidik(berkas) == sebelum, "notebook di repo berubah selama uji (autosave?)"
