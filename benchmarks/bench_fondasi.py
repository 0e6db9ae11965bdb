"""Tolok ukur fondasi kopkit, dijalankan sesuai kebutuhan (bukan oleh pytest):

    python benchmarks/bench_fondasi.py [--ulang 7] [--tanpa-notebook]

Semua angka diukur dalam satu kali jalan, terhadap pembanding yang diukur di jalan yang sama
(mesin yang sama, beban yang sama), lalu dicetak sebagai rasio:

1. Waktu ``import kopkit, kopkit.data`` dibanding ``import pandas``, masing-masing di proses Python
   baru, median dari beberapa kali. Target: <= 1,1x (kopkit tidak boleh lebih berat dari pandas,
   yang memang harus dimuat peserta).
2. Waktu seluruh uji notebook (``pytest notebooks exercises``) dibanding N kali notebook kosong yang
   hanya mengimpor pandas dan matplotlib (N = jumlah notebook; diukur sebagai satu pytest atas N
   salinan notebook kosong itu, supaya ongkos awal pytest dan kernel sama). Target: <= 1,5x.

Hasil juga disimpan di benchmarks/hasil/fondasi.json (tidak masuk git).
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

AKAR = Path(__file__).resolve().parents[1]
FOLDER_NOTEBOOK = ("notebooks", "exercises")
UKUR_IMPOR = """import time
t0 = time.perf_counter()
{impor}
print(time.perf_counter() - t0)
"""


def waktu_impor(impor: str) -> float:
    """Detik untuk satu pernyataan impor di proses Python baru (tanpa waktu start interpreter)."""
    r = subprocess.run([sys.executable, "-c", UKUR_IMPOR.format(impor=impor)], cwd=AKAR,
                       capture_output=True, text=True, check=True)
    return float(r.stdout.strip().splitlines()[-1])


def median_impor(ulang: int) -> dict[str, float]:
    kasus = {
        "import kopkit, kopkit.data": "import kopkit, kopkit.data",
        "import pandas": "import pandas",
        "(info) kopkit.data.muat('anggota') pertama": "import kopkit; kopkit.data.muat('anggota')",
    }
    waktu = {k: [] for k in kasus}
    waktu_impor("import pandas")  # pemanasan cache disk
    for _ in range(ulang):  # selang-seling, supaya gangguan sesaat mengenai keduanya
        for nama, impor in kasus.items():
            waktu[nama].append(waktu_impor(impor))
    return {k: statistics.median(v) for k, v in waktu.items()}


def semua_notebook() -> list[Path]:
    hasil = []
    for folder in FOLDER_NOTEBOOK:
        hasil += [p for p in (AKAR / folder).rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts]
    return sorted(hasil)


def notebook_kosong(path: Path) -> None:
    import nbformat

    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("import pandas as pd"),
                nbformat.v4.new_code_cell("import matplotlib.pyplot as plt")]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    for i, sel in enumerate(nb.cells):
        sel["id"] = f"sel-{i}"
    nbformat.write(nb, path)


def waktu_pytest(jalur: list[str]) -> tuple[float, int, str]:
    # -c: konfigurasi repo (flag nbval, sanitasi) juga untuk notebook pembanding di folder sementara.
    perintah = [sys.executable, "-m", "pytest", "-c", str(AKAR / "pyproject.toml"), *jalur,
                "-p", "no:cacheprovider", "-q"]
    t0 = time.perf_counter()
    r = subprocess.run(perintah, cwd=AKAR, capture_output=True, text=True)
    detik = time.perf_counter() - t0
    ringkas = (r.stdout.strip().splitlines() or [""])[-1]
    return detik, r.returncode, ringkas


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--ulang", type=int, default=7, help="jumlah pengulangan ukur impor (median)")
    p.add_argument("--tanpa-notebook", action="store_true", help="lewati bagian 2 (uji notebook)")
    a = p.parse_args(argv)
    hasil: dict = {"python": sys.version.split()[0]}

    print(f"1. Waktu impor di proses baru, median dari {a.ulang} kali:")
    impor = median_impor(a.ulang)
    for nama, detik in impor.items():
        print(f"   {nama:45s} {detik * 1000:8.1f} ms")
    rasio_impor = impor["import kopkit, kopkit.data"] / impor["import pandas"]
    print(f"   rasio kopkit/pandas: {rasio_impor:.2f}x (target <= 1,1x) "
          f"{'OK' if rasio_impor <= 1.1 else 'MELEBIHI TARGET'}")
    hasil["impor_detik"] = impor
    hasil["rasio_impor"] = rasio_impor

    if not a.tanpa_notebook:
        notebook = semua_notebook()
        n = len(notebook)
        print(f"2. Uji notebook: {n} notebook di {', '.join(FOLDER_NOTEBOOK)}/")
        jalur = [f for f in FOLDER_NOTEBOOK if (AKAR / f).is_dir()]
        detik_suite, kode, ringkas = waktu_pytest(jalur)
        print(f"   pytest {' '.join(jalur)}: {detik_suite:.1f} s ({ringkas}; kode {kode})")
        with tempfile.TemporaryDirectory(prefix="bench-kopkit-") as tmp:
            for i in range(n):
                notebook_kosong(Path(tmp) / f"kosong_{i:02d}.ipynb")
            detik_dasar, kode_dasar, ringkas_dasar = waktu_pytest([tmp])
        print(f"   pembanding {n} x notebook kosong (pandas+matplotlib): {detik_dasar:.1f} s "
              f"({ringkas_dasar}; kode {kode_dasar})")
        rasio_nb = detik_suite / detik_dasar
        print(f"   rasio: {rasio_nb:.2f}x (target <= 1,5x) {'OK' if rasio_nb <= 1.5 else 'MELEBIHI TARGET'}")
        hasil.update({"jumlah_notebook": n, "suite_detik": detik_suite, "suite_kode": kode,
                      "dasar_detik": detik_dasar, "rasio_notebook": rasio_nb})

    keluar = AKAR / "benchmarks" / "hasil"
    keluar.mkdir(parents=True, exist_ok=True)
    (keluar / "fondasi.json").write_text(json.dumps(hasil, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
