"""Anggaran memori laptop 4 GB: peserta yang membuka SETIAP notebook (pelajaran + latihan) dan
menjalankannya sampai habis, tanpa menutup satu pun kernel.

Setiap notebook dijalankan di kernelnya sendiri (seperti satu tab JupyterLab); kernel dibiarkan
hidup. Dicetak: memori (RSS) tiap kernel setelah notebooknya selesai, jumlah semua kernel di
puncaknya, dan pembanding dalam proses yang sama: satu kernel kosong (hanya Python + IPython).
Server JupyterLab sendiri (~100-150 MB) dan browser tidak dihitung.

    .venv/bin/python benchmarks/bench_memori_peserta.py
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

import nbformat
import psutil
from jupyter_client.manager import start_new_kernel
from nbclient import NotebookClient

AKAR = Path(__file__).resolve().parents[1]
MB = 1024 ** 2


def rss_pohon(pid: int) -> int:
    p = psutil.Process(pid)
    return sum(x.memory_info().rss for x in [p, *p.children(recursive=True)])


def main() -> int:
    os.environ.setdefault("KOPKIT_DATA_DIR", tempfile.mkdtemp(prefix="kopkit-bench-"))
    os.environ.setdefault("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    notebook = sorted((AKAR / "notebooks").glob("*.ipynb")) + sorted((AKAR / "exercises").glob("*.ipynb"))
    kernel = []
    km0, kc0 = start_new_kernel(kernel_name="python3")
    kc0.execute_interactive("pass", timeout=60)
    kosong = rss_pohon(km0.provisioner.process.pid)
    print(f"pembanding: kernel kosong {kosong / MB:.0f} MB")
    puncak = 0
    try:
        for nb_path in notebook:
            km, kc = start_new_kernel(kernel_name="python3", cwd=str(nb_path.parent))
            kernel.append((km, kc))
            nb = nbformat.read(nb_path, as_version=4)
            klien = NotebookClient(nb, km=km, kc=kc, timeout=600, allow_errors=True,
                                   resources={"metadata": {"path": str(nb_path.parent)}})
            t0 = time.perf_counter()
            with klien.setup_kernel(cleanup_kc=False):
                for i, sel in enumerate(nb.cells):
                    klien.execute_cell(sel, i)
            rss = rss_pohon(km.provisioner.process.pid)
            total = sum(rss_pohon(k.provisioner.process.pid) for k, _ in kernel)
            puncak = max(puncak, total)
            print(f"{nb_path.relative_to(AKAR)}: kernel {rss / MB:.0f} MB "
                  f"({rss / kosong:.1f}x kosong), semua kernel {total / MB:.0f} MB, "
                  f"{time.perf_counter() - t0:.1f} s")
    finally:
        for km, kc in [(km0, kc0), *kernel]:
            kc.stop_channels()
            km.shutdown_kernel(now=True)
    print(f"puncak {len(kernel)} kernel hidup bersamaan: {puncak / MB:.0f} MB "
          f"({puncak / kosong:.1f}x satu kernel kosong); dari anggaran 4096 MB "
          f"= {puncak / (4096 * MB):.0%} (OS dan browser butuh ~1,5-2 GB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
