"""Latihan 05 (pasar online): kunci dihitung ulang dengan tangan, jawaban salah yang khas
mendapat pesan yang dimaksud, dan jawaban kosong berstatus "belum"."""
from __future__ import annotations

import pytest

from kopkit.latihan import ____
from kopkit.latihan import modul_05 as m


def jawab(soal, nilai):
    return soal.periksa({soal.variabel: nilai})


def test_kunci_dengan_tangan():
    # 1: (35.000 - 3.500) x 8% = 2.520 (TikTok Shop/Tokopedia FMCG 2026, batas atas efektif 8%)
    assert jawab(m.soal1, 2_520).status == "benar"
    # 2: 1.250 x 1/8, 3/8, 4/8 = 156,25 / 468,75 / 625 -> sisa 1 rupiah ke 468,75 -> 469
    assert jawab(m.soal2, 469).status == "benar"
    # 3: Rp450.000 -> 0 (usaha mikro <= 500.000); Rp800.000 x 0,3% = 2.400
    assert jawab(m.soal3, 2_400).status == "benar"
    # 4: keripik tempe 15.000 / pokok 8.500: Shopee 15.000-1.500-1.250-8.500 = 3.750;
    #    TikTok 15.000-1.200-1.250-8.500 = 4.050; Lazada 15.000-927-8.500 = 5.573
    assert jawab(m.soal4, "lazada").status == "benar"
    assert jawab(m.soal4, " Lazada ").status == "benar"
    # 5: yogurt stroberi 11.000 / pokok 6.500: laba 11.000-880-1.250-6.500 = 2.370;
    #    2.000.000 / 2.370 = 843,9 -> 844 pesanan
    assert jawab(m.soal5, 844).status == "benar"
    # 6: P - round(10% P) - 1.250 - 32.000 >= 10.000: P = 48.056 (48.056 - 4.806 = 43.250);
    #    48.055 - 4.806 (4.805,5 dibulatkan ke atas) = 43.249 kurang
    assert jawab(m.soal6, 48_056).status == "benar"
    assert jawab(m.soal7, "shopee").status == "benar"


@pytest.mark.parametrize("soal,nilai,pesan", [
    (m.soal1, 2_800, "SETELAH diskon"),
    (m.soal1, 3_480, "Ongkos kirim"),
    (m.soal1, 3_770, "biaya per pesanan"),
    (m.soal2, 417, "JUMLAH BARANG"),
    (m.soal2, 468, "1 rupiah hilang"),
    (m.soal2, 1_250, "sekali"),
    (m.soal3, 3_750, "bebas MDR"),
    (m.soal3, 900, "SELURUH nilai"),
    (m.soal3, 8_750, "usaha mikro"),
    (m.soal4, "shopee", "10%"),
    (m.soal4, "tiktok_tokopedia", "8%"),
    (m.soal5, 843, "bulatkan ke ATAS"),
    (m.soal5, 445, "tanpa biaya platform"),
    (m.soal6, 42_000, "lupa biaya platform"),
    (m.soal6, 43_250, "komisinya belum"),
    (m.soal6, 48_055, "Sangat dekat"),
    (m.soal7, "toko_offline", "November saja"),
])
def test_salah_umum(soal, nilai, pesan):
    hasil = jawab(soal, nilai)
    assert hasil.status == "salah" and pesan in hasil.pesan


def test_salah_lain_tanpa_membocorkan_kunci():
    hasil = jawab(m.soal1, 2_000)
    assert hasil.status == "salah" and "terlalu kecil" in hasil.pesan and "2.520" not in hasil.pesan
    assert jawab(m.soal1, 2_520.5).status == "salah"
    assert "Pilih salah satu" in jawab(m.soal4, "bukalapak").pesan


def test_belum_dijawab():
    for soal in (m.soal1, m.soal2, m.soal3, m.soal4, m.soal5, m.soal6, m.soal7, m.soal8):
        assert jawab(soal, ____).status == "belum"
        assert soal.periksa({}).status == "belum"


def test_refleksi_minimal_kata():
    assert jawab(m.soal8, "Foto produk").status != "benar"
    assert jawab(m.soal8, "Menghitung harga pokok semua produk sebelum membuka toko di Shopee").status == "benar"
