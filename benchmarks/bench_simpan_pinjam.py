"""Tolok ukur simpan pinjam: jadwal 100.000 pinjaman dan kualitas pinjaman dari 1.000.000 baris angsuran.

Dibandingkan dalam satu jalankan (mesin yang sama):

1. ``kopkit.simpan_pinjam.jadwal_banyak`` (bervektor, termasuk pemeriksaan masukan dan tabel hasil)
   melawan (a) perulangan Python biasa per pinjaman dengan int Python (rumus dan pembulatan yang
   sama; pembanding tersulit), (b) ``jadwal_angsuran`` kopkit dipanggil per pinjaman (yang ditulis
   pengguna tanpa versi bervektor) — target kopkit ≥ 50 × lebih cepat — dan (c) numpy-financial
   dipanggil per pinjaman (``pmt``, ``ipmt``, ``ppmt``, tanpa pembulatan rupiah). Pembanding diukur
   pada sebagian pinjaman lalu diskalakan (waktunya linear dalam banyaknya pinjaman).
2. ``kualitas_pinjaman`` (mencocokkan setiap baris dengan jadwal, umur tunggakan, kelas, PPAP)
   melawan groupby pandas polos atas baris yang sama (jumlah pokok dibayar dan angsuran terakhir per
   pinjaman) — target kopkit ≤ 2 × groupby.

Jalankan: ``.venv/bin/python benchmarks/bench_simpan_pinjam.py [banyak_pinjaman] [banyak_baris]``.
Waktu = terbaik dari beberapa ulangan (mesin pelatihan sering sibuk; yang terbaik paling stabil).
"""
from __future__ import annotations

import sys
from decimal import Decimal
import time

import numpy as np
import numpy_financial as npf
import pandas as pd

from kopkit.simpan_pinjam import jadwal_angsuran, jadwal_banyak, kualitas_pinjaman

METODE = np.array(["flat", "efektif", "anuitas"])


def terbaik(fungsi, ulang: int = 5) -> float:
    hasil = []
    for _ in range(ulang):
        t = time.perf_counter()
        fungsi()
        hasil.append(time.perf_counter() - t)
    return min(hasil)


def pinjaman_sintetis(n: int, benih: int = 2025) -> pd.DataFrame:
    rng = np.random.default_rng(benih)
    pokok = (np.clip(np.round(rng.lognormal(np.log(9_000_000), 0.7, n) / 500_000), 2, 100) * 500_000).astype(np.int64)
    cair = np.datetime64("2024-01-01") + rng.integers(0, 540, n).astype("timedelta64[D]")
    return pd.DataFrame({
        "id_pinjaman": [f"PJ{i:07d}" for i in range(n)],
        "id_anggota": [f"A{i:07d}" for i in range(n)],
        "tanggal_cair": pd.to_datetime(cair),
        "pokok": pokok,
        "tenor_bulan": rng.choice([6, 12, 18, 24, 36, 48, 60], n).astype(np.int64),
        "bunga_per_bulan": rng.choice([0.01, 0.0125, 0.015, 0.0175, 0.02], n),
        "metode": METODE[rng.choice(3, n, p=[0.6, 0.3, 0.1])],
    })


def jadwal_loop(pokok, n, num, den, metode):
    """Perulangan Python biasa, satu pinjaman sekali jalan (pembulatan 'sisa_di_akhir')."""
    hasil = []
    for P, m, a, b, kode in zip(pokok, n, num, den, metode):
        if kode == "anuitas":
            r = a / b
            angs = int(np.floor(P * r / (1 - (1 + r) ** -m) + 0.5))
        dasar = (2 * P + m) // (2 * m)
        sisa = P
        for k in range(1, m + 1):
            jasa = (2 * (P if kode == "flat" else sisa) * a + b) // (2 * b)
            bagian = angs - jasa if kode == "anuitas" else dasar
            bagian = sisa if k == m else min(max(bagian, 0), sisa)
            sisa -= bagian
            hasil.append((k, bagian, jasa, bagian + jasa, sisa))
    return hasil


def npf_per_pinjaman(pokok, n, r):
    hasil = []
    for P, m, i in zip(pokok, n, r):
        k = np.arange(1, m + 1)
        hasil.append((npf.pmt(i, m, -P), npf.ipmt(i, k, m, -P), npf.ppmt(i, k, m, -P)))
    return hasil


def angsuran_sintetis(p: pd.DataFrame, j: pd.DataFrame, benih: int = 7):
    """Catatan angsuran 2025 dari jadwal: sebagian telat, sebagian berhenti membayar."""
    rng = np.random.default_rng(benih)
    awal, akhir = np.datetime64("2025-01-01"), np.datetime64("2025-12-31")
    tempo = j["jatuh_tempo"].to_numpy("datetime64[D]")
    telat = np.where(rng.random(len(j)) < 0.2, rng.integers(8, 50, len(j)), rng.integers(0, 4, len(j)))
    tanggal = np.maximum(tempo + telat.astype("timedelta64[D]"), awal)
    berhenti = pd.Series(awal + rng.integers(0, 400, len(p)).astype("timedelta64[D]"), index=p["id_pinjaman"])
    henti = berhenti.reindex(j["id_pinjaman"]).to_numpy("datetime64[D]")
    # Pembayaran berurutan: sesudah berhenti, tidak ada lagi catatan.
    pilih = (tempo >= awal) & (tanggal <= akhir) & (tempo <= henti)
    a = pd.DataFrame({"id_pinjaman": j["id_pinjaman"].to_numpy()[pilih], "tanggal": pd.to_datetime(tanggal[pilih]),
                      "angsuran_ke": j["angsuran_ke"].to_numpy()[pilih], "jatuh_tempo": j["jatuh_tempo"].to_numpy()[pilih],
                      "pokok": j["pokok"].to_numpy()[pilih], "jasa": j["jasa"].to_numpy()[pilih],
                      "denda": np.zeros(pilih.sum(), np.int64)})
    lama = j["jatuh_tempo"].to_numpy("datetime64[D]") < awal
    sebelum = pd.Series(np.where(lama, j["pokok"].to_numpy(), 0)).groupby(j["id_pinjaman"].to_numpy()).sum()
    p = p.copy()
    p["saldo_awal"] = np.where(p["tanggal_cair"] < pd.Timestamp(awal),
                               p["pokok"] - sebelum.reindex(p["id_pinjaman"]).to_numpy(), 0)
    return p, a


def main(banyak: int = 100_000, baris: int = 1_000_000) -> None:
    p = pinjaman_sintetis(banyak)
    print(f"1. Jadwal {banyak:,} pinjaman ({int(p['tenor_bulan'].sum()):,} baris angsuran)".replace(",", "."))
    p = p.drop(columns="tanggal_cair")  # tanggal jatuh tempo tidak dihitung oleh pembanding, jadi tidak diukur
    t_kopkit = terbaik(lambda: jadwal_banyak(p), 5)
    sebagian = max(1, banyak // 10)
    q = p.iloc[:sebagian]
    num = (q["bunga_per_bulan"] * 10_000).round().astype(int).tolist()
    argumen = (q["pokok"].tolist(), q["tenor_bulan"].tolist(), num, [10_000] * sebagian, q["metode"].tolist())
    t_loop = terbaik(lambda: jadwal_loop(*argumen), 2) * banyak / sebagian
    t_npf = terbaik(lambda: npf_per_pinjaman(q["pokok"].tolist(), q["tenor_bulan"].tolist(),
                                             q["bunga_per_bulan"].tolist()), 2) * banyak / sebagian
    sedikit = max(1, banyak // 100)
    r = q.iloc[:sedikit]
    t_satu = terbaik(lambda: [jadwal_angsuran(int(a), int(b), Decimal(str(c)) * 100, metode=d) for a, b, c, d in
                              zip(r["pokok"], r["tenor_bulan"], r["bunga_per_bulan"], r["metode"])], 2) * banyak / sedikit
    print(f"   kopkit bervektor                 : {t_kopkit:8.3f} s")
    print(f"   (a) loop Python int per pinjaman : {t_loop:8.3f} s (diukur {sebagian}, diskalakan)"
          f"  -> kopkit {t_loop / t_kopkit:6.1f} × lebih cepat")
    print(f"   (b) jadwal_angsuran per pinjaman : {t_satu:8.3f} s (diukur {sedikit}, diskalakan)"
          f"  -> kopkit {t_satu / t_kopkit:6.1f} × lebih cepat (target ≥ 50 ×)")
    print(f"   (c) numpy-financial per pinjaman : {t_npf:8.3f} s (diukur {sebagian}, diskalakan)"
          f"  -> kopkit {t_npf / t_kopkit:6.1f} × lebih cepat")

    # 2. Kualitas pinjaman: cukup pinjaman agar catatan 2025 sekitar `baris` baris.
    n2 = max(1000, int(baris / 4.5))  # sekitar 4,9 baris angsuran 2025 per pinjaman sintetis
    p2 = pinjaman_sintetis(n2, benih=11)
    j2 = jadwal_banyak(p2)
    p2, a2 = angsuran_sintetis(p2, j2)
    if len(a2) > baris:
        # potong ke `baris` baris pertama per pinjaman utuh (urut pinjaman) agar ukurannya tepat
        batas = a2["id_pinjaman"].iat[baris]
        p2 = p2[p2["id_pinjaman"] < batas]
        j2 = j2[j2["id_pinjaman"].astype(str) < batas]
        a2 = a2[a2["id_pinjaman"].astype(str) < batas]
    a2 = a2.sort_values(["tanggal", "id_pinjaman"], kind="stable").reset_index(drop=True)
    pada = "2025-12-31"
    print(f"2. Kualitas pinjaman: {len(a2):,} baris angsuran, {len(p2):,} pinjaman".replace(",", "."))
    t_kualitas = terbaik(lambda: kualitas_pinjaman(p2, a2, j2, pada), 3)
    batas_tgl = pd.Timestamp(pada)

    def groupby_polos():
        b = a2[a2["tanggal"] <= batas_tgl]
        return b.groupby("id_pinjaman").agg(pokok=("pokok", "sum"), ke=("angsuran_ke", "max"))

    t_gb = terbaik(groupby_polos, 3)
    print(f"   kopkit kualitas_pinjaman: {t_kualitas:8.3f} s")
    print(f"   groupby pandas polos    : {t_gb:8.3f} s  -> kopkit {t_kualitas / t_gb:5.2f} × groupby (target ≤ 2 ×)")


if __name__ == "__main__":
    argumen = [int(x) for x in sys.argv[1:3]]
    main(*argumen)
