"""Uji membaca jurnal dari Excel/CSV seperti buatan koperasi (teks rupiah, sel gabung, dd/mm/yyyy)."""
from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from openpyxl import Workbook

from kopkit import buku, data
from kopkit.buku.impor import baca_jurnal_excel, masalah_berkas_jurnal
from kopkit.dasar.galat import GalatBerkas, GalatData

AKUN = data.muat("akun")


def _xlsx(path, baris_data, *, judul_dua_baris=True):
    """Jurnal gaya koperasi: judul di atas, judul kolom dua baris dengan 'Jumlah' digabung."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Jurnal Januari"
    ws["A1"] = "JURNAL UMUM"
    ws["A2"] = "KSU Tunas Makmur — Januari 2025"
    ws.merge_cells("A1:F1")
    if judul_dua_baris:
        for j, teks in enumerate(["Tgl", "No. Bukti", "Kode Akun", "Uraian", "Jumlah (Rp)"], start=1):
            ws.cell(4, j, teks)
        ws.merge_cells("E4:F4")
        for j in range(1, 5):
            ws.merge_cells(start_row=4, start_column=j, end_row=5, end_column=j)
        ws.cell(5, 5, "Debet")
        ws.cell(5, 6, "Kredit")
        awal = 6
    else:
        for j, teks in enumerate(["Tanggal", "No Bukti", "Akun", "Keterangan", "Debit", "Kredit"], start=1):
            ws.cell(4, j, teks)
        awal = 5
    for i, isi in enumerate(baris_data):
        for j, v in enumerate(isi, start=1):
            if v is not None:
                ws.cell(awal + i, j, v)
    wb.save(path)
    return path


BAIK = [
    ("02/01/2025", "BKM-001", "101", "Setoran simpanan pokok A0007", "100.000", None),
    (None, None, 301, "Setoran simpanan pokok A0007", None, "100.000"),
    (None, None, None, None, None, None),                                   # baris kosong
    (dt.datetime(2025, 1, 3), "BKK-001", "111 - Pinjaman anggota", "Pencairan pinjaman", "Rp 2.000.000,-", None),
    (None, None, "403", "Provisi 1%", None, 20000),
    (None, None, "101", "Pencairan pinjaman", None, "1.980.000"),
    (None, None, None, "JUMLAH", "2.100.000", "2.100.000"),                # baris jumlah di bawah
]


def test_baca_xlsx_gaya_koperasi(tmp_path):
    p = _xlsx(tmp_path / "jurnal.xlsx", BAIK)
    j = baca_jurnal_excel(p, akun=AKUN, periode=2025)
    assert j["no_bukti"].tolist() == ["BKM-001", "BKM-001", "BKK-001", "BKK-001", "BKK-001"]
    assert j["akun"].tolist() == ["101", "301", "111", "403", "101"]
    assert j["debit"].tolist() == [100_000, 0, 2_000_000, 0, 0]
    assert j["kredit"].tolist() == [0, 100_000, 0, 20_000, 1_980_000]
    assert [t.date() for t in j["tanggal"]] == [dt.date(2025, 1, 2)] * 2 + [dt.date(2025, 1, 3)] * 3
    assert j["baris_berkas"].tolist() == [6, 7, 9, 10, 11]  # baris seperti di Excel
    assert j["debit"].dtype == "int64"
    ns = buku.neraca_saldo(j, AKUN).set_index("kode")
    assert ns.loc["101", "kredit"] == 1_880_000  # 100.000 - 1.980.000


def test_baca_csv_titik_koma(tmp_path):
    p = tmp_path / "jurnal.csv"
    p.write_text("Jurnal Umum KSU Tunas Makmur;;;;;\n\nTanggal;No. Bukti;Akun;Keterangan;Debit;Kredit\n"
                 "05/02/2025;BKM-9;101;Penjualan toko;\"1.250.000\";\n05/02/2025;BKM-9;405;Penjualan toko;;1.250.000\n",
                 encoding="utf-8")
    j = baca_jurnal_excel(p)
    assert j["debit"].sum() == j["kredit"].sum() == 1_250_000
    assert j["baris_berkas"].tolist() == [4, 5]


def test_sel_salah_dilaporkan_dengan_baris_kolom_bukti(tmp_path):
    rusak = list(BAIK)
    rusak[0] = ("02/01/2025", "BKM-001", "101", "Setoran", "100.OOO", None)    # huruf O
    rusak[3] = ("32/01/2025", "BKK-001", "111", "Pencairan", "2.000.000", None)  # tanggal mustahil
    p = _xlsx(tmp_path / "rusak.xlsx", rusak)
    with pytest.raises(GalatData) as e:
        baca_jurnal_excel(p)
    teks = str(e.value)
    assert "2 masalah" in teks and "baris 6, kolom debit" in teks and "bukti BKM-001" in teks
    assert "baris 9, kolom tanggal" in teks and "Cara memperbaiki" in teks
    assert "rusak.xlsx" in teks


def test_masalah_pembukuan_dilaporkan_dengan_baris_excel(tmp_path):
    salah = list(BAIK)
    salah[1] = (None, None, "3010", "Setoran simpanan pokok", None, "100.000")  # akun tidak dikenal
    salah[5] = (None, None, "101", "Pencairan pinjaman", None, "1.908.000")     # salah ketik: tidak seimbang
    p = _xlsx(tmp_path / "salah.xlsx", salah)
    j = baca_jurnal_excel(p)  # tanpa bagan akun: sel-selnya terbaca
    assert len(j) == 5
    masalah = masalah_berkas_jurnal(p, akun=AKUN)
    pesan = {(m.baris, m.kolom): m.pesan for m in masalah}
    assert "'3010' tidak ada" in pesan[(7, "akun")]
    assert "Bukti BKK-001 tidak seimbang" in pesan[(9, "debit, kredit")]
    assert "selisih 72.000" in pesan[(9, "debit, kredit")]
    assert all(m.berkas == "salah.xlsx" for m in masalah)
    with pytest.raises(GalatData, match="2 masalah"):
        baca_jurnal_excel(p, akun=AKUN)


def test_judul_satu_baris_dan_lembar(tmp_path):
    p = _xlsx(tmp_path / "j.xlsx", BAIK[:2], judul_dua_baris=False)
    assert len(baca_jurnal_excel(p, "Jurnal Januari")) == 2
    with pytest.raises(GalatBerkas, match="Lembar 'Februari' tidak ada"):
        baca_jurnal_excel(p, "Februari")


def test_berkas_tidak_ada_atau_bukan_jurnal(tmp_path):
    with pytest.raises(GalatBerkas, match="tidak ditemukan"):
        baca_jurnal_excel(tmp_path / "tidak_ada.xlsx")
    p = tmp_path / "lain.csv"
    p.write_text("nama;alamat\nSiti;Jabung\n", encoding="utf-8")
    with pytest.raises(GalatData, match="Judul kolom jurnal tidak ditemukan"):
        baca_jurnal_excel(p)
    q = tmp_path / "rusak.xlsx"
    q.write_bytes(b"bukan excel")
    with pytest.raises(GalatBerkas, match="tidak dapat dibaca"):
        baca_jurnal_excel(q)
    r = tmp_path / "jurnal.pdf"
    r.write_bytes(b"%PDF")
    with pytest.raises(GalatBerkas, match="tidak didukung"):
        baca_jurnal_excel(r)


def test_bolak_balik_ekspor_jurnal_dataset(tmp_path):
    """Jurnal bulan Januari koperasi kursus, ditulis ke CSV gaya Indonesia lalu dibaca lagi: sama."""
    j = data.muat("jurnal_umum")
    jan = j[j["tanggal"].dt.month == 1].reset_index(drop=True)
    teks = pd.DataFrame({
        "Tanggal": jan["tanggal"].dt.strftime("%d/%m/%Y"), "No. Bukti": jan["no_bukti"], "Akun": jan["akun"],
        "Keterangan": jan["keterangan"],
        "Debit": [f"{v:,}".replace(",", ".") if v else "" for v in jan["debit"]],
        "Kredit": [f"{v:,}".replace(",", ".") if v else "" for v in jan["kredit"]]})
    p = tmp_path / "jan.csv"
    teks.to_csv(p, sep=";", index=False, encoding="utf-8")
    hasil = baca_jurnal_excel(p, akun=AKUN)
    for k in ("no_bukti", "akun", "debit", "kredit"):
        assert hasil[k].tolist() == jan[k].tolist()
    assert (hasil["tanggal"].to_numpy() == jan["tanggal"].to_numpy()).all()
