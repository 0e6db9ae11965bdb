"""Rapor lomba satu halaman per koperasi: grafik batang aspek dibanding median jenisnya, kekuatan,
kelemahan dan langkah berikut (dari kolom ``saran`` tabel kriteria), sebagai HTML mandiri.

    >>> from kopkit import data
    >>> from kopkit.kesehatan.lomba import indikator_lomba, nilai_lomba
    >>> h = nilai_lomba(indikator_lomba(data.muat("kabupaten")), tahun=2025)
    >>> "<html" in rapor_html(h, "K0001", gambar=False)
    True
"""
from __future__ import annotations

import html

import pandas as pd

from kopkit.dasar.galat import GalatMasukan

__all__ = ["perbandingan_aspek", "ringkasan_rapor", "rapor_html", "simpan_rapor"]

_NAMA_ASPEK = {"kelembagaan": "Kelembagaan", "usaha": "Usaha", "keuangan": "Keuangan",
               "manfaat_anggota": "Manfaat bagi anggota", "manfaat_masyarakat": "Manfaat bagi masyarakat",
               "digital": "Digital (kriteria lokal)"}


def perbandingan_aspek(hasil: pd.DataFrame, id_koperasi: str, kriteria: pd.DataFrame | None = None) -> pd.DataFrame:
    """Nilai aspek satu koperasi dan median jenisnya (0-100), dengan selisihnya.

    >>> from kopkit import data
    >>> from kopkit.kesehatan.lomba import indikator_lomba, nilai_lomba
    >>> h = nilai_lomba(indikator_lomba(data.muat("kabupaten")), 2025)
    >>> list(perbandingan_aspek(h, "K0001").columns)
    ['aspek', 'nama_aspek', 'nilai', 'median_jenis', 'selisih']
    """
    from .lomba import kriteria_lomba, skor_aspek_lomba

    kriteria = kriteria_lomba() if kriteria is None else kriteria
    aspek = skor_aspek_lomba(hasil, kriteria)
    pilih = aspek[aspek["id_koperasi"] == id_koperasi]
    if pilih.empty:
        raise GalatMasukan(f"Koperasi {id_koperasi} tidak ada di hasil lomba.",
                           saran="Periksa kode koperasi (mis. K0001) dan tahun lomba.")
    jenis = pilih["jenis"].iloc[0]
    sejenis = aspek[aspek["jenis"] == jenis]
    kolom = [c for c in aspek.columns if c in _NAMA_ASPEK]
    t = pd.DataFrame({"aspek": kolom, "nama_aspek": [_NAMA_ASPEK[c] for c in kolom],
                      "nilai": [float(pilih[c].iloc[0]) for c in kolom],
                      "median_jenis": [float(sejenis[c].median()) for c in kolom]})
    t["selisih"] = t["nilai"] - t["median_jenis"]
    return t


def _kekuatan_kelemahan(t: pd.DataFrame, kriteria: pd.DataFrame):
    kuat = t[t["selisih"] > 0].sort_values(["selisih", "aspek"], ascending=[False, True]).head(2)
    lemah = t[t["selisih"] < 0].sort_values(["selisih", "aspek"]).head(2)
    saran = {a: "; ".join(g["saran"]) for a, g in kriteria.groupby("aspek")}
    return kuat, lemah, [saran[a] for a in lemah["aspek"]]


def ringkasan_rapor(hasil: pd.DataFrame, kriteria: pd.DataFrame | None = None) -> pd.DataFrame:
    """Satu baris per koperasi: jenis, peringkat, skor, kekuatan, kelemahan, langkah berikut.

    >>> from kopkit import data
    >>> from kopkit.kesehatan.lomba import indikator_lomba, nilai_lomba
    >>> len(ringkasan_rapor(nilai_lomba(indikator_lomba(data.muat("kabupaten")), 2025)))
    120
    """
    from .lomba import kriteria_lomba

    kriteria = kriteria_lomba() if kriteria is None else kriteria
    baris = []
    for r in hasil.sort_values(["jenis", "peringkat"]).itertuples():
        t = perbandingan_aspek(hasil, r.id_koperasi, kriteria)
        kuat, lemah, saran = _kekuatan_kelemahan(t, kriteria)
        baris.append({"kode": r.id_koperasi, "nama": r.nama, "jenis": str(r.jenis), "peringkat": int(r.peringkat),
                      "skor": float(r.skor), "kekuatan": ", ".join(kuat["nama_aspek"]) or "-",
                      "kelemahan": ", ".join(lemah["nama_aspek"]) or "-", "langkah_berikut": " ".join(saran) or "-"})
    return pd.DataFrame(baris)


def _gambar_batang(t: pd.DataFrame, judul: str) -> str:
    import base64
    import io

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6.5, 3.2), dpi=90)
    y = range(len(t))
    ax.barh([i + 0.2 for i in y], t["nilai"], height=0.4, label="Koperasi ini", color="#2a7ab0")
    ax.barh([i - 0.2 for i in y], t["median_jenis"], height=0.4, label="Median jenisnya", color="#bbbbbb")
    ax.set_yticks(list(y), t["nama_aspek"])
    ax.set_xlim(0, 100)
    ax.set_xlabel("Nilai 0-100 (dibanding sesama jenis)")
    ax.set_title(judul, fontsize=10)
    ax.invert_yaxis()
    ax.legend(loc="lower right", fontsize=8)
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    plt.close(fig)
    return base64.b64encode(buf.getvalue()).decode("ascii")


def rapor_html(hasil: pd.DataFrame, id_koperasi: str, kriteria: pd.DataFrame | None = None, *,
               gambar: bool = True) -> str:
    """Rapor satu halaman (HTML mandiri, grafik PNG tertanam) untuk ``id_koperasi``."""
    from kopkit.dasar.uang import format_angka
    from .lomba import kriteria_lomba

    kriteria = kriteria_lomba() if kriteria is None else kriteria
    t = perbandingan_aspek(hasil, id_koperasi, kriteria)
    r = hasil[hasil["id_koperasi"] == id_koperasi].iloc[0]
    n_jenis = int((hasil["jenis"] == r["jenis"]).sum())
    kuat, lemah, saran = _kekuatan_kelemahan(t, kriteria)
    e = html.escape
    tahun = f" tahun {int(r['tahun'])}" if "tahun" in r else ""
    baris_tabel = "".join(
        f"<tr><td>{e(a.nama_aspek)}</td><td>{format_angka(a.nilai, 1)}</td><td>{format_angka(a.median_jenis, 1)}</td></tr>"
        for a in t.itertuples())
    img = (f'<img alt="grafik aspek" src="data:image/png;base64,{_gambar_batang(t, str(r["nama"]))}">'
           if gambar else "")
    daftar = lambda xs: "".join(f"<li>{e(x)}</li>" for x in xs) or "<li>-</li>"  # noqa: E731
    return f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>Rapor {e(str(r['nama']))}</title>
<style>body{{font-family:sans-serif;max-width:800px;margin:1em auto}}td,th{{padding:2px 8px}}</style></head>
<body><h2>Rapor lomba koperasi{e(tahun)}: {e(str(r['nama']))}</h2>
<p>Jenis <b>{e(str(r['jenis']))}</b>, kecamatan {e(str(r.get('kecamatan', '')))}. Peringkat <b>{int(r['peringkat'])}</b>
dari {n_jenis} koperasi sejenis, skor <b>{format_angka(r['skor'], 2)}</b> (0-100, dibanding sesama jenis).</p>
{img}
<table border="1" style="border-collapse:collapse"><tr><th>Aspek</th><th>Nilai</th><th>Median jenis</th></tr>
{baris_tabel}</table>
<h3>Kekuatan</h3><ul>{daftar(kuat['nama_aspek'])}</ul>
<h3>Kelemahan</h3><ul>{daftar(lemah['nama_aspek'])}</ul>
<h3>Langkah berikut</h3><ul>{daftar(saran)}</ul>
<p style="font-size:small">Nilai setiap indikator dinormalkan di dalam jenis (terendah 0, tertinggi 100).
Bobot kriteria adalah contoh kopkit yang dapat diubah juri; kriteria digital adalah pilihan daerah.</p>
</body></html>"""


def simpan_rapor(teks_html: str, berkas, *, timpa: bool = False):
    """Simpan rapor HTML ke berkas (tidak menimpa tanpa ``timpa=True``).

    >>> simpan_rapor("<html></html>", "rapor_contoh.html").name
    'rapor_contoh.html'
    """
    from pathlib import Path

    from kopkit.dasar.galat import GalatBerkas

    path = Path(berkas)
    if path.suffix.lower() not in (".html", ".htm"):
        raise GalatBerkas(f"Nama berkas '{path.name}' harus berakhiran .html.", berkas=str(path),
                          saran="Contoh: rapor_K0001.html")
    if path.exists() and not timpa:
        raise GalatBerkas(f"Berkas '{path.name}' sudah ada dan tidak ditimpa.", berkas=str(path),
                          saran="Pakai nama lain, atau timpa=True.")
    path.write_text(teks_html, encoding="utf-8")
    return path
