"""Tolok ukur paket RAT: koperasi bangkitan 50.000 anggota dan 500.000 baris jurnal lewat ``rat``.

Data: cabang-cabang :mod:`kopkit.datasets.skala` (jalur kode sama dengan koperasi kursus) sampai
jurnalnya 500.000 baris; anggota ditambah anggota pasif (tanpa transaksi) sampai 50.000; transaksi
anggota per unit ditulis sebagai jumlah BULANAN per anggota per unit (seperti buku pembantu yang
biasa dipegang pemegang buku). Templat diisi lewat :func:`kopkit.rat.tulis_templat`, lalu tahap
``rat`` dijalankan di proses anak supaya memori puncaknya terukur sendiri.

Dicetak: waktu tiap tahap (baca, periksa, hitung, tulis; PDF terpisah), memori puncak, dan rasio tahap baca
terhadap pembanding yang diukur dalam proses yang sama: satu lintasan mentah python-calamine (pembaca
.xlsx yang dipakai lapisan baca) atas semua lembar buku kerja yang sama, tanpa judul, tipe, atau
pemeriksaan — lantai tahap baca.
Sasaran: total <= 30 s dan <= 2 GB.

    .venv/bin/python benchmarks/bench_rat.py [--anggota 50000] [--baris 500000] [--folder /tmp/bench_rat]
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd


def bangun_isi(n_anggota: int, n_baris: int) -> tuple[dict, dict]:
    from kopkit.datasets.skala import potongan_koperasi

    kumpulan: dict[str, list] = {}
    jumlah = 0
    for i, t in potongan_koperasi(max(40, n_baris // 60), seed=2025):
        for nama in ("pinjaman", "angsuran"):  # nomor pinjaman cabang berulang (PJ0001 di tiap cabang)
            t[nama] = t[nama].assign(id_pinjaman=f"C{i + 1:03d}-" + t[nama]["id_pinjaman"].astype(str))
        for nama, df in t.items():
            if nama in ("akun", "aturan_shu", "dasar_shu", "produk") and i > 0:
                continue
            kumpulan.setdefault(nama, []).append(df)
        jumlah += len(t["jurnal_umum"])
        if jumlah >= n_baris:
            break
    tb = {k: pd.concat(v, ignore_index=True) for k, v in kumpulan.items()}
    j = tb["jurnal_umum"]
    sa = j["no_bukti"].str.endswith("SA-2025")
    saldo = j.loc[sa, ["akun", "debit", "kredit"]].groupby("akun").sum().reset_index()
    # Jurnal TIDAK dipotong: cabang utuh sampai >= n_baris baris (memotong di tengah tahun membuat
    # saldo pinjaman di neraca berbeda dengan daftar pinjaman, dan kit menolaknya dengan benar).
    j = j.loc[~sa]
    anggota = tb["anggota"]
    tambah = n_anggota - len(anggota)
    if tambah > 0:
        pasif = pd.DataFrame({"id_anggota": [f"P{i:06d}" for i in range(1, tambah + 1)], "nama": "Anggota pasif",
                              "jenis_kelamin": ["L", "P"] * (tambah // 2) + ["L"] * (tambah % 2),
                              "tanggal_masuk": pd.Timestamp("2024-06-01")})
        anggota = pd.concat([anggota, pasif], ignore_index=True)
    toko = tb["penjualan_toko"].dropna(subset=["id_anggota"])
    susu = tb["setoran_susu"]
    bulanan = []
    for df, unit, kol in ((toko, "toko", "total"), (susu, "produsen", "nilai")):
        g = df.groupby([df["id_anggota"], df["tanggal"].dt.to_period("M")])[kol].sum().reset_index()
        bulanan.append(pd.DataFrame({"tanggal": g["tanggal"].dt.to_timestamp(how="end").dt.normalize(),
                                     "id_anggota": g["id_anggota"], "unit": unit, "nilai": g[kol]}))
    pinjaman = tb["pinjaman"].copy()
    pinjaman["bunga_per_bulan"] = (pinjaman["bunga_per_bulan"].astype(float) * 100).round(6)
    dasar = tb["dasar_shu"].copy()
    dasar["sumber"] = dasar["sumber"].map({"pembelian_toko": "toko", "setoran_susu": "produsen"}).fillna(dasar["sumber"])
    isi = {"Aturan SHU": tb["aturan_shu"], "Dasar SHU": dasar, "Bagan Akun": tb["akun"], "Saldo Awal": saldo,
           "Jurnal Umum": j, "Anggota": anggota, "Mutasi Simpanan": tb["simpanan"],
           "Transaksi Anggota": pd.concat(bulanan, ignore_index=True), "Pinjaman": pinjaman,
           "Angsuran": tb["angsuran"], "Penjualan Daring": pd.DataFrame()}
    from kopkit.rat.contoh import isi_dari_dataset

    profil = isi_dari_dataset(2025)[1]
    profil["nama_koperasi"] = "KSP Bangkitan Skala"
    return isi, profil


def tahap_rat(folder: str) -> None:
    """Dijalankan di proses anak: baca, periksa, hitung, tulis; cetak JSON waktu dan memori."""
    from kopkit.dasar.galat import tabel_masalah
    from kopkit.rat import baca_folder, hitung_rat, periksa_data, tulis_paket

    w = {}
    t = time.perf_counter()
    data, masalah = baca_folder(folder)
    w["baca"] = time.perf_counter() - t
    t = time.perf_counter()
    masalah += periksa_data(data)
    w["periksa"] = time.perf_counter() - t
    if masalah:
        print(tabel_masalah(masalah).head(20).to_string(), file=sys.stderr)
        raise SystemExit(1)
    t = time.perf_counter()
    hasil = hitung_rat(data)
    w["hitung"] = time.perf_counter() - t
    t = time.perf_counter()
    berkas = tulis_paket(hasil, folder, pdf=False)
    w["tulis"] = time.perf_counter() - t
    # PDF lewat peramban (bila ada) diukur terpisah: bergantung pada peramban, bukan pada kit
    from kopkit.rat.cetak import cetak_pdf

    t = time.perf_counter()
    pdf, _ = cetak_pdf(berkas["html"], berkas["html"].with_suffix(".pdf"))
    w["pdf"] = time.perf_counter() - t if pdf is not None else None
    w["memori_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    w["anggota"] = len(data.tabel["Anggota"])
    w["jurnal"] = len(data.tabel["Jurnal Umum"]) + len(data.tabel["Saldo Awal"])
    print(json.dumps(w))


def pembanding_calamine(berkas: Path) -> float:
    from python_calamine import CalamineWorkbook

    t = time.perf_counter()
    wb = CalamineWorkbook.from_path(str(berkas))
    n = 0
    for nama in wb.sheet_names:
        n += len(wb.get_sheet_by_name(nama).to_python(skip_empty_area=False))
    wb.close()
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--anggota", type=int, default=50_000)
    ap.add_argument("--baris", type=int, default=500_000)
    ap.add_argument("--folder", default=None)
    ap.add_argument("--tahap", default=None, help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.tahap:
        tahap_rat(a.tahap)
        return
    from kopkit.rat import tulis_templat

    folder = Path(a.folder or tempfile.mkdtemp(prefix="bench_rat_"))
    folder.mkdir(parents=True, exist_ok=True)
    berkas = folder / "Data Koperasi 2025.xlsx"
    if berkas.exists():  # pakai ulang buku kerja bangkitan dari jalan sebelumnya (--folder yang sama)
        print(f"memakai buku kerja yang sudah ada: {berkas} ({berkas.stat().st_size / 2**20:.0f} MB)")
    else:
        t = time.perf_counter()
        isi, profil = bangun_isi(a.anggota, a.baris)
        print(f"data bangkitan: {time.perf_counter() - t:.1f} s; " +
              ", ".join(f"{k} {len(v):,}" for k, v in isi.items() if len(v)))
        t = time.perf_counter()
        berkas = tulis_templat(folder, tahun=2025, isi=isi, profil=profil)
        print(f"templat terisi ditulis: {time.perf_counter() - t:.1f} s ({berkas.stat().st_size / 2**20:.0f} MB)")
        del isi
    anak = subprocess.run([sys.executable, __file__, "--tahap", str(folder)], capture_output=True, text=True)
    if anak.returncode:
        print(anak.stdout, anak.stderr)
        raise SystemExit(1)
    w = json.loads(anak.stdout.strip().splitlines()[-1])
    dasar = pembanding_calamine(berkas)
    total = w["baca"] + w["periksa"] + w["hitung"] + w["tulis"]
    print(f"anggota {w['anggota']:,}, baris jurnal {w['jurnal']:,}")
    for k in ("baca", "periksa", "hitung", "tulis"):
        print(f"  {k:8}: {w[k]:7.1f} s")
    print(f"  total   : {total:7.1f} s (sasaran <= 30 s)")
    print(f"  PDF lewat peramban (di luar sasaran): " +
          (f"{w['pdf']:.1f} s, rasio PDF/tulis = {w['pdf'] / w['tulis']:.2f}" if w.get("pdf") is not None
           else "tidak dibuat (tidak ada peramban, atau lebih dari batas waktu)"))
    print(f"  memori puncak proses rat: {w['memori_mb']:,.0f} MB (sasaran <= 2048 MB)")
    print(f"pembanding: calamine mentah atas buku kerja yang sama {dasar:.1f} s; "
          f"rasio baca/pembanding = {w['baca'] / dasar:.2f}")


if __name__ == "__main__":
    main()
