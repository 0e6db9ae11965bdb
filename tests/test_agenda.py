"""Agenda Bimtek dari metadata notebook."""
from pathlib import Path

import pandas as pd

from kopkit.agenda import baca_metadata, susun_agenda

AKAR = Path(__file__).resolve().parents[1]


def test_metadata_semua_pelajaran_terbaca():
    tabel = baca_metadata(AKAR / "notebooks", AKAR / "exercises")
    berkas = sorted(p.name for p in (AKAR / "notebooks").glob("*.ipynb"))
    assert tabel["berkas"].tolist() == berkas
    assert (tabel["mengajar"] > 0).all()
    # latihan satu modul dihitung sekali, sesudah pelajaran terakhir modul itu (01a lalu 01b)
    terakhir = ~tabel["modul"].duplicated(keep="last")
    assert (tabel.loc[terakhir, "latihan"] > 0).all() and (tabel.loc[~terakhir, "latihan"] == 0).all()


def test_pelajaran_01_dipecah_dan_menit_tetap():
    tabel = baca_metadata(AKAR / "notebooks", AKAR / "exercises")
    satu = tabel[tabel["modul"] == "01"]
    assert satu["berkas"].tolist() == ["01a_pembukuan.ipynb", "01b_laporan_keuangan.ipynb"]
    assert int(satu["mengajar"].sum()) == 75 and satu["latihan"].tolist() == [0, 45]
    agenda = susun_agenda(tabel, mulai="08:00")
    kegiatan = agenda["kegiatan"].tolist()
    a, b = (f"{j} — pelajaran" for j in satu["judul"])
    assert kegiatan.index(a) < kegiatan.index(b) < kegiatan.index(f"{satu['judul'].iloc[1]} — latihan")
    assert f"{satu['judul'].iloc[0]} — latihan" not in kegiatan


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
