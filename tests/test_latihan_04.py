"""Latihan 04 (kesehatan & lomba): kunci dihitung ulang dengan cara lain, jawaban salah yang khas
mendapat pesan yang dimaksud, dan jawaban kosong berstatus "belum"."""
from __future__ import annotations

from fractions import Fraction

from kopkit.latihan import ____
from kopkit.latihan import modul_04 as m


def jawab(soal, nilai):
    return soal.periksa({soal.variabel: nilai})


def test_rasio_modal_aset_dari_neraca_dengan_pecahan():
    pos = m.neraca.set_index("pos")["jumlah"]
    tepat = Fraction(int(pos["JUMLAH EKUITAS"]), int(pos["JUMLAH ASET"])) * 100
    assert jawab(m.soal1, float(round(tepat, 2))).status == "benar"
    assert "Kalikan 100" in jawab(m.soal1, float(tepat / 100)).pesan
    assert "liabilitas" in jawab(m.soal1, float(100 - tepat)).pesan


def test_skor_rpm_dihitung_dari_kolektibilitas():
    t = m.tunas.iloc[0]
    pinjaman = sum(int(t[f"pinjaman_{g}"]) for g in ("lancar", "kurang_lancar", "diragukan", "macet"))
    rpm = Fraction(50 * int(t["pinjaman_kurang_lancar"]) + 75 * int(t["pinjaman_diragukan"])
                   + 100 * int(t["pinjaman_macet"]), 100 * pinjaman) * 100
    nilai = 100 - 2 * round(rpm)
    assert jawab(m.soal2, nilai * 5 / 100).status == "benar"
    assert "nilai × bobot" in jawab(m.soal2, nilai).pesan
    assert "dibulatkan dulu" in jawab(m.soal2, float((100 - 2 * rpm) * 5 / 100)).pesan


def test_predikat_dan_pilihan():
    assert jawab(m.soal3, "Dalam Pengawasan").status == "benar"
    assert "batas bawah" in jawab(m.soal3, "Cukup Sehat").pesan
    assert jawab(m.soal3, "Lumayan").status == "salah"


def test_peringkat_di_dalam_jenis_bukan_umum():
    produsen = m.lomba[m.lomba["jenis"] == "produsen"].sort_values("skor", ascending=False)
    assert jawab(m.soal4, int(list(produsen["id_koperasi"]).index("K0001")) + 1).status == "benar"
    assert "sesama jenis" in jawab(m.soal4, m._peringkat_umum()).pesan


def test_juara_baru_berbeda_dari_juara_lama():
    lama = m._juara(m.lomba, "produsen")
    assert m.soal5.nilai_benar() != lama
    assert "bobot lama" in jawab(m.soal5, lama).pesan


def test_kosong_belum_dan_refleksi_pendek_salah():
    assert jawab(m.soal1, ____).status == "belum"
    assert jawab(m.soal6, "karena adil").status == "salah"
