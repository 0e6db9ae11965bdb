"""Argumen berjenis salah untuk fungsi publik menjadi galat kopkit berbahasa Indonesia, bukan
``TypeError``/``AttributeError``/``KeyError`` Python (issue 10).

Dua bagian: tabel kecil kasus yang sering terjadi di kelas (dengan pesan yang diharapkan), dan
sapuan atas semua fungsi publik ``kopkit.buku``, ``kopkit.shu``, ``kopkit.pasar`` dan
``kopkit.dasar.data``: setiap argumen wajib diganti satu per satu dengan nilai berjenis salah.
Fungsi pembaca berkas (``baca_jurnal_excel``, ``masalah_berkas_jurnal``, ``baca_penjualan``,
``periksa_penjualan``) diuji oleh lapisan pembaca berkas (issue 10, "one reading layer"), bukan di sini.
"""
from __future__ import annotations

import inspect
import re

import pandas as pd
import pytest

from kopkit import buku, pasar, shu
from kopkit.dasar import data
from kopkit.dasar.galat import GalatKopkit

PEMBACA_BERKAS = {"baca_jurnal_excel", "masalah_berkas_jurnal", "baca_penjualan", "periksa_penjualan"}
JARGON = re.compile(r"\b(DataFrame|str|NoneType|dict|list|int|float|TypeError|AttributeError|KeyError)\b")

KASUS = [
    # (panggilan, potongan pesan yang diharapkan)
    (lambda: data.muat(["anggota"]), "harus teks, bukan daftar ['anggota']"),
    (lambda: data.muat(None), "harus teks, bukan kosong"),
    (lambda: shu.alokasi_shu("10.000.000"), "harus bilangan bulat rupiah"),
    (lambda: shu.hitung_shu(1_000, ["A1"], ["A1"]), "harus pandas Series"),
    (lambda: buku.neraca_saldo(["jurnal"], data.muat("akun")), "harus tabel"),
    (lambda: buku.neraca_saldo(data.muat("jurnal_umum"), "akun"), "Bagan akun harus tabel"),
    (lambda: pasar.ringkasan(["penjualan"]), "harus tabel, bukan daftar"),
    (lambda: pasar.siapkan_penjualan("penjualan_online.csv"), "harus tabel, bukan teks"),
    (lambda: pasar.biaya_persen("9.000", 10), "bilangan bulat rupiah"),
    (lambda: pasar.harga_minimum(10_000, ["shopee"]), "harus teks, bukan daftar"),
    (lambda: pasar.nilai_kesiapan(["ya"]), "pasangan nama-nilai"),
    (lambda: buku.anggaran_vs_realisasi(data.muat("jurnal_umum"), data.muat("akun"), [1, 2], 2025),
     "harus tabel, bukan daftar"),
]


@pytest.mark.parametrize("panggil, harapan", KASUS, ids=[str(i) for i in range(len(KASUS))])
def test_kasus_kelas(panggil, harapan):
    with pytest.raises(GalatKopkit) as info:
        panggil()
    assert harapan in str(info.value)
    assert not JARGON.search(info.value.pesan.split(", bukan ")[0]), info.value.pesan


SALAH = {"daftar": ["anggota"], "teks": "sepuluh ribu", "angka": 3.5, "kosong": None, "pasangan": {"a": 1},
         "tabel_kosong": pd.DataFrame()}
KATA_KUNCI_WAJIB = {"jasa_modal": 0, "jasa_usaha": 0, "persen_pindah": 10}


def _fungsi_publik():
    for modul in (buku, shu, pasar, data):
        for nama in modul.__all__:
            f = getattr(modul, nama)
            if inspect.isfunction(f) and nama not in PEMBACA_BERKAS and not nama.startswith("grafik"):
                yield f"{modul.__name__}.{nama}", f


def _kasus_sapuan():
    for nama, f in _fungsi_publik():
        param = list(inspect.signature(f).parameters.values())
        wajib = [p for p in param if p.default is p.empty and p.kind == p.POSITIONAL_OR_KEYWORD]
        for posisi, p in enumerate(wajib):
            yield pytest.param(f, len(wajib), posisi, id=f"{nama}[{p.name}]")


@pytest.mark.parametrize("f, n, posisi", list(_kasus_sapuan()))
def test_sapuan_argumen_berjenis_salah(f, n, posisi):
    kw = {k: v for k, v in KATA_KUNCI_WAJIB.items() if k in inspect.signature(f).parameters}
    for label, nilai in SALAH.items():
        arg = ["x"] * n
        arg[posisi] = nilai
        try:
            f(*arg, **kw)
        except GalatKopkit:
            pass
        except Exception as e:  # noqa: BLE001 — inilah yang diuji: tidak boleh ada galat Python mentah
            pytest.fail(f"{f.__name__} dengan argumen ke-{posisi + 1} berupa {label}: {type(e).__name__}: {e}")
