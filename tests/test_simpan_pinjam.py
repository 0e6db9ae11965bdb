"""Simpan pinjam: contoh terbitan (dengan sumbernya), numpy-financial sebagai pembanding, data kursus
(PPAP = jurnal), dan masukan salah yang harus menjadi galat kit berbahasa Indonesia."""
from __future__ import annotations

import csv
from decimal import Decimal
from importlib import resources

import numpy as np
import numpy_financial as npf
import pandas as pd
import pytest

from kopkit import data
from kopkit.dasar.galat import GalatData, GalatKopkit, GalatMasukan
from kopkit.simpan_pinjam import (bagi_hasil_mudharabah, bagi_hasil_pembiayaan, batas_bmpp, batas_bunga,
                                  bunga_efektif, bunga_simpanan, cek_batas_pinjaman, cek_batas_simpanan, cek_bmpp,
                                  daftar_tagih, flat_ke_efektif, jadwal_angsuran, jadwal_banyak, jadwal_murabahah,
                                  jurnal_ppap, kelas_dari_hari, kualitas_pinjaman, rasio_npl, rekap_kolektibilitas)

# Aturan produk pinjaman KSU Tunas Makmur (deskripsi dataset 'pinjaman'): pokok angsuran dibulatkan
# ke atas ke Rp100, anuitas: angsuran dibulatkan ke atas ke Rp100; jatuh tempo paling lambat tgl 28.
ATURAN_KURSUS = dict(pembulatan={"flat": "pokok", "efektif": "pokok", "anuitas": "angsuran"}, kelipatan=100,
                     hari_maks=28)


def _aturan_csv(nama):
    teks = resources.files("kopkit.simpan_pinjam").joinpath("aturan", f"{nama}.csv").read_text(encoding="utf-8")
    return list(csv.DictReader(teks.splitlines()))


# ------------------------------------------------------------------------------------------------
# Contoh terbitan
# ------------------------------------------------------------------------------------------------

def test_flat_contoh_terbitan_kumpulanpanduan():
    # "Sistem Bunga Tetap (Flat Interest)", kumpulanpanduan.blogspot.com/2010/12/sistem-bunga-tetap-flat-interest.html:
    # Rp20 juta, 10 % per tahun, 24 bulan -> angsuran Rp1.000.000, total bunga Rp4.000.000.
    # Terbitan tidak membulatkan ke rupiah: jasa sebulan 166.666,67 dibayar Rp166.667, jadi dalam rupiah
    # bulat total jasa Rp4.000.008 dan pokok terakhir menampung sisa (833.341): angsuran terakhir
    # Rp1.000.008. Angsuran bulan 1-23 tetap Rp1.000.000 seperti terbitan.
    j = jadwal_angsuran(20_000_000, 24, "10", per="tahun", metode="flat")
    assert j["angsuran"].iloc[:-1].eq(1_000_000).all() and j["angsuran"].iat[-1] == 1_000_008
    assert int(j["jasa"].sum()) == 24 * 166_667 == 4_000_008
    assert int(j["pokok"].sum()) == 20_000_000


def test_flat_contoh_terbitan_bisnishandal():
    # "Cara Menghitung Bunga Pinjaman Koperasi", bisnishandal.com/menghitung-bunga-pinjaman-koperasi/:
    # Pak Andi Rp12.000.000, flat 5 % per tahun, 24 bulan -> bunga Rp50.000, pokok Rp500.000 per bulan.
    j = jadwal_angsuran(12_000_000, 24, "5", per="tahun", metode="flat")
    assert set(j["jasa"]) == {50_000} and set(j["pokok"]) == {500_000}


def test_flat_contoh_terbitan_yang_salah_questionai():
    # questionai.id "Menghitung Besar Angsuran Pinjaman di Fikoperasi": Rp6.000.000, 1,5 % per bulan,
    # 12 bulan; halaman itu menulis angsuran Rp507.500 (bunga SATU bulan ditambahkan ke pokok lalu
    # dibagi 12). ANGKA TERBITAN ITU SALAH: bunga flat 1,5 % per bulan dibayar setiap bulan, jadi
    # angsuran = 500.000 + 90.000 = Rp590.000.
    j = jadwal_angsuran(6_000_000, 12, "1,5", metode="flat")
    assert set(j["angsuran"]) == {590_000}
    assert 507_500 not in set(j["angsuran"])


def test_efektif_contoh_terbitan_tabel_lengkap():
    # bersamarohman.blogspot.com/2015/04 "Sistem Efektif (Bunga Menurun)": Ibu Nur, Rp5.000.000,
    # 22 % per tahun, 12 bulan, cair 24/03/2014. Seluruh tabel terbitan (pokok dibulatkan ke rupiah,
    # sisa di angsuran terakhir) harus sama persis.
    j = jadwal_angsuran(5_000_000, 12, "22", per="tahun", metode="efektif", tanggal_cair="2014-03-24")
    jasa = [91_667, 84_028, 76_389, 68_750, 61_111, 53_472, 45_833, 38_194, 30_556, 22_917, 15_278, 7_639]
    angsuran = [508_334, 500_695, 493_056, 485_417, 477_778, 470_139, 462_500, 454_861, 447_223, 439_584,
                431_945, 424_302]
    assert j["jasa"].tolist() == jasa
    assert j["angsuran"].tolist() == angsuran
    assert j["pokok"].tolist() == [416_667] * 11 + [416_663]
    assert j["sisa_pokok"].tolist()[:3] == [4_583_333, 4_166_666, 3_749_999]
    assert j["jatuh_tempo"].iat[-1] == pd.Timestamp("2015-03-24")


def test_efektif_contoh_terbitan_yang_salah_simulasi_kredit():
    # simulasi-kredit.blogspot.com/2014/12 "Cara menghitung dan perhitungan bunga": Rp50.000.000,
    # efektif 12 % per tahun, 24 bulan. Terbitan: "Total angsuran bulan ke-1 = Rp2.083.333,33 +
    # Rp500.000 = Rp2.583.000" — ANGKA ITU SALAH (penjumlahannya 2.583.333,33); bulan ke-2 bunganya
    # 479.166,67 benar.
    j = jadwal_angsuran(50_000_000, 24, "12", per="tahun", metode="efektif")
    assert j["angsuran"].iat[0] == 2_583_333 != 2_583_000
    assert j["jasa"].iat[1] == 479_167


def test_anuitas_contoh_terbitan_dan_salah_hitung_di_bulan_5():
    # Modul Matematika Umum Kelas XI KD 3.6 hlm. 22 (online.flipbuilder.com/sgkb/hgag/files/basic-html/page22.html):
    # Budi Rp5.000.000, 1 % per bulan, anuitas 10 bulan: AN = 527.910,38 dibulatkan Rp528.000.
    j = jadwal_angsuran(5_000_000, 10, "1", metode="anuitas", pembulatan="angsuran", kelipatan=1_000)
    assert j["angsuran"].iloc[:-1].eq(528_000).all()
    assert j[["pokok", "jasa", "sisa_pokok"]].iloc[:4].values.tolist() == [
        [478_000, 50_000, 4_522_000], [482_780, 45_220, 4_039_220],
        [487_608, 40_392, 3_551_612], [492_484, 35_516, 3_059_128]]
    # Bulan 5 di terbitan: sisa 2.561.720 — SALAH HITUNG: 3.059.128 − 497.409 = 2.561.719.
    # Selisih Rp1 itu terbawa ke bulan 6 terbitan (2.059.337; yang benar 2.059.336).
    assert j["pokok"].iat[4] == 497_409
    assert j["sisa_pokok"].iat[4] == 3_059_128 - 497_409 == 2_561_719
    assert j["sisa_pokok"].iat[5] == 2_059_336


def test_murabahah_contoh_terbitan_proporsional():
    # adeliaakhirta28.blogspot.com/2019/03/contoh-perhitungan-pembiayaan-murabahah.html: harga Rp100 jt,
    # uang muka Rp10 jt, pembiayaan Rp90 jt, margin Rp18 jt, 24 bulan -> angsuran Rp4.500.000,
    # margin Rp750.000, pokok Rp3.750.000 per bulan.
    j = jadwal_murabahah(90_000_000, 18_000_000, 24)
    assert set(j["angsuran"]) == {4_500_000} and set(j["margin"]) == {750_000} and set(j["pokok"]) == {3_750_000}


def test_murabahah_contoh_terbitan_yang_dibulatkan_tanpa_keterangan():
    # carlezpekuncen.blogspot.com/2024/03/contoh-transaksi-murabahah.html: harga pokok Rp20 jt, margin
    # 10 % per tahun × 3 tahun = Rp6 jt, harga jual Rp26 jt / 36 bulan; terbitan menulis Rp722.000.
    # 26.000.000 / 36 = 722.222,2: ANGKA TERBITAN TIDAK TEPAT (722.000 × 36 = 25.992.000, kurang Rp8.000).
    j = jadwal_murabahah(20_000_000, 6_000_000, 36)
    assert int(j["angsuran"].sum()) == 26_000_000
    assert set(j["angsuran"]) == {722_222, 722_223}
    assert 722_000 * 36 != 26_000_000


def test_mudharabah_contoh_terbitan_tabungan_dan_deposito():
    # scribd.com/doc/284483306 "Contoh Perhitungan Keuntungan Tabungan Mudharabah": Tn. Derani saldo
    # rata-rata Rp10 jt dari Rp10 M, pendapatan dibagihasilkan Rp40 jt, nisbah nasabah 60 % -> Rp24.000;
    # Tn. Rahman Hakim deposito Rp100 jt dari Rp10 M, pendapatan Rp500 jt, nisbah 55 % -> Rp2.750.000.
    tab = bagi_hasil_mudharabah(pd.Series({"Derani": 10_000_000, "lainnya": 9_990_000_000}), 40_000_000, "60")
    assert tab["Derani"] == 24_000 and int(tab.sum()) == 24_000_000
    dep = bagi_hasil_mudharabah(pd.Series({"Rahman": 100_000_000, "lainnya": 9_900_000_000}), 500_000_000, "55")
    assert dep["Rahman"] == 2_750_000


def test_mudharabah_contoh_terbitan_yang_salah_emodul():
    # E-Modul Akuntansi Perbankan Syariah Kelas XI hlm. 70 (online.flipbuilder.com/plee/vqxm/files/basic-html/page70.html):
    # porsi deposito 600/800 × Rp150 jt = Rp112,5 jt; bagian nasabah 40 % = Rp45 jt; Pak Alim (Rp100 jt
    # dari Rp600 jt) — terbitan menulis Rp6.999.999,72: SALAH, 100/600 × 45.000.000 = Rp7.500.000.
    deposito = bagi_hasil_mudharabah(pd.Series({"Alim": 100_000_000, "lainnya": 500_000_000}), 112_500_000, "40")
    assert int(deposito.sum()) == 45_000_000
    assert deposito["Alim"] == 7_500_000


# ------------------------------------------------------------------------------------------------
# numpy-financial sebagai pembanding
# ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("pokok,n,persen", [(10_000_000, 24, "1"), (5_000_000, 12, "1,5"), (37_500_000, 60, "1,25"),
                                            (1_000_000, 6, "2"), (48_000_000, 36, "0,9")])
def test_anuitas_sama_dengan_numpy_financial(pokok, n, persen):
    """Pembulatan 'sisa_di_akhir': angsuran = PMT dibulatkan ke rupiah (tepat); jasa tiap bulan selisih
    paling banyak Rp1 dari IPMT. Pokok tiap bulan paling banyak Rp2 dari PPMT: angsuran dibulatkan
    (≤ Rp0,50 per bulan) dan jasa dibulatkan, selisihnya terbawa ke sisa pokok. Sisa pokok sama
    dengan saldo hitungan numpy-financial (FV) dengan angsuran yang sudah dibulatkan, selisih
    ≤ Rp0,50 per bulan yang sudah lewat. Pokok terakhir menampung sisa (≤ Rp1 per bulan)."""
    r = float(Decimal(persen.replace(",", ".")) / 100)
    j = jadwal_angsuran(pokok, n, persen, metode="anuitas")
    k = np.arange(1, n + 1)
    assert (j["angsuran"].iloc[:-1] == int(np.floor(-npf.pmt(r, n, pokok) + 0.5))).all()
    assert np.abs(j["jasa"] + npf.ipmt(r, k, n, pokok)).max() <= 1
    assert np.abs(j["pokok"].iloc[:-1] + npf.ppmt(r, k, n, pokok)[:-1]).max() <= 2
    a = int(j["angsuran"].iat[0])
    saldo = -npf.fv(r, k, -a, pokok)
    assert (np.abs(j["sisa_pokok"].iloc[:-1] - saldo[:-1]) <= 0.5 * k[:-1] * (1 + r) ** k[:-1]).all()
    assert abs(j["pokok"].iat[-1] + npf.ppmt(r, n, n, pokok)) <= n
    assert int(j["pokok"].sum()) == pokok


@pytest.mark.parametrize("metode", ["efektif", "anuitas"])
def test_irr_jadwal_sama_dengan_bunganya(metode):
    for persen, r in (("1,5", 0.015), ("2", 0.02), ("1", 0.01)):
        j = jadwal_angsuran(25_000_000, 36, persen, metode=metode)
        assert bunga_efektif(j)["per_bulan"] == pytest.approx(r, abs=2e-6)


def test_flat_ke_efektif_sama_dengan_rate_dan_irr_jadwal():
    # DOMAIN.md §4: 1 % flat per bulan selama 12 bulan ≈ 1,79 % efektif per bulan.
    assert flat_ke_efektif("1", 12) == pytest.approx(npf.rate(12, -(1 / 12 + 0.01), 1, 0))
    assert round(flat_ke_efektif("1", 12) * 100, 2) == 1.79
    j = jadwal_angsuran(12_000_000, 12, "1", metode="flat")
    assert bunga_efektif(j)["per_bulan"] == pytest.approx(flat_ke_efektif("1", 12), abs=1e-9)


def test_biaya_dimuka_menaikkan_bunga_efektif():
    j = jadwal_angsuran(10_000_000, 12, "1", metode="efektif")
    tanpa, dengan = bunga_efektif(j), bunga_efektif(j, biaya_dimuka=100_000, simpanan_ditahan=200_000)
    arus = np.array([10_000_000 - 300_000, *(-j["angsuran"])], dtype=float)
    assert dengan["per_bulan"] == pytest.approx(npf.irr(arus))
    assert dengan["per_bulan"] > tanpa["per_bulan"]


def test_batas_bunga_dari_tabel_aturan_dan_cara_ukur():
    tabel = {b["jenis"]: Decimal(b["batas_persen_per_tahun"]) for b in _aturan_csv("batas_bunga_usp")}
    assert batas_bunga("pinjaman", "2025-12-31") == tabel["pinjaman"]
    assert batas_bunga("simpanan", "2025-12-31") == tabel["simpanan"]
    j = jadwal_angsuran(10_000_000, 12, "1,5", metode="flat")
    efektif = cek_batas_pinjaman(j, "2025-12-31")
    nominal = cek_batas_pinjaman(j, "2025-12-31", cara_ukur="nominal", bunga_nominal="1,5")
    assert nominal["bunga_persen"] == Decimal("18.00") and not nominal["melewati"]
    assert efektif["bunga_persen"] > tabel["pinjaman"] and efektif["melewati"]
    assert cek_batas_simpanan("9", "2025-12-31")["melewati"] is False
    assert cek_batas_simpanan("0,8", "2025-12-31", per="bulan")["melewati"] is True
    with pytest.raises(GalatKopkit, match="Tidak ada baris tabel aturan"):
        batas_bunga("pinjaman", "2020-01-01")


# ------------------------------------------------------------------------------------------------
# Data kursus
# ------------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def kursus():
    p, a = data.muat("pinjaman"), data.muat("angsuran")
    j = jadwal_banyak(p, **ATURAN_KURSUS)
    return p, a, j


def test_jadwal_sama_dengan_setiap_catatan_angsuran(kursus):
    p, a, j = kursus
    gabung = a.merge(j, on=["id_pinjaman", "angsuran_ke"], suffixes=("", "_jadwal"))
    assert len(gabung) == len(a)
    assert (gabung["pokok"] == gabung["pokok_jadwal"]).all()
    assert (gabung["jasa"] == gabung["jasa_jadwal"]).all()
    assert (gabung["jatuh_tempo"] == gabung["jatuh_tempo_jadwal"]).all()
    assert (j.groupby("id_pinjaman")["pokok"].sum() == p.set_index("id_pinjaman")["pokok"]).all()


def test_ppap_akhir_2025_sama_dengan_jurnal(kursus):
    p, a, j = kursus
    k = kualitas_pinjaman(p, a, j, "2025-12-31")
    jurnal = data.muat("jurnal_umum")
    akun119 = jurnal[jurnal["akun"] == "119"]
    saldo_akhir = int(akun119["kredit"].sum() - akun119["debit"].sum())
    assert int(k["ppap"].sum()) == saldo_akhir
    awal = int(akun119.loc[akun119["no_bukti"] == "SA-2025", "kredit"].sum())
    jp = jurnal_ppap(k, awal, "2025-12-31", no_bukti="BM-PPAP")
    tambahan = jurnal[(jurnal["akun"] == "503")]["debit"].sum()
    assert jp[["akun", "debit", "kredit"]].values.tolist() == [["503", tambahan, 0], ["119", 0, tambahan]]
    assert list(jp.columns) == ["tanggal", "no_bukti", "akun", "keterangan", "debit", "kredit", "unit"]
    assert jurnal_ppap(k, saldo_akhir, "2025-12-31", no_bukti="BM-0").empty
    kurangi = jurnal_ppap(k, saldo_akhir + 1_000, "2025-12-31", no_bukti="BM-1")
    assert kurangi[["akun", "debit", "kredit"]].values.tolist() == [["119", 1_000, 0], ["503", 0, 1_000]]


def _umur_rujukan(p, a, j, pada):
    """Hitungan kedua, per pinjaman dengan perulangan biasa: angsuran tertua yang belum dibayar."""
    pada = pd.Timestamp(pada)
    sejak = a["tanggal"].min()
    hasil = {}
    for pin in p.itertuples():
        if pin.tanggal_cair > pada:
            continue
        jd = j[j["id_pinjaman"] == pin.id_pinjaman]
        catatan = a[a["id_pinjaman"] == pin.id_pinjaman]
        bayar = catatan[catatan["tanggal"] <= pada]
        lama = set(jd.loc[jd["jatuh_tempo"] < sejak, "angsuran_ke"]) - set(catatan["angsuran_ke"])
        lunas = set(bayar["angsuran_ke"]) | lama
        sisa = pin.pokok - int(jd.loc[jd["angsuran_ke"].isin(lunas), "pokok"].sum())
        if sisa <= 0:
            continue
        belum = jd[~jd["angsuran_ke"].isin(lunas)]
        tertua = belum["jatuh_tempo"].iat[0]
        hari = max(0, (pada - tertua).days)
        hasil[pin.id_pinjaman] = (sisa, hari, int(belum.loc[belum["jatuh_tempo"] <= pada, "angsuran"].sum()))
    return hasil


@pytest.mark.parametrize("pada", ["2025-03-15", "2025-06-30", "2025-12-31"])
def test_umur_tunggakan_sama_dengan_hitungan_kedua(kursus, pada):
    p, a, j = kursus
    k = kualitas_pinjaman(p, a, j, pada)
    rujukan = _umur_rujukan(p, a, j, pada)
    assert set(k["id_pinjaman"]) == set(rujukan)
    for baris in k.itertuples():
        assert (baris.sisa_pokok, baris.hari_tunggakan, baris.jumlah_tertunggak) == rujukan[baris.id_pinjaman]


def test_kelas_ppap_npl_dari_tabel_aturan(kursus):
    p, a, j = kursus
    k = kualitas_pinjaman(p, a, j, "2025-12-31")
    aturan = [b for b in _aturan_csv("kolektibilitas") if b["skema"] == "empat_kelas"]
    for b in aturan:
        bawah = int(b["hari_min"])
        assert kelas_dari_hari(bawah, "2025-12-31") == b["kelas"]
        if b["hari_maks"]:
            assert kelas_dari_hari(int(b["hari_maks"]), "2025-12-31") == b["kelas"]
    persen = {b["kelas"]: Decimal(b["ppap_persen"]) for b in aturan}
    for baris in k.itertuples():
        assert baris.ppap == int(Decimal(baris.sisa_pokok) * persen[baris.kelas] / 100)
    rekap = rekap_kolektibilitas(k, "2025-12-31")
    assert int(rekap["sisa_pokok"].sum()) == int(k["sisa_pokok"].sum())
    bermasalah = {b["kelas"] for b in aturan if b["bermasalah"] == "true"}
    npl = Decimal(int(k.loc[k["kelas"].isin(bermasalah), "sisa_pokok"].sum())) / Decimal(int(k["sisa_pokok"].sum()))
    assert rasio_npl(k, "2025-12-31") == npl
    tagih = daftar_tagih(k, data.muat("anggota"))
    assert (tagih["hari_tunggakan"] > 0).all() and tagih["hari_tunggakan"].is_monotonic_decreasing
    assert "nama" in tagih.columns


def test_lima_kelas_ada_dalam_perhatian_khusus(kursus):
    p, a, j = kursus
    k = kualitas_pinjaman(p, a, j, "2025-12-31", skema="lima_kelas")
    assert set(k.loc[(k["hari_tunggakan"] >= 1) & (k["hari_tunggakan"] <= 90), "kelas"]) <= {"dalam_perhatian_khusus"}


def test_angsuran_tidak_berurutan_dan_kembar(kursus):
    p, a, j = kursus
    # Hapus satu pembayaran di tengah: angsuran itu menjadi yang tertua belum dibayar, walau yang
    # sesudahnya sudah dibayar.
    pj = "PJ0082"
    catatan = a[a["id_pinjaman"] == pj].sort_values("angsuran_ke")
    hilang = catatan.iloc[2]
    a2 = a.drop(index=hilang.name)
    k = kualitas_pinjaman(p, a2, j, "2025-12-31").set_index("id_pinjaman").loc[pj]
    assert k["angsuran_berikut"] == hilang["angsuran_ke"]
    assert k["hari_tunggakan"] == (pd.Timestamp("2025-12-31") - hilang["jatuh_tempo"]).days
    asli = kualitas_pinjaman(p, a, j, "2025-12-31").set_index("id_pinjaman")
    assert k["sisa_pokok"] == asli.loc[pj, "sisa_pokok"] + hilang["pokok"]
    assert rujukan_sama(p, a2, j, "2025-12-31")
    with pytest.raises(GalatData, match="lebih dari sekali"):
        kualitas_pinjaman(p, pd.concat([a, a.iloc[[5]]], ignore_index=True), j, "2025-12-31")


def rujukan_sama(p, a, j, pada):
    k = kualitas_pinjaman(p, a, j, pada)
    rujukan = _umur_rujukan(p, a, j, pada)
    return set(k["id_pinjaman"]) == set(rujukan) and all(
        (b.sisa_pokok, b.hari_tunggakan, b.jumlah_tertunggak) == rujukan[b.id_pinjaman] for b in k.itertuples())


def test_tanggal_di_luar_data_dan_jadwal_salah_adalah_galat(kursus):
    p, a, j = kursus
    with pytest.raises(GalatData, match="tidak ada datanya"):
        kualitas_pinjaman(p, a, j, "2026-01-15")
    with pytest.raises(GalatData, match="tidak ada datanya"):
        kualitas_pinjaman(p, a, j, "2024-12-31")
    with pytest.raises(GalatData, match="hari_maks"):
        kualitas_pinjaman(p, a, jadwal_banyak(p, pembulatan=ATURAN_KURSUS["pembulatan"], kelipatan=100), "2025-12-31")
    with pytest.raises(GalatData, match="tidak cocok dengan jadwal"):
        kualitas_pinjaman(p, a, jadwal_banyak(p, hari_maks=28), "2025-12-31")
    with pytest.raises(GalatData, match="2026-03"):
        bunga_simpanan(data.muat("simpanan"), "2026-03", "3", metode="saldo_harian")


# ------------------------------------------------------------------------------------------------
# BMPP dan simpanan
# ------------------------------------------------------------------------------------------------

def test_bmpp_dari_tabel_aturan():
    tabel = {b["golongan"]: Decimal(b["batas_persen_modal_sendiri"]) for b in _aturan_csv("bmpp")}
    modal = 1_234_567_891
    batas = batas_bmpp(modal, "2025-12-31")
    assert batas == {g: int(Decimal(modal) * persen / 100) for g, persen in tabel.items()}
    pinj = pd.DataFrame({"id_anggota": ["A1", "A2"], "pokok": [batas["orang_dalam"] + 1, batas["orang_dalam"] + 1]})
    hasil = cek_bmpp(pinj, modal, "2025-12-31", orang_dalam=["A1"]).set_index("id_anggota")
    assert hasil.loc["A1", "melebihi"] and hasil.loc["A1", "kelebihan"] == 1
    assert not hasil.loc["A2", "melebihi"]


def test_bunga_simpanan_tiga_cara_dihitung_ulang():
    s = data.muat("simpanan")
    suk = s[s["jenis"] == "sukarela"]
    a0 = suk["id_anggota"].value_counts().index[0]
    baris = suk[suk["id_anggota"] == a0]
    saldo = []
    for hari in pd.date_range("2025-03-01", "2025-03-31"):
        b = baris[baris["tanggal"] <= hari]
        saldo.append(int(b["setor"].sum() - b["tarik"].sum()))
    hasil = {m: int(bunga_simpanan(s, "2025-03", "3", metode=m)[a0])
             for m in ("saldo_terendah", "saldo_rata_rata", "saldo_harian")}
    assert hasil["saldo_terendah"] == min(saldo) * 3 // 1200
    assert hasil["saldo_rata_rata"] == sum(saldo) * 3 // (1200 * 31)
    assert hasil["saldo_harian"] == sum(saldo) * 3 // (100 * 365)


def test_bagi_hasil_pembiayaan_dan_murabahah_anuitas():
    assert bagi_hasil_pembiayaan(1_000_001, "35") == {"koperasi": 350_000, "pengelola": 650_001}
    j = jadwal_murabahah(90_000_000, 18_000_000, 24, pengakuan="anuitas")
    i = npf.irr(np.array([-90_000_000, *j["angsuran"]], dtype=float))
    assert abs(j["margin"].iat[0] - 90_000_000 * i) <= 1
    assert j["margin"].is_monotonic_decreasing
    assert int(j["margin"].sum()) == 18_000_000 and int(j["pokok"].sum()) == 90_000_000


# ------------------------------------------------------------------------------------------------
# Masukan salah: galat kit berbahasa Indonesia
# ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("argumen,cocok", [
    (dict(metode="bulanan"), "Metode 'bulanan' tidak dikenal"),
    (dict(bunga="0,015"), "sangat kecil"),
    (dict(bunga="abc"), "bukan"),
    (dict(bunga="-1"), "negatif"),
    (dict(tenor_bulan=0), "tenor_bulan"),
    (dict(masa_tenggang=12), "Masa tenggang"),
    (dict(metode="anuitas", pembulatan="pokok", kelipatan=100), "Anuitas"),
    (dict(pembulatan="angsuran", kelipatan=0), "Kelipatan"),
    (dict(pembulatan="sisa_di_akhir", kelipatan=100), "kelipatan tidak dipakai"),
    (dict(pokok="1.000.000,50"), "pecahan rupiah"),
    (dict(per="minggu"), "Satuan bunga"),
])
def test_masukan_salah_jadwal(argumen, cocok):
    dasar = dict(pokok=1_000_000, tenor_bulan=12, bunga="1,5", metode="flat")
    dasar.update(argumen)
    pokok, tenor, bunga = dasar.pop("pokok"), dasar.pop("tenor_bulan"), dasar.pop("bunga")
    with pytest.raises(GalatMasukan, match=cocok) as info:
        jadwal_angsuran(pokok, tenor, bunga, **dasar)
    assert "Cara memperbaiki" in str(info.value)


def test_masukan_salah_lainnya():
    with pytest.raises(GalatMasukan, match="Nisbah"):
        bagi_hasil_mudharabah(pd.Series({"A": 1}), 1000, "120")
    with pytest.raises(GalatMasukan, match="kerugian"):
        bagi_hasil_mudharabah(pd.Series({"A": 1}), -1000, "60")
    with pytest.raises(GalatMasukan, match="Margin lebih besar"):
        jadwal_murabahah(1_000_000, 1_000_001, 12)
    with pytest.raises(GalatMasukan, match="pengakuan"):
        jadwal_murabahah(1_000_000, 100_000, 12, pengakuan="flat")
    with pytest.raises(GalatMasukan, match="Modal sendiri"):
        batas_bmpp(0, "2025-12-31")
    with pytest.raises(GalatMasukan, match="habis memakan pokok"):
        bunga_efektif(jadwal_angsuran(1_000_000, 2, "1", metode="flat"), biaya_dimuka=1_000_000)
    with pytest.raises(GalatMasukan, match="baris 3"):
        jadwal_banyak(pd.DataFrame({"pokok": [1_000_000, 0], "tenor_bulan": [12, 12], "bunga": ["1", "1"],
                                    "metode": ["flat", "flat"]}))


def test_jadwal_diacak_dan_nomor_teks_hasilnya_sama(kursus):
    p, a, j = kursus
    acak = j.sample(frac=1, random_state=3).astype({"id_pinjaman": "str"})
    pd.testing.assert_frame_equal(kualitas_pinjaman(p, a, acak, "2025-09-30"), kualitas_pinjaman(p, a, j, "2025-09-30"))
