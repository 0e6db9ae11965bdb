"""Saldo simpanan per anggota dan per bulan, serta widget penggeser di pelajaran 00."""
import pandas as pd
import pytest

from kopkit.dasar.galat import GalatData, GalatMasukan
from kopkit.simpan_pinjam.simpanan import saldo_bulanan, saldo_sampai_bulan, saldo_simpanan


@pytest.fixture
def catatan():
    return pd.DataFrame({
        "tanggal": pd.to_datetime(["2025-01-01", "2025-01-05", "2025-02-05", "2025-02-20",
                                   "2025-03-05", "2025-03-31"]),
        "id_anggota": ["A1", "A1", "A1", "A2", "A2", "A1"],
        "jenis": ["pokok", "wajib", "wajib", "sukarela", "wajib", "sukarela"],
        "setor": [100_000, 25_000, 25_000, 500_000, 25_000, 0],
        "tarik": [0, 0, 0, 0, 0, 0],
    })


def test_saldo_per_anggota(catatan):
    catatan.loc[3, "tarik"] = 200_000  # A2 menyetor 500.000 dan menarik 200.000 sukarela
    saldo = saldo_simpanan(catatan)
    assert saldo.loc["A1"].tolist() == [100_000, 50_000, 0, 150_000]
    assert saldo.loc["A2"].tolist() == [0, 25_000, 300_000, 325_000]
    assert all(str(t) == "int64" for t in saldo.dtypes)


def test_saldo_sampai_tanggal_dan_bulan(catatan):
    assert saldo_simpanan(catatan, sampai="2025-01-31")["wajib"].sum() == 25_000
    assert saldo_sampai_bulan(catatan, 1, tahun=2025) == 25_000
    assert saldo_sampai_bulan(catatan, 3, tahun=2025) == 75_000
    bulanan = saldo_bulanan(catatan, tahun=2025)
    assert bulanan.shape == (12, 3)
    assert bulanan["wajib"].is_monotonic_increasing and bulanan.loc[12, "wajib"] == 75_000


def test_masukan_buruk(catatan):
    with pytest.raises(GalatMasukan, match="Bulan 13"):
        saldo_sampai_bulan(catatan, 13, tahun=2025)
    with pytest.raises(GalatMasukan, match="deposito"):
        saldo_sampai_bulan(catatan, 1, jenis="deposito", tahun=2025)
    with pytest.raises(GalatData, match="kolom setor"):
        saldo_simpanan(catatan.drop(columns="setor"))


def test_widget_penggeser_mengikuti_fungsi(catatan, capsys):
    from kopkit.mulai.widget import penggeser_simpanan, teks_saldo

    kotak = penggeser_simpanan(catatan, tahun=2025)
    kotak.penggeser.value = 3
    # Di luar kernel, Output tidak menangkap cetakan: yang dicetak callback sampai ke stdout.
    # Tampilan di JupyterLab sungguhan diuji di tests/test_browser.py.
    terakhir = capsys.readouterr().out.strip().splitlines()[-1]
    assert terakhir.endswith(teks_saldo(catatan, 3, tahun=2025))
    assert teks_saldo(catatan, 3, tahun=2025) == "Simpanan wajib s.d. bulan 3: Rp 75.000"
