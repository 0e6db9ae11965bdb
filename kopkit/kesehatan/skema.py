"""Skema penilaian kesehatan sebagai data: komponen, bobot, kurva nilai, predikat, kuesioner.

Dua skema bawaan (tabel di ``kopkit/kesehatan/aturan/``, setiap baris bersumber dan bertanda
keyakinan R/E/P/?):

- :func:`skema_2016` — Perdep Deputi Pengawasan 06/Per/Dep.6/IV/2016: tujuh aspek, nilai 0-100
  per komponen, skor = nilai x bobot / 100, predikat Sehat sampai Dalam Pengawasan Khusus.
- :func:`skema_2021` — Permenkop UKM 9/2020 + Juknis 15/2021: indikator berskor 1-4.

Bobot atau kurva yang belum dikonfirmasi bertanda ``?``; pengguna dapat menggantinya dengan
tabelnya sendiri lewat :func:`ganti_bobot` atau :func:`buat_skema` (diperiksa dulu).

    >>> s = skema_2016()
    >>> int(s.komponen["bobot"].sum())
    100
    >>> s.nilai("K1", 73.3)   # pinjaman anggota 73,3% -> nilai 75
    Decimal('75')
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

import numpy as np
import pandas as pd

from kopkit.dasar.aturan import muat_aturan
from kopkit.dasar.galat import GalatAturan, GalatMasukan, Masalah, gagal_bila_ada

__all__ = ["Skema", "skema_2016", "skema_2021", "buat_skema", "ganti_bobot", "pilih_komponen", "periksa_skema",
           "kuesioner_manajemen", "daftar_periksa_tata_kelola", "nilai_kuesioner", "bobot_rpm"]


def bobot_rpm(pada=None) -> dict[str, int]:
    """Persen saldo per kolektibilitas yang dihitung sebagai risiko pinjaman bermasalah (RPM).

    >>> bobot_rpm()["kurang_lancar"]
    50
    """
    t = muat_aturan("kesehatan_rpm", pada)
    return {str(k): int(v) for k, v in zip(t["kolektibilitas"], t["persen"])}


_PER = Decimal("0.01")


def _ke_desimal(x) -> Decimal:
    try:
        d = Decimal(str(x))
    except ArithmeticError:
        d = None
    if d is None or not d.is_finite():
        raise GalatMasukan(f"'{x}' bukan angka.", saran="Tulis rasio sebagai angka persen, mis. 12.5.")
    return d


@dataclass(frozen=True)
class Skema:
    """Satu skema penilaian: tabel komponen, kurva nilai dan predikat (semuanya DataFrame)."""

    nama: str
    komponen: pd.DataFrame
    kurva: pd.DataFrame
    predikat: pd.DataFrame

    def segmen(self, kode: str) -> pd.DataFrame:
        """Baris kurva satu komponen."""
        seg = self.kurva[self.kurva["kode"] == kode]
        if seg.empty:
            raise GalatAturan(f"Komponen {kode} tidak punya kurva nilai di skema {self.nama}.",
                              saran="Tambahkan baris kurva untuk komponen itu.")
        return seg

    def nilai(self, kode: str, rasio) -> Decimal:
        """Nilai komponen ``kode`` untuk rasio (persen), tepat sebagai Decimal.

        Rasio lebih dulu dibulatkan ke 0,01% (setengah ke atas), atau ke persen bulat bila
        kolom ``bulatkan_rasio`` komponen itu ``satuan``.
        """
        komp = self.komponen.set_index("kode")
        if kode not in komp.index:
            raise GalatMasukan(f"Komponen '{kode}' tidak ada di skema {self.nama}.",
                               saran=f"Pilih salah satu: {', '.join(komp.index)}.")
        langkah = Decimal(1) if komp.at[kode, "bulatkan_rasio"] == "satuan" else _PER
        r = _ke_desimal(rasio).quantize(langkah, rounding=ROUND_HALF_UP)
        for s in self.segmen(kode).itertuples():
            if _di_segmen(r, s):
                v = _ke_desimal(s.nilai_dasar) + s.kemiringan * r
                return v.quantize(Decimal(1)) if v == v.to_integral_value() else v
        raise GalatAturan(f"Rasio {r}% tidak masuk segmen mana pun pada kurva {kode}.",
                          saran="Kurva harus menutup semua rasio; periksa rasio_min/rasio_maks.")

    def predikat_untuk(self, skor) -> str:
        """Predikat untuk skor total.

        >>> skema_2016().predikat_untuk(65.98)
        'Dalam Pengawasan'
        """
        skor = _ke_desimal(skor)
        for p in self.predikat.sort_values("skor_min", ascending=False).itertuples():
            if skor >= _ke_desimal(p.skor_min):
                return str(p.predikat)
        return str(self.predikat.sort_values("skor_min")["predikat"].iloc[0])


def _di_segmen(r: Decimal, s) -> bool:
    if not pd.isna(s.rasio_min):
        lo = _ke_desimal(s.rasio_min)
        if r < lo or (r == lo and not s.termasuk_min):
            return False
    if not pd.isna(s.rasio_maks):
        hi = _ke_desimal(s.rasio_maks)
        if r > hi or (r == hi and not s.termasuk_maks):
            return False
    return True


def periksa_skema(skema: Skema) -> list[Masalah]:
    """Semua masalah sebuah skema: bobot bukan kelipatan 0,01, komponen tanpa kurva, celah atau
    tumpang tindih kurva, kurva yang melawan arah komponennya (``naik``/``turun``).

    >>> periksa_skema(skema_2016())
    []
    """
    masalah = []
    nama = f"skema {skema.nama}"
    for k in skema.komponen.itertuples():
        b = _ke_desimal(k.bobot)
        if b != b.quantize(_PER) or b < 0:
            masalah.append(Masalah(f"Bobot {k.kode} = {k.bobot} harus positif dan kelipatan 0,01.",
                                   berkas=nama, kolom="bobot"))
        seg = skema.kurva[skema.kurva["kode"] == k.kode]
        if seg.empty:
            masalah.append(Masalah(f"Komponen {k.kode} tidak punya kurva nilai.", berkas=nama, kolom="kode"))
            continue
        # Uji titik: batas-batas segmen, di antaranya dan di luar.
        batas = sorted({float(x) for x in pd.concat([seg["rasio_min"], seg["rasio_maks"]]).dropna()})
        titik = sorted({round(x + d, 2) for x in batas + [-1000.0, 1000.0] for d in (-0.01, 0.0, 0.01)}
                       | {round((a + b) / 2, 2) for a, b in zip(batas, batas[1:])})
        nilai = []
        for t in titik:
            r = Decimal(str(t))
            cocok = [s for s in seg.itertuples() if _di_segmen(r, s)]
            if len(cocok) != 1:
                masalah.append(Masalah(f"Kurva {k.kode}: rasio {t}% masuk {len(cocok)} segmen (harus tepat 1).",
                                       berkas=nama, kolom="rasio_min",
                                       saran="Periksa rasio_min/rasio_maks dan termasuk_min/termasuk_maks."))
                break
            nilai.append(_ke_desimal(cocok[0].nilai_dasar) + cocok[0].kemiringan * r)
        else:
            beda = np.diff(np.array([float(v) for v in nilai]))
            if k.arah == "naik" and (beda < 0).any() or k.arah == "turun" and (beda > 0).any():
                masalah.append(Masalah(f"Kurva {k.kode} tidak searah dengan arah '{k.arah}'.", berkas=nama,
                                       kolom="arah", saran="Ubah kurva atau tulis arah 'puncak'."))
    return masalah


def buat_skema(nama: str, komponen: pd.DataFrame, kurva: pd.DataFrame, predikat: pd.DataFrame) -> Skema:
    """Skema dari tabel pengguna (kolom sama dengan tabel bawaan); galat bila ada masalah.

    >>> s = skema_2016()
    >>> buat_skema("salinan", s.komponen, s.kurva, s.predikat).nama
    'salinan'
    """
    kolom_perlu = {"komponen": (komponen, ["kode", "aspek", "komponen", "rasio", "arah", "bobot", "bulatkan_rasio",
                                           "nilai_bila_tak_terdefinisi"]),
                   "kurva": (kurva, ["kode", "rasio_min", "rasio_maks", "termasuk_min", "termasuk_maks",
                                     "nilai_dasar", "kemiringan"]),
                   "predikat": (predikat, ["skor_min", "predikat"])}
    for judul, (t, kolom) in kolom_perlu.items():
        kurang = [k for k in kolom if k not in t.columns]
        if kurang:
            raise GalatAturan(f"Tabel {judul} skema '{nama}' tidak punya kolom: {', '.join(kurang)}.",
                              saran="Salin tabel bawaan (mis. skema_2016().komponen) lalu ubah isinya.")
    s = Skema(nama, komponen.reset_index(drop=True), kurva.reset_index(drop=True),
              predikat.reset_index(drop=True))
    gagal_bila_ada(periksa_skema(s), f"Skema '{nama}' tidak sah", GalatAturan)
    return s


def ganti_bobot(skema: Skema, bobot) -> Skema:
    """Skema yang sama dengan bobot baru: ``bobot`` = dict {kode: bobot} atau tabel berkolom
    ``kode, bobot`` (mis. bobot resmi yang Anda punya). Komponen yang tidak disebut tetap.

    >>> s = ganti_bobot(skema_2016(), {"E1": 5, "E2": 3})
    >>> float(s.komponen.set_index("kode").at["E1", "bobot"])
    5.0
    """
    if isinstance(bobot, pd.DataFrame):
        bobot = dict(zip(bobot["kode"], bobot["bobot"]))
    komp = skema.komponen.copy()
    tak_dikenal = [k for k in bobot if k not in set(komp["kode"])]
    if tak_dikenal:
        raise GalatMasukan(f"Kode komponen tidak dikenal: {', '.join(map(str, tak_dikenal))}.",
                           saran=f"Kode yang ada: {', '.join(komp['kode'])}.")
    komp["bobot"] = [float(bobot.get(k, b)) for k, b in zip(komp["kode"], komp["bobot"])]
    if "sumber" in komp:
        komp["sumber"] = [("bobot dari pengguna" if k in bobot else s) for k, s in zip(komp["kode"], komp["sumber"])]
    return buat_skema(f"{skema.nama} (bobot diubah)", komp, skema.kurva, skema.predikat)


def pilih_komponen(skema: Skema, kode, nama: str | None = None) -> Skema:
    """Skema yang hanya berisi komponen ``kode`` (mis. indikator yang datanya ada).
    Skor total tetap jumlah (bobot x nilai) / jumlah bobot komponen yang dipilih.

    >>> list(pilih_komponen(skema_2021(), ["PR1", "PM1"]).komponen["kode"])
    ['PR1', 'PM1']
    """
    kode = list(kode)
    tak_ada = [k for k in kode if k not in set(skema.komponen["kode"])]
    if tak_ada:
        raise GalatMasukan(f"Komponen tidak ada di skema {skema.nama}: {', '.join(tak_ada)}.",
                           saran=f"Pilih dari: {', '.join(skema.komponen['kode'])}.")
    return Skema(nama or f"{skema.nama} ({', '.join(kode)})", skema.komponen[skema.komponen["kode"].isin(kode)],
                 skema.kurva, skema.predikat)


def skema_2016(pada=None) -> Skema:
    """Skema tujuh aspek Perdep 06/Per/Dep.6/IV/2016 (nilai 0-100 per komponen).

    >>> skema_2016().komponen["aspek"].nunique()
    7
    """
    return Skema("2016", muat_aturan("kesehatan_2016_komponen", pada), muat_aturan("kesehatan_2016_kurva", pada),
                 muat_aturan("kesehatan_2016_predikat", pada))


def skema_2021(pada=None) -> Skema:
    """Skema pemeriksaan Permenkop UKM 9/2020 + Juknis 15/2021 (skor 1-4 per indikator).

    >>> skema_2021().nilai("PR1", 4.9)
    Decimal('4')
    """
    return Skema("2021", muat_aturan("kesehatan_2021_indikator", pada),
                 muat_aturan("kesehatan_2021_kurva", pada), muat_aturan("kesehatan_2021_predikat", pada))


def kuesioner_manajemen(pada=None) -> pd.DataFrame:
    """Kuesioner aspek manajemen 2016: kode komponen (M1-M5), nomor, pertanyaan.

    >>> len(kuesioner_manajemen())
    38
    """
    return muat_aturan("kesehatan_2016_manajemen", pada)


def daftar_periksa_tata_kelola(pada=None) -> pd.DataFrame:
    """Daftar periksa tata kelola 2020/2021 (butir ya/tidak untuk indikator TK1).

    >>> set(daftar_periksa_tata_kelola()["kode"])
    {'TK1'}
    """
    return muat_aturan("kesehatan_2021_tata_kelola", pada)


def nilai_kuesioner(kuesioner: pd.DataFrame, jawaban) -> pd.DataFrame:
    """Persen jawaban *ya* per komponen kuesioner.

    ``jawaban``: dict {(kode, no): True/False} atau tabel berkolom ``kode, no, ya``. Setiap
    pertanyaan harus dijawab (pertanyaan kosong adalah galat, bukan dianggap *tidak*).

    >>> k = kuesioner_manajemen()
    >>> j = {(r.kode, r.no): r.no <= 6 for r in k.itertuples()}
    >>> n = nilai_kuesioner(k, j).set_index("kode")
    >>> int(n.at["M1", "ya"]), int(n.at["M1", "jumlah"]), float(n.at["M1", "persen_ya"])
    (6, 12, 50.0)
    """
    if isinstance(jawaban, pd.DataFrame):
        jawaban = {(str(k), int(n)): y for k, n, y in zip(jawaban["kode"], jawaban["no"], jawaban["ya"])}
    kunci = list(zip(kuesioner["kode"].astype(str), kuesioner["no"].astype(int)))
    kosong = [f"{k} no. {n}" for k, n in kunci if (k, n) not in jawaban]
    if kosong:
        raise GalatMasukan(f"{len(kosong)} pertanyaan belum dijawab: {', '.join(kosong[:5])}"
                           + (" ..." if len(kosong) > 5 else "") + ".",
                           saran="Jawab setiap pertanyaan dengan ya (True) atau tidak (False).")
    t = pd.DataFrame({"kode": [k for k, _ in kunci], "ya": [bool(jawaban[x]) for x in kunci]})
    g = t.groupby("kode", sort=False)["ya"].agg(["sum", "count"]).reset_index()
    g.columns = ["kode", "ya", "jumlah"]
    g["ya"] = g["ya"].astype("int64")
    g["jumlah"] = g["jumlah"].astype("int64")
    # persen ke 0,01 tepat (setengah ke atas), supaya sama dengan pembulatan rasio lain
    g["persen_ya"] = [float((Decimal(int(y) * 100) / int(n)).quantize(_PER, rounding=ROUND_HALF_UP))
                      for y, n in zip(g["ya"], g["jumlah"])]
    return g

