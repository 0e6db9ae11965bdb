"""Perintah ``kopkit doctor``: di lingkungan uji ini semua OK; setiap masalah yang disimulasikan
menjadi baris GAGAL berbahasa Indonesia dengan kode keluar 1, tanpa traceback."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections import namedtuple
from pathlib import Path

import pytest

from kopkit import cli

AKAR = Path(__file__).resolve().parents[1]
Pemakaian = namedtuple("Pemakaian", "total used free")


@pytest.fixture(autouse=True)
def folder_data_sementara(tmp_path, monkeypatch):
    """Doctor menulis berkas uji ke folder data; jangan sentuh folder data pengguna sungguhan."""
    folder = tmp_path / "data-kopkit"
    monkeypatch.setenv("KOPKIT_DATA_DIR", str(folder))
    return folder


def jalankan_doctor(capsys) -> tuple[int, list[str]]:
    kode = cli.main(["doctor"])
    keluaran = capsys.readouterr()
    assert "Traceback" not in keluaran.out + keluaran.err
    return kode, keluaran.out.splitlines()


def baris_dengan(baris: list[str], nama: str) -> str:
    cocok = [b for b in baris if f"] {nama}" in b or b.split("]", 1)[-1].strip().startswith(nama)]
    assert len(cocok) == 1, (nama, baris)
    return cocok[0]


def test_doctor_lulus_di_lingkungan_uji(capsys, folder_data_sementara):
    kode, baris = jalankan_doctor(capsys)
    hasil = [b for b in baris if b.startswith("[")]
    assert len(hasil) == len(cli.PEMERIKSAAN)  # satu baris per pemeriksaan
    assert not [b for b in hasil if b.startswith("[GAGAL]")], "\n".join(baris)
    assert kode == 0
    assert baris_dengan(hasil, "Python").startswith("[OK]")
    assert baris_dengan(hasil, "ipywidgets").startswith("[OK]")
    assert baris_dengan(hasil, "Ekstensi widget").startswith("[OK]")
    assert str(folder_data_sementara) in baris_dengan(hasil, "Folder progres")
    assert folder_data_sementara.is_dir() and not list(folder_data_sementara.iterdir())  # tanpa sisa


def test_python_m_kopkit_cli_doctor(folder_data_sementara):
    # Cara kit.py memanggilnya: python -m kopkit.cli doctor
    r = subprocess.run([sys.executable, "-m", "kopkit.cli", "doctor"], capture_output=True, text=True,
                       cwd=AKAR, timeout=120, env={**os.environ, "KOPKIT_DATA_DIR": str(folder_data_sementara)})
    assert r.returncode == 0, r.stdout + r.stderr
    assert "[OK]" in r.stdout and "[GAGAL]" not in r.stdout
    assert "Traceback" not in r.stderr


def test_skrip_kopkit_terpasang():
    folder_bin = Path(sys.executable).parent
    skrip = shutil.which("kopkit", path=str(folder_bin))
    assert skrip, f"skrip 'kopkit' (project.scripts) tidak ada di {folder_bin}"
    r = subprocess.run([skrip, "--versi"], capture_output=True, text=True, timeout=60)
    import kopkit

    assert r.returncode == 0 and r.stdout.strip() == f"kopkit {kopkit.__version__}"


def test_widget_tidak_sepasang_gagal(capsys, monkeypatch):
    asli = cli.versi_paket
    # ipywidgets 8 dengan jupyterlab_widgets 1.x (pasangan ipywidgets 7): widget tidak tampil.
    monkeypatch.setattr(cli, "versi_paket", lambda n: "1.1.11" if n == "jupyterlab_widgets" else asli(n))
    kode, baris = jalankan_doctor(capsys)
    b = baris_dengan(baris, "ipywidgets")
    assert b.startswith("[GAGAL]") and "tidak sepasang" in b and "1.1.11" in b
    assert "python kit.py lab" in b  # cara memperbaiki
    assert kode == 1
    assert baris[-1].startswith("Hasil: 1 pemeriksaan GAGAL")


@pytest.mark.parametrize("versi, pesan", [
    ({"ipywidgets": "7.8.5", "jupyterlab_widgets": "1.1.11", "widgetsnbextension": "3.6.10"},
     "membutuhkan ipywidgets 8"),
    ({"ipywidgets": "8.1.9", "jupyterlab_widgets": "3.0.17", "widgetsnbextension": "3.6.10"},
     "widgetsnbextension 4.x"),
    ({"ipywidgets": "8.1.9", "jupyterlab_widgets": None, "widgetsnbextension": "4.0.16"},
     "tidak ada"),
])
def test_widget_salah_lain_gagal(monkeypatch, versi, pesan):
    monkeypatch.setattr(cli, "versi_paket", lambda n: versi[n])
    h = cli.cek_widget()
    assert h.status == cli.GAGAL and pesan in h.keterangan


def test_widget_cocok_ok(monkeypatch):
    versi = {"ipywidgets": "8.0.0", "jupyterlab_widgets": "3.0.0", "widgetsnbextension": "4.0.0"}
    monkeypatch.setattr(cli, "versi_paket", lambda n: versi[n])
    assert cli.cek_widget().status == cli.OK


def test_jupyterlab_tidak_ada_gagal(monkeypatch):
    monkeypatch.setattr(cli, "versi_paket", lambda n: None)
    assert cli.cek_jupyterlab().status == cli.GAGAL
    monkeypatch.setattr(cli, "versi_paket", lambda n: "3.6.8")
    assert cli.cek_jupyterlab().status == cli.PERINGATAN


def test_ekstensi_widget_hilang_gagal(monkeypatch, tmp_path):
    monkeypatch.setattr(cli, "folder_ekstensi_widget", lambda: [tmp_path / "tidak-ada"])
    h = cli.cek_ekstensi_widget()
    assert h.status == cli.GAGAL and "Error displaying widget" in h.keterangan


def test_folder_tak_dapat_ditulis_gagal(capsys, monkeypatch, tmp_path):
    # Folder data di "bawah" sebuah berkas biasa: mkdir pasti gagal, juga bagi root dan di Windows.
    berkas = tmp_path / "bukan-folder.txt"
    berkas.write_text("x", encoding="utf-8")
    monkeypatch.setenv("KOPKIT_DATA_DIR", str(berkas / "kopkit"))
    kode, baris = jalankan_doctor(capsys)
    b = baris_dengan(baris, "Folder progres")
    assert b.startswith("[GAGAL]") and "tidak dapat ditulisi" in b and "KOPKIT_DATA_DIR" in b
    assert kode == 1


def test_doctor_memeriksa_folder_yang_dipakai_latihan(monkeypatch, tmp_path):
    from kopkit.latihan import progres

    assert cli.folder_data() == progres.folder_data() == tmp_path / "data-kopkit"
    monkeypatch.delenv("KOPKIT_DATA_DIR")
    assert cli.folder_data() == progres.folder_data()
    assert cli.folder_data().name == "kopkit"


def test_python_terlalu_tua_gagal(monkeypatch):
    monkeypatch.setattr(cli.sys, "version_info", (3, 10, 12, "final", 0))
    h = cli.cek_python()
    assert h.status == cli.GAGAL and "3.10.12" in h.keterangan and "3.11" in h.keterangan


@pytest.mark.parametrize("sisa, status", [
    (5 * cli.GB, cli.OK), (cli.GB, cli.OK), (cli.GB - 1, cli.PERINGATAN),
    (200 * cli.MB, cli.PERINGATAN), (200 * cli.MB - 1, cli.GAGAL), (0, cli.GAGAL),
])
def test_batas_ruang_disk(monkeypatch, tmp_path, sisa, status):
    monkeypatch.setattr(cli.shutil, "disk_usage", lambda p: Pemakaian(10 * cli.GB, 10 * cli.GB - sisa, sisa))
    assert cli.cek_disk(tmp_path).status == status


def test_dataset_rusak_gagal(monkeypatch):
    from kopkit import data

    nama = data.daftar_dataset()["nama"].tolist()
    assert nama, "tidak ada dataset bawaan"

    def muat_rusak(n):
        raise ValueError("kolom hilang")

    monkeypatch.setattr(data, "muat", muat_rusak)
    h = cli.cek_dataset()
    assert h.status == cli.GAGAL and f"{len(nama)} dari {len(nama)} gagal" in h.keterangan


def test_galat_tak_terduga_jadi_baris_gagal(capsys, monkeypatch):
    def meledak():
        raise RuntimeError("contoh kerusakan")

    monkeypatch.setattr(cli, "PEMERIKSAAN", cli.PEMERIKSAAN[:1] + [("Pemeriksaan rusak", meledak)])
    kode, baris = jalankan_doctor(capsys)
    b = baris_dengan(baris, "Pemeriksaan rusak")
    assert b.startswith("[GAGAL]") and "RuntimeError: contoh kerusakan" in b
    assert kode == 1


def test_perintah_tidak_dikenal(capsys):
    assert cli.main(["terbang"]) == 2
    assert "Perintah tidak dikenal: terbang" in capsys.readouterr().err
    assert cli.main([]) == 2
    assert "kopkit doctor" in capsys.readouterr().out


def test_konsol_tanpa_utf8_tanpa_traceback(folder_data_sementara):
    # Mis. konsol Windows cp1252 yang dialihkan ke berkas: huruf di luar kodenya diganti, bukan galat.
    kode = ("import sys; from kopkit import cli; "
            "cli.PEMERIKSAAN = [('Contoh', lambda: cli.Hasil(cli.OK, 'Contoh', 'koperasi \u2192 \u00e9'))]; "
            "sys.exit(cli.main(['doctor']))")
    r = subprocess.run([sys.executable, "-c", kode], capture_output=True, cwd=AKAR, timeout=60,
                       env={**os.environ, "PYTHONIOENCODING": "ascii"})
    assert r.returncode == 0, r.stderr.decode("ascii", "replace")
    assert b"[OK]         Contoh: koperasi ? ?" in r.stdout
    assert b"Traceback" not in r.stderr
