"""Simulator SHU di JupyterLab sungguhan (Chromium headless): tampil dan bereaksi.

Membuka notebooks/02_shu.ipynb, Run All, menggeser penggeser "cadangan" satu langkah (0,5) ke
kanan sehingga jumlah persen menjadi 100,5% → peringatan merah dan tabel hilang; satu langkah ke
kiri → aturan sah lagi dan tabel kembali. Server dan Chromium memakai perlengkapan dari
tests/test_browser.py (modul pelajaran 00).
"""
from __future__ import annotations


import pytest

from test_browser import AKAR, chromium, notebook_dijalankan, server, sidik  # noqa: F401

pytestmark = pytest.mark.lambat

NOTEBOOK = "notebooks/02_shu.ipynb"
# textContent, bukan innerText: JupyterLab 4 tidak menggambar sel di luar layar (innerText kosong).
JS_TEKS_HTML = """() => Array.from(document.querySelectorAll('.jupyter-widgets.widget-html'))
    .map(e => e.textContent.trim()).join('\\n')"""


def test_simulator_shu_bereaksi_di_jupyterlab(chromium, server, tmp_path):  # noqa: F811
    from playwright.sync_api import expect

    berkas = AKAR / NOTEBOOK
    sebelum = sidik(berkas)
    with notebook_dijalankan(chromium, server, NOTEBOOK, tmp_path / "profil") as h:
        slider = h.locator(".jupyter-widgets.widget-slider").first
        slider.wait_for(state="visible")
        h.wait_for_function(f"() => ({JS_TEKS_HTML})().includes('Aturan sah')")
        awal = h.evaluate(JS_TEKS_HTML)
        # Angka persen ditulis di kotak ketik di sampingnya, gaya Indonesia (koma desimal).
        ketik = h.locator(".jupyter-widgets.widget-text input").first
        expect(ketik).to_have_value("40")

        slider.scroll_into_view_if_needed()
        slider.locator(".noUi-handle").focus()
        h.keyboard.press("ArrowRight")
        expect(ketik).to_have_value("40,5")
        h.wait_for_function(f"() => ({JS_TEKS_HTML})().includes('⚠')")
        salah = h.evaluate(JS_TEKS_HTML)

        h.keyboard.press("ArrowLeft")
        expect(ketik).to_have_value("40")
        h.wait_for_function(f"() => ({JS_TEKS_HTML})().includes('Aturan sah')")
        lagi = h.evaluate(JS_TEKS_HTML)
        halaman = h.content()
    assert "Error displaying widget" not in halaman
    # Yang harus tampil dihitung dengan fungsi biasa (sel di bawah widget memakai fungsi yang sama).
    from kopkit import data
    from kopkit.buku.laporan import shu_tahun_berjalan
    from kopkit.shu import alokasi_shu
    from kopkit.dasar.uang import format_rupiah

    shu = shu_tahun_berjalan(data.muat("jurnal_umum"), data.muat("akun"), 2025)
    cadangan = format_rupiah(int(alokasi_shu(shu, "aturan_shu")["jumlah"].iloc[0]))
    pertama = data.muat("anggota").iloc[0]
    assert cadangan in awal and f"{pertama['id_anggota']} {pertama['nama']}" in awal
    assert "100,5%" in salah and "kelebihan 0,5" in salah and cadangan not in salah
    assert lagi == awal
    assert sidik(berkas) == sebelum, "notebook di repo berubah selama uji (autosave?)"
