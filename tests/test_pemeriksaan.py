"""Pemeriksaan bernama (issue 9): setiap kode dapat dicapai, kode unik, masalah sebagai data.

Untuk setiap kode ada satu data rusak sekecil mungkin yang memicu TEPAT kode itu (data bersih tidak
memicu apa pun): bagan akun (A0xx), jurnal (J1xx) dan folder data RAT (P0xx). Setiap masalah
membawa kode dan saran, dan baris bila masalahnya menyangkut satu baris.
"""
from __future__ import annotations

import copy
import re
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from kopkit import buku, data, rat
from kopkit.buku import validasi
from kopkit.dasar.galat import GalatData, GalatMasukan, Masalah, tabel_masalah, tabel_pemeriksaan
from kopkit.rat import periksa as rat_periksa

KIT = Path(__file__).resolve().parents[1] / "kopkit"
SEMUA = (buku.PRASYARAT_AKUN + buku.PEMERIKSAAN_AKUN + buku.PRASYARAT_JURNAL + buku.PEMERIKSAAN_JURNAL
         + rat.PEMERIKSAAN_RAT)
#: Kode yang masalahnya menyangkut keseluruhan tabel/lembar, bukan satu baris.
TANPA_BARIS = {"A001", "A002", "A007", "J101", "P003", "P008", "P009", "P012", "P013"}


# --------------------------------------------------------------------------------- bagan akun
def _akun_ubah(ubah):
    a = data.muat("akun").astype(object)
    return ubah(a)


def _set(a, kode, kolom, nilai):
    a.loc[a["kode"] == kode, kolom] = nilai
    return a


KASUS_AKUN = {
    "A001": lambda: "akun.csv",
    "A002": lambda: _akun_ubah(lambda a: a.drop(columns="jenis")),
    "A003": lambda: _akun_ubah(lambda a: _set(a, "122", "kode", "121")),
    "A004": lambda: _akun_ubah(lambda a: _set(a, "122", "jenis", "harta")),
    "A005": lambda: _akun_ubah(lambda a: _set(a, "122", "saldo_normal", "kiri")),
    "A006": lambda: _akun_ubah(lambda a: _set(a, "122", "peran", "kas_kecil")),
    "A007": lambda: _akun_ubah(lambda a: _set(a, "301", "peran", "shu_berjalan")),
}


def test_bagan_kit_bersih():
    assert validasi.validasi_akun(data.muat("akun")) == []


@pytest.mark.parametrize("kode", sorted(KASUS_AKUN))
def test_setiap_kode_bagan_dapat_dicapai(kode):
    masalah = validasi.validasi_akun(KASUS_AKUN[kode]())
    assert {m.kode for m in masalah} == {kode}
    _lengkap(masalah)


def test_peran_salah_kedua_macam_satu_kode_urut_baris():
    """A006 mencakup peran tak dikenal dan peran untuk jenis lain, urut baris seperti sebelumnya."""
    a = _set(_set(data.muat("akun").astype(object), "122", "peran", "kas_kecil"), "101", "peran", "beban_pajak")
    masalah = validasi.validasi_akun(a)
    pos = {k: int(i) + 2 for i, k in enumerate(a["kode"])}
    assert [(m.kode, m.baris) for m in masalah] == [("A006", pos["101"]), ("A006", pos["122"])]
    assert "hanya untuk akun beban" in masalah[0].pesan and "tidak dikenal" in masalah[1].pesan


# --------------------------------------------------------------------------------- jurnal
AKUN = data.muat("akun")


def _jurnal() -> pd.DataFrame:
    """Dua bukti sehat tahun 2025."""
    t = pd.Timestamp
    return pd.DataFrame([
        (t("2025-01-02"), "B1", "101", "Setoran simpanan pokok", 100_000, 0),
        (t("2025-01-02"), "B1", "301", "Setoran simpanan pokok", 0, 100_000),
        (t("2025-02-03"), "B2", "522", "Beli alat tulis", 25_000, 0),
        (t("2025-02-03"), "B2", "101", "Beli alat tulis", 0, 25_000),
    ], columns=validasi.KOLOM_JURNAL)


def _ubah(**sel):
    """Jurnal dengan sel diganti: ``kolom=[(posisi, nilai), ...]``; kolom ``tambah`` = baris baru."""
    j = _jurnal().astype({"debit": object, "kredit": object})
    for baris in sel.pop("tambah", []):
        j.loc[len(j)] = baris
    for kolom, isian in sel.items():
        if kolom == "tanggal" and any(isinstance(v, str) for _, v in isian):
            j["tanggal"] = j["tanggal"].dt.strftime("%d/%m/%Y").astype(object)
        for pos, nilai in isian:
            j.loc[pos, kolom] = nilai
    return j


TGL = pd.Timestamp("2025-01-02")
KASUS_JURNAL = {
    "J101": lambda: [1, 2],
    "J102": lambda: _jurnal().drop(columns="debit"),
    "J103": lambda: _ubah(tanggal=[(0, "32/13/2025")]),
    "J104": lambda: _ubah(debit=[(0, "seratus ribu")]),
    "J105": lambda: _ubah(tanggal=[(0, pd.NaT)]),
    "J106": lambda: _ubah(tanggal=[(2, pd.Timestamp("2024-12-30")), (3, pd.Timestamp("2024-12-30"))]),
    "J107": lambda: _ubah(no_bukti=[(2, ""), (3, None)]),          # seluruh bukti tanpa nomor
    "J108": lambda: _ubah(akun=[(2, "")]),
    "J109": lambda: _ubah(akun=[(2, "3020")]),
    "J110": lambda: _ubah(akun=[(2, "5")]),                          # akun induk Beban
    "J111": lambda: _ubah(keterangan=[(2, " ")]),
    "J112": lambda: _ubah(tambah=[(TGL, "B1", "101", "Jumlah", 100_000, 0)]),
    "J113": lambda: _ubah(debit=[(2, -25_000)], kredit=[(3, -25_000)]),
    "J114": lambda: _ubah(tambah=[(TGL, "B3", "101", "Pindah kas", 5_000, 5_000)]),
    "J115": lambda: _ubah(tambah=[(TGL, "B1", "101", "Baris kosong", 0, 0)]),
    "J116": lambda: _ubah(kredit=[(3, 2_500)]),
    "J117": lambda: _ubah(tanggal=[(3, pd.Timestamp("2025-02-04"))]),
}


def test_jurnal_bersih():
    assert validasi.validasi_jurnal(_jurnal(), AKUN, 2025) == []


@pytest.mark.parametrize("kode", sorted(KASUS_JURNAL))
def test_setiap_kode_jurnal_dapat_dicapai(kode):
    masalah = validasi.validasi_jurnal(KASUS_JURNAL[kode](), AKUN, 2025)
    assert {m.kode for m in masalah} == {kode}
    _lengkap(masalah)


def test_semua_kode_punya_kasus():
    assert set(KASUS_AKUN) | set(KASUS_JURNAL) | set(KASUS_RAT) == {c.kode for c in SEMUA}


def test_bagan_rusak_memakai_kode_bagan_dalam_validasi_jurnal():
    masalah = validasi.validasi_jurnal(_jurnal(), KASUS_AKUN["A004"](), 2025)
    assert [m.kode for m in masalah] == ["A004"]


def test_galat_periksa_jurnal_menyimpan_masalah_berkode():
    j = _ubah(akun=[(0, "3020")], kredit=[(3, 2_500)], keterangan=[(2, "")])
    harapan = validasi.validasi_jurnal(j, AKUN, 2025)
    with pytest.raises(GalatData) as info:
        buku.periksa_jurnal(j, AKUN, 2025)
    assert info.value.masalah == harapan
    assert [m.kode for m in info.value.masalah] == ["J109", "J111", "J116"]
    assert [m.baris for m in info.value.masalah if m.kode == "J116"] == [4]  # baris pertama bukti B2
    tabel = tabel_masalah(info.value.masalah)
    assert tabel["kode"].value_counts().to_dict() == {"J109": 1, "J111": 1, "J116": 1}


def test_sebagian_pemeriksaan():
    j = _ubah(akun=[(0, "3020")], kredit=[(3, 2_500)])
    semua = validasi.validasi_jurnal(j, AKUN, 2025)
    for pilihan in (["J116"], ["cek_bukti_tidak_seimbang"], [validasi.cek_bukti_tidak_seimbang]):
        assert validasi.validasi_jurnal(j, AKUN, 2025, pemeriksaan=pilihan) == [m for m in semua if m.kode == "J116"]
    assert validasi.validasi_akun(KASUS_AKUN["A003"](), pemeriksaan=["A004"]) == []
    with pytest.raises(GalatMasukan, match="'J999' tidak dikenal"):
        validasi.validasi_jurnal(j, AKUN, 2025, pemeriksaan=["J999"])
    with pytest.raises(GalatMasukan, match="tidak dikenal"):  # kode bagan bukan pemeriksaan jurnal
        validasi.validasi_jurnal(j, AKUN, 2025, pemeriksaan=["A003"])


def test_konteks_dipakai_sendiri():
    k = buku.konteks_jurnal(KASUS_JURNAL["J116"](), AKUN, 2025)
    assert [m.kode for m in validasi.cek_bukti_tidak_seimbang(k)] == ["J116"]
    assert validasi.cek_tanggal_kosong(k) == []
    with pytest.raises(GalatData, match="kolom debit"):
        buku.konteks_jurnal(KASUS_JURNAL["J102"](), AKUN)


# --------------------------------------------------------------------------------- RAT
@pytest.fixture(scope="module")
def data_rat(tmp_path_factory):
    from test_rat import _folder_kecil  # folder kecil yang sama dengan uji RAT

    folder = _folder_kecil(tmp_path_factory.mktemp("kecil"))
    hasil, masalah = rat.baca_folder(folder)
    assert masalah == []
    return hasil


def _rat(asal, ubah):
    d = copy.deepcopy(asal)
    ubah(d.tabel)
    return d


def _dobel(T, lembar, pos=0):
    T[lembar] = pd.concat([T[lembar], T[lembar].iloc[[pos]]], ignore_index=True)


def _sel(T, lembar, pos, kolom, nilai):
    T[lembar].loc[pos, kolom] = nilai


KASUS_RAT = {
    "P001": lambda T: _dobel(T, "Anggota"),
    "P002": lambda T: _dobel(T, "Bagan Akun", int((T["Bagan Akun"]["kode"] == "122").idxmax())),
    "P003": lambda T: T.update({"Bagan Akun": T["Bagan Akun"].drop(columns="baris_berkas")}),
    "P004": lambda T: _dobel(T, "Pinjaman"),
    "P005": lambda T: _sel(T, "Transaksi Anggota", 1, "id_anggota", "A9"),
    "P006": lambda T: _sel(T, "Jurnal Umum", 7, "akun", "599"),
    "P007": lambda T: _sel(T, "Jurnal Umum", 6, "kredit", 70_000),
    "P008": lambda T: _sel(T, "Saldo Awal", 0, "debit", 10_000_001),
    "P009": lambda T: T.update({"Saldo Awal": T["Saldo Awal"].iloc[0:0]}),
    "P010": lambda T: [_sel(T, "Jurnal Umum", p, "tanggal", pd.Timestamp("2024-12-30")) for p in (7, 8)],
    "P011": lambda T: _sel(T, "Angsuran", 0, "id_pinjaman", "PJ9"),
    "P012": lambda T: _sel(T, "Aturan SHU", 3, "persen", 15),
    "P013": lambda T: T.update({"Aturan SHU": T["Aturan SHU"].iloc[0:0]}),
    "P014": lambda T: _sel(T, "Dasar SHU", 0, "sumber", "simpanan_khusus"),
}


def test_data_rat_bersih(data_rat):
    assert rat.periksa_data(data_rat) == []


@pytest.mark.parametrize("kode", sorted(KASUS_RAT))
def test_setiap_kode_rat_dapat_dicapai(data_rat, kode):
    masalah = rat.periksa_data(_rat(data_rat, KASUS_RAT[kode]))
    assert {m.kode for m in masalah} == {kode}
    _lengkap(masalah)


def test_periksa_data_bukan_data_rat():
    with pytest.raises(GalatMasukan, match="harus hasil baca_folder"):
        rat.periksa_data({"Anggota": pd.DataFrame()})


def test_akun_judul_di_jurnal_rat_juga_p006(data_rat):
    masalah = rat.periksa_data(_rat(data_rat, lambda T: _sel(T, "Jurnal Umum", 7, "akun", "5")))
    assert [(m.kode, m.baris) for m in masalah] == [("P006", 9)] and "judul kelompok" in masalah[0].pesan


def test_peran_salah_di_rat_berkode_bagan_dan_berbaris(data_rat):
    akun = data_rat.tabel["Bagan Akun"]
    pos = int((akun["kode"] == "122").idxmax())
    masalah = rat.periksa_data(_rat(data_rat, lambda T: _sel(T, "Bagan Akun", pos, "peran", "kas_kecil")))
    assert [(m.kode, m.lembar, m.baris) for m in masalah] == [("A006", "Bagan Akun", int(akun["baris_berkas"].iat[pos]))]


def test_lembar_masalah_excel_menulis_kode(data_rat, tmp_path):
    masalah = rat.periksa_data(_rat(data_rat, lambda T: (KASUS_RAT["P007"](T), KASUS_RAT["P011"](T))))
    berkas = rat.tulis_masalah_excel(tabel_masalah(masalah), tmp_path)
    ws = openpyxl.load_workbook(berkas)["Masalah"]
    baris = [[c.value for c in r] for r in ws.iter_rows()]
    assert baris[0][:3] == ["No", "Kode", "Lembar"]
    assert [(r[1], r[2]) for r in baris[1:]] == [("P007", "Jurnal Umum"), ("P011", "Angsuran")]


# --------------------------------------------------------------------------------- kode
def _lengkap(masalah: list[Masalah]) -> None:
    assert masalah
    for m in masalah:
        assert m.kode and m.saran, m
        if m.kode not in TANPA_BARIS:
            assert m.baris is not None, m


def test_kode_unik_dan_tidak_bertabrakan_dengan_kode_lain_kit():
    kode = [c.kode for c in SEMUA]
    assert len(kode) == len(set(kode)) and all(re.fullmatch(r"[AJP]\d{3}", k) for k in kode)
    assert len({c.__name__ for c in SEMUA}) == len(SEMUA)
    # kode yang ditulis langsung di tempat lain (R0xx pembaca berkas, J001 impor jurnal) bukan kode pemeriksaan
    pemilik = {KIT / "buku" / "validasi.py", KIT / "buku" / "peran.py", KIT / "rat" / "periksa.py"}
    lain = {k for p in KIT.rglob("*.py") if p not in pemilik
            for baris in p.read_text(encoding="utf-8").splitlines() if ">>>" not in baris  # contoh doctest
            for k in re.findall(r"""kode=["']([A-Z]\d{3})["']""", baris)}
    assert lain and not lain & set(kode)


def test_setiap_pemeriksaan_berdokumen_dan_tercantum_di_tabel_docstring():
    for modul, daftar in ((validasi, buku.PRASYARAT_AKUN + buku.PEMERIKSAAN_AKUN + buku.PRASYARAT_JURNAL
                           + buku.PEMERIKSAAN_JURNAL), (rat_periksa, rat.PEMERIKSAAN_RAT)):
        tabel = tabel_pemeriksaan(daftar)
        assert (tabel["arti"].str.len() > 5).all()
        for kode, nama in zip(tabel["kode"], tabel["pemeriksaan"]):
            assert re.search(rf"^{kode}  {nama} ", modul.__doc__, re.M), (kode, nama)
        assert len(re.findall(r"^[AJP]\d{3}  cek_", modul.__doc__, re.M)) == len(daftar)
    assert buku.daftar_pemeriksaan()["kode"].tolist() == [c.kode for c in SEMUA[:-len(rat.PEMERIKSAAN_RAT)]]
