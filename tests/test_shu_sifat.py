"""Uji sifat (hypothesis, ≥ 500 contoh) pembagian SHU: tidak ada rupiah yang hilang atau tercipta."""
from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pandas as pd
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from kopkit.shu import alokasi_shu, bagi_shu_anggota, hitung_shu, jurnal_pembagian_shu

BANYAK = settings(max_examples=500, deadline=None)

shu_st = st.integers(min_value=0, max_value=5 * 10**12)
pool_st = st.integers(min_value=0, max_value=10**12)


@st.composite
def aturan_st(draw):
    """Persen acak dengan dua angka desimal yang berjumlah tepat 100 (dalam seperseratus)."""
    n = draw(st.integers(min_value=1, max_value=9))
    potong = sorted(draw(st.lists(st.integers(min_value=0, max_value=10_000), min_size=n - 1, max_size=n - 1)))
    batas = [0, *potong, 10_000]
    persen = [Decimal(b - a) / 100 for a, b in zip(batas, batas[1:])]
    # Setiap pos harus punya peran (peran_pos_shu); nama dana_* dikenali sebagai dana.
    return {f"dana_{i}": p for i, p in enumerate(persen)}


@st.composite
def anggota_st(draw, min_size=1):
    n = draw(st.integers(min_value=min_size, max_value=60))
    simp = draw(st.lists(st.integers(min_value=0, max_value=10**8), min_size=n, max_size=n))
    trans = draw(st.lists(st.integers(min_value=0, max_value=10**9), min_size=n, max_size=n))
    assume(any(simp) and any(trans))
    idx = [f"A{i:04d}" for i in range(n)]
    return pd.Series(simp, index=idx), pd.Series(trans, index=idx)


@BANYAK
@given(shu_st, aturan_st(), st.sampled_from(["total", "setelah_cadangan"]))
def test_pos_alokasi_berjumlah_tepat_shu(shu, aturan, dasar):
    if dasar == "setelah_cadangan":
        # cadangan dari SHU total; pos lain (aturan acak) membagi sisanya.
        aturan = {"cadangan": Decimal("25"), **aturan}
    alok = alokasi_shu(shu, aturan, dasar=dasar)
    assert int(alok["jumlah"].sum()) == shu
    assert (alok["jumlah"] >= 0).all()
    if dasar == "total":
        # Setiap pos selisihnya < Rp1 dari persen × SHU yang tepat.
        for p, j in zip(alok["persen"], alok["jumlah"]):
            assert abs(Fraction(p) * shu / 100 - j) < 1
    j = jurnal_pembagian_shu(alok, tanggal="22/02/2026", tahun=2025)
    assert int(j["debit"].sum()) == int(j["kredit"].sum()) == shu


@BANYAK
@given(anggota_st(), pool_st, pool_st, st.sampled_from(["sisa_terbesar", "ke_bawah"]),
       st.sampled_from([1, 100, 1000]))
def test_jumlah_anggota_tepat_sama_dengan_pos(data, jm, ju, pembulatan, kelipatan):
    simp, trans = data
    h = bagi_shu_anggota(simp, trans, jasa_modal=jm, jasa_usaha=ju, pembulatan=pembulatan, kelipatan=kelipatan)
    t = h.tabel
    assert int(t["jasa_modal"].sum()) + h.sisa_pembulatan["jasa_modal"] == jm
    assert int(t["jasa_usaha"].sum()) + h.sisa_pembulatan["jasa_usaha"] == ju
    assert (t["total"] == t["jasa_modal"] + t["jasa_usaha"]).all()
    if pembulatan == "sisa_terbesar":
        assert h.total_sisa == 0
    else:
        assert (t["jasa_modal"] % kelipatan == 0).all() and (t["jasa_usaha"] % kelipatan == 0).all()


@BANYAK
@given(anggota_st(), shu_st, st.sampled_from(["sisa_terbesar", "ke_bawah"]))
def test_alokasi_akhir_dan_daftar_cocok(data, shu, pembulatan):
    simp, trans = data
    alok, h = hitung_shu(shu, simp, trans, None, pembulatan=pembulatan, kelipatan=100)
    pos = dict(zip(alok["pos"], alok["jumlah"]))
    assert sum(pos.values()) == shu
    assert pos["jasa_modal"] == h.jumlah["jasa_modal"] and pos["jasa_usaha"] == h.jumlah["jasa_usaha"]


@BANYAK
@given(anggota_st(), pool_st, pool_st, st.integers(min_value=2, max_value=10**6))
def test_skala_simpanan_dan_transaksi_tidak_mengubah_hasil(data, jm, ju, c):
    simp, trans = data
    asli = bagi_shu_anggota(simp, trans, jasa_modal=jm, jasa_usaha=ju).tabel
    dikali = bagi_shu_anggota(simp * c, trans * c, jasa_modal=jm, jasa_usaha=ju).tabel
    assert asli["jasa_modal"].tolist() == dikali["jasa_modal"].tolist()
    assert asli["jasa_usaha"].tolist() == dikali["jasa_usaha"].tolist()


@BANYAK
@given(anggota_st(), st.integers(min_value=1, max_value=10**8), st.integers(min_value=1, max_value=10**9),
       pool_st, pool_st)
def test_simpanan_dan_transaksi_dua_kali_mendapat_dua_kali(data, s, t, jm, ju):
    """Anggota B punya simpanan dan transaksi dua kali A → SHU B = 2 × SHU A ± Rp1 per pos.

    Tiap pos dibulatkan sendiri; dalam satu pos selisihnya paling banyak Rp1 (sisa pecahan B
    = 2 × sisa A atau 2 × sisa A − 1, sehingga urutan sisa terbesar tidak dapat memberi B
    rupiah tambahan tanpa A). Untuk total (dua pos) selisihnya paling banyak Rp2.
    """
    simp, trans = data
    simp = pd.concat([simp, pd.Series({"XA": s, "XB": 2 * s})])
    trans = pd.concat([trans, pd.Series({"XA": t, "XB": 2 * t})])
    tab = bagi_shu_anggota(simp, trans, jasa_modal=jm, jasa_usaha=ju).tabel.set_index("id_anggota")
    a, b = tab.loc["XA"], tab.loc["XB"]
    assert abs(int(b["jasa_modal"]) - 2 * int(a["jasa_modal"])) <= 1
    assert abs(int(b["jasa_usaha"]) - 2 * int(a["jasa_usaha"])) <= 1
    assert abs(int(b["total"]) - 2 * int(a["total"])) <= 2


@BANYAK
@given(shu_st, st.data(), aturan_st(), aturan_st())
def test_alokasi_dengan_shu_bukan_anggota_tetap_tepat(shu, data, aturan, aturan_non):
    non = data.draw(st.integers(min_value=0, max_value=shu))
    aturan_non = {f"{k}_non": v for k, v in aturan_non.items()}
    alok = alokasi_shu(shu, aturan, shu_non_anggota=non, aturan_non_anggota=aturan_non)
    assert int(alok["jumlah"].sum()) == shu
    assert int(alok["dari_anggota"].sum()) == shu - non and int(alok["dari_non_anggota"].sum()) == non
    assert (alok["jumlah"] == alok["dari_anggota"] + alok["dari_non_anggota"]).all()
