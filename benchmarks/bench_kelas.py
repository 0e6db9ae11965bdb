"""Tolok ukur server kelas (JupyterHub lokal, Linux): waktu hub siap, waktu server peserta siap,
waktu N peserta membuka notebook 00 dan menjalankannya bersamaan, memori per peserta.

Pembanding dalam proses yang sama: satu peserta menjalankan notebook 00 sendirian; rasio =
waktu bersamaan / waktu sendirian. Hasil dipakai untuk tabel ukuran di panduan/server.md.

    .venv/bin/python benchmarks/bench_kelas.py --peserta 3 20
"""
from __future__ import annotations

import argparse
import asyncio
import os
import secrets
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from kopkit.pelatih.kelas_klien import (api, jalankan_notebook, memori_peserta, nyalakan_server,
                                        token_peserta, tunggu_hub)


def _port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _rss(pid: int) -> int:
    try:
        for b in Path(f"/proc/{pid}/status").read_text().splitlines():
            if b.startswith("VmRSS:"):
                return int(b.split()[1]) * 1024
    except OSError:
        pass
    return 0


def ukur(n: int, memori: str) -> dict:
    tmp = Path(tempfile.mkdtemp(prefix="kopkit-bench-kelas-"))
    (tmp / "peserta.txt").write_text("".join(f"Peserta {i:02d}\n" for i in range(1, n + 1)),
                                     encoding="utf-8")
    akun = [f"peserta-{i:02d}" for i in range(1, n + 1)]
    port, token = _port(), secrets.token_hex(24)
    alamat = f"http://127.0.0.1:{port}"
    log = open(tmp / "hub.log", "w", encoding="utf-8")
    mulai = time.perf_counter()
    hub = subprocess.Popen([sys.executable, "-m", "kopkit.pelatih.kelas", "--peserta", str(tmp / "peserta.txt"),
                            "--folder", str(tmp / "kelas"), "--port", str(port), "--sandi", "sandi-bench-kelas",
                            "--token-pelatih", token, "--memori", memori], cwd=tmp, stdout=log,
                           stderr=subprocess.STDOUT, start_new_session=True)
    try:
        tunggu_hub(alamat)
        hub_siap = time.perf_counter() - mulai
        t = time.perf_counter()
        for a in akun:
            api(alamat, token, "POST", f"/hub/api/users/{a}/server")
        for a in akun:
            nyalakan_server(alamat, token, a, batas_detik=600)
        server_siap = time.perf_counter() - t
        tok = {a: token_peserta(alamat, token, a) for a in akun}
        sendiri = asyncio.run(jalankan_notebook(alamat, akun[0], tok[akun[0]], "notebooks/00_mulai.ipynb"))
        # Sesi peserta pertama dipakai ulang; hentikan kernelnya agar semua mulai dari kernel baru.
        api(f"{alamat}/user/{akun[0]}", tok[akun[0]], "DELETE", f"/api/kernels/{sendiri['id_kernel']}")
        time.sleep(2)

        async def semua():
            return await asyncio.gather(*[jalankan_notebook(alamat, a, tok[a], "notebooks/00_mulai.ipynb")
                                          for a in akun])

        t = time.perf_counter()
        hasil = asyncio.run(semua())
        bersama = time.perf_counter() - t
        galat = [h["galat"] for h in hasil if h["galat"]]
        mem = [memori_peserta(tmp / "kelas" / "pengguna" / a) for a in akun]
        mem_hub = _rss(hub.pid)
        return {"n": n, "hub_siap": hub_siap, "server_siap": server_siap, "sendiri": sendiri["detik"],
                "bersama": bersama, "median_peserta": statistics.median(h["detik"] for h in hasil),
                "mem_median": statistics.median(mem), "mem_maks": max(mem), "mem_hub": mem_hub,
                "galat": galat}
    finally:
        hub.send_signal(signal.SIGTERM)
        try:
            hub.wait(timeout=120)
        except subprocess.TimeoutExpired:
            os.killpg(hub.pid, signal.SIGKILL)
        log.close()


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--peserta", type=int, nargs="+", default=[3])
    p.add_argument("--memori", default="2G")
    arg = p.parse_args()
    print(f"Mesin: {os.cpu_count()} inti; batas memori per proses peserta {arg.memori}")
    for n in arg.peserta:
        h = ukur(n, arg.memori)
        print(f"\n== {n} peserta ==")
        print(f"hub siap                         : {h['hub_siap']:.1f} s")
        print(f"{n} server peserta siap           : {h['server_siap']:.1f} s")
        print(f"notebook 00, 1 peserta sendirian : {h['sendiri']:.1f} s (pembanding)")
        print(f"notebook 00, {n} bersamaan        : semua selesai {h['bersama']:.1f} s, median "
              f"{h['median_peserta']:.1f} s; rasio {h['bersama'] / h['sendiri']:.1f}x")
        print(f"memori per peserta (server+kernel): median {h['mem_median'] / 2**20:.0f} MiB, "
              f"maks {h['mem_maks'] / 2**20:.0f} MiB; hub {h['mem_hub'] / 2**20:.0f} MiB")
        print(f"peserta per GB (median)           : {2**30 / h['mem_median']:.1f}")
        if h["galat"]:
            print(f"GALAT: {h['galat']}")


if __name__ == "__main__":
    main()
