"""Tolok ukur pembagian SHU per anggota untuk koperasi sintetis 1.000.000 anggota.

Membandingkan (dalam satu jalankan, mesin yang sama):

1. ``kopkit.shu.bagi_shu_anggota`` (termasuk pemeriksaan data dan tabel hasil);
2. numpy mentah: rumus dan pembulatan yang sama (sisa terbesar, seri → urutan asli), tanpa
   pemeriksaan — target: kopkit ≤ 1,5 × numpy;
3. loop Python biasa dengan int Python — diukur pada 100.000 anggota lalu diskalakan × 10
   (waktunya hampir linear; pengurutan sisa n log n membuat skala ini sedikit *menguntungkan*
   loop) — target: kopkit ≥ 100 × lebih cepat.

Jalankan: ``.venv/bin/python benchmarks/bench_shu.py [banyak_anggota]``.
Waktu = yang terbaik dari 7 ulangan (mesin pelatihan sering sibuk; yang terbaik paling stabil).
Memori puncak diukur dengan ``tracemalloc`` (numpy melaporkan alokasinya ke tracemalloc).
"""
from __future__ import annotations

import sys
import time
import tracemalloc

import numpy as np
import pandas as pd

from kopkit.shu import bagi_shu_anggota

JASA_MODAL = 1_234_567_891
JASA_USAHA = 2_345_678_901


def data_sintetis(n: int, benih: int = 2025):
    rng = np.random.default_rng(benih)
    idx = pd.Index([f"A{i:07d}" for i in range(n)], name="id_anggota")
    # Simpanan log-normal (median ± Rp1,5 juta), 5% tanpa transaksi.
    simpanan = np.round(rng.lognormal(mean=14.2, sigma=0.8, size=n)).astype("int64")
    transaksi = np.round(rng.lognormal(mean=15.0, sigma=1.2, size=n)).astype("int64")
    transaksi[rng.random(n) < 0.05] = 0
    return pd.Series(simpanan, index=idx), pd.Series(transaksi, index=idx)


def _sisa_terbesar_numpy(pool: int, w: np.ndarray) -> np.ndarray:
    W = int(w.sum())
    bagian, sisa = np.divmod(w * np.int64(pool), W)
    kurang = pool - int(bagian.sum())
    if kurang:
        # k sisa terbesar, seri → urutan asli; O(n) dengan np.partition (argsort stabil 3× lebih lambat).
        n = len(sisa)
        ambang = np.partition(sisa, n - kurang)[n - kurang]
        lebih = np.flatnonzero(sisa > ambang)
        sama = np.flatnonzero(sisa == ambang)[: kurang - len(lebih)]
        bagian[lebih] += 1
        bagian[sama] += 1
    return bagian


def numpy_mentah(simpanan: np.ndarray, transaksi: np.ndarray):
    jm = _sisa_terbesar_numpy(JASA_MODAL, simpanan)
    ju = _sisa_terbesar_numpy(JASA_USAHA, transaksi)
    return jm, ju, jm + ju


def loop_python(simpanan: list[int], transaksi: list[int]):
    def bagi(pool, w):
        W = sum(w)
        bagian, sisa = [], []
        for x in w:
            q, r = divmod(pool * x, W)
            bagian.append(q)
            sisa.append(r)
        kurang = pool - sum(bagian)
        for i in sorted(range(len(w)), key=lambda i: (-sisa[i], i))[:kurang]:
            bagian[i] += 1
        return bagian

    jm, ju = bagi(JASA_MODAL, simpanan), bagi(JASA_USAHA, transaksi)
    return jm, ju, [a + b for a, b in zip(jm, ju)]


def ukur(fungsi, *args, ulang: int = 7):
    """(waktu terbaik dalam detik, memori puncak dalam MB, hasil)."""
    terbaik, hasil = float("inf"), None
    for _ in range(ulang):
        t0 = time.perf_counter()
        hasil = fungsi(*args)
        terbaik = min(terbaik, time.perf_counter() - t0)
    tracemalloc.start()
    fungsi(*args)
    _, puncak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return terbaik, puncak / 2**20, hasil


def main(n: int = 1_000_000) -> None:
    simpanan, transaksi = data_sintetis(n)
    print(f"Koperasi sintetis: {n:,} anggota".replace(",", "."))

    # pandas menyimpan hasil pemeriksaan keunikan pada objek Index; supaya setiap ulangan jujur
    # (seperti panggilan pertama peserta), kopkit diberi salinan data dengan Index baru tiap kali.
    salinan = []

    def data_baru():
        idx = pd.Index(simpanan.index.to_numpy().copy(), dtype="str", name="id_anggota")
        return pd.Series(simpanan.to_numpy(), index=idx), pd.Series(transaksi.to_numpy(), index=idx)

    def kopkit_segar():
        s, t = salinan.pop() if salinan else data_baru()
        return bagi_shu_anggota(s, t, jasa_modal=JASA_MODAL, jasa_usaha=JASA_USAHA)

    salinan.extend(data_baru() for _ in range(8))
    t_kit, m_kit, hasil = ukur(kopkit_segar)
    # Panggilan ulang pada data yang sama (keunikan id sudah diketahui pandas).
    t_kit_ulang, _, _ = ukur(lambda: bagi_shu_anggota(simpanan, transaksi, jasa_modal=JASA_MODAL,
                                                       jasa_usaha=JASA_USAHA))
    s_np, t_np_arr = simpanan.to_numpy(), transaksi.to_numpy()
    t_np, m_np, (jm, ju, tot) = ukur(numpy_mentah, s_np, t_np_arr)
    # Hasil harus identik, rupiah demi rupiah.
    assert np.array_equal(hasil.tabel["jasa_modal"].to_numpy(), jm)
    assert np.array_equal(hasil.tabel["jasa_usaha"].to_numpy(), ju)
    assert int(jm.sum()) == JASA_MODAL and int(ju.sum()) == JASA_USAHA

    n_loop = min(n, 100_000)
    t_loop_kecil, m_loop, (ljm, lju, _) = ukur(loop_python, s_np[:n_loop].tolist(), t_np_arr[:n_loop].tolist(), ulang=3)
    t_loop = t_loop_kecil * n / n_loop
    # Loop dan numpy harus sama pada potongan yang sama.
    jm_kecil, ju_kecil, _ = numpy_mentah(s_np[:n_loop], t_np_arr[:n_loop])
    assert ljm == jm_kecil.tolist() and lju == ju_kecil.tolist()

    print(f"kopkit bagi_shu_anggota : {t_kit:8.3f} s   memori puncak {m_kit:8.1f} MB")
    print(f"kopkit, data yang sama lagi: {t_kit_ulang:8.3f} s")
    print(f"numpy mentah            : {t_np:8.3f} s   memori puncak {m_np:8.1f} MB")
    print(f"loop Python ({n_loop:,} angg.): {t_loop_kecil:8.3f} s   memori puncak {m_loop:8.1f} MB".replace(",", "."))
    print(f"loop Python diskalakan ke {n:,} angg.: {t_loop:8.3f} s".replace(",", "."))
    print(f"rasio kopkit / numpy    : {t_kit / t_np:6.2f} ×  (target ≤ 1,5; data sama lagi: {t_kit_ulang / t_np:.2f} ×)")
    print(f"rasio loop / kopkit     : {t_loop / t_kit:6.1f} ×  (target ≥ 100)")
    print(f"rasio loop / numpy      : {t_loop / t_np:6.1f} ×  (batas atas yang mungkin bagi kopkit)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000)
