"""Data skala besar untuk uji kinerja (TIDAK ikut dikirim dalam paket).

Jalur kodenya sama dengan koperasi kursus (:func:`kopkit.datasets.bangun.bangun_koperasi`): anggota
dibagi menjadi potongan (1.000 anggota), tiap potongan dibangun sebagai satu "cabang" dengan benih
turunan sendiri, lalu ditulis bersambung ke CSV, sehingga memori tetap kecil berapa pun jumlah anggota.
Nomor anggota dibuat unik lintas cabang (A000001...), nomor bukti diberi awalan cabang (C001-BKM-...).
Jurnal tiap cabang seimbang dan cocok dengan buku pembantunya, seperti koperasi kursus.

Dari baris perintah::

    python -m kopkit.datasets.bangun skala --anggota 100000 --keluar /tmp/skala

Dari Python (untuk tolok ukur modul lain)::

    >>> from kopkit.datasets.skala import jurnal_skala
    >>> j, akun = jurnal_skala(20_000, seed=1)
    >>> len(j) <= 20_000 and int(j["debit"].sum()) == int(j["kredit"].sum())
    True
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

from . import bangun as _b

UKURAN_POTONG = 1_000
LEBAR_ID = 6
TABEL_TETAP = ["akun", "aturan_shu", "dasar_shu", "produk"]


def potongan_koperasi(n_anggota: int, seed: int = _b.BENIH, ukuran_potong: int = UKURAN_POTONG):
    """Hasilkan (nomor_cabang, dict tabel) satu per satu; tiap cabang paling banyak ``ukuran_potong``
    anggota. Total anggota = ``n_anggota``."""
    from kopkit.dasar.galat import GalatMasukan

    if not isinstance(n_anggota, int) or n_anggota < 20:
        raise GalatMasukan(f"Jumlah anggota {n_anggota!r} terlalu kecil untuk koperasi skala.",
                           saran="Isi bilangan bulat paling sedikit 20, mis. 100000.")
    if not isinstance(ukuran_potong, int) or ukuran_potong < 20:
        raise GalatMasukan(f"Ukuran potong {ukuran_potong!r} tidak sah.",
                           saran="Isi bilangan bulat paling sedikit 20, mis. 1000.")
    mulai, i = 0, 0
    while mulai < n_anggota:
        n = min(ukuran_potong, n_anggota - mulai)
        if 0 < n_anggota - mulai - n < 20:  # hindari cabang sisa yang terlalu kecil
            n = n_anggota - mulai
        yield i, _b.bangun_koperasi(n_anggota=n, seed=[seed, i], id_awal=mulai + 1, lebar_id=LEBAR_ID,
                                    awalan_bukti=f"C{i + 1:03d}-")
        mulai += n
        i += 1


def _bertipe_seperti_jurnal(j: pd.DataFrame) -> pd.DataFrame:
    """Samakan tipe kolom dengan ``kopkit.data.muat("jurnal_umum")`` tanpa lewat teks (hemat memori)."""
    from kopkit.dasar.data import skema

    unit = next(f for f in skema("jurnal_umum")["schema"]["fields"] if f["name"] == "unit")
    return pd.DataFrame({
        "tanggal": j["tanggal"].astype("datetime64[us]"),
        "no_bukti": j["no_bukti"].astype("str"), "akun": j["akun"].astype("str"),
        "keterangan": j["keterangan"].astype("str"),
        "debit": j["debit"].astype("int64"), "kredit": j["kredit"].astype("int64"),
        "unit": pd.Categorical(j["unit"], categories=unit["constraints"]["enum"]),
        "id_anggota": j["id_anggota"].astype("str").where(j["id_anggota"].notna()),
    })


def jurnal_skala(n_baris: int, seed: int = _b.BENIH, ukuran_potong: int = UKURAN_POTONG):
    """Jurnal umum berbentuk ``jurnal_umum`` dengan paling banyak ``n_baris`` baris (bukti tidak
    dipotong, jadi setiap bukti tetap seimbang; biasanya kurang dari 1 % di bawah ``n_baris``),
    beserta bagan akunnya. Sekitar 100-130 baris jurnal per anggota.

    Kembalikan ``(jurnal, akun)``: dua DataFrame bertipe sama dengan ``kopkit.data.muat``.
    """
    from kopkit.dasar.data import muat
    from kopkit.dasar.galat import GalatMasukan

    if not isinstance(n_baris, int) or n_baris < 1:
        raise GalatMasukan(f"Jumlah baris {n_baris!r} tidak sah.", saran="Isi bilangan bulat positif, mis. 1_000_000.")
    # Sekitar 100-130 baris jurnal per anggota; cabang dibangun satu per satu sampai cukup.
    perlu = n_baris // 90 + 40
    while True:
        bagian, jumlah = [], 0
        for _, t in potongan_koperasi(perlu, seed, ukuran_potong):
            bagian.append(t["jurnal_umum"])
            jumlah += len(t["jurnal_umum"])
            del t
            if jumlah >= n_baris:
                break
        if jumlah >= n_baris:
            break
        perlu *= 2  # jarang terjadi: koperasi ternyata lebih "jarang" transaksinya
    j = pd.concat(bagian, ignore_index=True)
    del bagian
    # potong di batas bukti
    akhir_bukti = j["no_bukti"].ne(j["no_bukti"].shift(-1)).to_numpy()
    batas = np.flatnonzero(akhir_bukti[:min(n_baris, len(j))])
    j = j.iloc[: int(batas[-1]) + 1] if len(batas) else j.iloc[:0]
    return _bertipe_seperti_jurnal(j), muat("akun")


def koperasi_skala(n_anggota: int, seed: int = _b.BENIH, ukuran_potong: int = UKURAN_POTONG) -> dict:
    """Semua tabel koperasi berukuran ``n_anggota`` di memori (gabungan semua cabang).

    Untuk 100.000 anggota tabel penjualan_toko berisi sekitar 10 juta nota; di laptop 4 GB pakailah
    paling banyak sekitar 20.000 anggota di memori, atau tulis ke disk dengan :func:`tulis_skala`.
    """
    kumpulan: dict[str, list] = {}
    for i, t in potongan_koperasi(n_anggota, seed, ukuran_potong):
        for nama, df in t.items():
            if nama in TABEL_TETAP and i > 0:
                continue
            kumpulan.setdefault(nama, []).append(df)
    return {nama: pd.concat(x, ignore_index=True) for nama, x in kumpulan.items()}


def tulis_skala(n_anggota: int, folder: Path | str, benih: int = _b.BENIH, ukuran_potong: int = UKURAN_POTONG,
                tampil=sys.stderr) -> dict[str, int]:
    """Tulis koperasi berukuran ``n_anggota`` ke ``folder`` sebagai CSV (format sama dengan dataset
    bawaan), potong demi potong, dengan tampilan kemajuan. Kembalikan jumlah baris per tabel."""
    from . import deskriptor as dk

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    semua = dk.semua()
    baris: dict[str, int] = {}
    n_potong = -(-n_anggota // ukuran_potong)
    mulai = time.perf_counter()
    for i, t in potongan_koperasi(n_anggota, benih, ukuran_potong):
        for nama, df in t.items():
            if nama in TABEL_TETAP and i > 0:
                continue
            _b.tulis_csv(df, semua[nama], folder / f"{nama}.csv", mode="w" if i == 0 else "a", judul=i == 0)
            baris[nama] = baris.get(nama, 0) + len(df)
        del t, df  # lepaskan cabang ini sebelum cabang berikutnya dibangun (memori puncak = satu cabang)
        if tampil is not None:
            detik = time.perf_counter() - mulai
            print(f"\rcabang {i + 1}/{n_potong}: {baris['jurnal_umum']:,} baris jurnal, {detik:,.0f} detik",
                  end="", file=tampil, flush=True)
    if tampil is not None:
        print(file=tampil)
        for nama, n in baris.items():
            print(f"{nama:18s} {n:>12,d} baris", file=tampil)
    return baris
