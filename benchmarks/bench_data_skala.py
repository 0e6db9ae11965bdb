"""Tolok ukur pembangkit data kopkit (dijalankan sesuai kebutuhan, bukan oleh pytest):

    .venv/bin/python benchmarks/bench_data_skala.py [--baris 1000000] [--anggota 100000] [--tanpa-cli]

Setiap pengukuran berjalan di proses Python baru, supaya memori puncak (ru_maxrss) milik
pengukuran itu sendiri:

1. ``bangun_koperasi()``: koperasi kursus 250 anggota (semua tabel + jurnal).
2. ``jurnal_skala(--baris)``: jurnal berbentuk jurnal_umum untuk tolok ukur modul lain.
3. ``python -m kopkit.datasets.bangun skala --anggota N``: tulis koperasi N anggota ke disk
   (sekitar 100 baris jurnal per anggota), potong demi potong.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

AKAR = Path(__file__).resolve().parents[1]
UKUR = """import json, resource, time
t0 = time.perf_counter()
{kode}
detik = time.perf_counter() - t0
print(json.dumps({{"detik": detik, "mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "baris": baris}}))
"""


def ukur(kode: str) -> dict:
    r = subprocess.run([sys.executable, "-c", UKUR.format(kode=kode)], cwd=AKAR, capture_output=True,
                       text=True, check=True)
    return json.loads(r.stdout.strip().splitlines()[-1])


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--baris", type=int, default=1_000_000)
    p.add_argument("--anggota", type=int, default=100_000)
    p.add_argument("--tanpa-cli", action="store_true")
    a = p.parse_args()

    h = ukur("from kopkit.datasets.bangun import bangun_koperasi\n"
             "t = bangun_koperasi()\nbaris = len(t['jurnal_umum'])")
    print(f"bangun_koperasi() 250 anggota  : {h['detik']:6.1f} s, puncak {h['mb']:6.0f} MB, "
          f"{h['baris']:,} baris jurnal")
    h = ukur("from kopkit.datasets.skala import jurnal_skala\n"
             f"j, akun = jurnal_skala({a.baris})\nbaris = len(j)")
    print(f"jurnal_skala({a.baris:,})       : {h['detik']:6.1f} s, puncak {h['mb']:6.0f} MB, "
          f"{h['baris']:,} baris jurnal")
    if not a.tanpa_cli:
        with tempfile.TemporaryDirectory() as tmp:
            h = ukur("from kopkit.datasets.skala import tulis_skala\n"
                     f"n = tulis_skala({a.anggota}, {str(tmp)!r}, tampil=None)\nbaris = n['jurnal_umum']")
            ukuran = sum(f.stat().st_size for f in Path(tmp).iterdir()) / 1e9
        print(f"skala --anggota {a.anggota:,}    : {h['detik']:6.1f} s, puncak {h['mb']:6.0f} MB, "
              f"{h['baris']:,} baris jurnal, {ukuran:.1f} GB CSV")


if __name__ == "__main__":
    t = time.perf_counter()
    main()
    print(f"(total {time.perf_counter() - t:.0f} s)")
