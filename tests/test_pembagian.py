"""Uji pembagian proporsional tepat (kopkit.dasar.pembagian).

Pembanding independen: implementasi rujukan dengan ``fractions.Fraction`` (metode Hamilton
seperti di buku teks), bukan salinan kode kopkit.
"""
from __future__ import annotations

import doctest
from decimal import Decimal
from fractions import Fraction

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kopkit.dasar.pembagian
from kopkit.dasar.galat import GalatMasukan
from kopkit.dasar.pembagian import bagi_bulat_ke_bawah, bagi_proporsional

BANYAK = settings(max_examples=500, deadline=None)


def rujukan_hamilton(total: int, bobot: list) -> list[int]:
    """Metode sisa terbesar dengan pecahan tepat: kuota, bulatkan ke bawah, sisa terbesar dulu."""
    bobot = [Fraction(Decimal(repr(b))) if isinstance(b, float) else Fraction(b) for b in bobot]
    W = sum(bobot)
    kuota = [Fraction(total) * b / W for b in bobot]
    dasar = [q.numerator // q.denominator for q in kuota]
    pecahan = [q - d for q, d in zip(kuota, dasar)]
    sisa = total - sum(dasar)
    urutan = sorted(range(len(bobot)), key=lambda i: (-pecahan[i], i))
    for i in urutan[:sisa]:
        dasar[i] += 1
    return dasar


bobot_int = st.lists(st.integers(min_value=0, max_value=10**9), min_size=1, max_size=40).filter(any)
total_int = st.integers(min_value=0, max_value=10**12)


def test_doctest_modul():
    hasil = doctest.testmod(kopkit.dasar.pembagian)
    assert hasil.failed == 0 and hasil.attempted > 0


def test_contoh_hitung_tangan():
    # 100 dibagi 1:1:1 → kuota 33⅓ masing-masing; 99 dibagi dulu, 1 rupiah ke yang pertama.
    assert bagi_proporsional(100, pd.Series([1, 1, 1])).tolist() == [34, 33, 33]
    # 1.000 dibagi 1:2:3:4 → kuota 100, 200, 300, 400 tepat, tanpa sisa.
    assert bagi_proporsional(1000, pd.Series([1, 2, 3, 4])).tolist() == [100, 200, 300, 400]
    # 10 dibagi 0,1 : 0,2 : 0,3 (liter) → kuota 1⅔, 3⅓, 5 → 1, 3, 5 + sisa 1 ke pecahan terbesar (⅔).
    assert bagi_proporsional(10, pd.Series([0.1, 0.2, 0.3])).tolist() == [2, 3, 5]


def test_indeks_dan_tipe_dipertahankan():
    b = pd.Series([5, 0, 5], index=["A0003", "A0001", "A0002"], name="simpanan")
    hasil = bagi_proporsional(11, b)
    assert hasil.index.tolist() == ["A0003", "A0001", "A0002"]
    assert str(hasil.dtype) == "int64" and hasil.name == "simpanan"
    assert hasil.tolist() == [6, 0, 5]  # seri 5,5: yang lebih dulu mendapat rupiah sisa


def test_tanpa_meluap_int64():
    # total × bobot ≈ 10^30: jauh di atas batas int64 (≈ 9,2 × 10^18).
    total, bobot = 10**15 + 7, [10**15, 3 * 10**15 + 1, 2]
    hasil = bagi_proporsional(total, pd.Series(bobot))
    assert hasil.tolist() == rujukan_hamilton(total, bobot)
    assert int(hasil.sum()) == total


def test_bobot_decimal_dan_fraction():
    b = pd.Series([Decimal("33.33"), Decimal("33.33"), Decimal("33.34")])
    assert bagi_proporsional(1_000_000, b).tolist() == rujukan_hamilton(1_000_000, [3333, 3333, 3334])
    f = pd.Series([Fraction(1, 3), Fraction(2, 3)], dtype=object)
    assert bagi_proporsional(10, f).tolist() == [3, 7]


def test_total_negatif_simetris():
    assert bagi_proporsional(-100, pd.Series([1, 1, 1])).tolist() == [-34, -33, -33]


@pytest.mark.parametrize("bobot, kata", [
    (pd.Series([], dtype="int64"), "kosong"),
    (pd.Series([0, 0, 0]), "nol"),
    (pd.Series([3, -1, 2], index=["A", "B", "C"]), "negatif"),
    (pd.Series([1.0, np.nan]), "NaN"),
    (pd.Series([1, None], dtype="Int64"), "NaN"),
    (pd.Series(["a", "b"], dtype=object), "bukan angka"),
    (pd.Series([1.0, np.inf]), "tak hingga"),
])
def test_bobot_tidak_sah_ditolak(bobot, kata):
    with pytest.raises(GalatMasukan, match=kata) as info:
        bagi_proporsional(100, bobot)
    assert "Cara memperbaiki" in str(info.value)


def test_bobot_negatif_menyebut_label():
    with pytest.raises(GalatMasukan, match="B"):
        bagi_proporsional(100, pd.Series([3, -1, 2], index=["A", "B", "C"]))


def test_total_bukan_bulat_ditolak():
    with pytest.raises(GalatMasukan, match="bilangan bulat"):
        bagi_proporsional(100.5, pd.Series([1, 2]))
    with pytest.raises(GalatMasukan):
        bagi_proporsional(100, [1, 2])  # bukan Series


def test_bulat_ke_bawah_contoh_dan_galat():
    bagian, sisa = bagi_bulat_ke_bawah(1_000_000, pd.Series([1, 1, 1]), kelipatan=1000)
    assert bagian.tolist() == [333_000] * 3 and sisa == 1000
    with pytest.raises(GalatMasukan, match="Kelipatan"):
        bagi_bulat_ke_bawah(1000, pd.Series([1, 2]), kelipatan=0)
    with pytest.raises(GalatMasukan, match="positif"):
        bagi_bulat_ke_bawah(-1000, pd.Series([1, 2]))


# --- sifat (hypothesis, ≥ 500 contoh) ---------------------------------------------------------

@BANYAK
@given(total_int, bobot_int)
def test_sama_dengan_rujukan_dan_jumlah_tepat(total, bobot):
    hasil = bagi_proporsional(total, pd.Series(bobot))
    assert int(hasil.sum()) == total
    assert hasil.tolist() == rujukan_hamilton(total, bobot)


@BANYAK
@given(st.integers(min_value=0, max_value=2**62),
       st.lists(st.integers(min_value=0, max_value=10**15), min_size=1, max_size=20).filter(any))
def test_jumlah_tepat_juga_untuk_angka_raksasa(total, bobot):
    # total × bobot sampai ≈ 4,6 × 10^33: memaksa jalur bilangan bulat Python.
    hasil = bagi_proporsional(total, pd.Series(bobot, dtype=object))
    assert int(hasil.sum()) == total
    assert hasil.tolist() == rujukan_hamilton(total, bobot)


def test_hasil_melebihi_int64_ditolak_jelas():
    with pytest.raises(GalatMasukan, match="terlalu besar"):
        bagi_proporsional(2**64, pd.Series([1]))


@BANYAK
@given(total_int, bobot_int, st.integers(min_value=1, max_value=10**6))
def test_skala_bobot_tidak_mengubah_hasil(total, bobot, c):
    asli = bagi_proporsional(total, pd.Series(bobot))
    dikali = bagi_proporsional(total, pd.Series([b * c for b in bobot]))
    assert asli.tolist() == dikali.tolist()


@BANYAK
@given(total_int, st.integers(min_value=1, max_value=10**6), st.integers(min_value=2, max_value=50),
       st.lists(st.integers(min_value=0, max_value=10**6), max_size=10))
def test_bobot_sama_selisih_paling_banyak_satu(total, w, n, lain):
    bobot = [w] * n + lain
    hasil = bagi_proporsional(total, pd.Series(bobot)).to_numpy()[:n]
    assert hasil.max() - hasil.min() <= 1
    bagian, sisa = bagi_bulat_ke_bawah(total, pd.Series(bobot), kelipatan=100)
    assert bagian.to_numpy()[:n].max() == bagian.to_numpy()[:n].min()


@BANYAK
@given(total_int, bobot_int)
def test_monoton_bobot_lebih_besar_tidak_dapat_lebih_kecil(total, bobot):
    s = pd.Series(bobot)
    for hasil in (bagi_proporsional(total, s), bagi_bulat_ke_bawah(total, s, kelipatan=100)[0]):
        urut = sorted(zip(bobot, hasil.tolist()))
        for (w1, a1), (w2, a2) in zip(urut, urut[1:]):
            if w2 > w1:
                assert a2 >= a1


@BANYAK
@given(total_int, bobot_int, st.sampled_from([1, 50, 100, 500, 1000, 10_000]))
def test_bulat_ke_bawah_bagian_ditambah_sisa_sama_dengan_total(total, bobot, k):
    bagian, sisa = bagi_bulat_ke_bawah(total, pd.Series(bobot), kelipatan=k)
    assert int(bagian.sum()) + sisa == total
    assert sisa >= 0 and (bagian % k == 0).all()
    W = sum(bobot)
    for w, a in zip(bobot, bagian.tolist()):
        # a adalah kelipatan k terbesar yang tidak melebihi kuota tepat total×w/W.
        assert a * W <= total * w < (a + k) * W
    # Sisa tidak lebih dari satu kelipatan per penerima.
    assert sisa < k * len(bobot) or total == 0


@BANYAK
@given(total_int, st.lists(st.floats(min_value=0, max_value=1e6, allow_nan=False).map(lambda x: round(x, 3)),
                           min_size=1, max_size=30).filter(any))
def test_bobot_pecahan_desimal_tepat(total, bobot):
    hasil = bagi_proporsional(total, pd.Series(bobot))
    assert int(hasil.sum()) == total
    assert hasil.tolist() == rujukan_hamilton(total, bobot)


@BANYAK
@given(st.lists(st.integers(min_value=0, max_value=5), min_size=1, max_size=60), st.data())
def test_pilih_sisa_terbesar_sama_dengan_urut_stabil(sisa, data):
    from kopkit.dasar.pembagian import _pilih_sisa_terbesar

    arr = np.array(sisa, dtype="int64")
    k = data.draw(st.integers(min_value=1, max_value=len(sisa)))
    harap = set(np.argsort(-arr, kind="stable")[:k].tolist())
    assert set(_pilih_sisa_terbesar(arr, k).tolist()) == harap


# --------------------------------------------------------------------------- bagi_per_kelompok
@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 5), st.integers(0, 10_000), st.integers(1, 50)),
                min_size=1, max_size=40))
def test_bagi_per_kelompok_sama_dengan_per_kelompok_satu_satu(baris):
    """Versi vektor harus identik dengan bagi_proporsional yang dipanggil per kelompok."""
    from kopkit.dasar.pembagian import bagi_per_kelompok

    kelompok = pd.Series([f"P{g}" for g, _, _ in baris])
    total_grup = {f"P{g}": t for g, t, _ in reversed(baris)}  # satu total per kelompok (yang pertama)
    total = kelompok.map(total_grup).astype("int64")
    bobot = pd.Series([b for _, _, b in baris], dtype="int64")
    hasil = bagi_per_kelompok(total, bobot, kelompok)
    for g, i in kelompok.groupby(kelompok, sort=False).groups.items():
        harapan = bagi_proporsional(int(total_grup[g]), bobot.loc[i].reset_index(drop=True))
        assert hasil.loc[i].tolist() == harapan.tolist()
        assert int(hasil.loc[i].sum()) == total_grup[g]


def test_bagi_per_kelompok_masukan_buruk():
    from kopkit.dasar.pembagian import bagi_per_kelompok

    k = pd.Series(["A", "A"])
    with pytest.raises(GalatMasukan, match="berbeda"):
        bagi_per_kelompok(pd.Series([10, 11]), pd.Series([1, 1]), k)
    with pytest.raises(GalatMasukan, match="bobotnya nol"):
        bagi_per_kelompok(pd.Series([10, 10]), pd.Series([0, 0]), k)
    with pytest.raises(GalatMasukan, match="negatif"):
        bagi_per_kelompok(pd.Series([10, 10]), pd.Series([1, -1]), k)
    assert bagi_per_kelompok(pd.Series([0, 0]), pd.Series([0, 0]), k).tolist() == [0, 0]
