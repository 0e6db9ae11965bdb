"""Uji sifat (hypothesis, ≥ 500 contoh) simpan pinjam: pokok kembali tepat, sisa tidak negatif dan
habis, jasa tidak negatif, efektif ≤ flat, flat lebih mahal dari tertulis, bagi hasil tepat; dan
jadwal bervektor sama dengan hitungan kedua (perulangan Python biasa per pinjaman)."""
from __future__ import annotations

import math
from fractions import Fraction

import pandas as pd
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from kopkit.simpan_pinjam import (bagi_hasil_mudharabah, bunga_efektif, flat_ke_efektif, jadwal_angsuran,
                                  jadwal_banyak, jadwal_murabahah)

BANYAK = settings(max_examples=500, deadline=None)

pokok_st = st.integers(min_value=100_000, max_value=5_000_000_000)
tenor_st = st.integers(min_value=1, max_value=120)
# Persen per bulan dengan paling banyak 2 angka desimal, 0,05 sampai 5 %.
persen_st = st.integers(min_value=5, max_value=500).map(lambda x: f"{x // 100},{x % 100:02d}")
metode_st = st.sampled_from(["flat", "efektif", "anuitas"])


@st.composite
def pembulatan_st(draw, metode):
    pilihan = ["sisa_di_akhir", "angsuran"] + (["pokok"] if metode != "anuitas" else [])
    p = draw(st.sampled_from(pilihan))
    return p, (1 if p == "sisa_di_akhir" else draw(st.sampled_from([100, 1_000])))


@st.composite
def pinjaman_st(draw):
    metode = draw(metode_st)
    n = draw(tenor_st)
    p, k = draw(pembulatan_st(metode))
    return dict(pokok=draw(pokok_st), tenor_bulan=n, bunga=draw(persen_st), metode=metode, pembulatan=p,
                kelipatan=k, masa_tenggang=draw(st.integers(min_value=0, max_value=n - 1)))


def _jadwal(d):
    return jadwal_angsuran(d["pokok"], d["tenor_bulan"], d["bunga"], metode=d["metode"],
                           masa_tenggang=d["masa_tenggang"], pembulatan=d["pembulatan"], kelipatan=d["kelipatan"])


@BANYAK
@given(pinjaman_st())
def test_pokok_kembali_tepat_sisa_habis_jasa_tidak_negatif(d):
    j = _jadwal(d)
    assert len(j) == d["tenor_bulan"]
    assert int(j["pokok"].sum()) == d["pokok"]
    assert (j["sisa_pokok"] >= 0).all() and j["sisa_pokok"].iat[-1] == 0
    assert (j["pokok"] >= 0).all() and (j["jasa"] >= 0).all()
    assert (j["pokok"].iloc[: d["masa_tenggang"]] == 0).all()
    assert (j["angsuran"] == j["pokok"] + j["jasa"]).all()


@BANYAK
@given(pokok_st, tenor_st, persen_st, st.sampled_from([("sisa_di_akhir", 1), ("pokok", 100), ("angsuran", 1_000)]))
def test_jasa_efektif_tidak_lebih_dari_flat(pokok, n, persen, bulat):
    flat = jadwal_angsuran(pokok, n, persen, metode="flat", pembulatan=bulat[0], kelipatan=bulat[1])
    efektif = jadwal_angsuran(pokok, n, persen, metode="efektif", pembulatan=bulat[0], kelipatan=bulat[1])
    assert int(efektif["jasa"].sum()) <= int(flat["jasa"].sum())


@BANYAK
@given(st.integers(min_value=2, max_value=60), persen_st, st.integers(min_value=1_000_000, max_value=500_000_000))
def test_bunga_efektif_flat_lebih_besar_dari_tertulis(n, persen, pokok):
    r = Fraction(persen.replace(",", ".")) / 100
    assert flat_ke_efektif(persen, n) > float(r)
    j = jadwal_angsuran(pokok, n, persen, metode="flat")
    assert bunga_efektif(j)["per_bulan"] > float(r)


@BANYAK
@given(st.lists(st.integers(min_value=0, max_value=10**11), min_size=1, max_size=40),
       st.integers(min_value=0, max_value=10**11), st.integers(min_value=0, max_value=100))
def test_bagi_hasil_tepat_sama_dengan_kolam(saldo, pendapatan, nisbah):
    assume(any(saldo))
    hasil = bagi_hasil_mudharabah(pd.Series(saldo, index=[f"A{i}" for i in range(len(saldo))]), pendapatan, str(nisbah))
    assert int(hasil.sum()) == pendapatan * nisbah // 100
    assert (hasil >= 0).all()
    total = sum(saldo)
    kolam = pendapatan * nisbah // 100
    for s, h in zip(saldo, hasil):
        assert abs(Fraction(kolam * s, total) - h) < 1


@BANYAK
@given(st.integers(min_value=1_000_000, max_value=10**10), st.fractions(min_value=0, max_value=1),
       st.integers(min_value=1, max_value=60), st.sampled_from(["proporsional", "anuitas"]))
def test_murabahah_pokok_dan_margin_tepat(biaya, bagian_margin, n, pengakuan):
    margin = int(biaya * bagian_margin)
    j = jadwal_murabahah(biaya, margin, n, pengakuan=pengakuan)
    assert int(j["pokok"].sum()) == biaya and int(j["margin"].sum()) == margin
    assert (j["margin"] >= 0).all() and (j["sisa_pokok"] >= 0).all() and j["sisa_piutang"].iat[-1] == 0


# ------------------------------------------------------------------------------------------------
# Hitungan kedua: perulangan Python biasa, satu pinjaman sekali jalan (juga dipakai benchmark).
# ------------------------------------------------------------------------------------------------

def _bulat_setengah(x: Fraction) -> int:
    return math.floor(x + Fraction(1, 2))


def jadwal_rujukan(pokok, n, r: Fraction, metode, pembulatan="sisa_di_akhir", kelipatan=1, tenggang=0):
    """Jadwal satu pinjaman dengan pecahan Python (tanpa numpy): daftar (pokok, jasa, sisa)."""
    m = n - tenggang
    if metode == "anuitas":
        pmt = pokok * float(r) / (1 - (1 + float(r)) ** -m) if r else pokok / m
        angs = math.ceil(pmt / kelipatan - 1e-9) * kelipatan if pembulatan == "angsuran" else math.floor(pmt + 0.5)
    sisa, hasil = pokok, []
    for k in range(1, n + 1):
        jasa = _bulat_setengah(pokok * r) if metode == "flat" else _bulat_setengah(sisa * r)
        if k <= tenggang:
            bagian = 0
        elif metode == "anuitas":
            bagian = angs - jasa
        elif pembulatan == "sisa_di_akhir":
            bagian = _bulat_setengah(Fraction(pokok, m))
        elif pembulatan == "pokok":
            bagian = math.ceil(Fraction(pokok, m * kelipatan)) * kelipatan
        else:
            bagian = math.ceil((Fraction(pokok, m) + jasa) / kelipatan) * kelipatan - jasa
        bagian = min(max(bagian, 0), sisa)
        if k == n:
            bagian = sisa
        sisa -= bagian
        hasil.append((bagian, jasa, sisa))
    return hasil


@settings(max_examples=200, deadline=None)
@given(st.lists(pinjaman_st(), min_size=1, max_size=8), st.sampled_from(["sisa_di_akhir", "angsuran", "pokok"]),
       st.sampled_from([1, 100, 1_000]))
def test_jadwal_bervektor_sama_dengan_perulangan(daftar, pembulatan, kelipatan):
    if pembulatan == "sisa_di_akhir":
        kelipatan = 1
    aturan = {"flat": pembulatan, "efektif": pembulatan,
              "anuitas": "angsuran" if pembulatan == "pokok" else pembulatan}
    p = pd.DataFrame({"id_pinjaman": [f"P{i}" for i in range(len(daftar))],
                      "pokok": [d["pokok"] for d in daftar], "tenor_bulan": [d["tenor_bulan"] for d in daftar],
                      "bunga": [d["bunga"] for d in daftar], "metode": [d["metode"] for d in daftar],
                      "masa_tenggang": [d["masa_tenggang"] for d in daftar]})
    j = jadwal_banyak(p, pembulatan=aturan, kelipatan=kelipatan)
    for i, d in enumerate(daftar):
        r = Fraction(d["bunga"].replace(",", ".")) / 100
        harap = jadwal_rujukan(d["pokok"], d["tenor_bulan"], r, d["metode"], aturan[d["metode"]], kelipatan,
                               d["masa_tenggang"])
        dapat = j.loc[j["id_pinjaman"] == f"P{i}", ["pokok", "jasa", "sisa_pokok"]]
        assert [tuple(x) for x in dapat.values.tolist()] == harap
