"""Simulator harga jual daring di JupyterLab sungguhan (Chromium headless): tampil dan bereaksi.

Membuka notebooks/05_pasar_online.ipynb, Run All, lalu memakai kontrol simulator seperti peserta:
kanal "Toko (luring)" → "Shopee" (komisi dan biaya per pesanan masuk, laba turun), kemudian harga
jual diketik 4000 + Enter (laba menjadi rugi, kalimat merah). Setiap kali kalimat laba/margin dan
baris "Diterima bersih"/"Laba" di tabel harus sama dengan hasil fungsi murni
:func:`kopkit.pasar.widget.simulasi_harga` untuk masukan yang sama, dihitung di proses uji ini.
Server dan Chromium memakai perlengkapan dari tests/test_browser.py (modul pelajaran 00).
"""
from __future__ import annotations

import re

import pytest

from test_browser import AKAR, BATAS_WAKTU_MS, chromium, notebook_dijalankan, server, sidik  # noqa: F401

pytestmark = pytest.mark.lambat

NOTEBOOK = "notebooks/05_pasar_online.ipynb"
# Argumen yang sama dengan sel widget di notebook:
#   simulator_harga(produk, tanggal=TANGGAL, biaya_tetap=biaya_tetap, laba_minimum=8_000, omzet_tahunan=omzet)
# dengan biaya_tetap tiga bulan (petugas setengah waktu x UMK 2026 + Rp 1.000.000) dan omzet 2025.
ARG_NOTEBOOK = {"tanggal": "2026-03-01", "biaya_tetap": 6_704_293, "laba_minimum": 8_000,
                "omzet_tahunan": 6_376_677_720}
HARGA_BARU = 4_000  # di Shopee di bawah harga pokok + biaya → cabang "Rugi"


def _harapan(harga: int, harga_pokok: int, kanal: str) -> dict:
    """Kalimat dan dua baris tabel yang harus tampil, dari fungsi murni (bukan dari browser)."""
    from kopkit.dasar.uang import format_rupiah
    from kopkit.pasar.widget import simulasi_harga

    h = simulasi_harga(harga, harga_pokok, kanal, **ARG_NOTEBOOK)
    assert not h["masalah"], h["masalah"]
    r = h["rincian"]
    return {"teks": h["teks"], "laba": r["laba"],
            "diterima_bersih": format_rupiah(int(r["diterima_bersih"]), akuntansi=True),
            "baris_laba": format_rupiah(int(r["laba"]), akuntansi=True)}


def test_simulator_harga_bereaksi_di_jupyterlab(chromium, server, tmp_path):  # noqa: F811
    from playwright.sync_api import expect

    from kopkit import data
    from kopkit.pasar import NAMA_KANAL

    # Produk pertama tabel = pilihan awal widget; kanal awal = kanal pertama bawaan (toko_offline).
    pertama = data.muat("produk").iloc[0]
    jual, pokok = int(pertama["harga_jual"]), int(pertama["harga_pokok"])
    awal = _harapan(jual, pokok, "toko_offline")
    shopee = _harapan(jual, pokok, "shopee")
    rugi = _harapan(HARGA_BARU, pokok, "shopee")
    # Tanpa ini uji bisa "lulus" walau widget tidak bereaksi sama sekali.
    assert awal["teks"] != shopee["teks"] != rugi["teks"] and rugi["laba"] < 0 < shopee["laba"]

    berkas = AKAR / NOTEBOOK
    sebelum = sidik(berkas)
    with notebook_dijalankan(chromium, server, NOTEBOOK, tmp_path / "profil") as h:

        # Kotak simulator dan kontrolnya sendiri (dicari lewat teks deskripsi, bukan urutan di halaman).
        kotak = h.locator(".jupyter-widgets.widget-vbox", has_text="Simulasi harga jual per kanal")
        kotak.wait_for(state="attached")
        kotak.scroll_into_view_if_needed()
        kanal = kotak.locator(".widget-dropdown", has=h.locator("label", has_text=re.compile(r"^Kanal$")))
        harga = kotak.locator(".widget-text",
                              has=h.locator("label", has_text=re.compile(r"^Harga jual \(Rp\)$")))
        # Anak HTML kotak: [0] judul, [1] kalimat laba/peringatan, [2] tabel rincian.
        info = kotak.locator(".widget-html").nth(1)
        tabel = kotak.locator(".widget-html").nth(2)

        def baris(label: str):
            return tabel.locator("tr", has=h.locator("td", has_text=re.compile(rf"^{label}$"))).locator("td").nth(1)

        def periksa(harapan: dict) -> None:
            # expect(...).to_have_text memakai textContent dan menunggu sampai cocok.
            expect(info).to_have_text(harapan["teks"], timeout=BATAS_WAKTU_MS)
            expect(baris("Diterima bersih")).to_have_text(harapan["diterima_bersih"], timeout=BATAS_WAKTU_MS)
            expect(baris("Laba")).to_have_text(harapan["baris_laba"], timeout=BATAS_WAKTU_MS)

        # Dropdown ipywidgets memakai label sebagai nilai <option> di DOM.
        expect(kanal.locator("select")).to_have_value(NAMA_KANAL["toko_offline"], timeout=BATAS_WAKTU_MS)
        from kopkit.dasar.uang import format_angka

        expect(harga.locator("input")).to_have_value(format_angka(jual), timeout=BATAS_WAKTU_MS)
        periksa(awal)

        kanal.scroll_into_view_if_needed()
        kanal.locator("select").select_option(label=NAMA_KANAL["shopee"])
        periksa(shopee)

        harga.scroll_into_view_if_needed()
        # Diketik gaya Indonesia dengan titik ribuan (kotak angka bawaan membacanya 4, bukan 4000).
        harga.locator("input").fill(format_angka(HARGA_BARU))
        harga.locator("input").press("Enter")  # nilai dikirim saat Enter/blur
        expect(harga.locator("input")).to_have_value(format_angka(HARGA_BARU), timeout=BATAS_WAKTU_MS)
        periksa(rugi)
        warna_rugi = info.locator(".widget-html-content > div").evaluate("e => getComputedStyle(e).color")
        halaman = h.content()
    assert "Error displaying widget" not in halaman
    assert warna_rugi == "rgb(176, 0, 32)", warna_rugi  # #b00020: kalimat rugi berwarna merah
    assert sidik(berkas) == sebelum, "notebook di repo berubah selama uji (autosave?)"
