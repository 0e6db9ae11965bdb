"""Tanggal dibaca tanggal lebih dulu di SEMUA fungsi publik, bukan hanya di pemuat berkas
(issue 10): ``01/08/2025`` adalah 1 Agustus 2025; tanggal > 12 tidak pernah menjadi ValueError mentah.

Di main sebelum perubahan ini ``pd.Timestamp("01/08/2025")`` (biaya platform, periode laporan)
dan ``pd.to_datetime`` (dasar simpanan SHU) membaca 8 Januari.
"""
from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from kopkit.buku import baca_periode
from kopkit.dasar.galat import GalatKopkit, GalatMasukan
from kopkit.pasar.biaya import biaya_mdr, tarif_berlaku
from kopkit.shu import bagi_shu_anggota, dasar_simpanan, dasar_transaksi, jurnal_pembagian_shu, alokasi_shu

AGUSTUS = dt.date(2025, 8, 1)


def test_biaya_platform_tanggal_lebih_dulu():
    # Biaya per pesanan Shopee berlaku mulai 20 Juli 2025 (tabel tarif): 1 Agustus kena, 8 Januari tidak.
    harapan = tarif_berlaku("shopee", AGUSTUS)
    assert harapan.per_pesanan > 0
    for teks in ("01/08/2025", "1-8-2025", "1 Agustus 2025", "01.08.2025"):
        t = tarif_berlaku("shopee", teks)
        assert (t.tanggal, t.per_pesanan) == (pd.Timestamp(AGUSTUS), harapan.per_pesanan), teks
    assert tarif_berlaku("shopee", "13/08/2025").tanggal == pd.Timestamp(2025, 8, 13)
    # QRIS usaha mikro: 0% s.d. Rp500.000 mulai 1 Des 2024; 12 Januari 2024 masih 0,3% di atas Rp100.000.
    mikro = {"kelas_merchant": "usaha_mikro"}
    assert biaya_mdr(200_000, "01/12/2024", **mikro) == biaya_mdr(200_000, dt.date(2024, 12, 1), **mikro) == 0
    assert biaya_mdr(200_000, dt.date(2024, 1, 12), **mikro) == 600


def test_tanggal_salah_adalah_galat_kit():
    for teks in ("32/01/2025", "31/02/2025", "kemarin"):
        with pytest.raises(GalatMasukan):
            tarif_berlaku("shopee", teks)
        with pytest.raises(GalatKopkit):
            baca_periode(("01/01/2025", teks))


def test_periode_laporan_tanggal_lebih_dulu():
    assert baca_periode(("01/08/2025", "31/08/2025")) == (pd.Timestamp(2025, 8, 1), pd.Timestamp(2025, 8, 31))
    assert baca_periode(dari="13/08/2025")[0] == pd.Timestamp(2025, 8, 13)


def _simpanan_teks():
    return pd.DataFrame({"tanggal": ["01/08/2025", "13/08/2025"], "id_anggota": ["A1", "A2"],
                         "jenis": ["wajib", "wajib"], "setor": [120_000, 120_000], "tarik": [0, 0]})


def test_dasar_simpanan_rata_rata_tanggal_lebih_dulu():
    s = dasar_simpanan(_simpanan_teks(), 2025, cara="rata_rata")
    # Setor 1 dan 13 Agustus: saldo akhir bulan Agustus-Desember = 5 bulan × 120.000 / 12 = 50.000
    # (dibaca 8 Januari akan menjadi 120.000, 2,4 kali terlalu besar; 13/08 akan menjadi ValueError).
    assert s.to_dict() == {"A1": 50_000, "A2": 50_000}
    with pytest.raises(GalatMasukan) as info:
        dasar_simpanan(_simpanan_teks().assign(tanggal=["01/08/2025", "31/02/2025"]), 2025)
    assert info.value.kolom == "tanggal" and info.value.berkas == "simpanan"


def test_dasar_transaksi_dan_anggota_keluar_tanggal_lebih_dulu():
    toko = pd.DataFrame({"tanggal": ["01/12/2025", "13/12/2025", "05/01/2026"], "id_anggota": ["A1", "A1", "A1"],
                         "total": [50_000, 25_000, 10_000]})
    # 1 dan 13 Desember 2025 di dalam tahun buku 2025; 5 Januari 2026 di luarnya.
    assert dasar_transaksi(penjualan_toko=toko, tahun=2025)["toko"].to_dict() == {"A1": 75_000}
    anggota = pd.DataFrame({"id_anggota": ["A1", "A2", "A3"], "nama": ["Siti", "Budi", "Ani"],
                            "tanggal_masuk": ["02/01/2020", "02/01/2020", "15/06/2025"],
                            "tanggal_keluar": ["01/02/2026", "13/12/2025", None]})
    # A1 keluar 1 Februari 2026 (sesudah tahun buku) → ikut; A2 keluar 13 Desember 2025 → tidak ikut.
    simp = pd.Series({"A1": 1, "A2": 1, "A3": 1})
    h = bagi_shu_anggota(simp, simp, jasa_modal=100, jasa_usaha=0, anggota=anggota, tahun=2025)
    assert h.tabel["id_anggota"].tolist() == ["A1", "A3"]
    assert h.tidak_diikutkan["id_anggota"].tolist() == ["A2"]
    assert "2025-12-13" in h.tidak_diikutkan["alasan"].iloc[0]


def test_jurnal_pembagian_shu_tanggal_lebih_dulu():
    j = jurnal_pembagian_shu(alokasi_shu(1_000, {"cadangan": 50, "jasa_modal": 50}), tanggal="01/03/2026", tahun=2025)
    assert (j["tanggal"] == pd.Timestamp(2026, 3, 1)).all()


TANGGAL_SAMA = ["01/08/2025", "1 Agustus 2025", "01-08-2025", "2025-08-01", dt.date(2025, 8, 1),
                pd.Timestamp(2025, 8, 1)]


@pytest.mark.parametrize("tulisan", TANGGAL_SAMA, ids=str)
def test_satu_tanggal_dibaca_sama_oleh_setiap_fungsi(tulisan):
    """Tabel masukan yang sama untuk setiap fungsi publik yang menerima tanggal: semuanya 1 Agustus 2025."""
    from kopkit.buku import buat_bukti, jurnal_penyesuaian
    from kopkit.dasar.aturan import muat_aturan
    from kopkit.pasar.biaya import rincian_harga

    agustus = pd.Timestamp(2025, 8, 1)
    assert baca_periode((tulisan, tulisan)) == (agustus, agustus)
    assert tarif_berlaku("shopee", tulisan).tanggal == agustus
    assert (buat_bukti(tulisan, "B1", "Setor", [("101", 5, 0), ("301", 0, 5)])["tanggal"] == agustus).all()
    assert (jurnal_penyesuaian(tulisan, "JP1", "Sewa", [("101", 5, 0), ("301", 0, 5)])["tanggal"] == agustus).all()
    assert (jurnal_pembagian_shu(alokasi_shu(10, {"cadangan": 100}), tanggal=tulisan, tahun=2025)["tanggal"] == agustus).all()
    assert rincian_harga(50_000, "shopee", tanggal=tulisan) == rincian_harga(50_000, "shopee", tanggal=AGUSTUS)
    assert muat_aturan("tarif_platform", pada=tulisan).equals(muat_aturan("tarif_platform", pada=AGUSTUS))
