"""Uji sifat (hypothesis) dan pemeriksaan silang pembukuan dengan implementasi kedua yang bebas.

Implementasi kedua di sini sengaja memakai dict Python biasa dan perulangan baris demi baris
(bukan groupby pandas, bukan fungsi kopkit), lalu harus sama persis dengan kopkit.
"""
from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
from hypothesis import example, HealthCheck, given, settings
from hypothesis import strategies as st

from kopkit import buku, data
from kopkit.buku import laporan as lk

AKUN = data.muat("akun")
DAUN = AKUN.loc[~AKUN["header"], "kode"].tolist()
JENIS = dict(zip(AKUN["kode"], AKUN["jenis"].astype(str)))
UNIT = ["usp", "toko", "produsen", "daring", "umum"]


# ------------------------------------------------------------------ implementasi kedua (dict)

def neraca_saldo_dict(baris, sampai=None, dari=None):
    """Neraca saldo dari daftar dict baris jurnal: {kode: (debit, kredit)} saldo bersih."""
    saldo = {}
    for r in baris:
        t = r["tanggal"]
        if (sampai is not None and t > sampai) or (dari is not None and t < dari):
            continue
        saldo[r["akun"]] = saldo.get(r["akun"], 0) + int(r["debit"]) - int(r["kredit"])
    return {k: (s, 0) if s > 0 else (0, -s) for k, s in saldo.items()}


def shu_dict(baris, tahun=2025):
    """SHU setelah pajak: kredit - debit semua akun pendapatan dan beban dalam tahun itu."""
    total = 0
    for r in baris:
        if r["tanggal"].year == tahun and JENIS[r["akun"]] in ("pendapatan", "beban") \
                and not r["no_bukti"].startswith("PENUTUP-"):
            total += int(r["kredit"]) - int(r["debit"])
    return total


def _sebagai_dict(jurnal):
    return [{"tanggal": t.date(), "akun": a, "debit": d, "kredit": k, "no_bukti": b}
            for t, a, d, k, b in zip(jurnal["tanggal"], jurnal["akun"], jurnal["debit"], jurnal["kredit"],
                                     jurnal["no_bukti"])]


def _kopkit_dict(ns):
    return {k: (int(d), int(c)) for k, d, c in zip(ns["kode"], ns["debit"], ns["kredit"])}


# ------------------------------------------------------------------ jurnal acak seimbang

@st.composite
def bukti_acak(draw, nomor):
    hari = draw(st.integers(0, 364))
    n_debit = draw(st.integers(1, 3))
    debit = [(draw(st.sampled_from(DAUN)), draw(st.integers(1, 10**10))) for _ in range(n_debit)]
    total = sum(j for _, j in debit)
    n_kredit = draw(st.integers(1, 3))
    potong = sorted(draw(st.lists(st.integers(1, max(1, total - 1)), min_size=n_kredit - 1,
                                  max_size=n_kredit - 1))) if total > 1 else []
    bagian = [b - a for a, b in zip([0] + potong, potong + [total]) if b - a > 0]
    kredit = [(draw(st.sampled_from(DAUN)), j) for j in bagian]
    unit = draw(st.sampled_from(UNIT))
    tanggal = dt.date(2025, 1, 1) + dt.timedelta(days=hari)
    return [(tanggal, f"B{nomor:05d}", a, "acak", j, 0, unit) for a, j in debit] + \
           [(tanggal, f"B{nomor:05d}", a, "acak", 0, j, unit) for a, j in kredit]


@st.composite
def jurnal_acak(draw):
    n = draw(st.integers(1, 25))
    baris = []
    for i in range(n):
        baris += draw(bukti_acak(i))
    t = pd.DataFrame(baris, columns=["tanggal", "no_bukti", "akun", "keterangan", "debit", "kredit", "unit"])
    t["tanggal"] = pd.to_datetime(t["tanggal"])
    t["debit"], t["kredit"] = t["debit"].astype("int64"), t["kredit"].astype("int64")
    return t


PENGATURAN = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _nilai(lap, pos):
    return int(lap.set_index("pos").loc[pos, "jumlah"])


@PENGATURAN
@given(jurnal_acak())
def test_neraca_saldo_seimbang_dan_sama_dengan_implementasi_kedua(j):
    assert buku.validasi_jurnal(j, AKUN, 2025) == []
    ns = buku.neraca_saldo(j, AKUN)
    assert ns["debit"].sum() == ns["kredit"].sum()
    kedua = {k: v for k, v in neraca_saldo_dict(_sebagai_dict(j)).items()}
    assert _kopkit_dict(ns) == kedua
    batas = dt.date(2025, 6, 30)
    assert _kopkit_dict(buku.neraca_saldo(j, AKUN, sampai="2025-06-30")) == \
        neraca_saldo_dict(_sebagai_dict(j), sampai=batas)


@PENGATURAN
@given(jurnal_acak())
@example(pd.DataFrame({"tanggal": pd.to_datetime(["2025-01-01"] * 2), "no_bukti": ["B00000"] * 2,
                       "akun": ["401", "401"], "keterangan": ["acak"] * 2, "debit": [1, 0], "kredit": [0, 1],
                       "unit": ["usp"] * 2}))  # pendapatan bersih nol: tidak ada yang ditutup
def test_posisi_keuangan_seimbang_sebelum_dan_sesudah_tutup_buku(j):
    lpk = lk.laporan_posisi_keuangan(j, AKUN, per="2025-12-31")
    assert _nilai(lpk, "JUMLAH ASET") == _nilai(lpk, "JUMLAH LIABILITAS DAN EKUITAS")
    shu = lk.shu_tahun_berjalan(j, AKUN, 2025)
    assert shu == shu_dict(_sebagai_dict(j))
    ada_laba_rugi = any(JENIS[a] in ("pendapatan", "beban") for a in j["akun"])
    if not ada_laba_rugi:
        return
    tutup = buku.terapkan_penyesuaian(j, buku.tutup_buku(j, AKUN, 2025), AKUN)
    lpk2 = lk.laporan_posisi_keuangan(tutup, AKUN, per="2025-12-31")
    assert _nilai(lpk2, "JUMLAH ASET") == _nilai(lpk2, "JUMLAH LIABILITAS DAN EKUITAS") == _nilai(lpk, "JUMLAH ASET")
    assert lk.shu_tahun_berjalan(tutup, AKUN, 2025) == shu
    ns = buku.neraca_saldo(tutup, AKUN, semua_akun=True)
    nominal = ns["jenis"].isin(["pendapatan", "beban"])
    assert (ns.loc[nominal, "debit"] == 0).all() and (ns.loc[nominal, "kredit"] == 0).all()
    # Ekuitas akhir di laporan perubahan ekuitas = ekuitas di posisi keuangan (sebelum & sesudah).
    for jj, l in ((j, lpk), (tutup, lpk2)):
        pe = lk.laporan_perubahan_ekuitas(jj, AKUN, 2025).set_index("pos")
        assert int(pe.loc["Saldo akhir", "Jumlah"]) == _nilai(l, "JUMLAH EKUITAS")


@PENGATURAN
@given(jurnal_acak(), st.randoms(use_true_random=False))
def test_urutan_baris_tidak_mengubah_apa_pun(j, rnd):
    urut = list(range(len(j)))
    rnd.shuffle(urut)
    acak = j.iloc[urut].reset_index(drop=True)
    pd.testing.assert_frame_equal(buku.neraca_saldo(j, AKUN), buku.neraca_saldo(acak, AKUN))
    for f in (lambda x: lk.laporan_posisi_keuangan(x, AKUN, per="2025-12-31"),
              lambda x: lk.laporan_hasil_usaha(x, AKUN, 2025),
              lambda x: lk.laporan_perubahan_ekuitas(x, AKUN, 2025),
              lambda x: lk.shu_per_unit_bulanan(x, AKUN, 2025)):
        pd.testing.assert_frame_equal(f(j), f(acak))
    a1, a2 = lk.laporan_arus_kas(j, AKUN, 2025), lk.laporan_arus_kas(acak, AKUN, 2025)
    pd.testing.assert_frame_equal(a1, a2)


@PENGATURAN
@given(jurnal_acak())
def test_jumlah_bulanan_sama_dengan_setahun(j):
    def bertanda(ns):
        return {k: d - c for k, (d, c) in _kopkit_dict(ns).items()}

    js = buku.siapkan_jurnal(j, AKUN)  # siapkan sekali, pakai untuk 24 laporan
    total: dict = {}
    shu_bulanan = 0
    # Bulan di luar rentang tanggal jurnal adalah galat (bukan nol); di dalamnya nol itu sah.
    for m in range(int(j["tanggal"].min().month), int(j["tanggal"].max().month) + 1):
        dari = pd.Timestamp(2025, m, 1)
        sampai = dari + pd.offsets.MonthEnd(0)
        for k, v in bertanda(buku.neraca_saldo(js, AKUN, sampai=sampai, dari=dari)).items():
            total[k] = total.get(k, 0) + v
        shu_bulanan += _nilai(lk.laporan_hasil_usaha(js, AKUN, (dari, sampai)), "SHU setelah pajak")
    setahun = bertanda(buku.neraca_saldo(j, AKUN, sampai="2025-12-31", dari="2025-01-01"))
    assert {k: v for k, v in total.items() if v} == {k: v for k, v in setahun.items() if v}
    assert shu_bulanan == lk.shu_tahun_berjalan(j, AKUN, 2025)
    per_unit = lk.shu_per_unit_bulanan(j, AKUN, 2025)
    phu = lk.laporan_hasil_usaha(j, AKUN, 2025)
    assert int(per_unit.to_numpy().sum()) == _nilai(phu, "SHU sebelum pajak")


@PENGATURAN
@given(jurnal_acak())
def test_arus_kas_sama_dengan_perubahan_saldo_kas(j):
    ak = lk.laporan_arus_kas(j, AKUN, 2025)
    kedua = neraca_saldo_dict(_sebagai_dict(j))
    kas_akhir = sum(kedua.get(k, (0, 0))[0] - kedua.get(k, (0, 0))[1] for k in ("101", "102"))
    assert _nilai(ak, "Kas dan setara kas akhir periode") == kas_akhir
    assert _nilai(ak, "Kas dan setara kas awal periode") == 0  # jurnal acak tanpa saldo awal
    rinci = ak[ak["jenis_baris"] == "akun"]
    assert int(rinci["jumlah"].sum()) == kas_akhir


# ------------------------------------------------------------------ jurnal koperasi kursus 2025

def test_koperasi_kursus_2025_sama_dengan_implementasi_kedua():
    j = data.muat("jurnal_umum")
    assert buku.validasi_jurnal(j, AKUN, 2025) == []
    baris = _sebagai_dict(j)
    for sampai in (None, dt.date(2025, 3, 31), dt.date(2025, 9, 30)):
        ns = buku.neraca_saldo(j, AKUN, sampai=sampai)
        assert _kopkit_dict(ns) == neraca_saldo_dict(baris, sampai=sampai)
    assert lk.shu_tahun_berjalan(j, AKUN, 2025) == shu_dict(baris)
    lpk = lk.laporan_posisi_keuangan(j, AKUN, per="2025-12-31")
    kedua = neraca_saldo_dict(baris)
    aset = sum(d - c for k, (d, c) in kedua.items() if JENIS[k] == "aset")
    assert _nilai(lpk, "JUMLAH ASET") == aset == _nilai(lpk, "JUMLAH LIABILITAS DAN EKUITAS")


def test_koperasi_kursus_buku_besar_cocok_dengan_neraca_saldo():
    j = data.muat("jurnal_umum")
    bb = buku.buku_besar(j, AKUN)
    akhir = bb.groupby("akun")["saldo"].last()
    ns = buku.neraca_saldo(j, AKUN).set_index("kode")
    normal = AKUN.set_index("kode")["saldo_normal"].astype(str)
    for kode, saldo in akhir.items():
        bersih = int(ns.loc[kode, "debit"]) - int(ns.loc[kode, "kredit"])
        assert saldo == (bersih if normal[kode] == "debit" else -bersih)
    assert np.array_equal(bb["saldo"].to_numpy().dtype, np.dtype("int64"))
