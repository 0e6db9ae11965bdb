"""Galat kopkit: pesan lengkap, lokasi, dan tampilan ringkas di notebook (tanpa traceback)."""
import nbformat
from nbclient import NotebookClient

from kopkit.dasar.galat import GalatKopkit, GalatMasukan


def test_pesan_lokasi_dan_saran():
    e = GalatMasukan("'12,5,0' bukan angka.", berkas="anggota.xlsx", lembar="Anggota", baris=7,
                     kolom="simpanan_wajib", saran="Tulis seperti 12.500.")
    assert str(e) == ("'12,5,0' bukan angka. (berkas anggota.xlsx, lembar Anggota, baris 7, "
                      "kolom simpanan_wajib) Cara memperbaiki: Tulis seperti 12.500.")
    assert isinstance(e, GalatKopkit)
    lebih = e.dengan_lokasi(baris=9)
    assert type(lebih) is GalatMasukan and "baris 9" in str(lebih) and "lembar Anggota" in str(lebih)


def test_di_notebook_galat_kopkit_tampil_ringkas_tanpa_jalur_berkas():
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("from kopkit import data\ndata.muat('angota')"),
                nbformat.v4.new_code_cell("1 / 0")]
    NotebookClient(nb, kernel_name="python3", allow_errors=True, timeout=60).execute()
    galat = nb.cells[0].outputs[0]
    assert galat["output_type"] == "error" and galat["ename"] == "GalatData"
    assert len(galat["traceback"]) == 1
    teks = galat["traceback"][0]
    assert "Mungkin maksud Anda: anggota" in teks and ".py" not in teks
    # Galat lain (bukan dari kopkit) tetap memakai traceback lengkap IPython.
    assert nb.cells[1].outputs[0]["ename"] == "ZeroDivisionError"
    assert len(nb.cells[1].outputs[0]["traceback"]) > 1
