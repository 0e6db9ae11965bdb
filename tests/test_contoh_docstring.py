"""Contoh di docstring setiap modul kopkit benar-benar berjalan dan hasilnya benar."""
import doctest
import importlib
import pkgutil

import pytest

import kopkit

# __main__ menjalankan perintah saat diimpor, jadi tidak diperiksa di sini.
MODUL = sorted(m.name for m in pkgutil.walk_packages(kopkit.__path__, "kopkit.")
               if not m.name.endswith("__main__"))


@pytest.mark.parametrize("nama", MODUL)
def test_contoh_docstring(nama, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # contoh yang menulis berkas menulis di folder sementara
    modul = importlib.import_module(nama)
    hasil = doctest.testmod(modul, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE,
                            verbose=False)
    assert hasil.failed == 0, f"{hasil.failed} contoh gagal di {nama}"
