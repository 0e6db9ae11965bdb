"""Simulator SHU: penggeser persen AD/ART, pilihan dasar, pilihan anggota.

Widget hanya menyambungkan kontrol ke fungsi murni :func:`simulasi_shu` (yang memanggil
:func:`kopkit.shu.alokasi_shu` dan :func:`kopkit.shu.bagi_shu_anggota`). Hasil yang sama didapat
tanpa widget dengan memanggil :func:`simulasi_shu` langsung. ipywidgets dan matplotlib hanya
dimuat di dalam :func:`simulator_shu`.

Contoh tanpa widget:
    >>> import pandas as pd
    >>> s = pd.Series({"A1": 100, "A2": 300})
    >>> h = simulasi_shu(1_000_000, s, s, {"cadangan": 50, "jasa_modal": 25, "jasa_usaha": 25}, id_anggota="A2")
    >>> h["teks_anggota"]
    'A2: jasa modal Rp 187.500 + jasa usaha Rp 187.500 = SHU Rp 375.000'
"""
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from html import escape

from kopkit.dasar.galat import GalatKopkit
from kopkit.shu.inti import _teks_angka, baca_aturan, hitung_shu, periksa_aturan

__all__ = ["simulasi_shu", "teks_shu_anggota", "tabel_alokasi_html", "simulator_shu"]

LABEL_DASAR = {"SHU total (lazim di buku)": "total", "SHU setelah cadangan (bunyi Pasal 45)": "setelah_cadangan"}


def teks_shu_anggota(pembagian, id_anggota: str) -> str:
    """Satu kalimat SHU seorang anggota, mis. 'A0001 Siti: jasa modal Rp … + jasa usaha Rp … = SHU Rp …'."""
    from kopkit.dasar.uang import format_rupiah

    t = pembagian.tabel
    baris = t.loc[t["id_anggota"] == str(id_anggota)]
    if baris.empty:
        return f"{id_anggota} tidak termasuk penerima SHU tahun ini."
    b = baris.iloc[0]
    nama = f"{b['id_anggota']} {b['nama']}".strip()
    return (f"{nama}: jasa modal {format_rupiah(int(b['jasa_modal']))} + jasa usaha "
            f"{format_rupiah(int(b['jasa_usaha']))} = SHU {format_rupiah(int(b['total']))}")


def simulasi_shu(shu: int, simpanan, transaksi, persen: Mapping, *, dasar: str = "total",
                 id_anggota: str | None = None, anggota=None, **opsi) -> dict:
    """Hitungan di balik simulator: alokasi, pembagian dan kalimat untuk satu anggota.

    Tidak pernah menaikkan galat untuk persen yang salah: masalahnya dikembalikan di
    ``hasil["masalah"]`` (daftar teks) dan ``alokasi``/``pembagian`` bernilai ``None``.

    Hasil: dict ``masalah``, ``jumlah_persen`` (Decimal), ``alokasi``, ``pembagian``,
    ``teks_anggota``.
    """
    atur = baca_aturan(dict(persen))
    jumlah = sum(atur["persen"], Decimal(0))
    hasil = {"masalah": [], "jumlah_persen": jumlah, "alokasi": None, "pembagian": None, "teks_anggota": ""}
    masalah = periksa_aturan(atur, dasar=dasar)
    if masalah:
        hasil["masalah"] = [m.pesan + (f" {m.saran}" if m.saran else "") for m in masalah]
        return hasil
    try:
        # hitung_shu membagi pos menurut perannya (peran_pos_shu), jadi tidak ada pos yang tidak terbayar.
        alokasi_akhir, pembagian = hitung_shu(shu, simpanan, transaksi, atur, dasar=dasar, anggota=anggota, **opsi)
    except GalatKopkit as e:
        hasil["masalah"] = [str(e)]
        return hasil
    hasil["alokasi"] = alokasi_akhir
    hasil["pembagian"] = pembagian
    if id_anggota is not None:
        hasil["teks_anggota"] = teks_shu_anggota(pembagian, id_anggota)
    return hasil


def tabel_alokasi_html(alokasi) -> str:
    """Tabel alokasi sebagai HTML sederhana (pos, persen, jumlah rupiah) dengan baris jumlah."""
    from kopkit.dasar.uang import format_rupiah

    baris = "".join(
        f"<tr><td>{escape(str(p).replace('_', ' '))}</td><td style='text-align:right'>{escape(str(q))}%</td>"
        f"<td style='text-align:right'>{format_rupiah(int(j))}</td></tr>"
        for p, q, j in zip(alokasi["pos"], alokasi["persen"], alokasi["jumlah"]))
    total = format_rupiah(int(alokasi["jumlah"].sum()))
    return ("<table><thead><tr><th>Pos</th><th>Persen</th><th>Jumlah</th></tr></thead><tbody>" + baris +
            f"<tr><td><b>JUMLAH</b></td><td></td><td style='text-align:right'><b>{total}</b></td></tr>"
            "</tbody></table>")


def simulator_shu(shu: int, simpanan, transaksi, aturan=None, *, anggota=None, langkah: float = 0.5,
                  **opsi):
    """Widget simulasi SHU untuk kelas.

    Kontrol: satu penggeser persen per pos (awal dari ``aturan``; bawaan contoh kopkit), pilihan
    dasar (SHU total / setelah cadangan), pilihan anggota. Keluaran: jumlah persen (peringatan
    merah dan *tanpa tabel* bila bukan 100%), tabel alokasi, grafik batang, SHU anggota terpilih.

    Mengembalikan ``VBox``; kontrolnya dapat diakses sebagai atribut ``penggeser`` (dict pos →
    slider), ``pilihan_dasar``, ``pilihan_anggota``, ``info``, ``tabel``, ``teks_anggota``,
    ``grafik`` (untuk uji dan untuk peserta yang penasaran).
    """
    import ipywidgets as widgets

    atur = baca_aturan(aturan)
    penggeser = {}
    for pos, p in zip(atur["pos"], atur["persen"]):
        penggeser[pos] = widgets.FloatSlider(
            value=float(p), min=0.0, max=100.0, step=langkah, description=pos.replace("_", " "),
            readout_format=".2f", continuous_update=False, style={"description_width": "150px"},
            layout=widgets.Layout(width="480px"))
    pilihan_dasar = widgets.Dropdown(options=list(LABEL_DASAR.items()), value="total", description="Dasar",
                                     style={"description_width": "150px"}, layout=widgets.Layout(width="480px"))
    if anggota is not None:
        opsi_anggota = [(f"{i} – {n}", str(i)) for i, n in zip(anggota["id_anggota"], anggota["nama"])]
    else:
        ids = sorted(set(map(str, simpanan.index)) | set(map(str, transaksi.index)))
        opsi_anggota = [(i, i) for i in ids]
    pilihan_anggota = widgets.Dropdown(options=opsi_anggota, value=opsi_anggota[0][1] if opsi_anggota else None,
                                       description="Anggota", style={"description_width": "150px"},
                                       layout=widgets.Layout(width="480px"))
    info = widgets.HTML()
    tabel = widgets.HTML()
    teks_anggota = widgets.HTML()
    grafik = widgets.Output()

    def perbarui(*_):
        persen = {pos: Decimal(repr(s.value)) for pos, s in penggeser.items()}
        h = simulasi_shu(shu, simpanan, transaksi, persen, dasar=pilihan_dasar.value,
                         id_anggota=pilihan_anggota.value, anggota=anggota, **opsi)
        jumlah = h["jumlah_persen"]
        if h["masalah"]:
            info.value = ("<div style='color:#b00020;font-weight:bold'>⚠ Jumlah persen "
                          f"{escape(_teks_angka(jumlah))}%. " + escape(" ".join(h["masalah"])) +
                          " Tabel tidak ditampilkan sampai aturannya sah.</div>")
            tabel.value, teks_anggota.value = "", ""
            grafik.clear_output()
            return
        info.value = f"<div style='color:#1b5e20'>✔ Aturan sah (jumlah persen {escape(_teks_angka(jumlah))}%).</div>"
        tabel.value = tabel_alokasi_html(h["alokasi"])
        teks_anggota.value = f"<b>{escape(h['teks_anggota'])}</b>"
        _gambar(grafik, h["alokasi"])

    for s in penggeser.values():
        s.observe(perbarui, names="value")
    pilihan_dasar.observe(perbarui, names="value")
    pilihan_anggota.observe(perbarui, names="value")
    perbarui()
    kotak = widgets.VBox([widgets.HTML(f"<b>Simulasi pembagian SHU</b>"), *penggeser.values(), pilihan_dasar,
                          info, widgets.HBox([tabel, grafik]), pilihan_anggota, teks_anggota])
    kotak.penggeser, kotak.pilihan_dasar, kotak.pilihan_anggota = penggeser, pilihan_dasar, pilihan_anggota
    kotak.info, kotak.tabel, kotak.teks_anggota, kotak.grafik = info, tabel, teks_anggota, grafik
    kotak.perbarui = perbarui
    return kotak


def _gambar(keluaran, alokasi) -> None:
    import matplotlib.pyplot as plt

    from kopkit.dasar.grafik import sumbu_rupiah

    keluaran.clear_output(wait=True)
    with keluaran:
        fig, ax = plt.subplots(figsize=(5, 3))
        ax.barh([p.replace("_", " ") for p in alokasi["pos"]][::-1], alokasi["jumlah"].tolist()[::-1],
                color="#2e7d32")
        sumbu_rupiah(ax, "x")
        ax.set_title("Alokasi SHU per pos")
        fig.tight_layout()
        plt.show()
