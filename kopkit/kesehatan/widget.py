"""Widget modul 04: bobot juri lomba dengan peringkat langsung per jenis, dan simulasi
"bagaimana jika" kesehatan koperasi kursus.

Widget hanya menyambungkan kontrol ke fungsi murni :func:`simulasi_lomba` dan
:func:`simulasi_kesehatan`; hasil yang sama didapat tanpa widget dengan memanggil fungsi itu.
ipywidgets hanya dimuat di dalam :func:`lomba_interaktif` dan :func:`kesehatan_interaktif`.

    >>> from kopkit import data
    >>> from kopkit.kesehatan import indikator_lomba
    >>> h = simulasi_lomba(indikator_lomba(data.muat("kabupaten")), 2025, {"DG1": 0})
    >>> h["masalah"], len(h["juara"]) == 6
    ([], True)
"""
from __future__ import annotations

from html import escape

import pandas as pd

from kopkit.dasar.galat import GalatKopkit
from .lomba import kriteria_lomba, nilai_lomba, ubah_bobot_lomba
from .nilai import nilai_kesehatan, saran_perbaikan
from .rasio import hitung_rasio
from .skema import nilai_kuesioner

__all__ = ["simulasi_lomba", "tabel_peringkat_html", "lomba_interaktif", "simulasi_kesehatan",
           "kesehatan_interaktif", "kuesioner_interaktif"]


def simulasi_lomba(indikator: pd.DataFrame, tahun, bobot: dict, kriteria: pd.DataFrame | None = None) -> dict:
    """Peringkat lomba dengan bobot ``{kode: bobot}``. Tidak menaikkan galat untuk bobot yang
    salah: masalahnya ada di ``hasil["masalah"]``. Hasil: ``masalah``, ``kriteria``, ``hasil``
    (semua peserta), ``juara`` (juara 1 per jenis: jenis -> kode koperasi)."""
    kriteria = kriteria_lomba() if kriteria is None else kriteria
    keluar = {"masalah": [], "kriteria": None, "hasil": None, "juara": {}}
    try:
        k = ubah_bobot_lomba(kriteria, bobot)
        if float(k["bobot"].sum()) <= 0:
            keluar["masalah"] = ["Semua bobot nol: beri bobot pada paling sedikit satu kriteria."]
            return keluar
        h = nilai_lomba(indikator, tahun, k)
    except GalatKopkit as e:
        keluar["masalah"] = [str(e)]
        return keluar
    keluar.update(kriteria=k, hasil=h,
                  juara={str(j): g.loc[g["peringkat"] == 1, "id_koperasi"].iloc[0]
                         for j, g in h.groupby("jenis", observed=True)})
    return keluar


def tabel_peringkat_html(hasil: pd.DataFrame, jenis: str, banyak: int = 10) -> str:
    """Peringkat satu jenis sebagai tabel HTML (peringkat, kode, nama, skor).

    >>> from kopkit import data
    >>> from kopkit.kesehatan import indikator_lomba
    >>> h = nilai_lomba(indikator_lomba(data.muat("kabupaten")), 2025)
    >>> tabel_peringkat_html(h, "ksp", banyak=3).count("<tr>")
    4
    """
    from kopkit.dasar.uang import format_angka

    g = hasil[hasil["jenis"].astype(str) == jenis].sort_values("peringkat").head(banyak)
    baris = "".join(f"<tr><td>{int(r.peringkat)}</td><td>{escape(r.id_koperasi)}</td><td>{escape(r.nama)}</td>"
                    f"<td style='text-align:right'>{format_angka(r.skor, 2)}</td></tr>" for r in g.itertuples())
    return ("<table><thead><tr><th>Peringkat</th><th>Kode</th><th>Nama</th><th>Skor</th></tr></thead><tbody>"
            + baris + "</tbody></table>")


def lomba_interaktif(indikator: pd.DataFrame, tahun, kriteria: pd.DataFrame | None = None):
    """Penggeser bobot per kriteria dan pilihan jenis; peringkat jenis itu diperbarui langsung.

    Atribut untuk uji: ``penggeser`` (kode -> slider), ``pilihan_jenis``, ``info``, ``tabel``.
    """
    import ipywidgets as widgets

    kriteria = kriteria_lomba() if kriteria is None else kriteria
    penggeser = {}
    for k in kriteria.itertuples():
        label = f"{k.aspek.replace('_', ' ')} ({k.kode})" + (" *lokal" if k.lokal else "")
        penggeser[k.kode] = widgets.IntSlider(value=int(round(float(k.bobot))), min=0, max=50, step=1,
                                              description=label, continuous_update=False,
                                              style={"description_width": "220px"}, layout=widgets.Layout(width="520px"))
    jenis = [str(j) for j in pd.unique(indikator["jenis"].astype(str))]
    pilihan_jenis = widgets.Dropdown(options=sorted(jenis), value=sorted(jenis)[0], description="Jenis",
                                     style={"description_width": "220px"}, layout=widgets.Layout(width="520px"))
    info, tabel = widgets.HTML(), widgets.HTML()
    juara_awal = simulasi_lomba(indikator, tahun, {}, kriteria)["juara"]

    def perbarui(*_):
        h = simulasi_lomba(indikator, tahun, {k: s.value for k, s in penggeser.items()}, kriteria)
        if h["masalah"]:
            info.value = "<div style='color:#b00020;font-weight:bold'>⚠ " + escape(" ".join(h["masalah"])) + "</div>"
            tabel.value = ""
            return
        j = pilihan_jenis.value
        jumlah = sum(s.value for s in penggeser.values())
        berganti = h["juara"][j] != juara_awal.get(j)
        info.value = (f"<div>Jumlah bobot {jumlah} (skor dibagi jumlah bobot). Juara 1 jenis <b>{escape(j)}</b>: "
                      f"<b>{escape(h['juara'][j])}</b>" + (" — <span style='color:#b00020'>berganti dari bobot awal "
                                                            f"({escape(juara_awal.get(j, '-'))})</span>" if berganti else "")
                      + "</div>")
        tabel.value = tabel_peringkat_html(h["hasil"], j)

    for s in penggeser.values():
        s.observe(perbarui, names="value")
    pilihan_jenis.observe(perbarui, names="value")
    perbarui()
    kotak = widgets.VBox([widgets.HTML("<b>Bobot juri lomba koperasi</b>"), *penggeser.values(), pilihan_jenis,
                          info, tabel])
    kotak.penggeser, kotak.pilihan_jenis, kotak.info, kotak.tabel = penggeser, pilihan_jenis, info, tabel
    kotak.perbarui = perbarui
    return kotak


def simulasi_kesehatan(ringkasan: pd.DataFrame, skema, ubah_rasio: dict | None = None) -> dict:
    """Penilaian kesehatan bila beberapa rasio diubah (persen): ``{kode_rasio: nilai}``.

    Hasil: ``masalah``, ``hasil`` (:class:`HasilKesehatan`), ``saran`` (tiga perubahan terbaik).

    >>> import pandas as pd
    >>> from kopkit.kesehatan.skema import pilih_komponen, skema_2021
    >>> r = pd.DataFrame({"modal_sendiri": [25], "total_aset": [100]})
    >>> str(simulasi_kesehatan(r, pilih_komponen(skema_2021(), ["PM1"]), {"modal_sendiri_aset": 35})["hasil"].skor)
    '4.00'
    """
    keluar = {"masalah": [], "hasil": None, "saran": None}
    r = ringkasan.copy()
    for kode, nilai in (ubah_rasio or {}).items():
        r[kode] = float(nilai)
    try:
        keluar["hasil"] = nilai_kesehatan(r, skema)
        keluar["saran"] = saran_perbaikan(r, skema)
    except GalatKopkit as e:
        keluar["masalah"] = [str(e)]
    return keluar


def kesehatan_interaktif(ringkasan: pd.DataFrame, skema):
    """Satu penggeser per rasio komponen (awal = rasio koperasi); skor, predikat dan tiga saran
    diperbarui langsung. Atribut untuk uji: ``penggeser`` (kode rasio -> slider), ``info``, ``saran``."""
    import ipywidgets as widgets

    from kopkit.dasar.uang import format_angka

    awal = hitung_rasio(ringkasan, list(dict.fromkeys(skema.komponen["rasio"])))
    penggeser = {}
    for k in skema.komponen.drop_duplicates("rasio").itertuples():
        x = float(awal[k.rasio].iloc[0]) if pd.notna(awal[k.rasio].iloc[0]) else 0.0
        penggeser[k.rasio] = widgets.FloatSlider(
            value=x, min=min(0.0, x), max=max(200.0, x), step=0.5, description=f"{k.kode} {k.rasio.replace('_', ' ')}",
            readout_format=".2f", continuous_update=False, style={"description_width": "260px"},
            layout=widgets.Layout(width="560px"))
    info, saran = widgets.HTML(), widgets.HTML()

    def perbarui(*_):
        ubah = {r: s.value for r, s in penggeser.items() if abs(s.value - float(awal[r].fillna(0).iloc[0])) > 1e-9}
        h = simulasi_kesehatan(ringkasan, skema, ubah)
        if h["masalah"]:
            info.value = "<div style='color:#b00020'>⚠ " + escape(" ".join(h["masalah"])) + "</div>"
            saran.value = ""
            return
        info.value = (f"<div><b>Skor {format_angka(h['hasil'].skor, 2)} — {escape(h['hasil'].predikat)}</b> "
                      f"(skema {escape(skema.nama)}; {len(ubah)} rasio diubah)</div>")
        baris = "".join(f"<li>{escape(r.komponen)}: dari {format_angka(r.rasio_sekarang, 2)}% ke "
                        f"{format_angka(r.rasio_sasaran, 2)}% → skor +{format_angka(r.tambahan_skor, 2)}</li>"
                        for r in h["saran"].itertuples())
        saran.value = f"<div>Tiga perubahan yang paling menaikkan skor:<ol>{baris}</ol></div>"

    for s in penggeser.values():
        s.observe(perbarui, names="value")
    perbarui()
    kotak = widgets.VBox([widgets.HTML("<b>Bagaimana jika rasio berubah?</b>"), *penggeser.values(), info, saran])
    kotak.penggeser, kotak.info, kotak.saran, kotak.perbarui = penggeser, info, saran, perbarui
    return kotak


def kuesioner_interaktif(kuesioner: pd.DataFrame, jawaban: dict | None = None):
    """Formulir kuesioner (manajemen 2016 atau tata kelola 2021): satu kotak centang per pertanyaan
    (dicentang = ya); persen *ya* per komponen diperbarui langsung lewat :func:`nilai_kuesioner`.

    Atribut untuk uji: ``kotak`` ((kode, no) -> Checkbox), ``hasil`` (HTML), ``jawaban()`` (dict).
    """
    import ipywidgets as widgets

    from kopkit.dasar.uang import format_angka

    jawaban = jawaban or {}
    kotak = {}
    baris = []
    for kode, isi in kuesioner.groupby("kode", sort=False):
        baris.append(widgets.HTML(f"<b>{escape(str(kode))}</b>"))
        for r in isi.itertuples():
            k = widgets.Checkbox(value=bool(jawaban.get((r.kode, r.no), False)), indent=False,
                                 description=f"{r.no}. {r.pertanyaan}", layout=widgets.Layout(width="760px"))
            kotak[(str(r.kode), int(r.no))] = k
            baris.append(k)
    hasil = widgets.HTML()

    def baca() -> dict:
        return {kunci: k.value for kunci, k in kotak.items()}

    def perbarui(*_):
        t = nilai_kuesioner(kuesioner, baca())
        hasil.value = ("<table><tr><th>Komponen</th><th>Ya</th><th>Pertanyaan</th><th>Persen ya</th></tr>"
                       + "".join(f"<tr><td>{escape(r.kode)}</td><td>{r.ya}</td><td>{r.jumlah}</td>"
                                 f"<td>{format_angka(r.persen_ya, 2)}%</td></tr>" for r in t.itertuples())
                       + "</table>")

    for k in kotak.values():
        k.observe(perbarui, names="value")
    perbarui()
    wadah = widgets.VBox([widgets.HTML("<b>Kuesioner (centang = ya)</b>"), *baris, hasil])
    wadah.kotak, wadah.hasil, wadah.jawaban, wadah.perbarui = kotak, hasil, baca, perbarui
    return wadah
