"""Perintah ``templat`` dan ``rat`` (kopkit.cli dan kit.py)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import openpyxl

from kopkit import rat
from kopkit.cli import main

AKAR = Path(__file__).resolve().parents[1]


def test_templat_lalu_rat_melaporkan_semua_masalah(tmp_path, capsys):
    folder = tmp_path / "koperasi saya"
    assert main(["templat", str(folder), "--tahun", "2025"]) == 0
    berkas = folder / "Data Koperasi 2025.xlsx"
    assert openpyxl.load_workbook(berkas)["Petunjuk"]["B3"].value == rat.VERSI_TEMPLAT
    assert "kopkit rat" in capsys.readouterr().out
    assert main(["templat", str(folder), "--tahun", "2025"]) == 1           # tidak menimpa
    assert "sudah ada" in capsys.readouterr().err
    assert main(["rat", str(folder)]) == 1
    keluar = capsys.readouterr().out
    banyak = len(rat.periksa_folder(folder)[1])
    assert f"Data belum siap: {banyak} masalah" in keluar
    assert keluar.count("Baris contoh dari templat masih ada.") >= 10
    assert (folder / "Masalah Data RAT.xlsx").exists()


def test_rat_folder_tidak_ada_dan_argumen_salah(tmp_path, capsys):
    assert main(["rat", str(tmp_path / "tidak-ada")]) == 1
    assert "tidak ada" in capsys.readouterr().err
    assert main(["rat"]) == 2
    assert main(["templat", str(tmp_path), "--tahun", "dua ribu"]) == 2


def test_rat_bersih_lewat_kit_py(tmp_path):
    sys.path.insert(0, str(Path(__file__).parent))
    from test_rat import _folder_kecil

    folder = _folder_kecil(tmp_path)
    hasil = subprocess.run([sys.executable, str(AKAR / "kit.py"), "rat", str(folder)], capture_output=True,
                           text=True, cwd=AKAR, timeout=600)
    assert hasil.returncode == 0, hasil.stderr
    assert "Paket RAT KSP Uji Kecil tahun buku 2025 selesai." in hasil.stdout
    assert "Rp 612.000" in hasil.stdout
    assert (folder / "Laporan RAT KSP Uji Kecil 2025.xlsx").exists()
    assert (folder / "Laporan RAT KSP Uji Kecil 2025.html").exists()
    # PDF: ditulis bila ada Chrome/Chromium/Edge, bila tidak dikatakan cara mencetaknya sendiri
    pdf = folder / "Laporan RAT KSP Uji Kecil 2025.pdf"
    assert (f"PDF (A4)           : {pdf}" in hasil.stdout) == pdf.exists()
    assert pdf.exists() or "Ctrl+P" in hasil.stdout
    assert "buku kerja tahun lalu 'Data Koperasi 2024.xlsx'" in hasil.stdout
