"""Tolok ukur pembukuan: neraca saldo + empat laporan keuangan dari 1 juta baris jurnal.

Pembanding (diukur dalam proses yang sama): groupby pandas "telanjang" yang menghitung jumlah yang
sama — saldo per akun s.d. akhir tahun, pendapatan/beban setahun, saldo awal dan mutasi ekuitas,
dan arus kas per akun lawan (bukti yang menyentuh kas) — tanpa pemeriksaan, penggolongan,
penataan baris laporan atau pesan galat. Sasaran: kopkit <= 2x pembanding.

    .venv/bin/python benchmarks/bench_buku.py [--baris 1000000] [--ulang 3]

beancount tidak terpasang di lingkungan ini, jadi perbandingan dengan beancount tidak dijalankan
(dicetak sebagai keterangan).
"""
from __future__ import annotations

import argparse
import importlib.util
import time

import numpy as np
import pandas as pd

from kopkit import buku, data
from kopkit.buku import laporan as lk


def jurnal_acak(n_baris: int, akun: pd.DataFrame, seed: int = 2025) -> pd.DataFrame:
    """Jurnal acak seimbang ~n_baris baris: bukti 2-4 baris, separuh bukti menyentuh kas/bank,
    ditambah bukti saldo awal SA-2025. Dibangkitkan dengan numpy (cepat)."""
    rng = np.random.default_rng(seed)
    daun = akun.loc[~akun["header"], "kode"].to_numpy()
    n_bukti = n_baris // 3
    k = rng.integers(2, 5, n_bukti)                       # baris per bukti
    n = int(k.sum())
    bukti = np.repeat(np.arange(n_bukti), k)
    awal = np.cumsum(k) - k
    urut = np.arange(n) - np.repeat(awal, k)
    jumlah = rng.integers(1_000, 50_000_000, n_bukti)
    # Baris pertama debit sebesar jumlah; sisanya kredit, jumlah dipecah bulat dan tepat.
    bagian = rng.random(n)
    bagian[urut == 0] = 0
    tot = np.bincount(bukti, weights=bagian)
    kredit = np.floor(bagian / np.where(tot[bukti] > 0, tot[bukti], 1) * jumlah[bukti]).astype("int64")
    sisa = jumlah - np.bincount(bukti, weights=kredit).astype("int64")
    terakhir = awal + k - 1
    kredit[terakhir] += sisa
    debit = np.where(urut == 0, jumlah[bukti], 0).astype("int64")
    kredit[urut == 0] = 0
    kode = daun[rng.integers(0, len(daun), n)]
    pakai_kas = rng.random(n_bukti) < 0.5
    kode[awal[pakai_kas]] = np.where(rng.random(pakai_kas.sum()) < 0.7, "101", "102")
    hari = rng.integers(0, 365, n_bukti)
    tanggal = (np.datetime64("2025-01-01") + hari[bukti]).astype("datetime64[us]")
    nomor = np.char.add("BM-2025-", np.char.zfill(bukti.astype(str), 7))
    j = pd.DataFrame({"tanggal": tanggal, "no_bukti": pd.array(nomor, dtype="str"), "akun": pd.array(kode, dtype="str"),
                      "keterangan": "transaksi", "debit": debit, "kredit": kredit,
                      "unit": pd.Categorical(rng.choice(["usp", "toko", "produsen", "daring", "umum"], n))})
    sa = pd.DataFrame({"tanggal": pd.to_datetime(["2025-01-01"] * 3).astype("datetime64[us]"),
                       "no_bukti": "SA-2025", "akun": ["101", "102", "301"], "keterangan": "Saldo awal",
                       "debit": [50_000_000, 500_000_000, 0], "kredit": [0, 0, 550_000_000],
                       "unit": pd.Categorical(["umum"] * 3, categories=j["unit"].cat.categories)})
    return pd.concat([sa, j], ignore_index=True)


def dasar_pandas(j: pd.DataFrame, jenis: dict) -> dict:
    """Jumlah yang sama dengan groupby pandas telanjang (pembanding)."""
    akhir = pd.Timestamp("2025-12-31")
    hasil = {"neraca_saldo": j.groupby("akun")[["debit", "kredit"]].sum()}
    jenis_baris = j["akun"].map(jenis)
    tahun = (j["tanggal"] >= "2025-01-01") & (j["tanggal"] <= akhir)
    hasil["hasil_usaha"] = j[tahun & jenis_baris.isin(["pendapatan", "beban"])].groupby("akun")[["debit", "kredit"]].sum()
    hasil["posisi"] = j[j["tanggal"] <= akhir].groupby("akun")[["debit", "kredit"]].sum()
    sa = j["no_bukti"].str.contains("SA-", regex=False)  # SA-2025 atau C001-SA-2025 (cabang)
    ek = jenis_baris == "ekuitas"
    hasil["ekuitas_awal"] = j[sa & ek].groupby("akun")[["debit", "kredit"]].sum()
    hasil["ekuitas_mutasi"] = j[~sa & ek & tahun].groupby("akun")[["debit", "kredit"]].sum()
    kas = j["akun"].isin(["101", "102"])
    dalam = tahun & ~sa
    sentuh = kas[dalam].groupby(j.loc[dalam, "no_bukti"]).transform("any")
    lawan = j[dalam][sentuh & ~kas[dalam]]
    hasil["arus_kas"] = lawan.groupby("akun")[["debit", "kredit"]].sum()
    return hasil


def kopkit_dari_tabel(j, akun) -> dict:
    """Seperti pengguna memanggil setiap fungsi dengan DataFrame (disiapkan ulang tiap kali)."""
    return {"neraca_saldo": buku.neraca_saldo(j, akun), "posisi": lk.laporan_posisi_keuangan(j, akun, "2025-12-31"),
            "hasil_usaha": lk.laporan_hasil_usaha(j, akun, 2025), "ekuitas": lk.laporan_perubahan_ekuitas(j, akun, 2025),
            "arus_kas": lk.laporan_arus_kas(j, akun, 2025)}


def kopkit_siap(j, akun) -> dict:
    """Siapkan sekali (pemeriksaan ringan), lalu buat semua laporan."""
    js = buku.siapkan_jurnal(j, akun)
    return kopkit_dari_tabel(js, akun)


def ukur(f, ulang: int) -> float:
    terbaik = float("inf")
    for _ in range(ulang):
        t0 = time.perf_counter()
        f()
        terbaik = min(terbaik, time.perf_counter() - t0)
    return terbaik


def main(argv=None) -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--baris", type=int, default=1_000_000)
    p.add_argument("--ulang", type=int, default=3)
    p.add_argument("--sumber", choices=["skala", "acak"], default="skala",
                   help="skala: kopkit.datasets.skala.jurnal_skala; acak: jurnal acak numpy")
    arg = p.parse_args(argv)
    akun = data.muat("akun")
    jenis = dict(zip(akun["kode"], akun["jenis"].astype(str)))
    t0 = time.perf_counter()
    j = None
    if arg.sumber == "skala":
        try:
            from kopkit.datasets.skala import jurnal_skala

            j, akun = jurnal_skala(arg.baris)
            asal = "jurnal_skala() (koperasi berskala, jalur kode dataset)"
        except Exception as e:  # pembangkit skala belum siap: pakai jurnal acak sendiri
            print(f"jurnal_skala() tidak dapat dipakai ({type(e).__name__}: {e}); memakai jurnal acak.")
    if j is None:
        j = jurnal_acak(arg.baris, akun)
        asal = "jurnal acak seimbang (numpy)"
    print(f"Sumber: {asal}: {len(j):,} baris, {j['no_bukti'].nunique():,} bukti "
          f"(dibangkitkan dalam {time.perf_counter() - t0:.1f} s)")
    # Periksa dulu bahwa keduanya menghitung jumlah yang sama (bukan membandingkan hal berbeda).
    dasar = dasar_pandas(j, jenis)
    kk = kopkit_siap(j, akun)
    ns = kk["neraca_saldo"].set_index("kode")
    bersih = dasar["neraca_saldo"]["debit"] - dasar["neraca_saldo"]["kredit"]
    assert all(int(ns.loc[k, "debit"]) - int(ns.loc[k, "kredit"]) == int(v) for k, v in bersih.items())
    hu = kk["hasil_usaha"].set_index("pos")["jumlah"]
    d = dasar["hasil_usaha"]
    assert int(hu["SHU setelah pajak"]) == int(d["kredit"].sum() - d["debit"].sum())
    ak = kk["arus_kas"]
    assert int(ak.loc[ak["jenis_baris"] == "akun", "jumlah"].sum()) == \
        int(dasar["arus_kas"]["kredit"].sum() - dasar["arus_kas"]["debit"].sum())

    t_dasar = ukur(lambda: dasar_pandas(j, jenis), arg.ulang)
    t_siap = ukur(lambda: kopkit_siap(j, akun), arg.ulang)
    t_tabel = ukur(lambda: kopkit_dari_tabel(j, akun), arg.ulang)
    t_validasi = ukur(lambda: buku.validasi_jurnal(j, akun, 2025), 1)
    print(f"groupby pandas telanjang (jumlah yang sama)     : {t_dasar:6.2f} s")
    print(f"kopkit, siapkan sekali + 5 laporan              : {t_siap:6.2f} s   rasio {t_siap / t_dasar:4.2f}x "
          f"(sasaran <= 2x)")
    print(f"kopkit, 5 fungsi dipanggil dengan DataFrame     : {t_tabel:6.2f} s   rasio {t_tabel / t_dasar:4.2f}x")
    print(f"validasi_jurnal lengkap (semua masalah, 1x)     : {t_validasi:6.2f} s   rasio {t_validasi / t_dasar:4.2f}x")
    if importlib.util.find_spec("beancount") is None:
        print("beancount tidak terpasang: perbandingan dengan beancount (100.000 transaksi) TIDAK dijalankan.")
    else:
        print("beancount terpasang, tetapi perbandingannya belum ditulis di skrip ini.")


if __name__ == "__main__":
    main()
