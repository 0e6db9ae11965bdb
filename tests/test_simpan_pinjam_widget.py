"""Uji callback simulator pinjaman: setel .value kontrol, periksa keluarannya (dan fungsi biasanya)."""
from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import pytest  # noqa: E402

from kopkit.simpan_pinjam import batas_bunga, jadwal_angsuran  # noqa: E402
from kopkit.simpan_pinjam.widget import simulasi_pinjaman, simulator_pinjaman  # noqa: E402
from kopkit.dasar.uang import format_angka  # noqa: E402


@pytest.fixture
def sim():
    return simulator_pinjaman("6.000.000", 12, "1,5", pada="2025-12-31")


def test_awal_flat(sim):
    assert "Flat: angsuran pertama Rp 590.000, total jasa Rp 1.080.000" in sim.ringkasan.value
    batas = format_angka(batas_bunga("pinjaman", "2025-12-31"))
    assert f"MELEWATI batas {batas}% per tahun" in sim.ringkasan.value
    assert "Efektif (menurun)" in sim.perbandingan.value and "Anuitas" in sim.perbandingan.value
    assert sim.tabel.value.count("<tr>") == 1 + 12


def test_ganti_metode_tenor_bunga(sim):
    sim.metode.value = "efektif"
    j = jadwal_angsuran(6_000_000, 12, "1,5", metode="efektif")
    assert f"total jasa Rp {format_angka(int(j['jasa'].sum()))}" in sim.ringkasan.value
    assert "tidak melewati" in sim.ringkasan.value
    sim.tenor.value = 24
    assert sim.tabel.value.count("<tr>") == 1 + 24
    sim.bunga.value = "18"
    sim.per.value = "tahun"
    assert "total jasa Rp " + format_angka(int(jadwal_angsuran(6_000_000, 24, "18", per="tahun",
                                                                 metode="efektif")["jasa"].sum())) in sim.ringkasan.value


def test_biaya_menaikkan_bunga_efektif(sim):
    sim.metode.value = "efektif"
    sebelum = sim.ringkasan.value
    sim.biaya.value = "120.000"
    assert sim.ringkasan.value != sebelum
    h = simulasi_pinjaman("6.000.000", 12, "1,5", metode="efektif", biaya_dimuka="120.000")
    assert h["teks"] in sim.ringkasan.value and h["efektif"]["per_bulan"] > 0.015


def test_masukan_salah_memberi_pesan_tanpa_tabel(sim):
    sim.bunga.value = "1,5,0"
    assert "⚠" in sim.ringkasan.value and "bunga" in sim.ringkasan.value
    assert sim.tabel.value == "" and sim.perbandingan.value == ""
    sim.bunga.value = "1,5"
    assert "Flat" in sim.ringkasan.value and sim.tabel.value != ""


def test_fungsi_biasa_sama_dengan_widget(sim):
    h = simulasi_pinjaman("6.000.000", 12, "1,5", metode="flat")
    assert h["teks"] in sim.ringkasan.value
    assert h["perbandingan"]["total_jasa"].tolist()[0] == 1_080_000
