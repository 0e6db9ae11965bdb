"""Aturan sebagai data: setiap tabel di kopkit/<domain>/aturan/ punya deskriptor, sumber dan tanggal
berlaku, lolos pemeriksa skema yang sama dengan dataset, dan dibaca hanya lewat muat_aturan."""
import datetime as dt
import re
from pathlib import Path

import pandas as pd
import pytest

from kopkit import data
from kopkit.dasar.aturan import daftar_aturan, muat_aturan, periksa_aturan_tabel, skema_aturan
from kopkit.dasar.galat import GalatAturan

AKAR = Path(__file__).resolve().parent.parent
BERKAS_CSV = sorted(AKAR.glob("kopkit/*/aturan/*.csv"))
NAMA = sorted(daftar_aturan()["nama"])


def test_setiap_csv_aturan_punya_deskriptor():
    assert BERKAS_CSV, "tidak ada tabel aturan"
    assert sorted(p.stem for p in BERKAS_CSV) == NAMA
    for p in BERKAS_CSV:
        assert p.with_suffix(".json").is_file(), f"{p.name} tanpa deskriptor"


@pytest.mark.parametrize("nama", NAMA)
def test_setiap_aturan_sah_bersumber_dan_bertanggal(nama):
    assert periksa_aturan_tabel(nama) == []
    t = muat_aturan(nama)
    assert len(t) > 0
    assert (t["sumber"].str.strip() != "").all(), f"{nama}: sumber kosong"
    assert not t["berlaku"].isna().any()
    assert str(t["berlaku"].dtype).startswith("datetime64")
    # Peserta tidak memegang DOMAIN.md: sumber yang ditampilkan tidak menunjuk berkas yang tidak dikirim.
    assert not t["sumber"].str.contains("DOMAIN.md").any(), f"{nama}: sumber menunjuk DOMAIN.md"
    assert "DOMAIN.md" not in skema_aturan(nama).get("sumber", "")


def test_muat_aturan_memilih_baris_yang_berlaku_pada_tanggal():
    # QRIS usaha mikro: 0% s.d. Rp100.000 (Sep 2023 - Nov 2024), lalu 0% s.d. Rp500.000 (mulai Des 2024).
    def batas_nol(pada):
        t = muat_aturan("tarif_platform", pada=pada)
        baris = t[(t["platform"] == "qris") & (t["kategori"] == "usaha_mikro") & (t["nilai"] == 0)]
        return baris["nilai_maks"].tolist()

    assert batas_nol("15/10/2024") == [100_000]
    assert batas_nol(dt.date(2024, 12, 1)) == [500_000]
    assert batas_nol(pd.Timestamp("2026-12-01")) == [500_000]


def test_tanggal_hari_pertama_dibaca_dulu():
    # 01/12/2024 adalah 1 Desember (hari-bulan-tahun), bukan 12 Januari.
    t = muat_aturan("tarif_platform", pada="01/12/2024")
    assert ((t["platform"] == "qris") & (t["nilai_maks"] == 500_000)).any()


def test_tanggal_di_luar_tabel_adalah_galat_bukan_tabel_kosong():
    with pytest.raises(GalatAturan, match="Tidak ada baris") as e:
        muat_aturan("arus_kas", pada="1/1/1990")
    assert "berlaku mulai" in str(e.value)


def test_nama_salah_memberi_saran():
    with pytest.raises(GalatAturan, match="tarif_platform"):
        muat_aturan("tarif_platfrom")


def test_muat_aturan_selalu_salinan_baru():
    a = muat_aturan("shu_contoh")
    a.loc[0, "persen"] = 99
    assert muat_aturan("shu_contoh").loc[0, "persen"] == 40


def test_aturan_arus_kas_memakai_peran_yang_ada():
    t = muat_aturan("arus_kas")
    peran = set(muat_aturan("peran_akun")["peran"])
    assert set(t["peran"]) <= peran
    # setiap peran di tabel arus kas dipegang akun di bagan akun kursus
    assert set(t["peran"]) <= set(data.muat("akun")["peran"].dropna())


def test_tidak_ada_pemuat_aturan_lain():
    """Satu pemuat: tidak ada modul kopkit lain yang membuka folder aturan/ sendiri."""
    pelanggar = []
    for p in sorted((AKAR / "kopkit").rglob("*.py")):
        if p.name == "aturan.py" and p.parent.name == "dasar":
            continue
        teks = p.read_text(encoding="utf-8")
        if re.search(r"""["']aturan["']\s*\)?\s*/|/\s*["']aturan["']|aturan/[a-z_]+\.csv["']\s*\)""", teks):
            pelanggar.append(str(p.relative_to(AKAR)))
    assert pelanggar == []


def test_sumber_yang_dikutip_ikut_dikirim():
    """Yang dilihat peserta (kamus data, tabel aturan, kode, notebook) hanya mengutip berkas yang
    ada di kit: SUMBER.md, bukan dokumen pengembang yang tidak dikirim."""
    assert (AKAR / "SUMBER.md").is_file()
    berkas = [*AKAR.glob("datasets/*.json"), *AKAR.glob("datasets/*.md"), *AKAR.glob("kopkit/**/*.py"),
              *AKAR.glob("kopkit/**/*.csv"), *AKAR.glob("kopkit/**/*.json"), *AKAR.glob("notebooks/*.ipynb"),
              *AKAR.glob("exercises/**/*.ipynb"), *AKAR.glob("exercises/sumber/*.py")]
    pelanggar = [str(p.relative_to(AKAR)) for p in berkas if "DOMAIN.md" in p.read_text(encoding="utf-8")]
    assert pelanggar == []
