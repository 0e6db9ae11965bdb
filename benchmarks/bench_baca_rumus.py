"""Tolok ukur lapisan baca pada lembar Excel BERUMUS (kolom saldo berjalan seperti buku kas biasa).

Pembaca cepat (calamine) membaca nilai tersimpan setiap rumus; rumus tanpa nilai dan sel galat dicari
di XML lembar. Dibandingkan dalam satu jalankan: (1) lembar yang sama tanpa rumus, (2) jalur openpyxl
yang dipakai bila XML-nya tidak dikenali pola. Hasil ketiganya harus sama persis.

    .venv/bin/python benchmarks/bench_baca_rumus.py [--baris 200000]
"""
from __future__ import annotations

import argparse
import re
import tempfile
import time
import zipfile
from pathlib import Path


def tulis(folder: Path, n: int) -> tuple[Path, Path]:
    from kopkit.dasar.excel import buku_kerja_baru, simpan_buku_kerja, tambah_baris

    wb = buku_kerja_baru(hanya_tulis=True)
    ws = wb.create_sheet("Kas")
    tambah_baris(ws, ["Tanggal", "No Bukti", "Keterangan", "Debit", "Kredit", "Saldo"])
    saldo = 0
    for i in range(n):
        d, k = (150_000, 0) if i % 3 else (0, 90_000)
        saldo += d - k
        tambah_baris(ws, [f"{1 + i % 28:02d}/{1 + i % 12:02d}/2025", f"BKM-{i:06d}", "Setoran simpanan", d, k, saldo])
    polos = simpan_buku_kerja(wb, folder / "polos.xlsx")
    berumus = folder / "berumus.xlsx"
    with zipfile.ZipFile(polos) as z, zipfile.ZipFile(berumus, "w", zipfile.ZIP_DEFLATED) as keluar:
        for nama in z.namelist():
            isi = z.read(nama)
            if nama.startswith("xl/worksheets/"):  # saldo = saldo kemarin + debit - kredit, nilai tersimpan seperti Excel
                isi = re.sub(rb'<c r="F(\d+)" t="n"><v>(-?\d+)</v></c>',
                             lambda m: b'<c r="F' + m[1] + b'"><f>F' + str(int(m[1]) - 1).encode() + b"+D" + m[1]
                             + b"-E" + m[1] + b"</f><v>" + m[2] + b"</v></c>", isi)
            keluar.writestr(nama, isi)
    return polos, berumus


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--baris", type=int, default=200_000)
    a = ap.parse_args()
    from kopkit.dasar import baca

    polos, berumus = tulis(Path(tempfile.mkdtemp(prefix="bench_rumus_")), a.baris)
    kw = dict(kolom_wajib=["tanggal", "debit", "kredit", "saldo"])

    def ukur(p):
        t = time.perf_counter()
        hasil = baca.baca_tabel(p, **kw)
        return time.perf_counter() - t, hasil

    t_polos, h_polos = ukur(polos)
    t_rumus, h_rumus = ukur(berumus)
    asli = baca._sel_khusus
    baca._sel_khusus = lambda *x: None  # paksa jalur openpyxl
    try:
        t_lambat, h_lambat = ukur(berumus)
    finally:
        baca._sel_khusus = asli
    assert h_rumus.values.tolist() == h_polos.values.tolist() == h_lambat.values.tolist()
    from kopkit.dasar.uang import format_angka

    print(f"{format_angka(a.baris)} baris, kolom saldo berumus")
    print(f"  tanpa rumus           : {t_polos:6.1f} s")
    print(f"  berumus, jalur cepat  : {t_rumus:6.1f} s  (rasio terhadap tanpa rumus {t_rumus / t_polos:.2f})")
    print(f"  berumus, jalur openpyxl: {t_lambat:6.1f} s  (jalur cepat {t_lambat / t_rumus:.1f}x lebih cepat)")


if __name__ == "__main__":
    main()
