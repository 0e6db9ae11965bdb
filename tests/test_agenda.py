"""Agenda Bimtek dari metadata notebook."""
from pathlib import Path

import pandas as pd

from kopkit.agenda import baca_metadata, susun_agenda

AKAR = Path(__file__).resolve().parents[1]


def test_metadata_semua_pelajaran_terbaca():
    tabel = baca_metadata(AKAR / "notebooks", AKAR / "exercises")
    berkas = sorted(p.name for p in (AKAR / "notebooks").glob("*.ipynb"))
    assert tabel["berkas"].tolist() == berkas
    assert (tabel["mengajar"] > 0).all() and (tabel["latihan"] > 0).all()


def test_agenda_istirahat_dan_hari_kedua():
    sesi = pd.DataFrame({"modul": ["00", "01", "02"], "judul": ["A", "B", "C"],
                         "mengajar": [120, 120, 180], "latihan": [60, 60, 60]})
    agenda = susun_agenda(sesi, mulai="08:00", selesai_hari="16:00")
    assert agenda["kegiatan"].tolist() == [
        "A — pelajaran", "A — latihan", "Istirahat, salat, makan siang", "B — pelajaran",
        "B — latihan", "C — pelajaran", "C — latihan"]
    # 08:00 + 3 jam = 11:00; B (120) akan melewati 12:00 → istirahat 11:00–12:00 dulu.
    assert agenda.iloc[2][["mulai", "selesai"]].tolist() == ["11:00", "12:00"]
    # B selesai 15:00; C (180 menit) tidak muat sebelum 16:00 → hari kedua pukul 08:00.
    baris_c = agenda[agenda["kegiatan"] == "C — pelajaran"].iloc[0]
    assert (baris_c["hari"], baris_c["mulai"]) == (2, "08:00")
