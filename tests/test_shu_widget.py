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


def test_dasar_setelah_cadangan_tanpa_kontradiksi(sim):
    """Issue 12 butir 7: dulu "⚠ Jumlah persen 100%. Dengan dasar 'setelah_cadangan', …" lalu
    "✔ Aturan sah (jumlah persen 140%)". Yang dijumlahkan sesuai dasarnya, tanpa nama internal."""
    sim.pilihan_dasar.value = "setelah_cadangan"
    assert "⚠" in sim.info.value and "pos lain berjumlah 60%" in sim.info.value
    assert "Jumlah persen 100%" not in sim.info.value and "setelah_cadangan" not in sim.info.value
    assert "Cadangan dihitung dari SHU total" in sim.penjelasan.value
    # Pos selain cadangan dibuat berjumlah 100: sah, dan kalimatnya tidak menyebut 140%.
    for pos in ("jasa_modal", "jasa_usaha"):
        sim.penggeser[pos].value = 40
    assert "✔ Aturan sah" in sim.info.value and "pos lain berjumlah 100%" in sim.info.value
    assert "140" not in sim.info.value
    # Cadangan 40% dari 10 jt = 4 jt; sisanya 6 jt, jasa modal 40% dari sisa = 2,4 jt.
    assert "Rp 4.000.000" in sim.tabel.value and "Rp 2.400.000" in sim.tabel.value


def test_persen_diketik_dengan_koma_desimal(sim):
    """'37,5' yang diketik menjadi 37,5 (kotak bawaan penggeser membacanya 37)."""
    sim.ketikan["cadangan"].value = "37,5"
    assert sim.penggeser["cadangan"].value == 37.5
    sim.ketikan["dana_sosial"].value = "12,5"
    assert "✔ Aturan sah" in sim.info.value and "Rp 3.750.000" in sim.tabel.value
    sim.ketikan["cadangan"].value = "tiga puluh"
    assert "bukan persen" in sim.salah_ketik.value and sim.penggeser["cadangan"].value == 37.5
    sim.penggeser["cadangan"].value = 40.5
    assert sim.ketikan["cadangan"].value == "40,5"


def test_label_grafik_tidak_bertumpuk():
    import matplotlib.pyplot as plt

    from kopkit.shu.widget import gambar_alokasi

    aturan = {"cadangan": 25, "jasa_modal": 20, "jasa_usaha": 25, "dana_pengurus": 5, "dana_karyawan": 5,
              "dana_pendidikan": 5, "dana_sosial": 5, "dana_pembangunan_daerah_kerja": 10}
    # SHU sebesar ini dulu memberi 6 label "Rp 0 … Rp 10 jt" yang saling menimpa di sumbu x.
    h = simulasi_shu(37_123_456, SIMPANAN, TRANSAKSI, aturan)
    fig = gambar_alokasi(h["alokasi"])
    fig.canvas.draw()
    pembuat = fig.canvas.get_renderer()
    ax = fig.axes[0]
    for label in (ax.get_xticklabels(), ax.get_yticklabels()):
        kotak = [t.get_window_extent(pembuat) for t in label if t.get_text()]
        assert len(kotak) >= 2
        for a, b in zip(kotak, kotak[1:]):
            assert not a.overlaps(b), [t.get_text() for t in label]
    plt.close(fig)
