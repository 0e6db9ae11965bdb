"""Keseimbangan per bukti diperiksa di setiap jalur (issue 10): dua bukti yang tidak seimbang ke
arah berlawanan tidak saling menutupi, baris tanpa nomor bukti tidak digabung diam-diam, dan baris
``Subtotal``/``Jumlah``/``Total`` tidak pernah dihitung sebagai transaksi.

Di main sebelum perubahan ini laporan (lewat ``siapkan_jurnal``) hanya memeriksa total debit = total
kredit, dan ``validasi_jurnal`` tidak dapat dipanggil tanpa bagan akun.
"""
from __future__ import annotations

import pandas as pd
import pytest

from kopkit.buku import neraca_saldo, siapkan_jurnal, validasi_jurnal
from kopkit.dasar.galat import GalatData

AKUN = pd.DataFrame({"kode": ["101", "301", "401"], "nama": ["Kas", "Simpanan pokok", "Penjualan"],
                     "jenis": ["aset", "ekuitas", "pendapatan"], "saldo_normal": ["debit", "kredit", "kredit"]})


def _jurnal(baris):
    t = pd.DataFrame(baris, columns=["tanggal", "no_bukti", "akun", "keterangan", "debit", "kredit"])
    t["tanggal"] = pd.to_datetime(t["tanggal"])
    return t


BERLAWANAN = _jurnal([
    ("2025-01-02", "B1", "101", "Setor", 100_000, 0), ("2025-01-02", "B1", "301", "Setor", 0, 90_000),
    ("2025-01-03", "B2", "101", "Jual", 90_000, 0), ("2025-01-03", "B2", "401", "Jual", 0, 100_000),
])


def test_dua_bukti_berlawanan_dilaporkan_tanpa_bagan_akun():
    assert int(BERLAWANAN["debit"].sum()) == int(BERLAWANAN["kredit"].sum())  # total saja tampak sehat
    masalah = validasi_jurnal(BERLAWANAN)
    assert [(m.baris, m.pesan.split(":")[0]) for m in masalah] == [(2, "Bukti B1 tidak seimbang"),
                                                                   (4, "Bukti B2 tidak seimbang")]
    assert "selisih 10.000 (debit lebih besar)" in masalah[0].pesan
    assert "selisih 10.000 (kredit lebih besar)" in masalah[1].pesan


def test_laporan_menolak_bukti_tidak_seimbang_walau_total_seimbang():
    for fungsi in (lambda: siapkan_jurnal(BERLAWANAN, AKUN), lambda: neraca_saldo(BERLAWANAN, AKUN)):
        with pytest.raises(GalatData) as info:
            fungsi()
        pesan = str(info.value)
        assert "2 bukti tidak seimbang" in pesan and "B1: debit 100.000, kredit 90.000" in pesan
        assert "B2: debit 90.000, kredit 100.000" in pesan and "validasi_jurnal" in pesan


def test_bukti_baru_tanpa_nomor_tidak_digabung():
    j = _jurnal([
        ("2025-01-02", "B1", "101", "Setor", 100_000, 0), ("2025-01-02", "B1", "301", "Setor", 0, 100_000),
        ("2025-01-03", None, "101", "Jual", 50_000, 0), ("2025-01-03", "", "401", "Jual", 0, 50_000),
    ])
    masalah = validasi_jurnal(j, AKUN)
    assert [(m.baris, m.kolom) for m in masalah] == [(4, "no_bukti"), (5, "no_bukti")]
    with pytest.raises(GalatData, match=r"2 baris jurnal tanpa nomor bukti \(baris 4, 5\)"):
        neraca_saldo(j, AKUN)


@pytest.mark.parametrize("kata", ["Subtotal", "JUMLAH", "Total:", "jumlah"])
def test_baris_subtotal_dilaporkan_tidak_pernah_dihitung(kata):
    j = _jurnal([
        ("2025-01-02", "B1", "101", "Setor", 100_000, 0), ("2025-01-02", "B1", "301", "Setor", 0, 100_000),
        ("2025-01-02", "B1", "101", kata, 100_000, 100_000),
    ])
    # Dihitung, baris ini menggandakan kas (200.000 bukannya 100.000) padahal total tetap seimbang.
    masalah = [m for m in validasi_jurnal(j) if "subtotal" in m.pesan.lower()]
    assert [(m.baris, m.kolom) for m in masalah] == [(4, "keterangan")]
    with pytest.raises(GalatData, match=r"1 baris jumlah/subtotal di dalam jurnal \(baris 4\)"):
        neraca_saldo(j, AKUN)
    # Tanpa baris itu, neraca saldo benar.
    ns = neraca_saldo(j.iloc[:2], AKUN)
    assert ns.set_index("kode").loc["101", "debit"] == 100_000


def test_periksa_jurnal_ketat_tanpa_bagan_akun():
    from kopkit.buku import periksa_jurnal

    with pytest.raises(GalatData, match="Bukti B1 tidak seimbang") as info:
        periksa_jurnal(BERLAWANAN)
    assert "Bukti B2 tidak seimbang" in str(info.value)
