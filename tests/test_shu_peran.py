"""Setiap pos SHU punya peran (jasa modal, jasa usaha, cadangan, dana); tidak ada pos yang
dialokasikan tetapi tidak dibayarkan kepada siapa pun (issue 10, "no silent wrong result").

Di main sebelum perubahan ini ``hitung_shu`` mengambil ``pos.get("jasa_modal", 0)``: aturan yang
menulis "Jasa Modal" atau "jasa simpanan" membuat anggota mendapat Rp0 tanpa peringatan.
"""
from __future__ import annotations

from decimal import Decimal

import pandas as pd
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from kopkit.dasar.aturan import muat_aturan
from kopkit.dasar.galat import GalatAturan
from kopkit.shu import alokasi_shu, hitung_shu, jurnal_pembagian_shu, peran_pos_shu


def _soal_bangau_hitam():
    """Soal 1 "Soal koperasi" (pembahasan Quipper), id.scribd.com/document/401349458: SHU Rp40 juta,
    total simpanan Rp60 juta, penjualan Rp100 juta; anggota X simpanan Rp3 juta, belanja Rp1 juta.
    Jawaban buku: jasa modal Rp500.000, jasa usaha Rp120.000, jumlah Rp620.000."""
    simp = pd.Series({"X": 3_000_000, "LAIN": 57_000_000})
    trans = pd.Series({"X": 1_000_000, "LAIN": 99_000_000})
    return simp, trans


def test_nama_pos_buku_pelajaran_dibagikan_kepada_anggota():
    aturan = {"Jasa Modal": 25, "jasa transaksi": 30, "Dana Pengurus": 10, "Dana Sosial": 10,
              "Dana Pendidikan": 15, "Dana Cadangan": 10}
    simp, trans = _soal_bangau_hitam()
    alok, hasil = hitung_shu(40_000_000, simp, trans, aturan)
    x = hasil.tabel.set_index("id_anggota").loc["X"]
    assert (x["jasa_modal"], x["jasa_usaha"], x["total"]) == (500_000, 120_000, 620_000)
    assert hasil.jumlah["jasa_modal"] == 10_000_000 and hasil.jumlah["jasa_usaha"] == 12_000_000
    assert int(alok["jumlah"].sum()) == 40_000_000


def test_jasa_simpanan_adalah_jasa_modal():
    """Ekonomi Kelas 11 Kurikulum Merdeka, Lembar Aktivitas 8 (adjar.grid.id/amp/543575389): "jasa
    simpanan 40%" dari SHU Rp90 juta = Rp36 juta dibagi menurut simpanan."""
    simp = pd.Series({"HERI": 6_500_000, "LAIN": 71_500_000})
    trans = pd.Series({"HERI": 1_500_000, "LAIN": 100_500_000})
    _, hasil = hitung_shu(90_000_000, simp, trans, {"jasa simpanan": 40, "Jasa Usaha": 30, "cadangan": 20,
                                                    "dana pendidikan": 10})
    # 6,5/78 × 36.000.000 = 3.000.000 tepat (jawaban sumber).
    assert hasil.tabel.set_index("id_anggota").loc["HERI", "jasa_modal"] == 3_000_000


def test_jasa_anggota_harus_dipecah():
    simp, trans = _soal_bangau_hitam()
    with pytest.raises(GalatAturan) as info:
        hitung_shu(40_000_000, simp, trans, {"cadangan": 40, "jasa anggota": 40, "dana sosial": 20})
    pesan = str(info.value)
    assert "'jasa anggota'" in pesan and "Pecah menjadi dua baris, jasa_modal dan jasa_usaha" in pesan


def test_pos_tanpa_peran_adalah_galat_yang_menyebut_pos_dan_cara_memperbaiki():
    simp, trans = _soal_bangau_hitam()
    aturan = {"cadangan": 40, "jasa_modal": 30, "bonus_rat": 30}
    for fungsi in (lambda: alokasi_shu(1_000_000, aturan), lambda: hitung_shu(1_000_000, simp, trans, aturan)):
        with pytest.raises(GalatAturan) as info:
            fungsi()
        assert "Pos 'bonus_rat' tidak dikenali" in str(info.value)
        assert "kolom peran" in str(info.value) and info.value.pesan.startswith("Aturan pembagian SHU tidak sah")
    # Dengan peran yang disebut, pos itu dibagi menurut transaksi.
    _, hasil = hitung_shu(1_000_000, simp, trans, aturan, peran={"bonus_rat": "jasa_usaha"})
    assert hasil.jumlah["jasa_usaha"] == 300_000
    with pytest.raises(GalatAturan, match="Peran 'bonus' untuk pos 'bonus_rat' tidak dikenal"):
        hitung_shu(1_000_000, simp, trans, aturan, peran={"bonus_rat": "bonus"})


def test_kolom_peran_di_tabel_aturan():
    simp, trans = _soal_bangau_hitam()
    tabel = pd.DataFrame({"pos": ["Cadangan Umum", "Bagian simpanan", "Bagian belanja"],
                          "persen": ["50", "25", "25"], "peran": ["cadangan", "jasa modal", "jasa_usaha"]})
    assert peran_pos_shu(tabel)["peran"].tolist() == ["cadangan", "jasa_modal", "jasa_usaha"]
    alok, hasil = hitung_shu(1_000_000, simp, trans, tabel, pembulatan="ke_bawah", kelipatan=1000)
    # Sisa pembulatan masuk ke pos berperan cadangan (namanya bukan "cadangan"), jumlah tetap tepat.
    assert "cadangan" not in alok["pos"].tolist()
    assert int(alok["jumlah"].sum()) == 1_000_000
    cad = int(alok.set_index("pos").loc["Cadangan Umum", "jumlah"])
    assert cad == 500_000 + hasil.total_sisa and hasil.total_sisa > 0
    assert int(hasil.tabel["total"].sum()) + cad == 1_000_000


def test_setelah_cadangan_memakai_pos_berperan_cadangan():
    # Pasal 45 ayat 2: cadangan dari SHU total, pos lain membagi sisanya. Nama pos "Dana Cadangan".
    alok = alokasi_shu(1_000_000, {"Dana Cadangan": 40, "Jasa Modal": 60, "Jasa Usaha": 40},
                       dasar="setelah_cadangan")
    assert alok["jumlah"].tolist() == [400_000, 360_000, 240_000]


def test_sisa_pembulatan_tidak_boleh_ke_pos_jasa():
    simp, trans = _soal_bangau_hitam()
    with pytest.raises(GalatAturan, match="Sisa pembulatan tidak boleh masuk pos 'Jasa Modal'"):
        hitung_shu(1_000_001, simp, trans, {"Jasa Modal": 50, "cadangan": 50}, pembulatan="ke_bawah",
                   pos_sisa="Jasa Modal")


def test_jurnal_memakai_akun_menurut_peran():
    alok = alokasi_shu(1_000, {"Dana Cadangan": 40, "Jasa Modal": 30, "Dana Sosial": 30})
    j = jurnal_pembagian_shu(alok, tanggal="22/02/2026", tahun=2025)
    assert j[["akun", "kredit"]].values.tolist()[1:] == [["305", 400], ["222", 300], ["221", 300]]
    with pytest.raises(GalatAturan, match="Pos 'hadiah' tidak dikenali"):
        jurnal_pembagian_shu(pd.DataFrame({"pos": ["cadangan", "hadiah"], "persen": [50, 50], "jumlah": [5, 5]}),
                             tanggal="22/02/2026", tahun=2025)


# --------------------------------------------------------------------------------------------
# Sifat: SHU anggota + dana + cadangan = SHU, untuk aturan sah apa pun (nama pos dari tabel sinonim)
# --------------------------------------------------------------------------------------------

_TABEL = muat_aturan("peran_pos_shu")
_NAMA_PER_PERAN = {r: sorted(_TABEL.loc[(_TABEL["peran"] == r) & (_TABEL["cara"] == "sama"), "nama"])
                   for r in ("jasa_modal", "jasa_usaha", "cadangan")}
_NAMA_PER_PERAN["dana"] = ["dana pengurus", "dana karyawan", "dana_pendidikan", "Dana Sosial",
                           "dana pembangunan daerah kerja"]


def _tulis(nama: str, gaya: int) -> str:
    return [nama, nama.replace(" ", "_"), nama.title(), nama.upper()][gaya]


@st.composite
def aturan_berperan(draw):
    peran = draw(st.lists(st.sampled_from(["jasa_modal", "jasa_usaha", "cadangan", "dana"]), min_size=1, max_size=7))
    pos, dipakai = [], set()
    for r in peran:
        nama = _tulis(draw(st.sampled_from(_NAMA_PER_PERAN[r])), draw(st.integers(0, 3)))
        assume(nama.lower().replace("_", " ") not in dipakai)
        dipakai.add(nama.lower().replace("_", " "))
        pos.append(nama)
    potong = sorted(draw(st.lists(st.integers(0, 10_000), min_size=len(pos) - 1, max_size=len(pos) - 1)))
    batas = [0, *potong, 10_000]
    persen = [Decimal(b - a) / 100 for a, b in zip(batas, batas[1:])]
    return dict(zip(pos, persen)), dict(zip(pos, peran))


@st.composite
def aturan_nama_bebas(draw):
    """Nama pos bebas (tidak dikenali) dengan peran yang disebut lewat argumen peran=."""
    aturan, peran = draw(aturan_berperan())
    ganti = {p: f"pos_{i}_{draw(st.sampled_from(['x', 'bagian', 'alokasi']))}" for i, p in enumerate(aturan)}
    return {ganti[p]: v for p, v in aturan.items()}, {ganti[p]: r for p, r in peran.items()}


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 10**12), aturan_nama_bebas(), st.sampled_from(["sisa_terbesar", "ke_bawah"]))
def test_peran_lewat_argumen_sama_dengan_nama_dikenal(shu, aturan_peran, pembulatan):
    aturan, peran = aturan_peran
    simp = pd.Series({"A1": 3, "A2": 5, "A3": 0})
    trans = pd.Series({"A1": 7, "A2": 0, "A3": 11})
    alok, hasil = hitung_shu(shu, simp, trans, aturan, peran=peran, pembulatan=pembulatan)
    ditahan = sum(int(j) for p, j in zip(alok["pos"], alok["jumlah"]) if peran.get(p, "dana") in ("dana", "cadangan"))
    assert int(hasil.tabel["total"].sum()) + ditahan == shu
    # Sama dengan aturan yang memakai nama baku untuk peran yang sama (dijumlahkan per peran).
    per_peran: dict = {}
    for p, v in aturan.items():
        per_peran[peran[p]] = per_peran.get(peran[p], 0) + v
    baku = {"jasa_modal": "jasa_modal", "jasa_usaha": "jasa_usaha", "cadangan": "cadangan", "dana": "dana_lain"}
    alok_baku = alokasi_shu(shu, {baku[r]: v for r, v in per_peran.items()})
    for r in ("jasa_modal", "jasa_usaha"):
        pool = sum(int(j) for p, j in zip(alokasi_shu(shu, aturan, peran=peran)["pos"],
                                          alokasi_shu(shu, aturan, peran=peran)["jumlah"]) if peran[p] == r)
        assert abs(pool - int(alok_baku.set_index("pos")["jumlah"].get(baku[r], 0))) <= len(aturan)


@settings(max_examples=300, deadline=None)
@given(st.integers(0, 10**12), aturan_berperan(),
       st.lists(st.tuples(st.integers(1, 10**8), st.integers(1, 10**9)), min_size=1, max_size=30),
       st.sampled_from(["sisa_terbesar", "ke_bawah"]))
def test_shu_anggota_dana_cadangan_berjumlah_shu(shu, aturan_peran, anggota, pembulatan):
    aturan, peran = aturan_peran
    idx = [f"A{i}" for i in range(len(anggota))]
    simp = pd.Series([a for a, _ in anggota], index=idx)
    trans = pd.Series([b for _, b in anggota], index=idx)
    alok, hasil = hitung_shu(shu, simp, trans, aturan, pembulatan=pembulatan)
    per_pos = dict(zip(alok["pos"], alok["jumlah"].tolist()))
    ditahan = sum(j for p, j in per_pos.items() if peran.get(p, "cadangan") in ("dana", "cadangan"))
    anggota_total = int(hasil.tabel["total"].sum())
    assert anggota_total + ditahan == shu
    # Pos jasa yang dibayarkan = alokasi pos berperan jasa (sebelum sisa pembulatan), dihitung terpisah.
    awal = dict(zip(*alokasi_shu(shu, aturan)[["pos", "jumlah"]].to_dict("list").values()))
    for r in ("jasa_modal", "jasa_usaha"):
        assert hasil.jumlah[r] + hasil.sisa_pembulatan.get(r, 0) == sum(j for p, j in awal.items() if peran[p] == r)


def test_berkas_aturan_dengan_kolom_peran(tmp_path):
    berkas = tmp_path / "aturan_koperasi.csv"
    berkas.write_text("pos,persen,peran\nCadangan,30,cadangan\nBagian Penabung,30,jasa_modal\n"
                      "Bagian Pembeli,30,jasa usaha\nDana Desa,10,\n", encoding="utf-8")
    assert peran_pos_shu(str(berkas))["peran"].tolist() == ["cadangan", "jasa_modal", "jasa_usaha", "dana"]
    simp, trans = _soal_bangau_hitam()
    _, hasil = hitung_shu(40_000_000, simp, trans, str(berkas))
    assert hasil.jumlah["jasa_modal"] == hasil.jumlah["jasa_usaha"] == 12_000_000
