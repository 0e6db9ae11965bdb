"""Tolok ukur kesehatan dan lomba untuk 80.000 koperasi (jumlah Koperasi Desa/Kelurahan Merah
Putih) x 3 tahun, data sintetis.

Membandingkan dalam satu jalankan (mesin yang sama):

1. kopkit: ``skor_kesehatan`` skema 2016 lengkap (22 komponen) untuk semua baris, lalu lomba
   (``indikator_lomba`` termasuk skor 2020/2021 per tahun, ``nilai_lomba`` untuk dua tahun yang
   punya tahun sebelumnya) — termasuk pemeriksaan data dan tabel aturan;
2. pandas mentah: rumus, kurva dan bobot yang sama (dibaca sekali dari tabel aturan), dengan
   pembagian pecahan biasa, tanpa pemeriksaan.

Target: kopkit <= 2 detik dan <= 2 x pandas mentah. Kesesuaian hasil keduanya juga dicetak.
Jalankan: ``.venv/bin/python benchmarks/bench_kesehatan.py [banyak_koperasi]``.
Waktu = yang terbaik dari 7 ulangan, kopkit dan pandas bergantian (mesin bersama sering sibuk).
"""
from __future__ import annotations

import sys
import time

import numpy as np
import pandas as pd

from kopkit.kesehatan import indikator_lomba, kriteria_lomba, nilai_lomba, skema_2016, skor_kesehatan
from kopkit.kesehatan.lomba import skema_keuangan_lomba
from kopkit.kesehatan.rasio import DAFTAR_RASIO
from kopkit.kesehatan.skema import bobot_rpm

JENIS = ["produsen", "konsumen", "jasa", "pemasaran", "ksp", "ksp_syariah"]
TAHUN = (2023, 2024, 2025)


def data_sintetis(n: int, benih: int = 2025) -> pd.DataFrame:
    g = np.random.default_rng(benih)
    ulang = len(TAHUN)
    m = n * ulang
    aset = np.round(g.lognormal(19.5, 1.4, m)).astype("int64") + 10_000_000
    ms = (aset * g.uniform(0.05, 0.9, m)).astype("int64")
    pinj = (aset * g.uniform(0.1, 0.7, m)).astype("int64")
    kl, d, mc = ((pinj * g.uniform(0, f, m)).astype("int64") for f in (0.08, 0.04, 0.04))
    lancar = pinj - kl - d - mc
    pend = (aset * g.uniform(0.1, 2.0, m)).astype("int64")
    shu = (pend * g.uniform(-0.03, 0.12, m)).astype("int64")
    anggota = g.integers(20, 3000, m)
    df = pd.DataFrame({
        "id_koperasi": np.repeat([f"K{i:06d}" for i in range(n)], ulang),
        "nama": np.repeat([f"Koperasi {i}" for i in range(n)], ulang),
        "jenis": pd.Categorical(np.repeat(g.choice(JENIS, n), ulang), categories=JENIS),
        "kecamatan": "Jabung", "tahun": np.tile(TAHUN, n), "jumlah_anggota": anggota,
        "total_aset": aset, "liabilitas": aset - ms, "modal_sendiri": ms,
        "simpanan_pokok": (ms * 0.05).astype("int64"), "simpanan_wajib": (ms * 0.3).astype("int64"),
        "pinjaman_lancar": lancar, "pinjaman_kurang_lancar": kl, "pinjaman_diragukan": d, "pinjaman_macet": mc,
        "pendapatan": pend, "beban": pend - shu, "shu": shu,
        "anggota_aktif_bertransaksi": (anggota * g.uniform(0.3, 1, m)).astype("int64"),
        "rat_tepat_waktu": g.random(m) < 0.8, "jualan_daring": g.random(m) < 0.3,
        # kolom tambahan untuk skema 2016 lengkap
        "pinjaman_anggota": (pinj * g.uniform(0.5, 1, m)).astype("int64"), "pinjaman_berisiko": (pinj * 0.3).astype("int64"),
        "modal_tertimbang": ms, "atmr": pinj + aset // 5, "cadangan_risiko": (kl * 0.6).astype("int64"),
        "beban_operasi_anggota": pend - shu, "partisipasi_bruto": (pend * g.uniform(0.5, 1, m)).astype("int64"),
        "beban_usaha": (pend * 0.1).astype("int64"), "shu_kotor": (pend * 0.2).astype("int64") + 1,
        "beban_karyawan": (pend * 0.04).astype("int64"), "kas_bank": (aset * 0.1).astype("int64"),
        "kewajiban_lancar": ((aset - ms) * 0.6).astype("int64") + 1, "dana_diterima": aset - shu,
        "shu_sebelum_pajak": shu, "promosi_ekonomi_anggota": (shu * 0.2).astype("int64"),
    })
    for k in ("manajemen_umum", "manajemen_kelembagaan", "manajemen_permodalan", "manajemen_aktiva",
              "manajemen_likuiditas"):
        df[k] = np.round(g.uniform(0, 100, m), 2)
    return df


def kopkit_semua(df: pd.DataFrame, s16, kriteria):
    k16 = skor_kesehatan(df, s16)
    ind = indikator_lomba(df)
    lomba = [nilai_lomba(ind, t, kriteria) for t in TAHUN[1:]]
    return k16, lomba


# --- pandas mentah: rumus yang sama, pecahan biasa, tanpa pemeriksaan ---------------------------

def _rasio_mentah(df, kode, rpm):
    a, b, satuan, _ = DAFTAR_RASIO.get(kode, (kode, None, "%", ""))
    if b is None:
        return df[kode]

    def pos(x):
        if x in df:
            return df[x]
        if x == "pinjaman":
            return df["pinjaman_lancar"] + df["pinjaman_kurang_lancar"] + df["pinjaman_diragukan"] + df["pinjaman_macet"]
        if x == "pinjaman_bermasalah":
            return df["pinjaman_kurang_lancar"] + df["pinjaman_diragukan"] + df["pinjaman_macet"]
        if x == "risiko_pinjaman_bermasalah":
            return sum(rpm[k] / 100 * df[f"pinjaman_{k}"] for k in ("lancar", "kurang_lancar", "diragukan", "macet"))
        if x == "simpanan_pokok_wajib":
            return df["simpanan_pokok"] + df["simpanan_wajib"]
        if x.startswith("tambah_"):
            return df[x[7:]] - df[x[7:] + "_lalu"]
        raise KeyError(x)

    p, q = pos(a), pos(b)
    return (p / q.where(q > 0) * (100 if satuan == "%" else 1)).round(2)


def _skor_mentah(df, skema, rpm):
    total = 0.0
    for k in skema.komponen.itertuples():
        r = _rasio_mentah(df, k.rasio, rpm)
        if k.bulatkan_rasio == "satuan":
            r = np.floor(r + 0.5)
        syarat, nilai = [], []
        for s in skema.kurva[skema.kurva["kode"] == k.kode].itertuples():
            m = pd.Series(True, index=df.index)
            if not pd.isna(s.rasio_min):
                m &= (r >= s.rasio_min) if s.termasuk_min else (r > s.rasio_min)
            if not pd.isna(s.rasio_maks):
                m &= (r <= s.rasio_maks) if s.termasuk_maks else (r < s.rasio_maks)
            syarat.append(m)
            nilai.append(s.nilai_dasar + s.kemiringan * r)
        cadangan = k.nilai_bila_tak_terdefinisi
        v = np.select(syarat, nilai, default=np.nan)
        v = np.where(r.isna(), cadangan if not pd.isna(cadangan) else np.nan, v)
        total = total + k.bobot * v
    skor = np.round(total / skema.komponen["bobot"].sum(), 2)
    p = skema.predikat.sort_values("skor_min")
    return skor, pd.cut(skor, list(p["skor_min"]) + [np.inf], right=False, labels=list(p["predikat"]))


def pandas_mentah(df, s16, s21, kriteria, rpm):
    k16 = _skor_mentah(df, s16, rpm)
    lalu = df[["id_koperasi", "tahun", "modal_sendiri", "jumlah_anggota", "pendapatan"]].copy()
    lalu["tahun"] += 1
    d = df.merge(lalu, on=["id_koperasi", "tahun"], how="left", suffixes=("", "_lalu"))
    ind = pd.DataFrame({"id_koperasi": d["id_koperasi"], "jenis": d["jenis"], "tahun": d["tahun"],
                        "rat_tepat_waktu": d["rat_tepat_waktu"] * 100.0, "jualan_daring": d["jualan_daring"] * 100.0,
                        "pertumbuhan_pendapatan": _rasio_mentah(d, "pertumbuhan_pendapatan", rpm),
                        "pertumbuhan_anggota": _rasio_mentah(d, "pertumbuhan_anggota", rpm),
                        "partisipasi_anggota": _rasio_mentah(d, "partisipasi_anggota", rpm),
                        "shu_per_anggota": d["shu"] / d["jumlah_anggota"],
                        "skor_kesehatan": _skor_mentah(d, s21, rpm)[0]})
    hasil = []
    for t in TAHUN[1:]:
        x = ind[ind["tahun"] == t].copy()
        total = 0.0
        for k in kriteria.itertuples():
            g = x.groupby("jenis", observed=True)[k.indikator]
            lo, hi = g.transform("min"), g.transform("max")
            n = ((x[k.indikator] - lo) / (hi - lo) * 100).where(hi > lo, 50.0)
            x[f"n_{k.kode}"] = n
            total = total + k.bobot * n
        x["skor"] = np.round(total / kriteria["bobot"].sum(), 2)
        x = x.sort_values(["jenis", "skor", "n_KU1", "id_koperasi"], ascending=[True, False, False, True])
        x["peringkat"] = x.groupby("jenis", observed=True).cumcount() + 1
        hasil.append(x)
    return k16, hasil


def terbaik_bergantian(a, b, ulang=7):
    """Jalankan a dan b bergantian ``ulang`` kali; waktu terbaik masing-masing. Bergantian supaya
    beban mesin bersama yang naik-turun mengenai keduanya sama rata."""
    wa, wb, ha, hb = [], [], None, None
    for _ in range(ulang):
        t = time.perf_counter()
        ha = a()
        wa.append(time.perf_counter() - t)
        t = time.perf_counter()
        hb = b()
        wb.append(time.perf_counter() - t)
    return min(wa), ha, min(wb), hb


def main(n: int = 80_000) -> None:
    df = data_sintetis(n)
    s16, s21, kriteria, rpm = skema_2016(), skema_keuangan_lomba(), kriteria_lomba(), bobot_rpm()
    t_k, (k16, lomba), t_p, (p16, plomba) = terbaik_bergantian(
        lambda: kopkit_semua(df, s16, kriteria), lambda: pandas_mentah(df, s16, s21, kriteria, rpm))
    sama16 = float(np.mean(k16["skor"].to_numpy() == p16[0]))
    sama_pred = float(np.mean(k16["predikat"].to_numpy() == np.asarray(p16[1], dtype=object)))
    a = lomba[-1].set_index("id_koperasi")["peringkat"]
    b = plomba[-1].set_index("id_koperasi")["peringkat"].loc[a.index]
    sama_rank = float(np.mean(a.to_numpy() == b.to_numpy()))
    print(f"{n:,} koperasi x {len(TAHUN)} tahun = {len(df):,} baris".replace(",", "."))
    print(f"kopkit (skema 2016 semua baris + lomba 2 tahun): {t_k:.2f} s   target <= 2 s")
    print(f"pandas mentah (rumus sama):                      {t_p:.2f} s")
    print(f"rasio kopkit / pandas: {t_k / t_p:.2f} x   target <= 2 x")
    print(f"hasil sama: skor 2016 {sama16:.2%}, predikat {sama_pred:.2%}, peringkat lomba {TAHUN[-1]} {sama_rank:.2%}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 80_000)
