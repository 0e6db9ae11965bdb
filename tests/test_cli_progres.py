"""Perintah `kopkit progres` dan `kopkit agenda`."""
import json
from pathlib import Path

import pytest

from kopkit.cli import main
from kopkit.latihan import progres

AKAR = Path(__file__).resolve().parents[1]


def test_progres_nama_dan_ringkasan(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("KOPKIT_DATA_DIR", str(tmp_path))
    progres.catat("00_mulai.1", "benar")
    assert main(["progres", "--nama", "Siti Aminah"]) == 0
    keluaran = capsys.readouterr().out
    assert "Peserta: Siti Aminah" in keluaran and "00_mulai.1" in keluaran and "benar" in keluaran
    assert progres.baca()["peserta"] == "Siti Aminah"


def test_progres_gabung_folder_dan_ekspor_tanpa_menimpa(tmp_path, capsys):
    kumpulan = tmp_path / "kumpulan"
    kumpulan.mkdir()
    for nama, status in [("siti", "benar"), ("budi", "salah")]:
        (kumpulan / f"{nama}.json").write_text(json.dumps(
            {"versi": 1, "peserta": "", "soal": {"00_mulai.1": {"status": status}}}), encoding="utf-8")
    rekap = tmp_path / "rekap.csv"
    assert main(["progres", "--gabung", str(kumpulan), "--ekspor", str(rekap)]) == 0
    isi = rekap.read_text(encoding="utf-8-sig")
    # Excel berbahasa Indonesia: pemisah ';' (koma adalah tanda desimal).
    assert "siti;siti.json;00_mulai;00_mulai.1;benar;" in isi and "budi;budi.json;00_mulai;00_mulai.1;salah;" in isi
    # Ekspor kedua ke berkas yang sama ditolak; isi lama tetap utuh.
    assert main(["progres", "--gabung", str(kumpulan), "--ekspor", str(rekap)]) == 1
    assert "tidak ditimpa" in capsys.readouterr().err
    assert rekap.read_text(encoding="utf-8-sig") == isi


def test_progres_argumen_salah(capsys):
    assert main(["progres", "--nama"]) == 2
    assert main(["progres", "--gabung"]) == 2
    assert main(["progres", "lain"]) == 2
    assert "kopkit progres --gabung" in capsys.readouterr().err


def test_agenda_dari_folder_kit(capsys, tmp_path):
    assert main(["agenda", str(AKAR), "--mulai", "07:30"]) == 0
    keluaran = capsys.readouterr().out
    assert "07:30" in keluaran and "Mulai" in keluaran
    assert main(["agenda", str(tmp_path)]) == 1


def test_kit_py_meneruskan_perintah_fasilitator(tmp_path):
    """`python kit.py agenda` / `progres` memakai kopkit dari .venv tanpa perlu tahu jalurnya."""
    import os
    import subprocess
    import sys

    env = dict(os.environ, KOPKIT_DATA_DIR=str(tmp_path))
    r = subprocess.run([sys.executable, str(AKAR / "kit.py"), "agenda", "--mulai", "07:30"], cwd=AKAR,
                       capture_output=True, text=True, encoding="utf-8", env=env, timeout=300)
    assert r.returncode == 0, r.stderr
    assert "07:30" in r.stdout and "Mulai" in r.stdout
    r = subprocess.run([sys.executable, str(AKAR / "kit.py"), "progres", "--nama", "Siti"], cwd=AKAR,
                       capture_output=True, text=True, encoding="utf-8", env=env, timeout=300)
    assert r.returncode == 0 and "Peserta: Siti" in r.stdout, r.stderr
    assert json.loads((tmp_path / "progres.json").read_text(encoding="utf-8"))["peserta"] == "Siti"


@pytest.mark.parametrize("perintah", ["doctor", "progres", "agenda", "reset", "ruang-kerja"])
def test_bantuan_setiap_perintah(perintah, capsys):
    assert main([perintah, "--help"]) == 0
    keluaran = capsys.readouterr().out
    assert keluaran.startswith(f"kopkit {perintah}") and "Traceback" not in keluaran


@pytest.mark.parametrize("jam", ["8.00", "08.00", "08:00", "8"])
def test_agenda_jam_cara_indonesia(jam, capsys):
    assert main(["agenda", str(AKAR), "--mulai", jam]) == 0
    assert "08:00" in capsys.readouterr().out


def test_agenda_jam_tak_dikenal_tanpa_traceback(capsys):
    assert main(["agenda", str(AKAR), "--mulai", "jam 8"]) == 2
    assert "tidak dikenali" in capsys.readouterr().err


def test_progres_gabung_berkas_rusak_dilewati(tmp_path, capsys):
    kumpulan = tmp_path / "kumpulan"
    kumpulan.mkdir()
    (kumpulan / "siti.json").write_text(json.dumps(
        {"versi": 1, "peserta": "Siti", "soal": {"00_mulai.1": {"status": "benar"}}}), encoding="utf-8")
    (kumpulan / "rusak.json").write_text("{", encoding="utf-8")
    rekap = tmp_path / "rekap.xlsx"
    assert main(["progres", "--gabung", str(kumpulan), "--ekspor", str(rekap)]) == 0
    keluaran = capsys.readouterr()
    assert "Dilewati" in keluaran.err and "rusak.json" in keluaran.err and "Siti" in keluaran.out
    assert rekap.read_bytes().startswith(b"PK")  # .xlsx sungguhan, bukan CSV bernama .xlsx


def test_ruang_kerja_dan_reset_lewat_cli(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("KOPKIT_FOLDER_KERJA", str(tmp_path / "kopkit"))
    monkeypatch.setenv("KOPKIT_DATA_DIR", str(tmp_path / "data"))
    assert main(["ruang-kerja", "--kit", str(AKAR)]) == 0
    assert capsys.readouterr().out.strip().splitlines()[-1] == str(tmp_path / "kopkit")
    (tmp_path / "kopkit" / "notebooks" / "00_mulai.ipynb").unlink()
    assert main(["ruang-kerja", "--kit", str(AKAR)]) == 0
    assert "1 berkas pelajaran baru disalin" in capsys.readouterr().out
    progres.catat("00_mulai.1", "benar")
    assert main(["reset", "--nama", "Siti", "--kit", str(AKAR)]) == 0
    keluaran = capsys.readouterr().out
    assert "diarsipkan di" in keluaran and "kopkit-arsip-Siti-" in keluaran
    assert (tmp_path / "kopkit" / "notebooks" / "00_mulai.ipynb").exists()
