"""Uji callback simulator SHU: setel .value kontrol, periksa teks keluarannya."""
from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from kopkit.shu.widget import simulasi_shu, simulator_shu  # noqa: E402

ANGGOTA = pd.DataFrame({"id_anggota": ["A0001", "A0002"], "nama": ["Siti", "Budi"]})
SIMPANAN = pd.Series({"A0001": 100_000, "A0002": 300_000})
TRANSAKSI = pd.Series({"A0001": 3_000_000, "A0002": 1_000_000})
ATURAN = {"cadangan": 40, "jasa_modal": 20, "jasa_usaha": 20, "dana_pengurus": 10, "dana_sosial": 10}


@pytest.fixture
def sim():
    return simulator_shu(10_000_000, SIMPANAN, TRANSAKSI, ATURAN, anggota=ANGGOTA, tahun=2025)


def test_awal_sah_menampilkan_tabel_dan_anggota(sim):
    assert "Aturan sah" in sim.info.value and "100%" in sim.info.value
    # cadangan 40% dari 10 jt = 4 jt; jasa modal 2 jt dibagi 1:3 → Siti 500.000; jasa usaha 2 jt 3:1 → 1.500.000.
    assert "Rp 4.000.000" in sim.tabel.value and "Rp 10.000.000" in sim.tabel.value
    assert "A0001 Siti" in sim.teks_anggota.value
    assert "Rp 500.000" in sim.teks_anggota.value and "Rp 1.500.000" in sim.teks_anggota.value
    assert "SHU Rp 2.000.000" in sim.teks_anggota.value


def test_persen_tidak_100_memberi_peringatan_dan_tanpa_tabel(sim):
    sim.penggeser["cadangan"].value = 45
    assert "⚠" in sim.info.value and "105" in sim.info.value and "kelebihan 5" in sim.info.value
    assert sim.tabel.value == "" and sim.teks_anggota.value == ""
    sim.penggeser["dana_sosial"].value = 5
    assert "Aturan sah" in sim.info.value and "Rp 4.500.000" in sim.tabel.value


def test_ganti_anggota_dan_dasar(sim):
    sim.pilihan_anggota.value = "A0002"
    # Budi: jasa modal 2 jt × 3/4 = 1.500.000; jasa usaha 2 jt × 1/4 = 500.000.
    assert "A0002 Budi: jasa modal Rp 1.500.000 + jasa usaha Rp 500.000" in sim.teks_anggota.value
    sim.pilihan_dasar.value = "setelah_cadangan"
    # Pos selain cadangan berjumlah 60, bukan 100 → peringatan, tanpa tabel.
    assert "⚠" in sim.info.value and "selain cadangan" in sim.info.value and sim.tabel.value == ""


def test_fungsi_biasa_sama_dengan_widget(sim):
    sim.pilihan_anggota.value = "A0002"
    h = simulasi_shu(10_000_000, SIMPANAN, TRANSAKSI, ATURAN, id_anggota="A0002", anggota=ANGGOTA, tahun=2025)
    assert h["teks_anggota"] in sim.teks_anggota.value
    assert int(h["alokasi"]["jumlah"].sum()) == 10_000_000
