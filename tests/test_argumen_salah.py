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
import tempfile
from pathlib import Path

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
    (lambda: shu.hitung_shu(1_000, ["A1"], ["A1"]), "harus satu angka per anggota"),
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
KATA_KUNCI_WAJIB = {"jasa_modal": 0, "jasa_usaha": 0, "persen_pindah": 10, "tanggal": "22/02/2026", "tahun": 2025,
                    "nama_koperasi": "KSU Tunas Makmur", "shu_sebelum_pajak": 100_000_000,
                    "omzet_tahunan": 4_000_000_000, "perlakuan_pajak": "umum", "pada": "31/12/2025",
                    "perlakuan": "umum", "mulai": "01/03/2026", "bulan": 3, "bagian_waktu_petugas": "0,5",
                    "wilayah": "Kabupaten Malang"}


def _kata_kunci_wajib(f) -> dict:
    """Nilai sah untuk argumen kata kunci yang wajib (tanpa bawaan), mis. tahun=, tanggal=."""
    param = inspect.signature(f).parameters
    return {k: v for k, v in KATA_KUNCI_WAJIB.items()
            if k in param and param[k].kind == param[k].KEYWORD_ONLY and param[k].default is param[k].empty}


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
    kw = _kata_kunci_wajib(f)
    for label, nilai in SALAH.items():
        arg = ["x"] * n
        arg[posisi] = nilai
        try:
            f(*arg, **kw)
        except GalatKopkit:
            pass
        except Exception as e:  # noqa: BLE001 — inilah yang diuji: tidak boleh ada galat Python mentah
            pytest.fail(f"{f.__name__} dengan argumen ke-{posisi + 1} berupa {label}: {type(e).__name__}: {e}")


# --------------------------------------------------------------------------------------------
# Sapuan argumen pilihan: panggilan dasar yang sah, lalu satu argumen pilihan diganti nilai salah
# --------------------------------------------------------------------------------------------

def _basis():
    from kopkit.pasar.analisis import contoh_penjualan

    akun = data.muat("akun")
    mini = buku.buat_bukti("02/01/2025", "B1", "Setor", [("101", 100_000, 0), ("301", 0, 100_000)])
    jual = buku.buat_bukti("03/01/2025", "B2", "Jual", [("101", 50_000, 0), ("401", 0, 50_000)])
    satu = pd.concat([mini, jual], ignore_index=True)
    simp = pd.Series({"A1": 1, "A2": 2})
    umum = {
        "jurnal": satu, "akun": akun, "siap": pasar.siapkan_penjualan(contoh_penjualan()),
        "penjualan": contoh_penjualan(), "produk": data.muat("produk"), "shu": 1_000_000, "aturan": None,
        "simpanan": simp, "transaksi": simp, "nama": "anggota", "harga": 10_000, "harga_pokok": 5_000,
        "kanal": "shopee", "platform": "shopee", "tanggal": "01/08/2025", "nilai_transaksi": 100_000,
        "dasar": 100_000, "persen": 10, "biaya_tetap": 100_000, "laba_per_unit": 1_000, "dana": 1_000_000,
        "kebutuhan": {"sembako": (100_000, 100)}, "laporan": buku.neraca_saldo(satu, akun),
        "alokasi": shu.alokasi_shu(1_000), "selisih_laba": 1_000, "aturan_shu": data.muat("aturan_shu"),
        "jawaban": {1: 2, 2: 1}, "anggaran": pd.DataFrame({"kode": ["401"], "anggaran": [1_000]}),
        "penyesuaian": buku.jurnal_penyesuaian("31/12/2025", "JP", "Sewa", [("101", 5, 0), ("301", 0, 5)]),
        "periode": 2025, "tahun": 2025, "skenario": pd.DataFrame({"pos": ["Pendapatan", "Laba"],
                                                                  "selisih": [50_000_000, 10_000_000]}), "no_bukti": "B9", "keterangan": "Setor", "pos": [("101", 5, 0), ("301", 0, 5)],
        "mentah": data.baca_csv_mentah("akun"), "deskriptor": data.skema("akun"), "tabel": None,
        "pembagian": shu.bagi_shu_anggota(simp, simp, jasa_modal=100, jasa_usaha=100),
        "berkas": str(Path(tempfile.mkdtemp()) / "ekspor.xlsx"),
    }
    khusus = {"dasar_simpanan": {"simpanan": data.muat("simpanan")}}
    return umum, khusus


#: Argumen yang bukan bagian tugas ini: tahun buku (bawaan tahun kursus, sedang diubah di issue 10
#: "a period the data does not contain is an error"), dan tujuan berkas (diuji di test_ekspor_lembam).
DILEWATI = {"tahun", "berkas"}
SALAH_PILIHAN = {"daftar": ["x"], "teks": "sepuluh", "angka": 3.5, "negatif": -5, "pasangan": {"a": 1}}


def _kasus_pilihan():
    for nama, f in _fungsi_publik():
        param = inspect.signature(f).parameters.values()
        pilihan = [p.name for p in param if p.default is not p.empty and p.name not in DILEWATI
                   and p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)]
        if pilihan:
            yield pytest.param(f, pilihan, id=nama)


@pytest.mark.parametrize("f, pilihan", list(_kasus_pilihan()))
def test_sapuan_argumen_pilihan_berjenis_salah(f, pilihan):
    umum, khusus = _basis()
    param = inspect.signature(f).parameters
    wajib = [p.name for p in param.values() if p.default is p.empty and p.kind == p.POSITIONAL_OR_KEYWORD]
    if any(w not in umum for w in wajib):
        pytest.fail(f"tambahkan nilai sah untuk {wajib} ke _basis()")
    dasar = {w: khusus.get(f.__name__, {}).get(w, umum[w]) for w in wajib}
    dasar.update(_kata_kunci_wajib(f))
    try:
        f(**dasar)  # panggilan dasar boleh berhasil atau galat kopkit, tidak boleh galat Python
    except GalatKopkit:
        pass
    for nama in pilihan:
        for label, nilai in SALAH_PILIHAN.items():
            try:
                f(**{**dasar, nama: nilai})
            except GalatKopkit:
                pass
            except Exception as e:  # noqa: BLE001
                pytest.fail(f"{f.__name__}({nama}={label}): {type(e).__name__}: {e}")
