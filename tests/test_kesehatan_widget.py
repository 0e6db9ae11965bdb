"""Uji callback widget modul 04: setel .value kontrol, periksa keluarannya sama dengan fungsi biasa."""
from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import pytest  # noqa: E402
from test_kesehatan import _kursus  # noqa: E402

from kopkit import data  # noqa: E402
from kopkit.kesehatan import indikator_lomba, kepekaan_bobot, nilai_lomba, skema_2021  # noqa: E402
from kopkit.kesehatan.lomba import skema_keuangan_lomba  # noqa: E402
from kopkit.kesehatan.widget import (kesehatan_interaktif, lomba_interaktif, simulasi_kesehatan,  # noqa: E402
                                     simulasi_lomba)


@pytest.fixture(scope="module")
def indikator():
    return indikator_lomba(data.muat("kabupaten"))


def test_bobot_nol_semua_memberi_peringatan(indikator):
    w = lomba_interaktif(indikator, 2025)
    for s in w.penggeser.values():
        s.value = 0
    assert "⚠" in w.info.value and w.tabel.value == ""
    w.penggeser["KU1"].value = 10
    assert "Juara 1" in w.info.value and "<table>" in w.tabel.value


def test_penggeser_mengganti_juara_seperti_kepekaan(indikator):
    """Naikkan bobot satu kriteria melewati ambang kepekaan: widget menyebut juara baru yang sama
    dengan fungsi biasa dan dengan kepekaan_bobot."""
    kp = kepekaan_bobot(nilai_lomba(indikator, 2025))
    r = kp[(kp["jenis"] == "produsen") & (kp["kode"] == "DG1")].iloc[0]
    w = lomba_interaktif(indikator, 2025)
    w.pilihan_jenis.value = "produsen"
    assert r["juara"] in w.info.value and "berganti" not in w.info.value
    w.penggeser["DG1"].value = 50
    h = simulasi_lomba(indikator, 2025, {k: s.value for k, s in w.penggeser.items()})
    assert h["juara"]["produsen"] in w.info.value
    assert h["juara"]["produsen"] != r["juara"] and "berganti" in w.info.value
    assert h["juara"]["produsen"] == r["juara_bila_naik"]


def test_simulasi_kesehatan_widget_sama_dengan_fungsi():
    _, _, _, r = _kursus()
    s = skema_keuangan_lomba()
    w = kesehatan_interaktif(r, s)
    awal = simulasi_kesehatan(r, s)
    assert f"— {awal['hasil'].predikat}" in w.info.value
    w.penggeser["modal_sendiri_aset"].value = 5.0   # modal sendiri 5% dari aset -> skor PM1 turun ke 1
    h = simulasi_kesehatan(r, s, {"modal_sendiri_aset": 5.0})
    assert h["hasil"].skor < awal["hasil"].skor
    assert f"— {h['hasil'].predikat}" in w.info.value and "1 rasio diubah" in w.info.value
    assert h["saran"]["kode"].iloc[0] == "PM1"   # perbaikan terbesar: kembalikan modal sendiri
    assert "Tiga perubahan" in w.saran.value


def test_rasio_tak_dikenal_tidak_merusak_widget():
    _, _, _, r = _kursus()
    h = simulasi_kesehatan(r, skema_2021(), {})
    assert h["masalah"] and "tata_kelola" in h["masalah"][0]


def test_formulir_kuesioner_menghitung_persen_ya():
    from kopkit.kesehatan import kuesioner_manajemen, nilai_kuesioner
    from kopkit.kesehatan.widget import kuesioner_interaktif

    k = kuesioner_manajemen()
    w = kuesioner_interaktif(k)
    assert ">0<" in w.hasil.value                       # awal: belum ada yang dicentang
    for no in range(1, 7):
        w.kotak[("M1", no)].value = True
    t = nilai_kuesioner(k, w.jawaban()).set_index("kode")
    assert int(t.at["M1", "ya"]) == 6 and float(t.at["M1", "persen_ya"]) == 50.0
    assert "50,00%" in w.hasil.value
