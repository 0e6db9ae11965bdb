"""Uji modul SHU: alokasi, dasar pembagian, pembagian per anggota, jurnal, dana sosial, ekspor.

Angka yang diharapkan dihitung dengan tangan di komentar, atau berasal dari contoh soal yang
diterbitkan (sumber disebut di docstring ujinya).
"""
from __future__ import annotations

import doctest
from decimal import Decimal

import openpyxl
import pandas as pd
import pytest

import kopkit.shu.inti
from kopkit.dasar.galat import GalatAturan, GalatBerkas, GalatData, GalatMasukan
from kopkit.shu import (alokasi_shu, bagi_shu_anggota, baca_aturan, dasar_simpanan, dasar_transaksi,
                        ekspor_daftar_shu, hitung_shu, jurnal_pembagian_shu, periksa_aturan,
                        rencana_dana_sosial)


def test_doctest_modul():
    hasil = doctest.testmod(kopkit.shu.inti, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert hasil.failed == 0 and hasil.attempted >= 10


# --------------------------------------------------------------------------------------------
# Contoh soal yang diterbitkan
# --------------------------------------------------------------------------------------------

def _koperasi_dua_anggota(simp_x, trans_x, simp_total, trans_total):
    """Anggota X dari soal + 'anggota lain' yang memegang sisa simpanan/transaksi koperasi.

    Soal buku hanya memberi angka satu anggota dan total koperasi; bagian anggota lain tidak
    memengaruhi bagian X, karena pembagian proporsional hanya bergantung pada total.
    """
    simp = pd.Series({"X": simp_x, "LAIN": simp_total - simp_x})
    trans = pd.Series({"X": trans_x, "LAIN": trans_total - trans_x})
    return simp, trans


def test_contoh_quipper_koperasi_bangau_hitam():
    """Sumber: "Soal koperasi", Soal 1 (pembahasan Quipper), id.scribd.com/document/401349458.

    SHU Rp40.000.000; AD/ART: jasa modal 25%, jasa anggota 30%, pengurus 10%, dana sosial 10%,
    dana pendidikan 15%, cadangan 10% (jumlah 100). Total simpanan Rp60.000.000, penjualan
    Rp100.000.000. Anggota: simpanan pokok 1.000.000 + wajib 2.000.000, belanja 1.000.000.
    Jawaban buku: JM Rp500.000, JA Rp120.000, SHU Rp620.000 (pilihan D).
    """
    aturan = {"jasa_modal": 25, "jasa_usaha": 30, "dana_pengurus": 10, "dana_sosial": 10,
              "dana_pendidikan": 15, "cadangan": 10}
    alok = alokasi_shu(40_000_000, aturan)
    assert dict(zip(alok["pos"], alok["jumlah"])) == {
        "jasa_modal": 10_000_000, "jasa_usaha": 12_000_000, "dana_pengurus": 4_000_000,
        "dana_sosial": 4_000_000, "dana_pendidikan": 6_000_000, "cadangan": 4_000_000}
    simp, trans = _koperasi_dua_anggota(3_000_000, 1_000_000, 60_000_000, 100_000_000)
    _, hasil = hitung_shu(40_000_000, simp, trans, aturan)
    x = hasil.tabel.set_index("id_anggota").loc["X"]
    assert (x["jasa_modal"], x["jasa_usaha"], x["total"]) == (500_000, 120_000, 620_000)


def test_contoh_buku_kurikulum_merdeka_heri_pecahan_rupiah():
    """Sumber: "Jawab Soal Lembar Aktivitas 8: Menghitung SHU, Ekonomi Kelas 11 Kurikulum
    Merdeka", adjar.grid.id/amp/543575389 (hlm. 6).

    SHU Rp90.000.000: jasa simpanan 40%, jasa usaha 30%, cadangan 20%, pendidikan 10%.
    Heri: simpanan pokok 1.500.000 + wajib 5.000.000 = 6.500.000 dari total 78.000.000;
    belanja 1.500.000 dari omzet 102.000.000. Jawaban sumber: jasa modal Rp3.000.000, jasa
    penjualan Rp397.058, total Rp3.397.058 (sumber menulis "50%" untuk jasa penjualan padahal
    hitungannya 30% × 90 juta = 27 juta; kami ikuti 30% sesuai soal).

    Hitungan tepat: 1.500.000/102.000.000 × 27.000.000 = 397.058 14/17 — ada pecahan rupiah.
    Sumber memotong pecahannya (397.058). Dengan sisa terbesar, 14/17 ≈ 0,82 adalah sisa pecahan
    terbesar (anggota lain: 26.602.941 3/17), jadi Heri mendapat 397.059 dan daftar tetap
    berjumlah tepat 27.000.000. Dengan pembulatan ke bawah ke Rp1 hasilnya sama dengan buku
    (397.058) dan Rp1 sisanya tercatat dan masuk cadangan.
    """
    aturan = {"jasa_modal": 40, "jasa_usaha": 30, "cadangan": 20, "dana_pendidikan": 10}
    alok = alokasi_shu(90_000_000, aturan)
    assert alok["jumlah"].tolist() == [36_000_000, 27_000_000, 18_000_000, 9_000_000]
    simp, trans = _koperasi_dua_anggota(6_500_000, 1_500_000, 78_000_000, 102_000_000)

    alok_akhir, hasil = hitung_shu(90_000_000, simp, trans, aturan)
    x = hasil.tabel.set_index("id_anggota").loc["X"]
    assert (x["jasa_modal"], x["jasa_usaha"]) == (3_000_000, 397_059)
    assert hasil.jumlah["jasa_usaha"] == 27_000_000 and hasil.total_sisa == 0

    alok_akhir, hasil = hitung_shu(90_000_000, simp, trans, aturan, pembulatan="ke_bawah", kelipatan=1)
    x = hasil.tabel.set_index("id_anggota").loc["X"]
    assert (x["jasa_modal"], x["jasa_usaha"], x["total"]) == (3_000_000, 397_058, 3_397_058)
    # anggota lain: ⌊26.602.941 3/17⌋ = 26.602.941; 397.058 + 26.602.941 = 26.999.999 → sisa Rp1.
    assert hasil.sisa_pembulatan == {"jasa_modal": 0, "jasa_usaha": 1}
    akhir = dict(zip(alok_akhir["pos"], alok_akhir["jumlah"]))
    assert akhir["cadangan"] == 18_000_001 and akhir["jasa_usaha"] == 26_999_999
    assert sum(akhir.values()) == 90_000_000


def test_contoh_koperasi_sederhana_rani_pecahan_dan_salah_bulat_di_sumber():
    """Sumber: "SOAL" (Koperasi Sederhana, 2019), id.scribd.com/document/446859701; soal yang
    sama juga sebagai Soal 2 "Koperasi Simpan Pinjam Solid Bingitz" di id.scribd.com/document/401349458.

    SHU Rp25.000.000: jasa simpanan 20%, jasa pinjaman 30%, cadangan 50%. Total simpanan
    (pokok 4 jt + wajib 56 jt + sukarela 10 jt) = 70.000.000; bunga (jasa pinjaman) total
    20.000.000. Rani: simpanan 1.200.000, membayar bunga 1.500.000.

    Sumber menulis JM = Rp85.000 dan total Rp647.800 — keduanya salah hitung: tepatnya
    JM = 1.200.000/70.000.000 × 5.000.000 = 85.714 2/7 dan JA = 562.500, total 648.214 2/7.
    Anggota lain: 68.800.000/70.000.000 × 5.000.000 = 4.914.285 5/7; sisa pecahannya (5/7)
    lebih besar dari milik Rani (2/7), jadi rupiah sisa ke anggota lain: Rani 85.714.
    """
    aturan = {"jasa_modal": 20, "jasa_usaha": 30, "cadangan": 50}
    simp, trans = _koperasi_dua_anggota(1_200_000, 1_500_000, 70_000_000, 20_000_000)
    _, hasil = hitung_shu(25_000_000, simp, trans, aturan)
    t = hasil.tabel.set_index("id_anggota")
    assert (t.loc["X", "jasa_modal"], t.loc["X", "jasa_usaha"], t.loc["X", "total"]) == (85_714, 562_500, 648_214)
    assert t.loc["LAIN", "jasa_modal"] == 4_914_286
    assert t["jasa_modal"].sum() == 5_000_000 and t["jasa_usaha"].sum() == 7_500_000


def test_contoh_ksp_anugerah_widya():
    """Sumber: soal "Koperasi Simpan Pinjam Anugerah" (ilmuantekno.com/9256). SHU Rp2.000.000,
    jasa modal 20%, jasa anggota 30%; simpanan total 10 jt, pinjaman total 15 jt; Widya simpanan
    500.000 dan pinjaman 1.000.000. Jawaban sumber: JM 20.000 + JU 40.000 = 60.000.
    """
    simp, trans = _koperasi_dua_anggota(500_000, 1_000_000, 10_000_000, 15_000_000)
    hasil = bagi_shu_anggota(simp, trans, jasa_modal=400_000, jasa_usaha=600_000)
    x = hasil.tabel.set_index("id_anggota").loc["X"]
    assert (x["jasa_modal"], x["jasa_usaha"], x["total"]) == (20_000, 40_000, 60_000)


def test_contoh_koperasi_alis_jaya_lukman():
    """Sumber: soal "Koperasi Alis Jaya" (beritaharianku.com/2900). SHU Rp60.000.000 (soal
    tertulis "Rp60.000", jawabannya memakai 60 juta); jasa anggota (pinjaman) 25%, jasa modal
    20%; simpanan pokok 10 jt + wajib 90 jt; pinjaman total 75 jt. Lukman: wajib 1.800.000 +
    pokok 200.000, pinjaman 5.000.000. Jawaban sumber: 1.000.000 + 240.000 = 1.240.000.
    """
    simp, trans = _koperasi_dua_anggota(2_000_000, 5_000_000, 100_000_000, 75_000_000)
    hasil = bagi_shu_anggota(simp, trans, jasa_modal=12_000_000, jasa_usaha=15_000_000)
    assert hasil.tabel.set_index("id_anggota").loc["X", "total"] == 1_240_000


# --------------------------------------------------------------------------------------------
# Alokasi
# --------------------------------------------------------------------------------------------

def test_aturan_bawaan_berjumlah_100_dan_bersumber():
    atur = baca_aturan()
    assert sum(atur["persen"]) == 100 and periksa_aturan() == []
    assert set(atur["pos"]) >= {"cadangan", "jasa_modal", "jasa_usaha", "dana_sosial"}


def test_persen_desimal_33_33_sah_dan_105_ditolak():
    alok = alokasi_shu(100_000_000, {"cadangan": "33,33", "jasa_modal": 33.33, "jasa_usaha": Decimal("33.34")})
    # 33,33% × 100 jt = 33.330.000 tepat, 33,34% = 33.340.000.
    assert alok["jumlah"].tolist() == [33_330_000, 33_330_000, 33_340_000]
    with pytest.raises(GalatAturan, match="105") as info:
        alokasi_shu(1_000_000, {"cadangan": 40, "jasa_modal": 20, "jasa_usaha": 25, "dana_pengurus": 20})
    assert "kelebihan 5" in str(info.value)
    with pytest.raises(GalatAturan, match="kurang 0,01"):
        alokasi_shu(1_000_000, {"cadangan": 33.33, "jasa_modal": 33.33, "jasa_usaha": 33.33})


def test_periksa_aturan_melaporkan_semua_masalah():
    masalah = periksa_aturan(pd.DataFrame({"pos": ["cadangan", "cadangan", "sosial"], "persen": [60, 50, -10]}))
    teks = " | ".join(m.pesan for m in masalah)
    assert "negatif" in teks and "lebih dari sekali" in teks
    with pytest.raises(GalatAturan, match="bukan angka"):
        baca_aturan({"cadangan": "empat puluh"})


def test_alokasi_setelah_cadangan():
    # cadangan 25% dari 10.000.000 = 2.500.000; sisa 7.500.000 dibagi 60/40 = 4.500.000 / 3.000.000.
    alok = alokasi_shu(10_000_000, {"cadangan": 25, "jasa_modal": 60, "jasa_usaha": 40}, dasar="setelah_cadangan")
    assert alok["jumlah"].tolist() == [2_500_000, 4_500_000, 3_000_000]
    with pytest.raises(GalatAturan, match="selain cadangan"):
        alokasi_shu(10_000_000, {"cadangan": 25, "jasa_modal": 50, "jasa_usaha": 25}, dasar="setelah_cadangan")


def test_alokasi_shu_non_anggota_terpisah():
    # SHU 10 jt, 2 jt dari bukan anggota → semua ke cadangan (bawaan); 8 jt menurut aturan 50/25/25.
    alok = alokasi_shu(10_000_000, {"cadangan": 50, "jasa_modal": 25, "jasa_usaha": 25}, shu_non_anggota=2_000_000)
    assert dict(zip(alok["pos"], alok["jumlah"])) == {"cadangan": 6_000_000, "jasa_modal": 2_000_000,
                                                      "jasa_usaha": 2_000_000}
    alok = alokasi_shu(10_000_000, {"cadangan": 50, "jasa_modal": 25, "jasa_usaha": 25}, shu_non_anggota=2_000_000,
                       aturan_non_anggota={"cadangan": 50, "dana_pendidikan": 50})
    assert dict(zip(alok["pos"], alok["jumlah"])) == {"cadangan": 5_000_000, "jasa_modal": 2_000_000,
                                                      "jasa_usaha": 2_000_000, "dana_pendidikan": 1_000_000}
    with pytest.raises(GalatMasukan, match="lebih besar"):
        alokasi_shu(1_000, None, shu_non_anggota=2_000)


def test_shu_negatif_atau_bukan_bulat_ditolak():
    with pytest.raises(GalatMasukan, match="negatif"):
        alokasi_shu(-5, None)
    with pytest.raises(GalatMasukan, match="bulat"):
        alokasi_shu(1000.5, None)


# --------------------------------------------------------------------------------------------
# Dasar pembagian dari data
# --------------------------------------------------------------------------------------------

@pytest.fixture
def data_kecil():
    anggota = pd.DataFrame({
        "id_anggota": ["A0001", "A0002", "A0003", "A0004", "A0005"],
        "nama": ["Siti", "Budi", "Wati", "Joko", "Rina"],
        "tanggal_masuk": pd.to_datetime(["2020-01-05", "2021-03-01", "2025-07-01", "2019-02-01", "2026-01-10"]),
        "tanggal_keluar": pd.to_datetime([None, None, None, "2025-06-30", None]),
    })
    simpanan = pd.DataFrame({
        "tanggal": pd.to_datetime(["2020-01-05", "2025-01-10", "2025-06-10", "2021-03-01", "2025-02-01",
                                   "2025-07-01", "2025-07-01", "2019-02-01", "2025-03-01", "2025-08-01"]),
        "id_anggota": ["A0001", "A0001", "A0001", "A0002", "A0002", "A0003", "A0003", "A0004", "A0001", "A0002"],
        "jenis": ["pokok", "wajib", "wajib", "pokok", "wajib", "pokok", "wajib", "pokok", "sukarela", "sukarela"],
        "setor": [100_000, 600_000, 0, 100_000, 240_000, 100_000, 120_000, 100_000, 500_000, 0],
        "tarik": [0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    })
    return anggota, simpanan


def test_dasar_simpanan_akhir_tahun_dan_rata_rata(data_kecil):
    anggota, simpanan = data_kecil
    akhir = dasar_simpanan(simpanan, 2025, anggota=anggota)
    # A0001: 100.000 + 600.000 = 700.000 (sukarela tidak dihitung); A0002: 340.000; A0003: 220.000.
    assert akhir.to_dict() == {"A0001": 700_000, "A0002": 340_000, "A0003": 220_000, "A0004": 100_000, "A0005": 0}
    rata = dasar_simpanan(simpanan, 2025, cara="rata_rata", anggota=anggota)
    # A0001: 12 saldo akhir bulan semuanya 700.000 → 700.000.
    # A0002: Jan 100.000, Feb–Des 340.000 (11×) → (100.000 + 3.740.000)/12 = 320.000.
    # A0003: Jan–Jun 0, Jul–Des 220.000 (6×) → 1.320.000/12 = 110.000.
    assert rata.loc[["A0001", "A0002", "A0003"]].tolist() == [700_000, 320_000, 110_000]
    dengan_sukarela = dasar_simpanan(simpanan, 2025, jenis=("pokok", "wajib", "sukarela"))
    assert dengan_sukarela.loc["A0001"] == 1_200_000
    with pytest.raises(GalatMasukan, match="rata_rata"):
        dasar_simpanan(simpanan, 2025, cara="median")
    with pytest.raises(GalatData, match="kolom"):
        dasar_simpanan(simpanan.drop(columns=["tarik"]), 2025)


def test_rata_rata_dibulatkan_setengah_ke_atas():
    s = pd.DataFrame({"tanggal": pd.to_datetime(["2025-12-15"]), "id_anggota": ["A1"], "jenis": ["wajib"],
                      "setor": [6], "tarik": [0]})
    # hanya saldo akhir Desember = 6 → 6/12 = 0,5 → 1.
    assert dasar_simpanan(s, 2025, cara="rata_rata").loc["A1"] == 1


def test_dasar_transaksi_tiga_unit():
    toko = pd.DataFrame({"tanggal": pd.to_datetime(["2025-01-02", "2024-12-31", "2025-05-05"]),
                         "no_nota": ["1", "2", "3"], "id_anggota": ["A1", "A1", None], "total": [10_000, 99_000, 5_000]})
    susu = pd.DataFrame({"tanggal": pd.to_datetime(["2025-02-01", "2025-02-02"]), "id_anggota": ["A2", "A2"],
                         "liter": [10.5, 20.0], "harga_per_liter": [7_000, 7_000], "nilai": [73_500, 140_000]})
    pinjaman = pd.DataFrame({"id_pinjaman": ["P1"], "id_anggota": ["A1"]})
    angsuran = pd.DataFrame({"id_pinjaman": ["P1", "P1"], "tanggal": pd.to_datetime(["2025-03-01", "2026-01-01"]),
                             "angsuran_ke": [1, 11], "pokok": [100_000, 100_000], "jasa": [15_000, 15_000],
                             "denda": [0, 0]})
    t = dasar_transaksi(penjualan_toko=toko, setoran_susu=susu, angsuran=angsuran, pinjaman=pinjaman, tahun=2025)
    assert t.to_dict("index") == {"A1": {"toko": 10_000, "produsen": 0, "usp": 15_000},
                                  "A2": {"toko": 0, "produsen": 213_500, "usp": 0}}
    with pytest.raises(GalatMasukan, match="pinjaman"):
        dasar_transaksi(angsuran=angsuran, tahun=2025)
    with pytest.raises(GalatData, match="P9"):
        dasar_transaksi(angsuran=angsuran.assign(id_pinjaman="P9"), pinjaman=pinjaman, tahun=2025)
    with pytest.raises(GalatMasukan, match="Tidak ada data"):
        dasar_transaksi(tahun=2025)


# --------------------------------------------------------------------------------------------
# Pembagian per anggota
# --------------------------------------------------------------------------------------------

def test_anggota_keluar_tidak_ikut_dan_masuk_tengah_tahun_ikut(data_kecil):
    anggota, simpanan = data_kecil
    simp = dasar_simpanan(simpanan, 2025, anggota=anggota)
    trans = pd.Series({"A0001": 100, "A0002": 0, "A0003": 100, "A0004": 800})
    hasil = bagi_shu_anggota(simp, trans, jasa_modal=1_260_000, jasa_usaha=1_000_000, anggota=anggota,
                             tahun=2025)
    t = hasil.tabel.set_index("id_anggota")
    # A0004 keluar 30-06-2025, A0005 masuk 2026: tidak ikut. Simpanan yang ikut: 700+340+220 = 1.260 rb.
    assert t.index.tolist() == ["A0001", "A0002", "A0003"]
    assert t["jasa_modal"].tolist() == [700_000, 340_000, 220_000]
    assert t["jasa_usaha"].tolist() == [500_000, 0, 500_000]
    assert t.loc["A0001", "nama"] == "Siti"
    assert set(hasil.tidak_diikutkan["id_anggota"]) == {"A0004", "A0005"}
    dengan = bagi_shu_anggota(simp, trans, jasa_modal=1_360_000, jasa_usaha=1_000_000, anggota=anggota, tahun=2025,
                              sertakan_yang_keluar=True)
    assert dengan.tabel.set_index("id_anggota").loc["A0004", "jasa_modal"] == 100_000


def test_transaksi_per_unit_dengan_bobot(data_kecil):
    trans = pd.DataFrame({"toko": [100, 300, 0], "produsen": [0, 0, 50]}, index=["A1", "A2", "A3"])
    simp = pd.Series({"A1": 1, "A2": 1, "A3": 1})
    # jasa usaha 1.000.000: toko 60% = 600.000 (1:3 → 150.000/450.000), produsen 40% = 400.000 → A3.
    h = bagi_shu_anggota(simp, trans, jasa_modal=0, jasa_usaha=1_000_000, bobot_unit={"toko": 60, "produsen": 40})
    assert h.tabel["jasa_usaha"].tolist() == [150_000, 450_000, 400_000]
    assert h.tabel["transaksi_toko"].tolist() == [100, 300, 0] and h.tabel["transaksi"].tolist() == [100, 300, 50]
    # Tanpa bobot: jumlah transaksi 100 : 300 : 50.
    h = bagi_shu_anggota(simp, trans, jasa_modal=0, jasa_usaha=900_000)
    assert h.tabel["jasa_usaha"].tolist() == [200_000, 600_000, 100_000]
    with pytest.raises(GalatAturan, match="usp"):
        bagi_shu_anggota(simp, trans, jasa_modal=0, jasa_usaha=1, bobot_unit={"toko": 50, "usp": 50})


def test_pembulatan_ke_bawah_sisa_ke_cadangan():
    simp = pd.Series({"A1": 1, "A2": 1, "A3": 1})
    alok, h = hitung_shu(1_000_000, simp, simp, {"cadangan": 40, "jasa_modal": 30, "jasa_usaha": 30},
                         pembulatan="ke_bawah", kelipatan=1000)
    # 300.000/3 = 100.000 tepat → tidak ada sisa.
    assert h.total_sisa == 0
    alok, h = hitung_shu(1_000_000, simp, simp, {"cadangan": 40, "jasa_modal": 35, "jasa_usaha": 25},
                         pembulatan="ke_bawah", kelipatan=1000)
    # 350.000/3 = 116.666,67 → 116.000 ×3 = 348.000, sisa 2.000; 250.000/3 → 83.000 ×3, sisa 1.000.
    assert h.tabel["jasa_modal"].tolist() == [116_000] * 3 and h.tabel["jasa_usaha"].tolist() == [83_000] * 3
    assert h.sisa_pembulatan == {"jasa_modal": 2_000, "jasa_usaha": 1_000}
    assert dict(zip(alok["pos"], alok["jumlah"])) == {"cadangan": 403_000, "jasa_modal": 348_000, "jasa_usaha": 249_000}
    t = h.tabel_dengan_jumlah()
    assert t.iloc[-1]["id_anggota"] == "JUMLAH" and t.iloc[-1]["total"] == 597_000


@pytest.mark.parametrize("simp, trans, kata", [
    (pd.Series([1, 2], index=["A1", "A1"]), pd.Series({"A1": 1}), "ganda"),
    (pd.Series({"A1": -5, "A2": 3}), pd.Series({"A1": 1}), "negatif"),
    (pd.Series({"A1": 1.0, "A2": float("nan")}), pd.Series({"A1": 1}), "kosong"),
    (pd.Series({"A1": 0, "A2": 0}), pd.Series({"A1": 1}), "semua anggota nol"),
    (pd.Series({"A1": 1}), pd.Series({"A1": 0}), "transaksi semua anggota nol"),
    (pd.Series(dtype="int64"), pd.Series(dtype="int64"), "kosong"),
])
def test_data_buruk_ditolak_dengan_pesan_jelas(simp, trans, kata):
    with pytest.raises(GalatData, match=kata):
        bagi_shu_anggota(simp, trans, jasa_modal=1000, jasa_usaha=1000)


def test_id_bukan_anggota_dan_anggota_ganda_ditolak(data_kecil):
    anggota, _ = data_kecil
    with pytest.raises(GalatData, match="Z9"):
        bagi_shu_anggota(pd.Series({"Z9": 1}), pd.Series({"A0001": 1}), jasa_modal=1, jasa_usaha=1, anggota=anggota,
                         tahun=2025)
    with pytest.raises(GalatData, match="ganda"):
        bagi_shu_anggota(pd.Series({"A0001": 1}), pd.Series({"A0001": 1}), jasa_modal=1, jasa_usaha=1,
                         anggota=pd.concat([anggota, anggota]), tahun=2025)


def test_pos_nol_boleh_walau_dasar_nol():
    h = bagi_shu_anggota(pd.Series({"A1": 0}), pd.Series({"A1": 5}), jasa_modal=0, jasa_usaha=10)
    assert h.tabel["total"].tolist() == [10]


def test_pilihan_tidak_dikenal():
    with pytest.raises(GalatMasukan, match="pembulatan"):
        bagi_shu_anggota(pd.Series({"A1": 1}), pd.Series({"A1": 1}), jasa_modal=1, jasa_usaha=1, pembulatan="naik")
    with pytest.raises(GalatMasukan, match="Series"):
        bagi_shu_anggota([1, 2], pd.Series({"A1": 1}), jasa_modal=1, jasa_usaha=1)


# --------------------------------------------------------------------------------------------
# Jurnal, dana sosial, ekspor
# --------------------------------------------------------------------------------------------

def test_jurnal_seimbang_dan_akun_benar():
    alok = alokasi_shu(200_000_000, None)
    j = jurnal_pembagian_shu(alok, tanggal="2026-02-21", tahun=2025, no_bukti="RAT-2026-01")
    assert j["debit"].sum() == j["kredit"].sum() == 200_000_000
    kredit = j.groupby("akun")["kredit"].sum().to_dict()
    # contoh bawaan: cadangan 40% → 305; jasa modal+usaha 40% → 222; dana-dana 20% → 221; dibukukan
    # dari 308 SHU tahun lalu belum dibagi (309 sudah dipindah ke 308 pada pembukaan tahun baru).
    assert kredit == {"305": 80_000_000, "222": 80_000_000, "221": 40_000_000, "308": 0}
    assert j.loc[j["akun"] == "308", "debit"].item() == 200_000_000
    assert list(j.columns) == ["tanggal", "no_bukti", "akun", "keterangan", "debit", "kredit", "unit", "id_anggota"]
    assert (j["no_bukti"] == "RAT-2026-01").all() and str(j["debit"].dtype) == "int64"


def test_rencana_dana_sosial():
    # 10.000.000 × 70% = 7.000.000 / 150.000 = 46 paket (6.900.000), sisa 100.000;
    # 30% = 3.000.000 / 2.500.000 = 1 rumah, sisa 500.000.
    r = rencana_dana_sosial(10_000_000, pd.DataFrame({"kegiatan": ["paket sembako", "perbaikan rumah"],
                                                     "biaya_satuan": [150_000, 2_500_000], "persen": [70, 30]}))
    assert r["jumlah_unit"].tolist() == [46, 1] and r["sisa"].tolist() == [100_000, 500_000]
    assert r["anggaran"].sum() == 10_000_000
    with pytest.raises(GalatAturan):
        rencana_dana_sosial(1_000, {"a": (10, 50), "b": (10, 40)})
    with pytest.raises(GalatMasukan, match="lebih dari nol"):
        rencana_dana_sosial(1_000, {"a": (0, 100)})


def test_ekspor_excel_isi_rumus_dan_tidak_menimpa(tmp_path):
    simp = pd.Series({"A0001": 1, "A0002": 2})
    h = bagi_shu_anggota(simp, simp, jasa_modal=300_001, jasa_usaha=3_000)
    berkas = ekspor_daftar_shu(h, tmp_path / "daftar.xlsx", nama_koperasi="KSU Tunas Makmur", tahun=2025)
    wb = openpyxl.load_workbook(berkas)
    ws = wb.active
    assert "DAFTAR PEMBAGIAN SISA HASIL USAHA" in ws["A1"].value and ws["A2"].value == "KSU Tunas Makmur"
    kepala = [c.value for c in ws[5]]
    assert kepala == ["No", "No. Anggota", "Nama Anggota", "Jasa Modal (Rp)", "Jasa Usaha (Rp)",
                      "Jumlah SHU (Rp)", "Tanda Tangan"]
    assert [ws.cell(row=r, column=2).value for r in (6, 7)] == ["A0001", "A0002"]
    # 300.001 × 1/3 = 100.000,33 dan × 2/3 = 200.000,67 → 100.000 dan 200.001.
    assert [ws.cell(row=r, column=4).value for r in (6, 7)] == [100_000, 200_001]
    assert ws["A8"].value == "JUMLAH" and ws["D8"].value == "=SUM(D6:D7)" and ws["F8"].value == "=SUM(F6:F7)"
    assert ws["F6"].value == "=D6+E6" and ws["D6"].number_format == "#,##0;(#,##0)"
    with pytest.raises(GalatBerkas, match="sudah ada"):
        ekspor_daftar_shu(h, berkas, nama_koperasi="Koperasi Uji", tahun=2025)
    ekspor_daftar_shu(h, berkas, nama_koperasi="Koperasi Uji", tahun=2025, timpa=True)
    with pytest.raises(GalatBerkas, match="xlsx"):
        ekspor_daftar_shu(h, tmp_path / "daftar.csv", nama_koperasi="Koperasi Uji", tahun=2025)


def test_bobot_transaksi_pecahan_tepat():
    # toko ×1, produsen ×0,25: A1 = 400 + 0,25×0 = 400; A2 = 0 + 0,25×1.000 = 250; A3 = 100 + 0,25×1.400 = 450.
    trans = pd.DataFrame({"toko": [400, 0, 100], "produsen": [0, 1_000, 1_400]}, index=["A1", "A2", "A3"])
    simp = pd.Series({"A1": 1, "A2": 1, "A3": 1})
    h = bagi_shu_anggota(simp, trans, jasa_modal=0, jasa_usaha=1_100_000, bobot_transaksi={"toko": 1, "produsen": "0,25"})
    # Σ = 1.100 → 1.000 rupiah per satuan berbobot.
    assert h.tabel["jasa_usaha"].tolist() == [400_000, 250_000, 450_000]
    assert h.tabel["transaksi"].tolist() == [400, 250, 450]
    with pytest.raises(GalatAturan, match="daring"):
        bagi_shu_anggota(simp, trans, jasa_modal=0, jasa_usaha=1, bobot_transaksi={"daring": 1})
    with pytest.raises(GalatMasukan, match="salah satu"):
        bagi_shu_anggota(simp, trans, jasa_modal=0, jasa_usaha=1, bobot_transaksi={"toko": 1},
                         bobot_unit={"toko": 100})


def test_dasar_dari_dataset_kursus_cocok_dengan_hitungan_bebas():
    """Dasar KSU Tunas Makmur dari dataset, dibandingkan dengan hitungan langsung (groupby) di sini."""
    from kopkit import data
    from kopkit.shu import dasar_dari_dataset

    simp, trans, bobot = dasar_dari_dataset(2025)
    anggota = data.muat("anggota")
    assert simp.index.tolist() == anggota["id_anggota"].tolist() == trans.index.tolist()
    s = data.muat("simpanan")
    s = s.loc[s["jenis"].astype(str).isin(["pokok", "wajib"]) & (s["tanggal"] <= "2025-12-31")]
    bebas = (s["setor"] - s["tarik"]).groupby(s["id_anggota"]).sum()
    assert simp.loc[bebas.index].tolist() == bebas.tolist()
    toko = data.muat("penjualan_toko")
    toko = toko.loc[toko["tanggal"].dt.year == 2025].dropna(subset=["id_anggota"])
    assert int(trans["toko"].sum()) == int(toko["total"].sum())
    assert bobot == {"toko": 1, "produsen": Decimal("0.25"), "usp": 1}


def test_tabel_hasil_boleh_diubah_tanpa_mengubah_data_asli():
    simp = pd.Series({"A1": 10, "A2": 20})
    trans = pd.DataFrame({"toko": [1, 2]}, index=["A1", "A2"])
    h = bagi_shu_anggota(simp, trans, jasa_modal=100, jasa_usaha=100)
    for kolom in ["id_anggota", "nama", "simpanan", "transaksi_toko", "transaksi", "jasa_modal", "total"]:
        h.tabel.loc[0, kolom] = "X" if kolom in ("id_anggota", "nama") else 999
    assert simp.tolist() == [10, 20] and simp.index.tolist() == ["A1", "A2"]
    assert trans["toko"].tolist() == [1, 2]


def test_dana_sosial_520_paket_dan_16_rumah():
    """Contoh benih: 520 paket sembako dan 16 perbaikan rumah setelah gempa. Masukan yang kami susun:
    dana Rp100.000.000, 65% sembako @Rp125.000 → 65.000.000/125.000 = 520 tepat; 35% rumah
    @Rp2.150.000 → 35.000.000/2.150.000 = 16,28 → 16 rumah, terpakai 34.400.000, sisa 600.000."""
    r = rencana_dana_sosial(100_000_000, {"paket sembako": (125_000, 65), "perbaikan rumah": (2_150_000, 35)})
    assert r["jumlah_unit"].tolist() == [520, 16]
    assert r["terpakai"].tolist() == [65_000_000, 34_400_000] and r["sisa"].tolist() == [0, 600_000]
