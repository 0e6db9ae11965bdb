"""Nilai kesehatan: rasio -> nilai komponen (kurva) -> skor tertimbang -> aspek -> total -> predikat.

Aturan pembulatan (sekali, tertulis): rasio dibulatkan ke 0,01 % (atau ke persen bulat bila
komponennya ``bulatkan_rasio = satuan``), nilai dan bobot dihitung tepat, **total dibulatkan sekali
ke 0,01, setengah ke atas**. Skor total = jumlah (bobot x nilai) / jumlah bobot; untuk skema 2016
jumlah bobot 100, jadi skor komponen = nilai x bobot / 100 seperti di peraturan.

    >>> import pandas as pd
    >>> from kopkit.kesehatan.skema import skema_2021
    >>> r = pd.DataFrame({"modal_sendiri": [35], "total_aset": [100], "tahun": [2025]})
    >>> s = skema_2021()
    >>> s = s.__class__("contoh", s.komponen[s.komponen.kode == "PM1"], s.kurva, s.predikat)
    >>> skor_kesehatan(r, s)[["skor", "predikat"]].values.tolist()
    [[4.0, 'Sehat']]
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

import numpy as np
import pandas as pd

from kopkit.dasar.galat import GalatData, GalatMasukan
from .rasio import (_KUNCI, DAFTAR_RASIO, RASIO_LANGSUNG, _pokok_pertumbuhan, _pos_tersedia, _tambah_tahun_lalu,
                    rasio_bp)
from .skema import Skema

__all__ = ["skor_kesehatan", "nilai_kesehatan", "HasilKesehatan", "saran_perbaikan"]


def _x100(x) -> int:
    return int((Decimal(str(x)) * 100).to_integral_value(rounding=ROUND_HALF_UP))


def _bulatkan_persen(bp: np.ndarray) -> np.ndarray:
    """Perseratus persen -> persen bulat (setengah ke atas), tetap dalam perseratus persen."""
    return (np.floor_divide(bp + 50, 100)) * 100


def _nilai_komponen(skema: Skema, kode: str, bp: np.ndarray, ada: np.ndarray, nama_baris=None):
    """Nilai x100 (int64) dan indeks baris kurva yang dipakai, untuk satu komponen."""
    komp = skema.komponen.set_index("kode").loc[kode]
    r = _bulatkan_persen(bp) if komp["bulatkan_rasio"] == "satuan" else bp
    seg = skema.segmen(kode)
    nilai = np.full(len(r), np.iinfo("int64").min, dtype="int64")
    dipakai = np.full(len(r), -1, dtype="int64")
    for idx, s in zip(seg.index, seg.itertuples()):
        m = np.ones(len(r), bool)
        if not pd.isna(s.rasio_min):
            lo = _x100(s.rasio_min)
            m &= (r >= lo) if s.termasuk_min else (r > lo)
        if not pd.isna(s.rasio_maks):
            hi = _x100(s.rasio_maks)
            m &= (r <= hi) if s.termasuk_maks else (r < hi)
        m &= dipakai < 0
        nilai[m] = _x100(s.nilai_dasar) + (int(s.kemiringan) * r[m] if s.kemiringan else 0)
        dipakai[m] = idx
    if not ada.all():
        cadangan = komp["nilai_bila_tak_terdefinisi"]
        if pd.isna(cadangan):
            i = int(np.flatnonzero(~ada)[0])
            nama = _nama_baris(nama_baris) if nama_baris is not None else None
            siapa = f" ({nama[i]})" if nama is not None else ""
            pembilang, penyebut = DAFTAR_RASIO.get(komp["rasio"], ("", "penyebut", "", ""))[:2]
            raise GalatData(f"Komponen {kode} ({komp['komponen']}) tidak dapat dinilai untuk {int((~ada).sum())} "
                            f"baris{siapa}: {penyebut} nol, negatif atau tahun lalu tidak ada.",
                            kolom=komp["rasio"],
                            saran="Periksa angka penyebutnya, pilih tahun yang punya tahun sebelumnya, "
                                  "atau isi nilai_bila_tak_terdefinisi di tabel komponen.")
        nilai = np.where(ada, nilai, _x100(cadangan))
        dipakai = np.where(ada, dipakai, -1)
    return nilai, dipakai


def _nama_baris(df: pd.DataFrame):
    if "id_koperasi" in df.columns:
        t = df["tahun"].astype(str) if "tahun" in df.columns else ""
        return (df["id_koperasi"].astype(str) + " " + t).to_numpy()
    return None


def pilih_tahun(df: pd.DataFrame, tahun) -> pd.DataFrame:
    """Baris tahun ``tahun`` (None = semua); tahun yang tidak ada di data adalah galat."""
    if tahun is None:
        return df
    if "tahun" not in df.columns:
        raise GalatData("Ringkasan tidak punya kolom tahun.", kolom="tahun", saran="Tambahkan kolom tahun.")
    pilih = df[df["tahun"] == int(tahun)]
    if pilih.empty:
        ada = ", ".join(str(t) for t in sorted(df["tahun"].unique()))
        raise GalatData(f"Tahun {tahun} tidak ada di data.", kolom="tahun", saran=f"Tahun yang ada: {ada}.")
    return pilih


def _kolom_perlu(df: pd.DataFrame, skema: Skema) -> list[str]:
    """Kolom ringkasan yang dibaca skema ini (kunci ikut), supaya baris dipilih tanpa menyalin
    kolom lain."""
    kosong = pd.DataFrame()
    kolom = [k for k in _KUNCI if k in df.columns]
    for r in skema.komponen["rasio"]:
        if r in df.columns or r in RASIO_LANGSUNG:
            kolom.append(r)
            continue
        for pos in DAFTAR_RASIO[r][:2] if r in DAFTAR_RASIO else ():
            kolom += [pos] if pos in df.columns else _pos_tersedia(kosong, pos)
    return [k for k in dict.fromkeys(kolom) if k in df.columns]


def _hitung(ringkasan: pd.DataFrame, skema: Skema, rpm=None, tahun=None):
    df = _tambah_tahun_lalu(ringkasan, _pokok_pertumbuhan(skema.komponen["rasio"]))
    df = pilih_tahun(df[_kolom_perlu(df, skema)], tahun)
    kurang = {}
    for k in skema.komponen.itertuples():
        if k.rasio in RASIO_LANGSUNG or k.rasio in df.columns:
            if k.rasio not in df.columns:
                kurang.setdefault(k.rasio, []).append(k.kode)
            continue
        pembilang, penyebut = DAFTAR_RASIO[k.rasio][:2] if k.rasio in DAFTAR_RASIO else (k.rasio, k.rasio)
        for x in _pos_tersedia(df, pembilang) + _pos_tersedia(df, penyebut):
            kurang.setdefault(x, []).append(k.kode)
    if kurang:
        daftar = "; ".join(f"{x} (untuk {', '.join(dict.fromkeys(v))})" for x, v in kurang.items())
        raise GalatData(f"Skema {skema.nama} perlu kolom yang tidak ada di ringkasan: {daftar}.",
                        saran="Tambahkan kolom itu (rupiah bulat, atau persen untuk kuesioner), "
                              "atau pakai skema dengan komponen yang datanya ada.")
    kolom = {}
    for k in skema.komponen.itertuples():
        bp, ada = rasio_bp(df, k.rasio, rpm=rpm)
        n, seg = _nilai_komponen(skema, k.kode, bp, ada, df)
        kolom[k.kode] = (bp, ada, n, seg)
    return df, kolom


def _total_x100(skema: Skema, kolom: dict) -> tuple[np.ndarray, dict]:
    b = {k.kode: _x100(k.bobot) for k in skema.komponen.itertuples()}
    jumlah_b = sum(b.values())
    if jumlah_b <= 0:
        raise GalatMasukan("Jumlah bobot skema harus lebih dari nol.", saran="Periksa kolom bobot.")
    pembilang = sum(b[k] * kolom[k][2] for k in b)
    hasil, sisa = np.divmod(pembilang, jumlah_b)
    total = hasil + (2 * sisa >= jumlah_b)
    aspek = {}
    for a, isi in skema.komponen.groupby("aspek", sort=False):
        p = sum(b[k] * kolom[k][2] for k in isi["kode"])
        h, s = np.divmod(p, jumlah_b)
        aspek[a] = h + (2 * s >= jumlah_b)
    return total, aspek


def _predikat(skema: Skema, total_x100: np.ndarray) -> np.ndarray:
    p = skema.predikat.sort_values("skor_min", ascending=False)
    syarat = [total_x100 >= _x100(x) for x in p["skor_min"]]
    return np.select(syarat, p["predikat"].astype(str).tolist(), default=str(p["predikat"].iloc[-1]))


def skor_kesehatan(ringkasan: pd.DataFrame, skema: Skema, *, tahun=None, rpm: dict | None = None,
                   per_komponen: bool = False) -> pd.DataFrame:
    """Skor kesehatan banyak koperasi sekaligus: kolom kunci, skor per aspek, ``skor`` dan
    ``predikat`` (dan nilai per komponen bila ``per_komponen=True``). ``tahun`` memilih satu tahun
    sesudah rasio pertumbuhan dihitung dari tahun sebelumnya.

    >>> from kopkit import data
    >>> from kopkit.kesehatan.lomba import skema_keuangan_lomba
    >>> skor_kesehatan(data.muat("kabupaten"), skema_keuangan_lomba(), tahun=2025).shape[0]
    120
    """
    df, kolom = _hitung(ringkasan, skema, rpm, tahun)
    total, aspek = _total_x100(skema, kolom)
    hasil = pd.DataFrame({k: df[k] for k in _KUNCI if k in df.columns}, index=df.index)
    for a, v in aspek.items():
        hasil[f"aspek_{a}"] = v / 100
    if per_komponen:
        for k, (_, _, n, _) in kolom.items():
            hasil[f"nilai_{k}"] = n / 100
    hasil["skor"] = total / 100
    hasil["predikat"] = _predikat(skema, total)
    return hasil


@dataclass
class HasilKesehatan:
    """Hasil satu koperasi: ``komponen`` (rasio, nilai, bobot, skor, baris aturan), ``aspek``,
    ``skor`` (Decimal, 0,01) dan ``predikat``."""

    skema: str
    komponen: pd.DataFrame
    aspek: pd.DataFrame
    skor: Decimal
    predikat: str

    def _repr_html_(self):  # pragma: no cover - tampilan notebook
        return (f"<p><b>Skor {self.skor} — {self.predikat}</b> (skema {self.skema})</p>"
                + self.aspek.to_html(index=False))


_SEN = Decimal("0.01")


def _rapi(d: Decimal) -> Decimal:
    """Decimal tanpa nol di belakang koma (dan tanpa bentuk 1E+1)."""
    return d.quantize(Decimal(1)) if d == d.to_integral_value() else d.normalize()


def _teks_segmen(s) -> str:
    lo = "" if pd.isna(s["rasio_min"]) else f"{s['rasio_min']:g}{' ≤' if s['termasuk_min'] else ' <'} "
    hi = "" if pd.isna(s["rasio_maks"]) else f"{' ≤' if s['termasuk_maks'] else ' <'} {s['rasio_maks']:g}"
    m, d = s["kemiringan"], s["nilai_dasar"]
    if m == 0:
        rumus = f"{d:g}"
    elif d == 0:
        rumus = "rasio" if m == 1 else f"{m:g} × rasio"
    else:
        rumus = f"{d:g} {'+' if m > 0 else '−'} {abs(m):g} × rasio"
    return f"{lo}rasio{hi} → nilai {rumus}".strip()


def nilai_kesehatan(ringkasan: pd.DataFrame, skema: Skema, *, rpm: dict | None = None) -> HasilKesehatan:
    """Penilaian lengkap satu koperasi (satu baris ringkasan) menurut ``skema``.

    >>> import pandas as pd
    >>> from kopkit.kesehatan.skema import pilih_komponen, skema_2021
    >>> r = pd.DataFrame({"modal_sendiri": [25], "total_aset": [100]})
    >>> h = nilai_kesehatan(r, pilih_komponen(skema_2021(), ["PM1"]))
    >>> str(h.skor), h.predikat, h.komponen["aturan"].iloc[0]
    ('3.00', 'Cukup Sehat', '20 < rasio ≤ 30 → nilai 3')
    """
    if len(ringkasan) != 1:
        raise GalatMasukan(f"nilai_kesehatan menilai satu koperasi satu tahun, bukan {len(ringkasan)} baris.",
                           saran="Pilih satu baris, atau pakai skor_kesehatan untuk banyak koperasi.")
    df, kolom = _hitung(ringkasan, skema, rpm)
    total, aspek = _total_x100(skema, kolom)
    jumlah_b = sum(Decimal(str(b)) for b in skema.komponen["bobot"])
    baris = []
    for k in skema.komponen.itertuples():
        bp, ada, n, seg = (x[0] for x in kolom[k.kode])
        nilai = Decimal(int(n)) / 100
        bobot = Decimal(str(k.bobot))
        skor = bobot * nilai / jumlah_b
        aturan = _teks_segmen(skema.kurva.loc[seg]) if seg >= 0 else f"penyebut nol: nilai {k.nilai_bila_tak_terdefinisi:g}"
        baris.append({"kode": k.kode, "aspek": k.aspek, "komponen": k.komponen, "rasio": k.rasio,
                      "nilai_rasio": (Decimal(int(bp)) / 100 if ada else None), "nilai": nilai, "bobot": bobot,
                      "skor": _rapi(skor.quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP)),
                      "aturan": aturan, "sumber": getattr(k, "sumber", ""), "keyakinan": getattr(k, "keyakinan", "")})
    komp = pd.DataFrame(baris)
    asp = (komp.groupby("aspek", sort=False)
           .agg(bobot=("bobot", lambda s: sum(s, Decimal(0))), skor=("skor", lambda s: sum(s, Decimal(0))))
           .reset_index())
    skor_total = (Decimal(int(total[0])) / 100).quantize(_SEN)
    if skema.nama.startswith("2016"):
        asp["predikat"] = [skema.predikat_untuk(s / b * 100) if b else "" for s, b in zip(asp["skor"], asp["bobot"])]
    return HasilKesehatan(skema.nama, komp, asp, skor_total, str(_predikat(skema, total)[0]))


def _titik_uji(seg: pd.DataFrame) -> list[Decimal]:
    batas = {Decimal(str(x)) for x in pd.concat([seg["rasio_min"], seg["rasio_maks"]]).dropna()}
    d = Decimal("0.01")
    return sorted({b + e for b in batas for e in (-d, Decimal(0), d)})


def saran_perbaikan(ringkasan: pd.DataFrame, skema: Skema, n: int = 3, *, rpm: dict | None = None) -> pd.DataFrame:
    """Tiga (atau ``n``) perubahan satu rasio yang paling menaikkan skor total.

    Untuk setiap komponen: rasio terdekat yang memberi nilai tertinggi yang bisa dicapai, tambahan
    skor, skor baru dan predikat baru (rasio lain tetap). Urut: tambahan skor terbesar, lalu
    perubahan rasio terkecil, lalu kode komponen.

    >>> import pandas as pd
    >>> from kopkit.kesehatan.skema import pilih_komponen, skema_2021
    >>> r = pd.DataFrame({"modal_sendiri": [25], "total_aset": [100]})
    >>> saran_perbaikan(r, pilih_komponen(skema_2021(), ["PM1"]))[["kode", "rasio_sasaran", "nilai_sasaran"]].values.tolist()
    [['PM1', Decimal('30.01'), Decimal('4')]]
    """
    hasil = nilai_kesehatan(ringkasan, skema, rpm=rpm)
    jumlah_b = sum(Decimal(str(b)) for b in skema.komponen["bobot"])
    calon = []
    for k in hasil.komponen.itertuples():
        if k.nilai_rasio is None:
            continue
        terbaik = None
        for t in _titik_uji(skema.segmen(k.kode)):
            if t < 0:
                continue
            v = skema.nilai(k.kode, t)
            if v <= k.nilai:
                continue
            kunci = (-v, abs(t - k.nilai_rasio))
            if terbaik is None or kunci < terbaik[0]:
                terbaik = (kunci, t, v)
        if terbaik is None:
            continue
        _, t, v = terbaik
        tambah = (v - k.nilai) * k.bobot / jumlah_b
        calon.append({"kode": k.kode, "komponen": k.komponen, "rasio_sekarang": k.nilai_rasio, "rasio_sasaran": t,
                      "nilai_sekarang": k.nilai, "nilai_sasaran": v,
                      "tambahan_skor": tambah.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP),
                      "_urut": (-tambah, abs(t - k.nilai_rasio), k.kode)})
    calon.sort(key=lambda c: c["_urut"])
    t = pd.DataFrame(calon[:n], columns=["kode", "komponen", "rasio_sekarang", "rasio_sasaran", "nilai_sekarang",
                                         "nilai_sasaran", "tambahan_skor", "_urut"]).drop(columns="_urut")
    t["skor_baru"] = [(hasil.skor + x).quantize(_SEN) for x in t["tambahan_skor"]]
    t["predikat_baru"] = [skema.predikat_untuk(s) for s in t["skor_baru"]]
    return t
