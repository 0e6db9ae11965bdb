"""Catatan kemajuan: bertahan antar sesi, atomik, berkas rusak dicadangkan, tidak di repo."""
import json
from pathlib import Path

import pytest

from kopkit.latihan import progres


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv("KOPKIT_DATA_DIR", str(tmp_path))
    return tmp_path


def test_folder_bawaan_di_luar_repo(monkeypatch):
    monkeypatch.delenv("KOPKIT_DATA_DIR")
    repo = Path(__file__).resolve().parents[1]
    assert repo not in progres.folder_data().resolve().parents


def test_catat_urutan_status(folder):
    progres.catat("m.1", "belum")
    progres.catat("m.1", "salah")
    progres.catat("m.1", "benar")
    progres.catat("m.1", "belum")  # sel dijalankan ulang setelah jawaban dihapus
    s = progres.baca()["soal"]["m.1"]
    assert s["status"] == "benar" and s["percobaan"] == 2 and s["pertama_benar"]
    assert json.loads((folder / "progres.json").read_text(encoding="utf-8"))["versi"] == 1


def test_berkas_rusak_dicadangkan_bukan_dihapus(folder, capsys):
    (folder / "progres.json").write_text("{ini bukan json", encoding="utf-8")
    progres.catat("m.2", "benar")
    cadangan = list(folder.glob("progres.json.rusak-*"))
    assert len(cadangan) == 1 and cadangan[0].read_text(encoding="utf-8") == "{ini bukan json"
    assert "rusak" in capsys.readouterr().err
    assert progres.baca()["soal"]["m.2"]["status"] == "benar"


def test_tulis_atomik_tidak_meninggalkan_sisa(folder):
    for i in range(5):
        progres.catat(f"m.{i}", "benar")
    assert sorted(p.name for p in folder.iterdir()) == ["progres.json"]


def test_folder_tidak_bisa_ditulis_tidak_menggagalkan(tmp_path, monkeypatch, capsys):
    berkas = tmp_path / "bukan-folder"
    berkas.write_text("x", encoding="utf-8")
    monkeypatch.setenv("KOPKIT_DATA_DIR", str(berkas / "sub"))
    progres.catat("m.3", "benar")
    assert "tidak tersimpan" in capsys.readouterr().err


def test_gabung_banyak_laptop(tmp_path, folder):
    progres.catat("00_mulai.1", "benar")
    progres.catat("00_mulai.2", "salah")
    (tmp_path / "kumpulan").mkdir()
    salinan = tmp_path / "kumpulan" / "siti.json"
    salinan.write_text((folder / "progres.json").read_text(encoding="utf-8"), encoding="utf-8")
    lain = tmp_path / "kumpulan" / "budi.json"
    lain.write_text(json.dumps({"versi": 1, "peserta": "Budi", "soal": {
        "00_mulai.1": {"status": "salah", "percobaan": 1}}}), encoding="utf-8")
    tabel = progres.gabung([salinan, lain])
    assert tabel.loc["siti", "00_mulai.1"] == "benar"
    assert tabel.loc["Budi", "00_mulai.1"] == "salah"
    assert tabel.loc["siti", "00_mulai.2"] == "salah"


def test_gabung_berkas_rusak_galat_indonesia(tmp_path):
    from kopkit.dasar.galat import GalatBerkas

    rusak = tmp_path / "x.json"
    rusak.write_text("[", encoding="utf-8")
    with pytest.raises(GalatBerkas, match="tidak dapat dibaca"):
        progres.gabung([rusak])
