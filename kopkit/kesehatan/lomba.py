"""Lomba koperasi berprestasi: indikator, normalisasi **di dalam jenis**, peringkat, kepekaan bobot.

Aturan (tertulis, sama untuk semua jenis):

- Kriteria dan bobot ada di tabel ``lomba_kriteria`` (dapat disunting juri: :func:`kriteria_lomba`).
- Setiap indikator dinormalkan di dalam satu jenis koperasi dan satu tahun: terendah 0, tertinggi
  100, lurus di antaranya (``arah = turun`` dibalik). Bila semua sama, semua mendapat 50.
  Jadi koperasi hanya dibandingkan dengan sesama jenisnya; jenis lain tidak berpengaruh.
- Skor = jumlah (bobot x nilai normal) / jumlah bobot, **dibulatkan sekali ke 0,01** (``numpy.round``:
  angka 5 tepat di belakang dibulatkan ke genap).
- Peringkat di dalam jenis: skor lebih tinggi menang; bila skor (0,01) sama, nilai normal kriteria
  berbobot terbesar yang lebih tinggi menang; bila masih sama, kode koperasi terkecil.

    >>> from kopkit import data
    >>> h = nilai_lomba(indikator_lomba(data.muat("kabupaten")), tahun=2025)
    >>> int(h.groupby("jenis", observed=True)["peringkat"].min().max())
    1
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from kopkit.dasar.galat import GalatAturan, GalatData, GalatMasukan
from .nilai import _kolom_perlu, pilih_tahun, skor_kesehatan
from .rasio import _pokok_pertumbuhan, _tambah_tahun_lalu, hitung_rasio
from kopkit.dasar.aturan import muat_aturan

from .skema import Skema, pilih_komponen, skema_2021

__all__ = ["kriteria_lomba", "ubah_bobot_lomba", "skema_keuangan_lomba", "indikator_lomba", "nilai_lomba",
           "kepekaan_bobot", "tabel_juri", "skor_aspek_lomba", "ekspor_juri_excel"]

_KUNCI = ["id_koperasi", "nama", "jenis", "kecamatan", "tahun"]


def kriteria_lomba(pada=None) -> pd.DataFrame:
    """Tabel kriteria lomba (kode, aspek, indikator, arah, bobot, lokal, saran, sumber).

    >>> int(kriteria_lomba()["bobot"].sum())
    100
    """
    return muat_aturan("lomba_kriteria", pada)


def ubah_bobot_lomba(kriteria: pd.DataFrame, bobot: dict) -> pd.DataFrame:
    """Salinan tabel kriteria dengan bobot baru ``{kode: bobot}``; yang tidak disebut tetap.

    >>> k = ubah_bobot_lomba(kriteria_lomba(), {"DG1": 0})
    >>> float(k.set_index("kode").at["DG1", "bobot"])
    0.0
    """
    k = kriteria.copy()
    tak_dikenal = [x for x in bobot if x not in set(k["kode"])]
    if tak_dikenal:
        raise GalatMasukan(f"Kode kriteria tidak dikenal: {', '.join(map(str, tak_dikenal))}.",
                           saran=f"Kode yang ada: {', '.join(k['kode'])}.")
    negatif = [x for x, b in bobot.items() if float(b) < 0]
    if negatif:
        raise GalatMasukan(f"Bobot tidak boleh negatif: {', '.join(negatif)}.", saran="Pakai 0 sampai 100.")
    k["bobot"] = [float(bobot.get(x, b)) for x, b in zip(k["kode"], k["bobot"])]
    return k


def skema_keuangan_lomba(pada=None) -> Skema:
    """Bagian skema 2020/2021 yang dapat dihitung dari kolom ringkasan dataset kabupaten:
    pinjaman bermasalah (PR1), pertumbuhan modal sendiri (KK1), modal sendiri / aset (PM1)."""
    return pilih_komponen(skema_2021(pada), ["PR1", "KK1", "PM1"], "2021 (indikator ringkasan)")


def indikator_lomba(ringkasan: pd.DataFrame, *, skema_keuangan: Skema | None = None) -> pd.DataFrame:
    """Indikator lomba per koperasi per tahun dari kolom ringkasan (seperti dataset ``kabupaten``).

    Kolom: kunci, ``rat_tepat_waktu`` dan ``jualan_daring`` (ya = 100, tidak = 0),
    ``pertumbuhan_pendapatan``, ``pertumbuhan_anggota``, ``partisipasi_anggota`` (persen),
    ``shu_per_anggota`` (rupiah) dan ``skor_kesehatan`` (1-4). Tahun pertama data tidak punya
    pertumbuhan: kolomnya kosong dan skor kesehatannya kosong.

    >>> from kopkit import data
    >>> ind = indikator_lomba(data.muat("kabupaten"))
    >>> int(ind.loc[ind["tahun"] == 2023, "skor_kesehatan"].notna().sum())
    0
    """
    s = skema_keuangan or skema_keuangan_lomba()
    ringkasan = _tambah_tahun_lalu(ringkasan, ["modal_sendiri", "jumlah_anggota", "pendapatan"])
    r = hitung_rasio(ringkasan, ["pertumbuhan_pendapatan", "pertumbuhan_anggota", "partisipasi_anggota"])
    hasil = r.copy()
    # SHU per anggota tanpa pembulatan (rupiah sebagai pecahan): normalisasi di dalam jenis lalu tidak
    # bergantung pada satuan uang.
    anggota = ringkasan["jumlah_anggota"].to_numpy(dtype="float64")
    hasil["shu_per_anggota"] = np.where(anggota > 0, ringkasan["shu"].to_numpy(dtype="float64") /
                                        np.where(anggota > 0, anggota, 1), np.nan)
    for k in ("rat_tepat_waktu", "jualan_daring"):
        if k in ringkasan.columns:
            hasil[k] = np.where(ringkasan[k].astype(bool).to_numpy(), 100.0, 0.0)
    hasil["skor_kesehatan"] = np.nan
    # Baris tanpa tahun sebelumnya (tahun pertama data) tidak punya pertumbuhan: skornya kosong.
    # Masalah lain (mis. modal sendiri tahun lalu nol) tetap galat yang menyebut koperasinya.
    ada = np.ones(len(ringkasan), bool)
    for pokok in _pokok_pertumbuhan(s.komponen["rasio"]):
        ada &= ringkasan[pokok + "_lalu"].notna().to_numpy()
    if ada.any():
        sk = skor_kesehatan(ringkasan.loc[ada, _kolom_perlu(ringkasan, s)], s)
        hasil.loc[sk.index, "skor_kesehatan"] = sk["skor"]
    return hasil


def _normal_di_jenis(x: np.ndarray, kelompok: np.ndarray, turun: bool) -> np.ndarray:
    """Nilai 0-100 di dalam setiap kelompok (jenis): (x - min) / (max - min) x 100; sama semua = 50."""
    s = pd.Series(x)
    g = s.groupby(kelompok)
    lo, hi = g.transform("min").to_numpy(), g.transform("max").to_numpy()
    rentang = hi - lo
    with np.errstate(invalid="ignore", divide="ignore"):
        n = np.where(rentang > 0, (x - lo) / np.where(rentang > 0, rentang, 1) * 100, 50.0)
    return 100 - n if turun else n


def _periksa_kriteria(kriteria: pd.DataFrame) -> None:
    if float(kriteria["bobot"].sum()) <= 0:
        raise GalatAturan("Jumlah bobot kriteria lomba harus lebih dari nol.", saran="Beri bobot pada kriteria.")


def nilai_lomba(indikator: pd.DataFrame, tahun, kriteria: pd.DataFrame | None = None) -> pd.DataFrame:
    """Nilai normal per kriteria (``n_<kode>``), ``skor`` dan ``peringkat`` di dalam jenis, satu tahun.

    >>> from kopkit import data
    >>> h = nilai_lomba(indikator_lomba(data.muat("kabupaten")), 2025)
    >>> float(h["n_KU1"].min()), float(h["n_KU1"].max())
    (0.0, 100.0)
    """
    kriteria = kriteria_lomba() if kriteria is None else kriteria
    _periksa_kriteria(kriteria)
    df = pilih_tahun(indikator, tahun)
    if "jenis" not in df.columns:
        raise GalatData("Indikator lomba perlu kolom jenis.", kolom="jenis", saran="Pakai indikator_lomba(...).")
    jenis = df["jenis"].astype(str).to_numpy()
    hasil = df[[k for k in _KUNCI if k in df.columns]].copy()
    total = np.zeros(len(df))
    for k in kriteria.itertuples():
        if k.indikator not in df.columns:
            raise GalatData(f"Kriteria {k.kode} memakai indikator '{k.indikator}' yang tidak ada.",
                            kolom=k.indikator, saran="Tambahkan kolom itu ke tabel indikator atau ubah kriteria.")
        x = df[k.indikator].to_numpy(dtype="float64")
        if np.isnan(x).any():
            i = int(np.flatnonzero(np.isnan(x))[0])
            raise GalatData(f"Indikator {k.indikator} kosong untuk {int(np.isnan(x).sum())} koperasi tahun {tahun} "
                            f"(mis. {df['id_koperasi'].iloc[i]}).", kolom=k.indikator,
                            saran="Pilih tahun yang punya data tahun sebelumnya, atau lengkapi datanya.")
        n = _normal_di_jenis(x, jenis, k.arah == "turun")
        hasil[f"n_{k.kode}"] = n
        total += float(k.bobot) * n
    hasil["skor_mentah"] = total / float(kriteria["bobot"].sum())
    hasil["skor"] = np.round(hasil["skor_mentah"].to_numpy(), 2)
    return _peringkat(hasil, kriteria)


def _peringkat(hasil: pd.DataFrame, kriteria: pd.DataFrame) -> pd.DataFrame:
    utama = kriteria.sort_values(["bobot", "kode"], ascending=[False, True])["kode"].iloc[0]
    urut = hasil.sort_values(["jenis", "skor", f"n_{utama}", "id_koperasi"],
                             ascending=[True, False, False, True], kind="mergesort")
    urut["peringkat"] = urut.groupby("jenis", observed=True).cumcount().astype("int64") + 1
    return urut.reset_index(drop=True)


def skor_aspek_lomba(hasil: pd.DataFrame, kriteria: pd.DataFrame | None = None) -> pd.DataFrame:
    """Nilai 0-100 per aspek lomba (rata-rata tertimbang kriteria aspek itu) per koperasi.

    >>> from kopkit import data
    >>> a = skor_aspek_lomba(nilai_lomba(indikator_lomba(data.muat("kabupaten")), 2025))
    >>> list(a.columns[-6:])
    ['kelembagaan', 'usaha', 'keuangan', 'manfaat_anggota', 'manfaat_masyarakat', 'digital']
    """
    kriteria = kriteria_lomba() if kriteria is None else kriteria
    out = hasil[[k for k in _KUNCI if k in hasil.columns]].copy()
    for a, isi in kriteria.groupby("aspek", sort=False):
        b = isi["bobot"].astype(float).to_numpy()
        if b.sum() <= 0:
            continue
        out[a] = sum(w * hasil[f"n_{k}"] for w, k in zip(b, isi["kode"])) / b.sum()
    return out


def kepekaan_bobot(hasil: pd.DataFrame, kriteria: pd.DataFrame | None = None) -> pd.DataFrame:
    """Untuk setiap jenis dan kriteria: berapa poin bobotnya harus naik (atau turun) sebelum juara 1
    berganti, bila bobot kriteria lain ikut berubah sebanding (jumlah bobot tetap).

    Kolom ``naik_perlu``/``turun_perlu`` kosong bila juara tidak berganti di seluruh rentang
    (0 sampai jumlah bobot). Dihitung dari skor sebelum dibulatkan.

    >>> from kopkit import data
    >>> kp = kepekaan_bobot(nilai_lomba(indikator_lomba(data.muat("kabupaten")), 2025))
    >>> kp.shape[0] == 6 * len(kriteria_lomba())
    True
    """
    kriteria = kriteria_lomba() if kriteria is None else kriteria
    W = float(kriteria["bobot"].sum())
    baris = []
    for jenis, g in hasil.groupby("jenis", observed=True, sort=True):
        g = g.sort_values("peringkat")
        juara = g.index[0]
        A = g["skor_mentah"].to_numpy()
        N = {k: g[f"n_{k}"].to_numpy() for k in kriteria["kode"]}
        for k in kriteria.itertuples():
            wk = float(k.bobot)
            rec = {"jenis": jenis, "kode": k.kode, "aspek": k.aspek, "bobot": wk, "juara": g.at[juara, "id_koperasi"],
                   "naik_perlu": np.nan, "juara_bila_naik": None, "turun_perlu": np.nan, "juara_bila_turun": None}
            if len(g) > 1 and W - wk > 0:
                R = sum(float(j.bobot) * N[j.kode] for j in kriteria.itertuples() if j.kode != k.kode)
                B = (N[k.kode] - R / (W - wk)) / W
                dA, dB = A[0] - A[1:], B[1:] - B[0]
                with np.errstate(divide="ignore", invalid="ignore"):
                    d = np.where(dB != 0, dA / dB, np.nan)
                naik = (dB > 0) & (d >= 0) & (d <= W - wk)
                turun = (dB < 0) & (d <= 0) & (d >= -wk)
                if naik.any():
                    i = np.flatnonzero(naik)[np.argmin(d[naik])]
                    rec.update(naik_perlu=round(float(d[i]), 2), juara_bila_naik=g["id_koperasi"].iloc[i + 1])
                if turun.any():
                    i = np.flatnonzero(turun)[np.argmax(d[turun])]
                    rec.update(turun_perlu=round(float(-d[i]), 2), juara_bila_turun=g["id_koperasi"].iloc[i + 1])
            baris.append(rec)
    return pd.DataFrame(baris)


def tabel_juri(hasil: pd.DataFrame, kriteria: pd.DataFrame | None = None, juara: int = 3) -> pd.DataFrame:
    """Tabel juri: juara 1 sampai ``juara`` per jenis, dengan skor dan nilai per aspek.

    >>> from kopkit import data
    >>> t = tabel_juri(nilai_lomba(indikator_lomba(data.muat("kabupaten")), 2025))
    >>> t.groupby("jenis").size().tolist()
    [3, 3, 3, 3, 3, 3]
    """
    aspek = skor_aspek_lomba(hasil, kriteria)
    t = hasil[hasil["peringkat"] <= juara]
    kolom_aspek = [c for c in aspek.columns if c not in _KUNCI]
    t = t[[c for c in ["jenis", "peringkat", "id_koperasi", "nama", "kecamatan", "skor"] if c in t.columns]].join(
        aspek.loc[t.index, kolom_aspek].round(1))
    return t.sort_values(["jenis", "peringkat"]).reset_index(drop=True)


_JUDUL_JENIS = {"produsen": "Produsen", "konsumen": "Konsumen", "jasa": "Jasa", "pemasaran": "Pemasaran",
                "ksp": "KSP", "ksp_syariah": "KSP Syariah"}


def ekspor_juri_excel(hasil: pd.DataFrame, berkas, *, kriteria: pd.DataFrame | None = None, juara: int = 3,
                      timpa: bool = False, judul: str = "Lomba Koperasi Berprestasi"):
    """Simpan tabel juri ke Excel: lembar Kriteria, satu lembar per jenis (juara dulu, lalu semua
    peserta), dan lembar Rapor (kekuatan dan kelemahan setiap koperasi). Lewat kopkit.excel.

    >>> from kopkit import data
    >>> h = nilai_lomba(indikator_lomba(data.muat("kabupaten")), 2025)
    >>> ekspor_juri_excel(h, "juri_lomba_2025.xlsx").name
    'juri_lomba_2025.xlsx'
    """
    from kopkit.dasar.excel import Lembar, tulis_excel
    from .rapor import ringkasan_rapor

    # Satu penulis Excel kopkit (gaya rumah, lembam): nama koperasi "=..." tetap teks, bukan rumus.
    kriteria = kriteria_lomba() if kriteria is None else kriteria
    lembar = [Lembar("Kriteria", judul=[judul],
                     kolom=["kode", "aspek", "indikator", "bobot", "kriteria lokal", "keterangan", "sumber"],
                     baris=[[k.kode, k.aspek, k.indikator, float(k.bobot), "ya" if k.lokal else "tidak",
                             k.keterangan, k.sumber] for k in kriteria.itertuples()],
                     catatan=["Nilai setiap indikator dinormalkan di dalam jenis koperasi (terendah 0, tertinggi "
                              "100). Skor sama: kriteria berbobot terbesar, lalu kode koperasi terkecil."])]
    aspek = skor_aspek_lomba(hasil, kriteria)
    kolom_aspek = [c for c in aspek.columns if c not in _KUNCI]
    for jenis, g in hasil.groupby("jenis", observed=True, sort=True):
        nama_jenis = _JUDUL_JENIS.get(str(jenis), str(jenis))
        lembar.append(Lembar(
            nama_jenis, judul=[f"{judul} — jenis {nama_jenis}"],
            kolom=["peringkat", "juara", "kode", "nama", "kecamatan", "skor", *kolom_aspek],
            baris=[[int(r.peringkat), f"Juara {r.peringkat}" if r.peringkat <= juara else "", r.id_koperasi, r.nama,
                    r.kecamatan, float(r.skor), *[round(float(aspek.at[r.Index, a]), 1) for a in kolom_aspek]]
                   for r in g.sort_values("peringkat").itertuples()],
            lebar=[None, None, None, 32]))
    rr = ringkasan_rapor(hasil, kriteria)
    lembar.append(Lembar("Rapor", kolom=list(rr.columns), baris=[list(r) for r in rr.itertuples(index=False)]))
    return tulis_excel(berkas, lembar, timpa=timpa, contoh="juri_lomba_2025.xlsx")
