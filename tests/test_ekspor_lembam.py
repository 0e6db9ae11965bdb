"""Ekspor yang lembam (issue 10): teks yang akan dijalankan program lembar kerja sebagai rumus
(``=``, ``+``, ``-``, ``@``, tab, CR di awal) ditulis sebagai teks; angka tetap angka; rumus JUMLAH
buatan kit tetap rumus. Berkas dibaca ulang dengan openpyxl / modul csv (bukan dengan kopkit)."""
from __future__ import annotations

import csv
import json
import zipfile

import openpyxl
import pandas as pd
import pytest

from kopkit.buku.tampilan import ekspor_excel
from kopkit.dasar.excel import ekspor_tabel, simpan_csv
from kopkit.shu import bagi_shu_anggota, ekspor_daftar_shu

MUATAN = ["=cmd|' /C calc'!A0", "+1+1", "-2", "@SUM(A1)", "\t=1+1", "\r=1+1", '=HYPERLINK("http://x","klik")']


def _anggota():
    ids = [f"A{i:04d}" for i in range(len(MUATAN))]
    simp = pd.Series(range(1, len(MUATAN) + 1), index=ids)
    anggota = pd.DataFrame({"id_anggota": ids, "nama": MUATAN})
    return bagi_shu_anggota(simp, simp, jasa_modal=7_000_000, jasa_usaha=700_000, anggota=anggota, tahun=2025)


def test_daftar_shu_nama_anggota_dan_koperasi_tetap_teks(tmp_path):
    hasil = _anggota()
    berkas = ekspor_daftar_shu(hasil, tmp_path / "daftar.xlsx", nama_koperasi="=cmd|' /C calc'!A0", tahun=2025)
    ws = openpyxl.load_workbook(berkas).active
    assert ws["A2"].value == "=cmd|' /C calc'!A0" and ws["A2"].data_type == "s"
    for i, teks in enumerate(MUATAN):
        sel = ws.cell(row=6 + i, column=3)
        # XML menormalkan CR menjadi LF saat dibaca; yang penting: tetap teks.
        assert sel.value == teks.replace("\r", "\n") and sel.data_type == "s", teks
        assert sel.quotePrefix
        # Angka tetap angka, dan jumlahnya = hasil pembagian.
        assert ws.cell(row=6 + i, column=4).data_type == "n"
        assert ws.cell(row=6 + i, column=4).value == int(hasil.tabel["jasa_modal"].iloc[i])
        assert ws.cell(row=6 + i, column=6).data_type == "f"  # =D+E buatan kit
    akhir = 6 + len(MUATAN)
    assert ws.cell(row=akhir, column=4).value == f"=SUM(D6:D{akhir - 1})"
    assert ws.cell(row=akhir, column=4).data_type == "f"
    # Hanya rumus buatan kit yang menjadi rumus di seluruh lembar.
    rumus = {c.coordinate for baris in ws.iter_rows() for c in baris if c.data_type == "f"}
    assert rumus == {f"F{r}" for r in range(6, akhir)} | {f"{k}{akhir}" for k in "DEF"}


def test_laporan_buku_teks_tetap_teks_angka_tetap_angka(tmp_path):
    lap = pd.DataFrame({"kode": ["101", "=1+1"], "nama": MUATAN[:2], "debit": [-2, 5], "kredit": [0, 3]})
    berkas = ekspor_excel({"Neraca saldo": lap, "Lain": pd.DataFrame({"uraian": MUATAN, "jumlah": range(7)})},
                          tmp_path / "lap.xlsx", nama_koperasi="@SUM(A1)")
    wb = openpyxl.load_workbook(berkas)
    for ws in wb.worksheets:
        assert ws["A1"].value == "@SUM(A1)" and ws["A1"].data_type == "s"
        assert not any(c.data_type == "f" for baris in ws.iter_rows() for c in baris)
    ns = wb["Neraca saldo"]
    assert [c.value for c in ns[5]] == ["101", "=cmd|' /C calc'!A0", -2, 0]
    assert ns["C5"].data_type == "n" and ns["C5"].number_format == "#,##0;(#,##0)"
    assert ns["A6"].value == "=1+1" and ns["A6"].data_type == "s"
    assert [c.value for c in wb["Lain"]["A"]][4:] == [t.replace("\r", "\n") for t in MUATAN]


def test_csv_lembam_angka_tetap_angka(tmp_path):
    tabel = pd.DataFrame({"peserta": MUATAN, "skor": [-2, 0, 1, 2, 3, 4, 5]})
    p = simpan_csv(tabel, tmp_path / "rekap.csv", indeks=False)
    with open(p, encoding="utf-8-sig", newline="") as f:
        baris = list(csv.reader(f, delimiter=";"))  # pemisah Excel berbahasa Indonesia
    assert baris[0] == ["peserta", "skor"]
    assert [b[0] for b in baris[1:]] == ["'" + t for t in MUATAN]
    assert [b[1] for b in baris[1:]] == ["-2", "0", "1", "2", "3", "4", "5"]


def test_ekspor_tabel_menulis_format_menurut_akhiran(tmp_path):
    tabel = pd.DataFrame({"status": ["benar", "=1+1"]}, index=pd.Index(["siti", "-budi"], name="peserta"))
    x = ekspor_tabel(tabel, tmp_path / "rekap.xlsx")
    assert zipfile.is_zipfile(x)
    ws = openpyxl.load_workbook(x).active
    assert [[c.value for c in b] for b in ws.iter_rows(min_row=1)] == [["peserta", "status"], ["siti", "benar"],
                                                                        ["-budi", "=1+1"]]
    assert ws["A3"].data_type == ws["B3"].data_type == "s"
    assert "'-budi,'=1+1" in ekspor_tabel(tabel, tmp_path / "rekap.csv").read_text(encoding="utf-8-sig")
    from kopkit.dasar.galat import GalatBerkas
    with pytest.raises(GalatBerkas, match="sudah ada"):
        ekspor_tabel(tabel, x)
    with pytest.raises(GalatBerkas, match=r"\.xlsx atau \.csv"):
        ekspor_tabel(tabel, tmp_path / "rekap.txt")


def test_rekap_kemajuan_cli_lembam(tmp_path):
    from kopkit.cli import main

    kumpulan = tmp_path / "kumpulan"
    kumpulan.mkdir()
    (kumpulan / "x.json").write_text(json.dumps(
        {"versi": 1, "peserta": "=cmd|' /C calc'!A0", "soal": {"00_mulai.1": {"status": "benar"}}}), encoding="utf-8")
    assert main(["progres", "--gabung", str(kumpulan), "--ekspor", str(tmp_path / "rekap.xlsx")]) == 0
    ws = openpyxl.load_workbook(tmp_path / "rekap.xlsx").active
    assert not any(c.data_type == "f" for b in ws.iter_rows() for c in b)


def test_satu_penulis_excel_dan_csv():
    """Hanya kopkit/dasar/excel.py yang menulis .xlsx/.csv untuk pengguna, supaya semua ekspor lembam
    dan bergaya sama. Modul lain memakai tulis_excel / simpan_csv / ekspor_tabel."""
    import re
    from pathlib import Path

    import kopkit

    akar = Path(kopkit.__file__).parent
    pola = re.compile(r"\bWorkbook\(|\.to_excel\(|\.to_csv\(|csv\.writer\(|csv\.DictWriter\(|ExcelWriter\(")
    pelanggar = [str(p.relative_to(akar)) for p in akar.rglob("*.py")
                 if p != akar / "dasar" / "excel.py" and pola.search(p.read_text(encoding="utf-8"))]
    assert pelanggar == []
