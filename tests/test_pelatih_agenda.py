"""Agenda Bimtek dua hari dari metadata notebook (kopkit.pelatih.agenda)."""
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import load_workbook

from kopkit.dasar.galat import GalatBerkas, GalatMasukan
from kopkit.pelatih import (agenda_html, baca_pelajaran, ke_menit, periksa_menit,
                            simpan_agenda_excel, susun_agenda_bimtek)

AKAR = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def sesi():
    return baca_pelajaran(AKAR)


def test_menit_setiap_pelajaran_wajar_untuk_banyak_selnya(sesi):
    # Sel per menit mengajar tiap pelajaran paling jauh 2x dari median pelajaran lain.
    assert len(sesi) >= 6
    janggal = periksa_menit(sesi)
    assert janggal.empty, janggal[["modul", "sel", "mengajar", "sel_per_menit"]].to_string()


def test_periksa_menit_menandai_pelajaran_yang_janggal(sesi):
    palsu = sesi.copy()
    palsu.loc[palsu.index[0], "mengajar"] = 5  # 28 sel dalam 5 menit
    assert palsu.iloc[0]["modul"] in periksa_menit(palsu)["modul"].tolist()


def test_agenda_dua_hari_lengkap_dan_urut(sesi):
    a = susun_agenda_bimtek(sesi)
    assert set(a["hari"]) == {1, 2}
    assert a.iloc[0]["jenis"] == "pembukaan" and a.iloc[1]["kegiatan"].startswith("Pra-tes")
    assert a.iloc[-1]["jenis"] == "penutupan"
    tanpa_rehat = a[a["jenis"] != "rehat"]
    assert tanpa_rehat["kegiatan"].iloc[-3].startswith("Pasca-tes")
    assert tanpa_rehat.iloc[-2]["jenis"] == "evaluasi"
    # Setiap modul yang ada muncul berurutan dengan pelajaran, latihan, dan diskusi.
    modul = a.loc[a["jenis"] == "pelajaran", "modul"].drop_duplicates().tolist()
    assert modul == sorted(set(sesi["modul"]))
    for m in modul:
        assert {"pelajaran", "latihan", "diskusi"} <= set(a.loc[a["modul"] == m, "jenis"])
    # Menit pelajaran+latihan per modul (walau terpotong rehat) sama dengan metadata.
    for m, per_modul in sesi.groupby("modul"):
        baris = a[a["modul"] == m]
        assert baris.loc[baris["jenis"] == "pelajaran", "menit"].sum() == per_modul["mengajar"].sum()
        assert baris.loc[baris["jenis"] == "latihan", "menit"].sum() == per_modul["latihan"].sum()
        assert (baris["jenis"] == "diskusi").sum() == 1
    # Tidak ada yang tumpang tindih, tidak ada yang melewati jam selesai.
    for _, per_hari in a.groupby("hari"):
        mulai = per_hari["mulai"].map(ke_menit).tolist()
        selesai = per_hari["selesai"].map(ke_menit).tolist()
        assert all(s <= m for s, m in zip(selesai, mulai[1:]))
        assert max(selesai) <= ke_menit("17:00")
    # Rehat kopi, Dzuhur, Ashar ada setiap hari.
    for h in (1, 2):
        rehat = " ".join(a.loc[(a["hari"] == h) & (a["jenis"] == "rehat"), "kegiatan"])
        assert "Dzuhur" in rehat and "Ashar" in rehat and "kopi" in rehat


def test_jam_salat_adalah_pilihan(sesi):
    a = susun_agenda_bimtek(sesi, mulai="7.30", dzuhur=("11.45", 60), ashar=("15.10", 15))
    dzuhur = a[a["kegiatan"].str.contains("Dzuhur")]
    assert a.iloc[0]["mulai"] == "07:30"
    # Dzuhur mulai dekat jamnya: dimajukan atau diundur sedikit agar kegiatan tidak terpotong kecil.
    assert len(dzuhur) == 2
    assert all(ke_menit("11:15") <= ke_menit(j) <= ke_menit("11:55") for j in dzuhur["mulai"])


def test_tidak_muat_memberi_galat_yang_jelas(sesi):
    with pytest.raises(GalatMasukan, match="tidak muat"):
        susun_agenda_bimtek(sesi, selesai="11:00")


def test_contoh_kecil_dihitung_tangan():
    sesi = pd.DataFrame({"modul": ["00"], "judul": ["A"], "mengajar": [100], "latihan": [0]})
    a = susun_agenda_bimtek(sesi, diskusi=0)
    # 08:00 buka 30, 08:30 pra-tes 20, 08:50 pelajaran 70 menit sampai 10:00, rehat 15,
    # 10:15 sisa 30 menit pelajaran.
    assert a[["mulai", "selesai", "jenis"]].values.tolist()[:5] == [
        ["08:00", "08:30", "pembukaan"], ["08:30", "08:50", "tes"], ["08:50", "10:00", "pelajaran"],
        ["10:00", "10:15", "rehat"], ["10:15", "10:45", "pelajaran"]]


def test_html_dan_excel(sesi, tmp_path):
    a = susun_agenda_bimtek(sesi)
    html = agenda_html(a, "Bimtek Koperasi")
    assert html.count("<table>") == 2 and "Pra-tes" in html and 'lang="id"' in html
    berkas = simpan_agenda_excel(a, tmp_path / "agenda.xlsx", "Bimtek Koperasi")
    wb = load_workbook(berkas)
    assert wb.sheetnames == ["Hari 1", "Hari 2"]
    assert sum(ws.max_row - 2 for ws in wb.worksheets) == len(a)
    with pytest.raises(GalatBerkas, match="tidak ditimpa"):
        simpan_agenda_excel(a, berkas, "Bimtek Koperasi")
