"""Uji callback simulator harga: setel .value kontrol, periksa teks keluarannya."""
from __future__ import annotations

import pandas as pd
import pytest

from kopkit.pasar.widget import simulasi_harga, simulator_harga

PRODUK = pd.DataFrame({"id_produk": ["PR05", "PR07"], "nama": ["Yogurt plain", "Kopi robusta"],
                       "harga_pokok": [6_000, 22_000], "harga_jual": [10_000, 35_000]})


@pytest.fixture
def sim():
    return simulator_harga(PRODUK, tanggal="2026-03-01")


def test_awal_toko_tanpa_biaya(sim):
    # Toko luring: yogurt 10.000 - 6.000 = laba 4.000, tanpa biaya platform.
    assert "Laba Rp 4.000" in sim.info.value
    assert "Rp 10.000" in sim.tabel.value


def test_ganti_kanal_shopee(sim):
    sim.pilihan_kanal.value = "shopee"
    # Shopee 2026 FMCG 10%: 1.000 + 1.250 -> diterima 7.750, laba 1.750, margin 17,5%
    assert "Rp 7.750" in sim.tabel.value
    assert "Laba Rp 1.750" in sim.info.value and "17,5%" in sim.info.value


def test_ganti_produk_mengisi_harga(sim):
    sim.pilihan_kanal.value = "shopee"
    sim.pilihan_produk.value = "PR07"
    assert (sim.harga.value, sim.harga_pokok.value) == (35_000, 22_000)
    # 35.000 - 3.500 - 1.250 = 30.250; laba 8.250 (23,6%)
    assert "Rp 30.250" in sim.tabel.value and "Laba Rp 8.250" in sim.info.value and "23,6%" in sim.info.value


def test_diskon_dan_rugi(sim):
    sim.pilihan_kanal.value = "tiktok_tokopedia"
    sim.diskon.value = 3_000
    # 7.000 x 8% = 560, + 1.250 -> diterima 5.190, laba -810
    assert "Rugi Rp 810" in sim.info.value and "#b00020" in sim.info.value
    assert "(Rp 810)" in sim.tabel.value


def test_biaya_tetap_dan_titik_impas(sim):
    sim.biaya_tetap.value = 1_000_000
    # Toko: laba 4.000 per pesanan -> 250 pesanan
    assert "tertutup setelah 250 pesanan" in sim.info.value


def test_target_laba_harga_minimum(sim):
    sim.pilihan_kanal.value = "shopee"
    sim.laba_minimum.value = 2_000
    # P - round(0,1 P) - 1.250 - 6.000 >= 2.000 -> P - round(0,1P) >= 9.250 -> P = 10.278 (1.028 -> 9.250)
    assert "Rp 10.278" in sim.info.value


def test_masukan_salah_peringatan_bukan_galat(sim):
    sim.diskon.value = 20_000
    assert "⚠" in sim.info.value and "Diskon lebih besar" in sim.info.value
    assert sim.tabel.value == ""
    sim.diskon.value = 0
    assert "⚠" not in sim.info.value


def test_fungsi_murni_sama_dengan_widget(sim):
    sim.pilihan_kanal.value = "lazada"
    h = simulasi_harga(10_000, 6_000, "lazada", tanggal="2026-03-01")
    assert h["teks"] in sim.info.value
    assert h["rincian"]["biaya_komisi"] == 618  # 10.000 x 6,18%


def test_harga_tidak_rugi_dan_harga_target_keduanya_diberi_label():
    """Issue 12 butir 1: kopi robusta di TikTok Shop/Tokopedia Rp25.000, diskon Rp3.500, target
    laba Rp8.000: harga agar tidak rugi Rp28.772 (bukan harga untuk target, Rp37.467)."""
    from kopkit.pasar import biaya as bp

    h = simulasi_harga(25_000, 22_000, "tiktok_tokopedia", diskon=3_500, laba_minimum=8_000,
                       tanggal="2026-03-01")
    assert h["harga_tidak_rugi"] == 28_772
    assert "agar tidak rugi: Rp 28.772" in h["teks"]
    assert "untuk target laba Rp 8.000 per pesanan: Rp 37.467" in h["teks"]
    # Hitungan kedua: pada harga itu laba >= 0, satu rupiah di bawahnya rugi.
    def laba(harga):
        return bp.rincian_harga(harga, "tiktok_tokopedia", harga_pokok=22_000, diskon=3_500,
                                tanggal="2026-03-01")["laba"]
    assert laba(28_772) >= 0 > laba(28_771)


def test_rupiah_diketik_gaya_indonesia(sim):
    """Kotak angka bawaan membaca "25.000" sebagai 25; kotak rupiah simulator memakai pengurai kit."""
    sim.pilihan_kanal.value = "tiktok_tokopedia"
    sim.pilihan_produk.value = "PR07"
    sim.isian["harga"].value = "25.000"
    sim.isian["diskon"].value = "Rp3.500"
    assert (sim.harga.value, sim.diskon.value) == (25_000, 3_500)
    assert sim.isian["diskon"].value == "3.500"
    assert "Rugi Rp 3.470" in sim.info.value and "agar tidak rugi: Rp 28.772" in sim.info.value
    sim.isian["harga"].value = "dua puluh ribu"
    assert "⚠ Harga jual (Rp)" in sim.info.value and sim.harga.value == 25_000
    sim.harga.value = 30_000  # dari kode: kotak yang tampil ikut berubah
    assert sim.isian["harga"].value == "30.000"
