"""Laporan Perhitungan Hasil Usaha dalam bentuk koperasi: partisipasi anggota dipisah dari usaha
dengan bukan anggota.

Bagi koperasi, pendapatan dari anggota adalah **partisipasi**: partisipasi bruto dikurangi beban
pokoknya memberi **partisipasi neto** — hasil pelayanan kepada anggota. Penjualan kepada bukan
anggota adalah usaha biasa: penjualan dikurangi harga pokok memberi **laba kotor dengan bukan
anggota**, yang disajikan terpisah (SHU dari bukan anggota tidak dikembalikan sebagai jasa usaha).

Beban pokok (akun berperan ``beban_pokok``) dibagi ke anggota / bukan anggota / tidak dibedakan
sebanding pendapatan unit usaha yang sama (kolom ``unit`` jurnal), dengan pembagian sisa terbesar
sehingga jumlahnya tepat. SHU sebelum dan setelah pajak sama persis dengan
:func:`~kopkit.buku.laporan_hasil_usaha`.

    >>> from kopkit import data
    >>> from kopkit.buku import laporan_hasil_usaha
    >>> j, a = data.muat("jurnal_umum"), data.muat("akun")
    >>> t = laporan_hasil_usaha_koperasi(j, a, 2025, partisipasi_akun={"406": "anggota"})
    >>> s = t.set_index("pos")["jumlah"]
    >>> int(s["SHU setelah pajak"]) == int(laporan_hasil_usaha(j, a, 2025).set_index("pos").loc["SHU setelah pajak", "jumlah"])
    True
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from kopkit.buku.jurnal import _saldo, _saring, siapkan_jurnal
from kopkit.buku.laporan import _baris, _pajak, _periode_wajib, _tabel, pendapatan_per_partisipasi
from kopkit.dasar.galat import GalatData, GalatMasukan
from kopkit.dasar.pembagian import bagi_proporsional

__all__ = ["laporan_hasil_usaha_koperasi"]

_GOLONGAN = ("anggota", "bukan_anggota", "tidak_dibedakan")
_JUDUL = {"anggota": ("Partisipasi anggota", "Partisipasi bruto", "Beban pokok partisipasi", "Partisipasi neto"),
          "bukan_anggota": ("Usaha dengan bukan anggota", "Penjualan kepada bukan anggota", "Harga pokok",
                            "Laba kotor dengan bukan anggota"),
          "tidak_dibedakan": ("Usaha yang tidak dibedakan", "Pendapatan", "Harga pokok",
                              "Laba kotor usaha yang tidak dibedakan")}


def laporan_hasil_usaha_koperasi(jurnal, akun, periode, *, partisipasi_akun: dict | None = None) -> pd.DataFrame:
    """Laporan Perhitungan Hasil Usaha bentuk koperasi untuk ``periode``.

    ``partisipasi_akun``: golongan seluruh pendapatan satu akun, mis. ``{"406": "anggota"}`` bila susu
    yang dijual dibeli dari peternak anggota (penjualannya adalah pelayanan kepada anggota). Akun lain
    digolongkan seperti :func:`~kopkit.buku.pendapatan_per_partisipasi`. Tabel berkolom sama dengan
    laporan lain (``bagian, kelompok, kode, pos, jumlah, jenis_baris``).
    """
    js = siapkan_jurnal(jurnal, akun)
    dari, sampai = _periode_wajib(periode, js)
    a = js.akun
    if "unit" not in js.tabel.columns:
        raise GalatData("Jurnal tidak punya kolom unit, jadi beban pokok tidak dapat dipasangkan dengan pendapatannya.",
                        kolom="unit", saran="Isi kolom unit (mis. toko, produsen, usp) di setiap baris jurnal.")
    ganti = {str(k): v for k, v in (partisipasi_akun or {}).items()}
    salah = sorted(set(ganti.values()) - set(_GOLONGAN))
    if salah:
        raise GalatMasukan(f"Golongan partisipasi tidak dikenal: {', '.join(map(str, salah))}.",
                           saran="Pilih anggota, bukan_anggota atau tidak_dibedakan.")
    p = pendapatan_per_partisipasi(js, akun, (dari, sampai)).set_index("kode")
    asing = sorted(set(ganti) - set(p.index))
    if asing:
        raise GalatData(f"Akun {', '.join(asing)} tidak punya pendapatan pada periode ini.",
                        saran="Sebut kode akun pendapatan yang ada di Laporan Perhitungan Hasil Usaha.")
    for k, g in ganti.items():
        p.loc[k, list(_GOLONGAN)] = 0
        p.loc[k, g] = p.loc[k, "jumlah"]
    pilih = _saring(js, dari, sampai, tanpa_penutup=True)
    saldo = _saldo(js, pilih)
    kode, jenis, peran = a["kode"].to_numpy(), a["jenis"].to_numpy(), a["peran"].to_numpy()
    # Unit setiap akun pendapatan dan beban pokok (unit dengan mutasi terbesar).
    t = pd.DataFrame({"kode": kode[js.ia[pilih]], "unit": js.tabel["unit"].astype(object).to_numpy()[pilih],
                      "n": js.debit[pilih] + js.kredit[pilih]})
    unit_akun = t.groupby(["kode", "unit"])["n"].sum().reset_index().sort_values("n", ascending=False) \
        .drop_duplicates("kode").set_index("kode")["unit"]
    pokok = [i for i in np.flatnonzero(peran == "beban_pokok") if saldo[i]]
    baris, hasil_kotor = [], 0
    bagian_pokok = {}
    for i in pokok:  # bagi beban pokok sebanding pendapatan unitnya
        u = unit_akun.get(kode[i])
        pend = p[p.index.map(unit_akun.get) == u]
        bobot = pd.Series([int(pend[g].sum()) for g in _GOLONGAN], index=list(_GOLONGAN))
        if bobot.sum() <= 0:
            raise GalatData(f"Beban pokok {kode[i]} (unit {u}) tidak punya pendapatan di unit yang sama.", kolom="unit",
                            saran="Periksa kolom unit baris beban pokok dan pendapatannya.")
        bagian_pokok[i] = bagi_proporsional(int(saldo[i]), bobot)
    for g in _GOLONGAN:
        judul, bruto_judul, pokok_judul, neto_judul = _JUDUL[g]
        bruto = 0
        for k, r in p.iterrows():
            if r[g]:
                baris.append(_baris(judul, bruto_judul, k, r["nama"], int(r[g])))
                bruto += int(r[g])
        beban = sum(int(b[g]) for b in bagian_pokok.values())
        if not bruto and not beban:
            continue
        baris.append(_baris(judul, bruto_judul, "", f"Jumlah {bruto_judul.lower()}", bruto, "subtotal"))
        for i, b in bagian_pokok.items():
            if b[g]:
                baris.append(_baris(judul, pokok_judul, kode[i], a["nama"].iloc[i], int(b[g])))
        baris.append(_baris(judul, pokok_judul, "", f"Jumlah {pokok_judul.lower()}", beban, "subtotal"))
        baris.append(_baris(judul, "", "", neto_judul, bruto - beban, "total"))
        hasil_kotor += bruto - beban
    baris.append(_baris("Hasil usaha", "", "", "Hasil usaha kotor", hasil_kotor, "total"))
    pajak = _pajak(a)
    lain = [i for i in np.flatnonzero((jenis == "beban") & ~pajak & (peran != "beban_pokok")) if saldo[i]]
    for i in lain:
        baris.append(_baris("Beban usaha", "Beban usaha", kode[i], a["nama"].iloc[i], int(saldo[i])))
    beban_usaha = sum(int(saldo[i]) for i in lain)
    baris.append(_baris("Beban usaha", "Beban usaha", "", "Jumlah beban usaha", beban_usaha, "subtotal"))
    sebelum = hasil_kotor - beban_usaha
    baris.append(_baris("SHU", "", "", "SHU sebelum pajak", sebelum, "total"))
    pph = int(saldo[pajak].sum())
    for i in np.flatnonzero(pajak):
        if saldo[i]:
            baris.append(_baris("Pajak", "Pajak", kode[i], a["nama"].iloc[i], int(saldo[i])))
    baris.append(_baris("SHU", "", "", "SHU setelah pajak", sebelum - pph, "total"))
    from kopkit.buku.laporan import _tanggal_teks

    return _tabel(baris, f"Laporan Perhitungan Hasil Usaha (bentuk koperasi) {_tanggal_teks(dari)} s.d. {_tanggal_teks(sampai)}")
