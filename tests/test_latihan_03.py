"""Latihan 03 (simpan pinjam): kunci dihitung bebas (rumus tangan, numpy-financial, tabel aturan),
jawaban salah yang khas mendapat pesan yang dimaksud."""
from __future__ import annotations

import csv
from decimal import Decimal
from fractions import Fraction
from importlib import resources

import numpy_financial as npf

from kopkit.latihan import modul_03 as m


def _aturan(nama):
    teks = resources.files("kopkit.simpan_pinjam").joinpath("aturan", f"{nama}.csv").read_text(encoding="utf-8")
    return list(csv.DictReader(teks.splitlines()))


def test_kunci_tiga_metode_dihitung_tangan():
    assert m.soal1.nilai_benar() == 9_000_000 // 12 + 9_000_000 * 15 // 1000
    assert m.soal2.nilai_benar() == 750_000 + (9_000_000 - 2 * 750_000) * 15 // 1000
    assert m.soal3.nilai_benar() == round(-npf.pmt(0.015, 12, 9_000_000))


def test_kunci_bunga_sebenarnya_sama_dengan_rate_excel():
    assert abs(m.soal4.nilai_benar() - 100 * npf.rate(12, -m.soal1.nilai_benar(), 9_000_000, 0)) < 1e-6


def test_salah_khas_angsuran():
    assert "pokoknya saja" in m.soal1.periksa({"angsuran_flat": 750_000}).pesan
    assert "jasanya saja" in m.soal1.periksa({"angsuran_flat": 135_000}).pesan
    # Bulan pertama efektif = angsuran flat (jasa dari pokok penuh): satu pesan untuk keduanya.
    assert "SISA pokok" in m.soal2.periksa({"angsuran_efektif_3": m.soal1.nilai_benar()}).pesan
    assert "bulan ke-4" in m.soal2.periksa({"angsuran_efektif_3": 862_500 - 11_250}).pesan
    salah = round(9_000_000 * 0.18 / (1 - 1.18 ** -12))
    assert "sama-sama bulanan" in m.soal3.periksa({"angsuran_anuitas": salah}).pesan


def test_salah_khas_bunga_sebenarnya_dan_jawaban_dekat_diterima():
    assert "bunga tertulis" in m.soal4.periksa({"bunga_sebenarnya_persen": 1.5}).pesan
    assert "persen" in m.soal4.periksa({"bunga_sebenarnya_persen": m.soal4.nilai_benar() / 100}).pesan
    assert m.soal4.periksa({"bunga_sebenarnya_persen": round(m.soal4.nilai_benar(), 2)}).status == "benar"


def test_kelas_dan_ppap_dari_tabel_aturan():
    hari = int(m.pinjaman_soal["hari_tunggakan"])
    baris = [b for b in _aturan("kolektibilitas") if b["skema"] == "empat_kelas"
             and int(b["hari_min"]) <= hari and (not b["hari_maks"] or hari <= int(b["hari_maks"]))]
    assert m.soal5.nilai_benar() == baris[0]["kelas"]
    persen = Decimal(baris[0]["ppap_persen"])
    assert m.soal6.nilai_benar() == int(Decimal(int(m.pinjaman_soal["sisa_pokok"])) * persen / 100)
    assert "kelas pertama" in m.soal5.periksa({"kelas_pinjaman": "lancar"}).pesan
    assert "Pilih salah satu" in m.soal5.periksa({"kelas_pinjaman": "sedang"}).pesan
    tunggakan = int(int(m.pinjaman_soal["jumlah_tertunggak"]) * persen // 100)
    assert "SISA POKOK" in m.soal6.periksa({"ppap_pinjaman": tunggakan}).pesan


def test_bmpp_dari_tabel_aturan():
    persen = {b["golongan"]: Fraction(b["batas_persen_modal_sendiri"]) for b in _aturan("bmpp")}
    batas_dalam = m.modal_sendiri * persen["orang_dalam"] / 100
    batas_lain = m.modal_sendiri * persen["lainnya"] / 100
    assert batas_dalam < m.usulan_pengurus <= batas_lain  # soalnya memang membedakan kedua batas
    assert m.soal7.nilai_benar() is False
    assert "orang dalam" in m.soal7.periksa({"boleh_dipinjamkan": True}).pesan


def test_bagi_hasil_dihitung_tangan_dan_salah_khas():
    assert m.soal8.nilai_benar() == 12_000_000 * 1_200_000 * 55 // (40_000_000 * 100)
    assert "nisbah" in m.soal8.periksa({"bagi_hasil_bu_sri": 360_000}).pesan
    assert "45%" in m.soal8.periksa({"bagi_hasil_bu_sri": 162_000}).pesan


def test_refleksi_terlalu_pendek_belum_cukup():
    assert m.soal9.periksa({"mengapa_flat_mahal": "karena flat"}).status != "benar"
    assert m.soal10.periksa({"mengapa_bukan_bagi_hasil": "karena pasti"}).status != "benar"
