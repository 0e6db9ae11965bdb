"""Duplikat yang mengubah total dilaporkan, dan angka negatif / akun tak dikenal dilaporkan dengan
berkas dan baris (issue 10). Di main sebelum perubahan ini baris penjualan yang sama dua kali
dihitung dua kali tanpa peringatan, dan siapkan_jurnal menolak angka negatif atau akun asing tanpa
menyebut barisnya."""
from __future__ import annotations

import pandas as pd
import pytest

from kopkit.buku import neraca_saldo, siapkan_jurnal, validasi_jurnal
from kopkit.dasar.galat import GalatData, GalatMasukan
from kopkit.pasar.analisis import contoh_penjualan, ringkasan, siapkan_penjualan


def test_baris_penjualan_ganda_dilaporkan():
    jual = contoh_penjualan()
    ganda = pd.concat([jual, jual.iloc[[3]]], ignore_index=True)  # S1/PR09 tersalin dua kali
    with pytest.raises(GalatData) as info:
        siapkan_penjualan(ganda)
    galat = info.value
    assert "pesanan S1 produk PR09 di baris 5, 8" in galat.pesan
    assert galat.baris == 5 and galat.kolom == "id_pesanan"
    # Pendapatan yang benar (tanpa baris ganda), dihitung terpisah: 4x5.000 + 15.000 + 35.000 + 2x15.000
    # + (35.000 - 5.000) = 130.000 (S3 batal).
    assert int(ringkasan(siapkan_penjualan(jual), "bulan")["pendapatan"].sum()) == 130_000


def test_produk_sama_nilai_berbeda_bukan_ganda():
    jual = contoh_penjualan()
    lain = jual.iloc[[3]].assign(jumlah=5)
    siap = siapkan_penjualan(pd.concat([jual, lain], ignore_index=True))
    assert int(siap["pendapatan"].sum()) == 130_000 + 5 * 15_000


def test_ganda_dan_negatif_menyebut_berkas_dan_baris_asli():
    jual = contoh_penjualan()
    jual["baris_berkas"] = [3, 4, 6, 7, 8, 9]  # mis. ada baris kosong di berkasnya
    jual.attrs["berkas"] = "ekspor_shopee.csv"
    ganda = pd.concat([jual, jual.iloc[[2]].assign(baris_berkas=11)], ignore_index=True)
    ganda.attrs["berkas"] = "ekspor_shopee.csv"
    with pytest.raises(GalatData) as info:
        siapkan_penjualan(ganda)
    assert (info.value.berkas, info.value.baris) == ("ekspor_shopee.csv", 6)
    assert "baris 6, 11" in info.value.pesan
    minus = jual.copy()
    minus.loc[4, "harga_satuan"] = -35_000
    with pytest.raises(GalatMasukan) as info:
        siapkan_penjualan(minus)
    assert (info.value.berkas, info.value.baris, info.value.kolom) == ("ekspor_shopee.csv", 8, "harga_satuan")
    assert "negatif" in info.value.pesan and "status" in info.value.saran


AKUN = pd.DataFrame({"kode": ["101", "301"], "nama": ["Kas", "Simpanan pokok"], "jenis": ["aset", "ekuitas"],
                     "saldo_normal": ["debit", "kredit"]})


def _jurnal(akun2="301", debit=(100_000, 0), kredit=(0, 100_000)):
    j = pd.DataFrame({"tanggal": pd.to_datetime(["2025-01-02"] * 2), "no_bukti": ["B1"] * 2,
                      "akun": ["101", akun2], "keterangan": ["Setor"] * 2, "debit": list(debit),
                      "kredit": list(kredit), "baris_berkas": [7, 8]})
    j.attrs.update({"berkas": "jurnal_2025.xlsx", "lembar": "Jurnal"})
    return j


def test_jurnal_akun_asing_dan_negatif_menyebut_berkas_dan_baris():
    for j, kolom, teks in ((_jurnal(akun2="3001"), "akun", "Akun tidak ada di bagan akun: 3001 (baris 8)"),
                           (_jurnal(debit=(100_000, -5), kredit=(0, 99_995)), "debit",
                            "Kolom debit berisi jumlah negatif (baris 8)")):
        for fungsi in (siapkan_jurnal, neraca_saldo):
            with pytest.raises(GalatData) as info:
                fungsi(j, AKUN)
            g = info.value
            assert (g.berkas, g.lembar, g.baris, g.kolom) == ("jurnal_2025.xlsx", "Jurnal", 8, kolom)
            assert teks in g.pesan
        m = [m for m in validasi_jurnal(j, AKUN) if m.kolom == kolom]
        assert [(m.berkas, m.lembar, m.baris) for m in m] == [("jurnal_2025.xlsx", "Jurnal", 8)]
