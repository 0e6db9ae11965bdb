"""Tolok ukur lapisan baca (kopkit.dasar.baca) pada jurnal CSV besar (dijalankan sesuai kebutuhan):

    .venv/bin/python benchmarks/bench_baca.py [--baris 200000 1000000] [--gaya iso|indonesia] [--folder DIR]
        [--ulang 3]

Jurnal dibangkitkan dengan ``kopkit.datasets.skala.jurnal_skala`` dan ditulis sebagai CSV
(``--gaya iso``: tanggal 2025-01-31 dan angka polos seperti ekspor aplikasi; ``--gaya indonesia``:
tanggal 31/01/2025, rupiah 1.250.000, pemisah titik koma, UTF-8 ber-BOM seperti "CSV UTF-8" Excel).

Setiap pengukuran berjalan di proses Python baru, supaya waktu dan memori puncak (ru_maxrss)
milik pengukuran itu sendiri (memori: VmHWM dari /proc); waktu = terbaik dari --ulang kali
(mesin 2 inti dipakai bersama, jadi satu kali ukur bisa meleset jauh). Pembanding diukur dalam run yang sama: ``pandas.read_csv`` polos
berkas yang sama (dtype=str, mesin "c"). Sasaran (issue 10): baca + periksa 200.000 baris <= 5 s;
1.000.000 baris dalam memori puncak <= 1 GB; baca <= 3x pandas.read_csv.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

AKAR = Path(__file__).resolve().parents[1]
UKUR = """import json, resource, time
import pandas as pd

def puncak_mb():
    # VmHWM: puncak memori proses INI (ru_maxrss di Linux dapat mewarisi puncak induk lewat fork/exec).
    try:
        for b in open("/proc/self/status"):
            if b.startswith("VmHWM:"):
                return int(b.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

from kopkit.buku.impor import baca_jurnal_excel
from kopkit.dasar.data import muat
akun = muat("akun")
mb0 = puncak_mb()
t0 = time.perf_counter()
{kode}
detik = time.perf_counter() - t0
print(json.dumps({{"detik": detik, "mb": puncak_mb(),
                  "mb0": mb0, "baris": int(baris)}}))
"""
KODE = {
    "pandas.read_csv (pembanding)": "d = pd.read_csv({p!r}, dtype=str, sep={sep!r}, encoding={enc!r}, engine='c')"
                                    "\nbaris = len(d)",
    "baca_jurnal_excel (baca)": "j = baca_jurnal_excel({p!r})\nbaris = len(j)",
    "baca_jurnal_excel (baca+periksa)": "j = baca_jurnal_excel({p!r}, akun=akun)\nbaris = len(j)",
}


def ukur(kode: str) -> dict:
    r = subprocess.run([sys.executable, "-c", UKUR.format(kode=kode)], cwd=AKAR, capture_output=True,
                       text=True)
    if r.returncode:
        raise SystemExit(r.stderr[-2000:])
    return json.loads(r.stdout.strip().splitlines()[-1])


def tulis(n: int, folder: Path, gaya: str) -> tuple[Path, str, str]:
    p = folder / f"jurnal_{n}_{gaya}.csv"
    sep, enc = (",", "utf-8") if gaya == "iso" else (";", "utf-8-sig")
    if not p.exists():
        from kopkit.datasets.skala import jurnal_skala

        j, _ = jurnal_skala(n)
        if gaya == "indonesia":
            from kopkit.dasar.uang import format_angka

            j["tanggal"] = j["tanggal"].dt.strftime("%d/%m/%Y")
            for k in ("debit", "kredit"):
                j[k] = [format_angka(v) if v else "" for v in j[k].tolist()]
        j.to_csv(p, index=False, sep=sep, encoding=enc)
    return p, sep, enc


def main() -> None:
    a = argparse.ArgumentParser()
    a.add_argument("--baris", type=int, nargs="+", default=[200_000, 1_000_000])
    a.add_argument("--gaya", choices=["iso", "indonesia"], default="iso")
    a.add_argument("--folder", type=Path, default=None)
    a.add_argument("--ulang", type=int, default=3, help="ulangi setiap pengukuran; waktu terbaik yang dicetak")
    arg = a.parse_args()
    folder = arg.folder or Path(tempfile.mkdtemp(prefix="bench_baca_"))
    folder.mkdir(parents=True, exist_ok=True)
    for n in arg.baris:
        p, sep, enc = tulis(n, folder, arg.gaya)
        print(f"\n{n:,} baris ({arg.gaya}, {p.stat().st_size / 1e6:.0f} MB): {p}")
        dasar = None
        for nama, kode in KODE.items():
            semua = [ukur(kode.format(p=str(p), sep=sep, enc=enc)) for _ in range(max(arg.ulang, 1))]
            h = min(semua, key=lambda x: x["detik"])
            h["mb"] = max(x["mb"] for x in semua)
            dasar = dasar or h["detik"]
            print(f"  {nama:34s}: {h['detik']:6.2f} s ({h['detik'] / dasar:4.1f}x pembanding), "
                  f"puncak {h['mb']:5.0f} MB (setelah impor {h['mb0']:4.0f} MB), {h['baris']:,} baris")


if __name__ == "__main__":
    main()
