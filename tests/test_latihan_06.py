"""Latihan 06 (data sendiri, paket RAT): kunci dihitung ulang dengan cara lain, jawaban salah yang
khas mendapat pesan yang dimaksud, dan jawaban kosong berstatus "belum"."""
from __future__ import annotations

from fractions import Fraction

import pytest

from kopkit import buku, data
from kopkit.latihan import ____
from kopkit.latihan import modul_06 as m


def jawab(soal, nilai):
    return soal.periksa({soal.variabel: nilai})


def test_bukti_timpang_sama_dengan_yang_dilaporkan_kopkit():
    pesan = m.masalah.loc[m.masalah["pesan"].str.contains("tidak seimbang"), "pesan"].tolist()
    assert len(pesan) == 1
    assert jawab(m.soal1, pesan[0].split()[1]).status == "benar"
    assert "nomor BUKTI" in jawab(m.soal1, "102").pesan


def test_total_daftar_shu_adalah_dua_pos_anggota():
    shu = buku.shu_tahun_berjalan(data.muat("jurnal_umum"), data.muat("akun"), 2025)
    kunci = m.soal2.nilai_benar()
    # AD/ART KSU Tunas Makmur: jasa modal 20 % + jasa usaha 20 % dari SHU (dataset aturan_shu)
    persen = data.muat("aturan_shu").set_index("pos").loc[["jasa_modal", "jasa_usaha"], "persen"].sum()
    assert abs(Fraction(kunci) - Fraction(shu) * Fraction(str(persen)) / 100) < 2
    assert "SHU seluruhnya" in jawab(m.soal2, shu).pesan


def test_modal_luar_dari_neraca_saldo():
    ns = buku.neraca_saldo(data.muat("jurnal_umum"), data.muat("akun"), sampai="2025-12-31")
    liab = ns.loc[ns["jenis"].astype(str) == "liabilitas"]
    assert jawab(m.soal3, int(liab["kredit"].sum() - liab["debit"].sum())).status == "benar"
    assert "modal sendiri" in jawab(m.soal3, m._neraca("JUMLAH EKUITAS")).pesan


def test_jasa_usaha_dengan_tangan_dari_kolom_transaksi():
    alok, pembagian = m._shu_kursus()
    t = pembagian.tabel.set_index("id_anggota")
    pos = int(alok.set_index("pos").at["jasa_usaha", "jumlah"])
    tangan = t.at["A0002", "transaksi"] / t["transaksi"].sum() * pos
    assert jawab(m.soal4, tangan).status == "benar"
    assert "jasa modal" in jawab(m.soal4, float(t.at["A0002", "jasa_modal"])).pesan


def test_keputusan_rat_pilihan():
    assert jawab(m.soal5, "b").status == "benar"
    assert "hasil pembukuan" in jawab(m.soal5, "a").pesan
    assert jawab(m.soal5, "d").status == "salah"


@pytest.mark.parametrize("soal", [m.soal1, m.soal2, m.soal3, m.soal4, m.soal5])
def test_belum_dijawab(soal):
    assert jawab(soal, ____).status == "belum"
