"""Penulisan Excel yang aman: tidak menimpa tanpa izin, tidak meninggalkan berkas rusak."""
import pytest
from openpyxl import Workbook, load_workbook

from kopkit.dasar.excel import periksa_tujuan, simpan_buku_kerja
from kopkit.dasar.galat import GalatBerkas


def test_tujuan_diperiksa(tmp_path):
    with pytest.raises(GalatBerkas, match="berakhiran .xlsx"):
        periksa_tujuan(tmp_path / "a.xls", timpa=False, contoh="x.xlsx")
    with pytest.raises(GalatBerkas, match="tidak ada"):
        periksa_tujuan(tmp_path / "tidak" / "a.xlsx", timpa=False, contoh="x.xlsx")
    ada = tmp_path / "ada.xlsx"
    ada.write_bytes(b"milik pengguna")
    with pytest.raises(GalatBerkas, match="tidak ditimpa"):
        periksa_tujuan(ada, timpa=False, contoh="x.xlsx")
    assert ada.read_bytes() == b"milik pengguna"
    assert periksa_tujuan(ada, timpa=True, contoh="x.xlsx") == ada


def test_simpan_gagal_tidak_merusak_berkas_lama(tmp_path, monkeypatch):
    tujuan = tmp_path / "laporan.xlsx"
    tujuan.write_bytes(b"versi lama")
    wb = Workbook()

    def gagal(self, nama):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Workbook, "save", gagal)
    with pytest.raises(GalatBerkas, match="tidak dapat ditulis"):
        simpan_buku_kerja(wb, tujuan)
    assert tujuan.read_bytes() == b"versi lama"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["laporan.xlsx"]


def test_simpan_berhasil(tmp_path):
    wb = Workbook()
    wb.active["A1"] = 1_250_000
    tujuan = simpan_buku_kerja(wb, tmp_path / "a.xlsx")
    assert load_workbook(tujuan).active["A1"].value == 1_250_000
