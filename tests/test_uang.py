"""Uji kopkit.dasar.uang (rupiah, angka, persen, tanggal) dan kopkit.dasar.grafik (label sumbu rupiah).

Nilai harapan ditulis tangan dari aturan penulisan Indonesia (titik = ribuan, koma = desimal)
atau dihitung dengan cara lain yang tidak memakai Babel (format bawaan Python, strftime, daftar
nama bulan yang diketik di sini), supaya uji ini tidak sekadar menyalin keluaran kode.
"""
from __future__ import annotations

import datetime as dt
import doctest
import subprocess
import sys
from decimal import Decimal

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kopkit.dasar import uang
from kopkit.dasar.galat import GalatMasukan, Masalah
from kopkit.dasar.uang import (
    format_akuntansi,
    format_angka,
    format_persen,
    format_ringkas,
    format_rupiah,
    format_tanggal,
    masalah_kolom_rupiah,
    masalah_kolom_tanggal,
    parse_angka,
    parse_kolom_rupiah,
    parse_kolom_tanggal,
    parse_rupiah,
    parse_tanggal,
)

# Nama bulan dan hari diketik di sini (bukan dari Babel) sebagai pembanding yang independen.
BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
         "September", "Oktober", "November", "Desember"]
HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]


def ribuan_indonesia(n: int) -> str:
    """Pembanding independen: format Python ``{:,}`` lalu ganti koma dengan titik."""
    return f"{n:,}".replace(",", ".")


def desimal_indonesia(d: Decimal, tempat: int) -> str:
    """Pembanding independen untuk angka berdesimal: tukar koma dan titik dari format Python."""
    return f"{d:,.{tempat}f}".replace(",", "_").replace(".", ",").replace("_", ".")


# ---------------------------------------------------------------------------------------------
# format_rupiah
# ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("nilai, harapan", [
    (1234567, "Rp 1.234.567"),
    (-1234567, "-Rp 1.234.567"),
    (0, "Rp 0"),
    (999, "Rp 999"),
    (1000, "Rp 1.000"),
    (np.int64(1234567), "Rp 1.234.567"),
    (np.int32(-5000), "-Rp 5.000"),
    (Decimal("1234567"), "Rp 1.234.567"),
    (Decimal("1234567.00"), "Rp 1.234.567"),
    (Decimal("1234567.5"), "Rp 1.234.567,50"),
    (Decimal("1234567.89"), "Rp 1.234.567,89"),
    (1234567.5, "Rp 1.234.567,50"),
    (Decimal("-0"), "Rp 0"),
])
def test_format_rupiah(nilai, harapan):
    assert format_rupiah(nilai) == harapan


def test_format_rupiah_akuntansi():
    assert format_rupiah(-1234567, akuntansi=True) == "(Rp 1.234.567)"
    assert format_rupiah(1234567, akuntansi=True) == "Rp 1.234.567"
    assert format_rupiah(0, akuntansi=True) == "Rp 0"


def test_format_rupiah_tidak_membulatkan_pecahan_diam_diam():
    # Babel dengan mata uang IDR bawaan membuang desimal (Rp1.234.568); kita tidak.
    assert format_rupiah(Decimal("1234567.555")) == "Rp 1.234.567,555"
    assert format_rupiah(Decimal("0.01")) == "Rp 0,01"


@pytest.mark.parametrize("kosong", [None, float("nan"), np.nan, pd.NA, Decimal("NaN")])
def test_format_kosong_menjadi_teks_kosong(kosong):
    assert format_rupiah(kosong) == ""
    assert format_angka(kosong) == ""
    assert format_akuntansi(kosong) == ""
    assert format_ringkas(kosong) == ""
    assert format_persen(kosong) == ""


def test_format_rupiah_tanpa_spasi_tak_putus():
    assert "\u00a0" not in format_rupiah(1234567)
    assert "\u00a0" not in format_ringkas(1234567, rupiah=True)


@pytest.mark.parametrize("salah", ["1.250.000", True, [1], float("inf")])
def test_format_rupiah_menolak_bukan_angka(salah):
    with pytest.raises(GalatMasukan) as info:
        format_rupiah(salah)
    assert info.value.saran


@given(st.integers(min_value=-10**18, max_value=10**18))
def test_format_rupiah_sama_dengan_pembanding_independen(n):
    harapan = "Rp " + ribuan_indonesia(abs(n))
    assert format_rupiah(n) == (harapan if n >= 0 else "-" + harapan)
    assert format_rupiah(n, akuntansi=True) == (harapan if n >= 0 else f"({harapan})")


# ---------------------------------------------------------------------------------------------
# format_angka, format_akuntansi, format_persen
# ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("nilai, desimal, harapan", [
    (1234567, None, "1.234.567"),
    (1234567.891, 2, "1.234.567,89"),
    (Decimal("1234567.891"), 2, "1.234.567,89"),
    (1234567, 2, "1.234.567,00"),
    (12.5, None, "12,5"),
    (-1234567, None, "-1.234.567"),
    (Decimal("1.005"), 2, "1,01"),    # setengah-ke-atas (Babel sendiri memberi 1,00)
    (Decimal("2.5"), 0, "3"),
    (Decimal("-0.001"), 2, "0,00"),   # bukan "-0,00"
])
def test_format_angka(nilai, desimal, harapan):
    assert format_angka(nilai, desimal=desimal) == harapan


def test_format_angka_desimal_tidak_sah():
    with pytest.raises(GalatMasukan):
        format_angka(1, desimal=-1)


@pytest.mark.parametrize("nilai, harapan", [
    (1234567, "1.234.567"),
    (-1234567, "(1.234.567)"),
    (0, "0"),
    (np.int64(-1000), "(1.000)"),
])
def test_format_akuntansi(nilai, harapan):
    assert format_akuntansi(nilai) == harapan


@pytest.mark.parametrize("nilai, desimal, harapan", [
    (0.125, 1, "12,5%"),
    (Decimal("0.125"), 1, "12,5%"),
    (Decimal("0.3"), 0, "30%"),
    (1, 1, "100,0%"),
    (Decimal("-0.0525"), 2, "-5,25%"),
    (Decimal("0.12345"), 2, "12,35%"),   # setengah-ke-atas
    (Decimal("-0.0004"), 1, "0,0%"),     # bukan "-0,0%"
])
def test_format_persen(nilai, desimal, harapan):
    assert format_persen(nilai, desimal=desimal) == harapan


# ---------------------------------------------------------------------------------------------
# format_ringkas
# ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("nilai, harapan", [
    (1_234_567, "1,2 jt"),
    (2_500_000_000, "2,5 M"),
    (12_500, "12,5 rb"),
    (950, "950"),
    (0, "0"),
    (1_000, "1 rb"),
    (1_000_000_000_000, "1 T"),
    (-1_234_567, "-1,2 jt"),
    (1_250_000, "1,3 jt"),           # setengah-ke-atas
    (999_949, "999,9 rb"),
    (999_950, "1 jt"),               # 1.000,0 rb naik satuan
    (999_940_000_000, "999,9 M"),
    (10**15, "1.000 T"),
])
def test_format_ringkas(nilai, harapan):
    assert format_ringkas(nilai) == harapan


def test_format_ringkas_rupiah():
    assert format_ringkas(1_234_567, rupiah=True) == "Rp 1,2 jt"
    assert format_ringkas(-2_500_000_000, rupiah=True) == "-Rp 2,5 M"
    assert format_ringkas(0, rupiah=True) == "Rp 0"


SATUAN = {"": 1, "rb": 10**3, "jt": 10**6, "M": 10**9, "T": 10**12}


@given(st.integers(min_value=-10**16, max_value=10**16))
def test_format_ringkas_terbaca_kembali_dalam_batas_pembulatan(n):
    teks = format_ringkas(n)
    angka_teks, _, akhiran = teks.partition(" ")
    satuan = SATUAN[akhiran]
    # Satu angka di belakang koma pada satuannya: selisih paling banyak setengah dari 0,1 satuan.
    assert abs(parse_angka(teks) - n) <= Decimal(satuan) / 20
    assert parse_angka(format_ringkas(n, rupiah=True)) == parse_angka(teks)
    # Satuan yang dipilih pas: 1 <= angka < 1000 (kecuali triliun, satuan terbesar).
    mantisa = abs(parse_angka(angka_teks))
    if n != 0 and satuan > 1:
        assert mantisa >= 1
    if akhiran != "T":
        assert mantisa < 1000


# ---------------------------------------------------------------------------------------------
# format_tanggal
# ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("tanggal", [
    dt.date(2021, 7, 12), dt.datetime(2021, 7, 12, 15, 30), pd.Timestamp("2021-07-12 08:00"),
    np.datetime64("2021-07-12"),
])
def test_format_tanggal_semua_gaya(tanggal):
    assert format_tanggal(tanggal) == "12 Juli 2021"
    assert format_tanggal(tanggal, "panjang") == "12 Juli 2021"
    assert format_tanggal(tanggal, "pendek") == "12/07/2021"
    assert format_tanggal(tanggal, "hari") == "Senin, 12 Juli 2021"
    assert format_tanggal(tanggal, "bulan") == "Juli 2021"


def test_format_tanggal_kosong_dan_salah():
    assert format_tanggal(None) == ""
    assert format_tanggal(pd.NaT) == ""
    with pytest.raises(GalatMasukan, match="Gaya tanggal"):
        format_tanggal(dt.date(2021, 7, 12), "iso")
    with pytest.raises(GalatMasukan, match="parse_tanggal"):
        format_tanggal("12/07/2021")


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_format_tanggal_sama_dengan_pembanding_independen(d):
    assert format_tanggal(d, "pendek") == d.strftime("%d/%m/%Y")
    assert format_tanggal(d, "panjang") == f"{d.day} {BULAN[d.month - 1]} {d.year}"
    assert format_tanggal(d, "hari") == \
        f"{HARI[d.weekday()]}, {d.day} {BULAN[d.month - 1]} {d.year}"
    assert format_tanggal(d, "bulan") == f"{BULAN[d.month - 1]} {d.year}"


# ---------------------------------------------------------------------------------------------
# parse_angka
# ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("teks, harapan", [
    ("1.250.000", Decimal(1250000)),
    ("1.250.000,50", Decimal("1250000.50")),
    ("12,5", Decimal("12.5")),
    ("-3.000", Decimal(-3000)),
    ("(3.000)", Decimal(-3000)),
    ("-Rp 3.000", Decimal(-3000)),
    ("Rp -3.000", Decimal(-3000)),
    ("(Rp 3.000)", Decimal(-3000)),
    ("Rp 1.250.000,00", Decimal(1250000)),
    ("Rp1.250.000", Decimal(1250000)),
    ("Rp. 1.250.000,-", Decimal(1250000)),
    ("1.250.000 IDR", Decimal(1250000)),
    ("1,25 jt", Decimal(1250000)),
    ("1,25 juta", Decimal(1250000)),
    ("1,25jt", Decimal(1250000)),
    ("5 JT", Decimal(5000000)),
    ("2 M", Decimal(2_000_000_000)),
    ("2 miliar", Decimal(2_000_000_000)),
    ("2 milyar", Decimal(2_000_000_000)),
    ("12,5 rb", Decimal(12500)),
    ("12,5 ribu", Decimal(12500)),
    ("1 T", Decimal(10**12)),
    ("1 triliun", Decimal(10**12)),
    ("Rp 1,2 jt", Decimal(1_200_000)),
    ("  1.250.000\t", Decimal(1250000)),
    ("\u00a01.250.000\u00a0", Decimal(1250000)),     # spasi tak-putus dari Excel
    ("Rp\u00a01.250.000", Decimal(1250000)),
    ("\u22123.000", Decimal(-3000)),                 # tanda minus Unicode
    ("1250000", Decimal(1250000)),
    ("0,5", Decimal("0.5")),
    ("1,250", Decimal("1.25")),                      # di parse_angka: koma = desimal
])
def test_parse_angka(teks, harapan):
    assert parse_angka(teks) == harapan


def test_parse_angka_mempertahankan_desimal_tepat():
    hasil = parse_angka("1.250.000,50")
    assert isinstance(hasil, Decimal)
    assert hasil == Decimal("1250000.50") and hasil.as_tuple().exponent == -2


@pytest.mark.parametrize("nilai, harapan", [
    (1250000, Decimal(1250000)),
    (12.5, Decimal("12.5")),
    (0.1, Decimal("0.1")),
    (Decimal("3.14"), Decimal("3.14")),
    (np.int64(7), Decimal(7)),
    (np.float64(2.5), Decimal("2.5")),
])
def test_parse_angka_meneruskan_angka(nilai, harapan):
    assert parse_angka(nilai) == harapan


@pytest.mark.parametrize("teks, kata_saran", [
    ("1.25", "titik memisahkan ribuan"),
    ("1.2345", "titik memisahkan ribuan"),
    ("1234.5", "1234,5"),
    ("0.500", "0,500"),
    ("12,5,0", "hanya boleh ada satu"),
    ("1,250,000", "1.250.000"),                 # format Inggris: sarankan bentuk Indonesia
    ("1,250,000.50", "1.250.000,50"),
    ("1,5.000", "di depan koma"),
    ("abc", "1.250.000"),
    ("", "Isi dengan angka"),
    ("   ", "Isi dengan angka"),
    ("Rp", "1.250.000"),
    ("(-3.000)", "salah satu saja"),
    ("2m", "jt"),                               # 'm' kecil: million atau miliar?
    ("1.5k", "rb"),
    ("3 kg", "rb/ribu"),
])
def test_parse_angka_menolak_dengan_pesan_dan_saran(teks, kata_saran):
    with pytest.raises(GalatMasukan) as info:
        parse_angka(teks)
    galat = info.value
    if teks.strip():
        assert f"'{teks}'" in galat.pesan
    assert kata_saran in galat.saran


@pytest.mark.parametrize("nilai", [None, float("nan"), pd.NA, True, float("inf"), [1]])
def test_parse_angka_menolak_nilai_bukan_angka(nilai):
    with pytest.raises(GalatMasukan):
        parse_angka(nilai)


def test_parse_menyebut_lokasi():
    with pytest.raises(GalatMasukan) as info:
        parse_angka("12,5,0", berkas="anggota.xlsx", lembar="Anggota", baris=7,
                    kolom="simpanan_wajib")
    galat = info.value
    assert (galat.berkas, galat.lembar, galat.baris, galat.kolom) == \
        ("anggota.xlsx", "Anggota", 7, "simpanan_wajib")
    teks = str(galat)
    assert "'12,5,0'" in teks
    assert "(berkas anggota.xlsx, lembar Anggota, baris 7, kolom simpanan_wajib)" in teks
    assert "Cara memperbaiki:" in teks

    for fungsi, salah in [(parse_rupiah, "1,250"), (parse_tanggal, "12/07/21")]:
        with pytest.raises(GalatMasukan) as info:
            fungsi(salah, berkas="b.xlsx", baris=3, kolom="k")
        assert "(berkas b.xlsx, baris 3, kolom k)" in str(info.value)
        assert f"'{salah}'" in str(info.value)


# ---------------------------------------------------------------------------------------------
# parse_rupiah
# ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("nilai, harapan", [
    ("1.250.000", 1250000),
    ("1.250.000,00", 1250000),
    ("Rp 1.250.000,-", 1250000),
    ("(Rp 3.000)", -3000),
    ("1,25 jt", 1250000),
    ("2 M", 2_000_000_000),
    (1250000, 1250000),
    (np.int64(1250000), 1250000),
    (1250000.0, 1250000),
    (Decimal("1250000.00"), 1250000),
])
def test_parse_rupiah(nilai, harapan):
    hasil = parse_rupiah(nilai)
    assert hasil == harapan and type(hasil) is int


@pytest.mark.parametrize("nilai, kata_pesan", [
    ("1.250.000,50", "pecahan rupiah"),
    (1250000.5, "pecahan rupiah"),
    (Decimal("0.01"), "pecahan rupiah"),
    ("1,250", "meragukan"),
    ("1,250 jt", "meragukan"),
    ("1.25", "bukan penulisan"),
    ("", "kosong"),
])
def test_parse_rupiah_menolak(nilai, kata_pesan):
    with pytest.raises(GalatMasukan) as info:
        parse_rupiah(nilai)
    assert kata_pesan in info.value.pesan
    assert info.value.saran


def test_parse_rupiah_meragukan_menyebut_kedua_arti():
    with pytest.raises(GalatMasukan) as info:
        parse_rupiah("1,250")
    assert "1.250" in info.value.saran and "1,25" in info.value.saran


@given(st.integers(min_value=-10**18, max_value=10**18))
def test_rupiah_bolak_balik(n):
    assert parse_rupiah(format_rupiah(n)) == n
    assert parse_rupiah(format_rupiah(n, akuntansi=True)) == n
    assert parse_rupiah(format_angka(n)) == n
    assert parse_rupiah(format_akuntansi(n)) == n


@given(st.decimals(min_value=-10**12, max_value=10**12, places=2,
                   allow_nan=False, allow_infinity=False))
def test_angka_dua_desimal_bolak_balik(d):
    teks = format_angka(d, desimal=2)
    assert teks == desimal_indonesia(d, 2)
    assert parse_angka(teks) == d


@given(st.integers(min_value=0, max_value=6).flatmap(
    lambda tempat: st.decimals(min_value=-10**9, max_value=10**9, places=tempat,
                               allow_nan=False, allow_infinity=False)))
def test_format_rupiah_pecahan_terbaca_kembali_tepat(d):
    # Tidak ada pembulatan diam-diam: apa pun pecahannya, teksnya memuat nilai yang sama.
    assert parse_angka(format_rupiah(d)) == d


# ---------------------------------------------------------------------------------------------
# parse_tanggal
# ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("teks, harapan", [
    ("12/07/2021", dt.date(2021, 7, 12)),
    ("12-07-2021", dt.date(2021, 7, 12)),
    ("12.07.2021", dt.date(2021, 7, 12)),
    ("2/7/2021", dt.date(2021, 7, 2)),
    ("2021-07-12", dt.date(2021, 7, 12)),
    ("2021-07-12 00:00:00", dt.date(2021, 7, 12)),
    ("12 Juli 2021", dt.date(2021, 7, 12)),
    ("12 juli 2021", dt.date(2021, 7, 12)),
    ("12 JULI 2021", dt.date(2021, 7, 12)),
    ("12 Jul 2021", dt.date(2021, 7, 12)),
    ("12-Jul-2021", dt.date(2021, 7, 12)),
    ("12 Agustus 2021", dt.date(2021, 8, 12)),
    ("12 Agu 2021", dt.date(2021, 8, 12)),
    ("12 Agt 2021", dt.date(2021, 8, 12)),
    ("3 Nop 2021", dt.date(2021, 11, 3)),
    ("3 Nopember 2021", dt.date(2021, 11, 3)),
    ("1 Pebruari 2021", dt.date(2021, 2, 1)),
    ("1 Mei 2025", dt.date(2025, 5, 1)),
    ("31 Desember 2025", dt.date(2025, 12, 31)),
    ("Senin, 12 Juli 2021", dt.date(2021, 7, 12)),
    ("Jum'at, 16 Juli 2021", dt.date(2021, 7, 16)),
    ("\u00a012 Juli 2021 ", dt.date(2021, 7, 12)),
    ("29/02/2024", dt.date(2024, 2, 29)),
])
def test_parse_tanggal(teks, harapan):
    assert parse_tanggal(teks) == harapan


@pytest.mark.parametrize("nilai", [
    dt.date(2021, 7, 12), dt.datetime(2021, 7, 12, 9, 30), pd.Timestamp("2021-07-12"),
    np.datetime64("2021-07-12"),
])
def test_parse_tanggal_meneruskan_tanggal(nilai):
    hasil = parse_tanggal(nilai)
    assert hasil == dt.date(2021, 7, 12) and type(hasil) is dt.date


@pytest.mark.parametrize("teks, kata_pesan, kata_saran", [
    ("12/07/21", "2 angka", "4 angka"),
    ("31/02/2021", "tidak ada", "tanggal"),
    ("29/02/2023", "hanya sampai tanggal 28", "tanggal"),
    ("31/04/2021", "hanya sampai tanggal 30", "tanggal"),
    ("13/13/2021", "bulan 13", "12/07/2021"),
    ("07/31/2021", "bulan lebih dulu", "31/07/2021"),
    ("Selasa, 12 Juli 2021", "Senin", "nama hari"),
    ("12 Juluu 2021", "bukan nama bulan", "12 Juli 2021"),
    ("abc", "bukan tanggal", "12/07/2021"),
    ("Juli 2021", "bukan tanggal", "12 Juli 2021"),
    ("", "kosong", "12/07/2021"),
])
def test_parse_tanggal_menolak(teks, kata_pesan, kata_saran):
    with pytest.raises(GalatMasukan) as info:
        parse_tanggal(teks)
    assert kata_pesan in info.value.pesan
    assert kata_saran in info.value.saran
    if teks:
        assert f"'{teks}'" in info.value.pesan


@pytest.mark.parametrize("nilai", [None, pd.NaT, 44389, 1.5, object()])
def test_parse_tanggal_menolak_bukan_tanggal(nilai):
    with pytest.raises(GalatMasukan):
        parse_tanggal(nilai)


def test_nama_bulan_dari_babel():
    # Semua nama bulan baku (diketik di uji ini) dan singkatan tiga hurufnya terbaca.
    for nomor, nama in enumerate(BULAN, 1):
        assert parse_tanggal(f"5 {nama} 2025") == dt.date(2025, nomor, 5)
        assert parse_tanggal(f"5 {nama.upper()} 2025") == dt.date(2025, nomor, 5)


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)),
       st.sampled_from(["panjang", "pendek", "hari"]))
def test_tanggal_bolak_balik(d, gaya):
    assert parse_tanggal(format_tanggal(d, gaya)) == d


# ---------------------------------------------------------------------------------------------
# Kolom (impor Excel/CSV)
# ---------------------------------------------------------------------------------------------

def test_parse_kolom_rupiah():
    seri = pd.Series(["Rp 1.250.000", "", None, "2 jt", 5000, np.nan, " 1.000 "],
                     index=[10, 11, 12, 13, 14, 15, 16], name="setor")
    hasil = parse_kolom_rupiah(seri)
    assert str(hasil.dtype) == "Int64"
    assert hasil.name == "setor" and hasil.index.tolist() == [10, 11, 12, 13, 14, 15, 16]
    assert hasil.isna().tolist() == [False, True, True, False, False, True, False]
    assert hasil.dropna().tolist() == [1250000, 2000000, 5000, 1000]
    assert int(hasil.sum()) == 1250000 + 2000000 + 5000 + 1000


def test_parse_kolom_rupiah_kolom_bilangan_bulat():
    hasil = parse_kolom_rupiah(pd.Series([1, 2, 3], dtype="int64"))
    assert str(hasil.dtype) == "Int64" and hasil.tolist() == [1, 2, 3]


def test_parse_kolom_rupiah_mengumpulkan_semua_masalah():
    seri = pd.Series(["1.000", "1.25", "", "abc", "1.250.000,50", "1.25", "2.000"],
                     name="setor")
    with pytest.raises(GalatMasukan) as info:
        parse_kolom_rupiah(seri, berkas="simpanan.xlsx", lembar="Setoran", baris_awal=5)
    galat = info.value
    # Sel data pertama di baris 5, jadi posisi 1, 3, 4, 5 ada di baris 6, 8, 9, 10.
    assert [m.baris for m in galat.masalah] == [6, 8, 9, 10]
    teks = str(galat)
    assert "4 sel" in teks
    for baris, isi in [(6, "'1.25'"), (8, "'abc'"), (9, "'1.250.000,50'"), (10, "'1.25'")]:
        assert f"baris {baris}: {isi}" in teks
    assert "berkas simpanan.xlsx" in teks and "lembar Setoran" in teks and "kolom setor" in teks
    assert (galat.berkas, galat.lembar, galat.kolom) == ("simpanan.xlsx", "Setoran", "setor")


def test_masalah_kolom_rupiah_mengembalikan_daftar():
    seri = pd.Series(["1.000", "1,250", "", "Rp 5.000"])
    daftar = masalah_kolom_rupiah(seri, berkas="a.xlsx", lembar="L", kolom="nilai")
    assert len(daftar) == 1
    masalah = daftar[0]
    assert isinstance(masalah, Masalah)
    assert (masalah.berkas, masalah.lembar, masalah.baris, masalah.kolom) == \
        ("a.xlsx", "L", 3, "nilai")
    assert "meragukan" in masalah.pesan and masalah.saran
    assert masalah_kolom_rupiah(pd.Series(["1.000", None])) == []


def test_parse_kolom_tanggal():
    seri = pd.Series(["12/07/2021", None, "", "1 Agt 2021", dt.date(2021, 1, 2),
                      pd.Timestamp("2021-03-04 10:00")], name="tanggal")
    hasil = parse_kolom_tanggal(seri)
    assert str(hasil.dtype).startswith("datetime64")
    assert hasil.name == "tanggal"
    assert hasil.isna().tolist() == [False, True, True, False, False, False]
    assert [t.date() for t in hasil.dropna()] == [
        dt.date(2021, 7, 12), dt.date(2021, 8, 1), dt.date(2021, 1, 2), dt.date(2021, 3, 4)]


def test_parse_kolom_tanggal_dari_kolom_datetime_membuang_jam():
    seri = pd.Series(pd.to_datetime(["2021-07-12 05:00", None]))
    hasil = parse_kolom_tanggal(seri)
    assert hasil.iloc[0] == pd.Timestamp("2021-07-12") and pd.isna(hasil.iloc[1])


def test_parse_kolom_tanggal_mengumpulkan_semua_masalah():
    seri = pd.Series(["12/07/2021", "12/07/21", "31/02/2021", "kemarin"], name="tgl_setor")
    assert [m.baris for m in masalah_kolom_tanggal(seri)] == [3, 4, 5]
    with pytest.raises(GalatMasukan) as info:
        parse_kolom_tanggal(seri, berkas="setoran.xlsx")
    teks = str(info.value)
    assert "3 sel" in teks and "baris 3: Tahun '21'" in teks
    assert "'31/02/2021'" in teks and "'kemarin'" in teks and "kolom tgl_setor" in teks


# ---------------------------------------------------------------------------------------------
# Grafik
# ---------------------------------------------------------------------------------------------

def test_formatter_rupiah():
    from kopkit.dasar.grafik import formatter_rupiah

    ringkas = formatter_rupiah()
    assert ringkas(1_200_000, 0) == "Rp 1,2 jt"
    assert ringkas(1_200_000.0000000002, 0) == "Rp 1,2 jt"   # galat float dari locator
    assert ringkas(0, 0) == "Rp 0"
    assert ringkas(-500_000, 0) == "-Rp 500 rb"
    lengkap = formatter_rupiah(ringkas=False)
    assert lengkap(1_200_000, 0) == "Rp 1.200.000"
    assert lengkap(0.5, 0) == "Rp 0,50"


def test_sumbu_rupiah_memberi_label_tik():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from kopkit.dasar.grafik import sumbu_rupiah

    fig, ax = plt.subplots()
    try:
        ax.bar(["Toko", "USP", "Daring"], [1_250_000, 3_000_000, 2_500_000_000])
        ax.set_yticks([0, 500_000_000, 1_000_000_000, 2_500_000_000])
        assert sumbu_rupiah(ax) is ax
        fig.canvas.draw()
        label = [t.get_text() for t in ax.get_yticklabels()]
        assert label == ["Rp 0", "Rp 500 jt", "Rp 1 M", "Rp 2,5 M"]

        sumbu_rupiah(ax, sumbu="xy", ringkas=False)
        ax.set_xticks([0, 1_000])
        fig.canvas.draw()
        assert [t.get_text() for t in ax.get_xticklabels()] == ["Rp 0", "Rp 1.000"]
        assert ax.get_yticklabels()[1].get_text() == "Rp 500.000.000"
        with pytest.raises(GalatMasukan):
            sumbu_rupiah(ax, sumbu="z")
    finally:
        plt.close(fig)


# ---------------------------------------------------------------------------------------------
# Dokumentasi dan impor ringan
# ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("modul", ["kopkit.dasar.uang", "kopkit.dasar.grafik"])
def test_contoh_di_docstring_benar(modul):
    import importlib

    import matplotlib

    matplotlib.use("Agg")
    hasil = doctest.testmod(importlib.import_module(modul), optionflags=doctest.ELLIPSIS)
    assert hasil.attempted > 0 and hasil.failed == 0


def test_setiap_fungsi_publik_punya_contoh():
    for nama in uang.__all__:
        objek = getattr(uang, nama)
        if callable(objek):
            assert ">>>" in (objek.__doc__ or ""), nama


def test_impor_ringan():
    kode = ("import sys, kopkit.dasar.uang, kopkit.dasar.grafik; "
            "print(sorted(m for m in ('pandas', 'matplotlib', 'ipywidgets') if m in sys.modules))")
    keluaran = subprocess.run([sys.executable, "-c", kode], capture_output=True, text=True,
                              check=True).stdout.strip()
    assert keluaran == "[]"


def test_parse_kolom_rupiah_kolom_float_dari_excel():
    # Excel/CSV memberi float bila ada sel kosong; bilangan bulat tetap diterima, pecahan tidak.
    hasil = parse_kolom_rupiah(pd.Series([1000.0, np.nan, 2500000.0]))
    assert str(hasil.dtype) == "Int64" and hasil.isna().tolist() == [False, True, False]
    assert hasil.dropna().tolist() == [1000, 2500000]
    with pytest.raises(GalatMasukan) as info:
        parse_kolom_rupiah(pd.Series([1000.0, 2.5, np.inf]), kolom="nilai")
    assert [m.baris for m in info.value.masalah] == [3, 4]


def test_galat_kolom_panjang_diringkas_tetapi_masalah_lengkap():
    seri = pd.Series(["x"] * 120)
    with pytest.raises(GalatMasukan) as info:
        parse_kolom_rupiah(seri)
    assert len(info.value.masalah) == 120
    assert info.value.masalah[-1].baris == 121
    teks = str(info.value)
    assert "120 sel" in teks and "dan 70 sel lainnya" in teks
    assert teks.count("'x' bukan jumlah rupiah") == 50


@settings(max_examples=50)
@given(st.lists(st.one_of(st.none(), st.integers(min_value=-10**15, max_value=10**15)),
                max_size=30),
       st.sampled_from([format_rupiah, format_angka, format_akuntansi]))
def test_kolom_rupiah_bolak_balik(nilai, format_):
    # Kolom teks bertipe str pandas 3, seperti hasil membaca CSV; None menjadi sel kosong.
    seri = pd.Series([format_(n) if n is not None else None for n in nilai], dtype="str")
    hasil = parse_kolom_rupiah(seri)
    assert str(hasil.dtype) == "Int64"
    assert [None if pd.isna(x) else int(x) for x in hasil] == nilai


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.integers(min_value=-10**24, max_value=10**24), st.integers(min_value=-999, max_value=999)))
def test_jalur_cepat_bilangan_bulat_sama_dengan_babel(n):
    """Pemformat memakai jalur cepat untuk bilangan bulat; teksnya harus sama persis dengan pola
    Babel (#,##0 dan ¤ #,##0, locale id_ID) yang dipakai untuk nilai lain."""
    import numpy as np
    from babel.numbers import format_currency, format_decimal

    from kopkit.dasar.uang import LOKAL, format_akuntansi, format_angka, format_rupiah

    mutlak = format_decimal(abs(n), "#,##0", locale=LOKAL)
    rp = format_currency(abs(n), "IDR", "¤ #,##0", locale=LOKAL, currency_digits=False)
    tanda = "-" if n < 0 else ""
    assert format_angka(n) == tanda + mutlak
    assert format_rupiah(n) == tanda + rp
    assert format_rupiah(n, akuntansi=True) == (f"({rp})" if n < 0 else rp)
    assert format_akuntansi(n) == (f"({mutlak})" if n < 0 else mutlak)
    if -2**63 <= n < 2**63:
        assert format_angka(np.int64(n)) == tanda + mutlak
        assert format_rupiah(np.int64(n)) == tanda + rp


def test_angka_numpy_dan_nilai_aneh_diberi_pesan_indonesia():
    """np.float64 adalah turunan float: parse_persen dulu gagal dengan galat mentah Python. Pesan untuk
    nilai yang bukan angka menyebut jenisnya dengan kata sehari-hari, tanpa nama jenis Python."""
    import numpy as np

    from kopkit.dasar.galat import GalatMasukan
    from kopkit.dasar.uang import parse_angka, parse_persen, parse_rupiah, parse_tanggal

    assert parse_persen(np.float64(7.5)) == Decimal("7.5") == parse_persen(7.5)
    assert parse_persen(np.float64(33.33)) == Decimal("33.33")
    for fungsi, nilai in [(parse_persen, [1]), (parse_angka, {"a": 1}), (parse_rupiah, np.float64(7.5)),
                          (parse_rupiah, float("inf")), (parse_tanggal, np.float64(45000.0)), (parse_tanggal, [1])]:
        with pytest.raises(GalatMasukan) as info:
            fungsi(nilai)
        pesan = str(info.value)
        for jargon in ("bertipe", "list", "dict", "np.float64", "float64", "Decimal(", "Infinity"):
            assert jargon not in pesan, (jargon, pesan)
