"""Aturan sebagai data (kopkit/aturan/*.csv): setiap berkas menyebut sumber dan tanggal berlakunya,
dan aturan arus kas hanya memakai akun dan aktivitas yang ada."""
from importlib import resources

import pandas as pd
import pytest

from kopkit import data

BERKAS = sorted(p.name for p in (resources.files("kopkit") / "aturan").iterdir() if p.name.endswith(".csv"))


def baca(nama: str) -> pd.DataFrame:
    with (resources.files("kopkit") / "aturan" / nama).open("r", encoding="utf-8", newline="") as f:
        return pd.read_csv(f, dtype=str, keep_default_na=False)


@pytest.mark.parametrize("nama", BERKAS)
def test_setiap_aturan_bersumber_dan_bertanggal(nama):
    t = baca(nama)
    assert len(t) > 0
    assert "sumber" in t.columns and (t["sumber"].str.strip() != "").all(), f"{nama}: sumber kosong"
    kolom_tanggal = [k for k in t.columns if k in ("berlaku", "berlaku_mulai")]
    assert kolom_tanggal, f"{nama}: tidak ada kolom berlaku/berlaku_mulai"
    assert (t[kolom_tanggal[0]].str.strip() != "").all()


def test_aturan_arus_kas_memakai_akun_dan_aktivitas_yang_ada():
    from kopkit.laporan_keuangan import AKTIVITAS_ARUS_KAS

    t = baca("arus_kas.csv")
    kode_akun = set(data.muat("akun")["kode"])
    assert set(t["kode"]) <= kode_akun
    assert set(t["aktivitas"]) <= {"operasi", "investasi", "pendanaan"}
    assert AKTIVITAS_ARUS_KAS == dict(zip(t["kode"], t["aktivitas"]))
