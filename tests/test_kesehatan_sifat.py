"""Uji sifat (hypothesis) kesehatan dan lomba: monoton, tidak bergantung jenis lain, tidak
bergantung satuan uang, aturan seri tidak bergantung urutan baris."""
from __future__ import annotations

from decimal import Decimal

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from kopkit.kesehatan import indikator_lomba, nilai_lomba, skema_2016, skema_2021, skor_kesehatan
from kopkit.kesehatan.lomba import skema_keuangan_lomba

BANYAK = settings(max_examples=200, deadline=None)
SEDANG = settings(max_examples=60, deadline=None)

rasio_st = st.decimals(min_value=Decimal("-50"), max_value=Decimal("400"), places=2)


@st.composite
def komponen_searah(draw):
    s = draw(st.sampled_from([skema_2016(), skema_2021()]))
    k = s.komponen[s.komponen["arah"] != "puncak"]
    baris = k.iloc[draw(st.integers(0, len(k) - 1))]
    return s, baris["kode"], baris["arah"]


@BANYAK
@given(komponen_searah(), rasio_st, rasio_st)
def test_nilai_monoton_pada_rasio_baik(sk, a, b):
    s, kode, arah = sk
    lo, hi = min(a, b), max(a, b)
    if arah == "naik":
        assert s.nilai(kode, lo) <= s.nilai(kode, hi)
    else:
        assert s.nilai(kode, lo) >= s.nilai(kode, hi)


@st.composite
def kabupaten_st(draw, n_min=2, n_max=14, seri=False):
    """Ringkasan acak dua tahun (2024-2025) untuk beberapa jenis; ``seri`` = angka dari himpunan kecil
    supaya skor sering sama."""
    n = draw(st.integers(n_min, n_max))
    benih = draw(st.integers(0, 2**32 - 1))
    g = np.random.default_rng(benih)
    jenis = g.choice(["produsen", "konsumen", "ksp"], size=n)
    baris = []
    for i in range(n):
        for tahun in (2024, 2025):
            if seri:
                aset = int(g.choice([1000, 2000])) * 1000
                ms = aset // int(g.choice([2, 4]))
                pinj = [100_000, 0, 0, 0]
                pend = int(g.choice([500, 600])) * 1000
                shu = int(g.choice([10, 20])) * 1000
                anggota = int(g.choice([10, 20]))
                aktif = anggota
            else:
                aset = int(g.integers(10**6, 10**10))
                ms = int(aset * g.uniform(0.05, 0.9))
                pinj = [int(x) for x in g.integers(0, max(aset // 4, 1), size=4)]
                pinj[0] += 1
                pend = int(g.integers(10**5, 10**10))
                shu = int(pend * g.uniform(-0.05, 0.2))
                anggota = int(g.integers(5, 5000))
                aktif = int(g.integers(0, anggota + 1))
            baris.append({"id_koperasi": f"K{i + 1:04d}", "nama": f"Koperasi {i + 1}", "jenis": jenis[i],
                          "kecamatan": "Jabung", "tahun": tahun, "jumlah_anggota": anggota, "total_aset": aset,
                          "liabilitas": aset - ms, "modal_sendiri": ms, "pinjaman_lancar": pinj[0],
                          "pinjaman_kurang_lancar": pinj[1], "pinjaman_diragukan": pinj[2], "pinjaman_macet": pinj[3],
                          "pendapatan": pend, "beban": pend - shu, "shu": shu, "anggota_aktif_bertransaksi": aktif,
                          "rat_tepat_waktu": bool(g.integers(0, 2)), "jualan_daring": bool(g.integers(0, 2))})
    return pd.DataFrame(baris)


@SEDANG
@given(kabupaten_st(), st.integers(1, 10**9))
def test_skor_kesehatan_naik_bila_modal_sendiri_naik(kab, tambah):
    """Aset tetap, modal sendiri naik (liabilitas turun): skor indikator 2021 tidak turun."""
    s = skema_2021()
    pm = s.__class__("PM1", s.komponen[s.komponen["kode"] == "PM1"], s.kurva, s.predikat)
    naik = kab.copy()
    naik["modal_sendiri"] = np.minimum(naik["modal_sendiri"] + tambah, naik["total_aset"])
    a = skor_kesehatan(kab, pm)["skor"].to_numpy()
    b = skor_kesehatan(naik, pm)["skor"].to_numpy()
    assert (b >= a).all()


@SEDANG
@given(kabupaten_st(), st.integers(2, 10**6))
def test_skala_uang_tidak_mengubah_skor_kesehatan(kab, c):
    uang = ["total_aset", "liabilitas", "modal_sendiri", "pinjaman_lancar", "pinjaman_kurang_lancar",
            "pinjaman_diragukan", "pinjaman_macet", "pendapatan", "beban", "shu"]
    besar = kab.copy()
    besar[uang] = besar[uang] * c
    s = skema_keuangan_lomba()
    pd.testing.assert_frame_equal(skor_kesehatan(kab, s, tahun=2025), skor_kesehatan(besar, s, tahun=2025))


@SEDANG
@given(kabupaten_st(), st.integers(1, 20))
def test_skala_uang_tidak_mengubah_lomba(kab, k):
    """Kali 2^k tepat dalam bilangan biner: skor dan peringkat identik. Kali bilangan lain: skor
    berbeda paling banyak di digit ke-9 (pembulatan pecahan komputer), peringkat yang tidak seri
    sama."""
    uang = ["total_aset", "liabilitas", "modal_sendiri", "pinjaman_lancar", "pinjaman_kurang_lancar",
            "pinjaman_diragukan", "pinjaman_macet", "pendapatan", "beban", "shu"]
    besar = kab.copy()
    besar[uang] = besar[uang] * 2 ** k
    a = nilai_lomba(indikator_lomba(kab), 2025)
    b = nilai_lomba(indikator_lomba(besar), 2025)
    pd.testing.assert_frame_equal(a, b)
    tiga = kab.copy()
    tiga[uang] = tiga[uang] * 3
    c = nilai_lomba(indikator_lomba(tiga), 2025)
    assert np.allclose(a["skor_mentah"], c["skor_mentah"], rtol=0, atol=1e-9)


@SEDANG
@given(kabupaten_st(n_min=4), st.integers(0, 2**32 - 1))
def test_peringkat_tidak_bergantung_jenis_lain(kab, benih):
    """Ubah atau buang koperasi jenis lain: peringkat dan skor koperasi produsen tetap."""
    ind = indikator_lomba(kab)
    a = nilai_lomba(ind, 2025)
    lain = kab["jenis"] != "produsen"
    g = np.random.default_rng(benih)
    ubah = kab.copy()
    ubah.loc[lain, "shu"] = g.integers(-10**6, 10**9, size=int(lain.sum()))
    ubah.loc[lain, "jualan_daring"] = ~ubah.loc[lain, "jualan_daring"]
    for data_baru in (ubah, kab[~lain]):
        if data_baru.empty:
            continue
        b = nilai_lomba(indikator_lomba(data_baru), 2025)
        pa = a[a["jenis"] == "produsen"].set_index("id_koperasi")[["skor", "peringkat"]].sort_index()
        pb = b[b["jenis"] == "produsen"].set_index("id_koperasi")[["skor", "peringkat"]].sort_index()
        pd.testing.assert_frame_equal(pa, pb)


@SEDANG
@given(kabupaten_st(n_min=3, seri=True), st.integers(0, 2**32 - 1))
def test_seri_diputus_sama_apa_pun_urutan_baris(kab, benih):
    a = nilai_lomba(indikator_lomba(kab), 2025)
    acak = kab.sample(frac=1, random_state=benih % 2**31).reset_index(drop=True)
    b = nilai_lomba(indikator_lomba(acak), 2025)
    kunci = ["jenis", "id_koperasi", "peringkat", "skor"]
    pd.testing.assert_frame_equal(a[kunci].sort_values(["jenis", "peringkat"]).reset_index(drop=True),
                                  b[kunci].sort_values(["jenis", "peringkat"]).reset_index(drop=True))
    # skor sama -> kode koperasi terkecil di depan bila nilai kriteria utama juga sama
    for _, g in a.groupby("jenis"):
        g = g.sort_values("peringkat")
        for (_, x), (_, y) in zip(g.iterrows(), g.iloc[1:].iterrows()):
            if x["skor"] == y["skor"] and x["n_KU1"] == y["n_KU1"]:
                assert x["id_koperasi"] < y["id_koperasi"]
