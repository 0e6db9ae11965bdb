"""Simulator pinjaman: metode, jumlah, tenor, bunga, biaya -> jadwal, total jasa, bunga efektif dan
grafik yang membandingkan flat, efektif dan anuitas.

Widget hanya menyambungkan kontrol ke fungsi murni :func:`simulasi_pinjaman`; hasil yang sama
didapat tanpa widget dengan memanggil fungsi itu langsung. ipywidgets dan matplotlib baru dimuat di
dalam :func:`simulator_pinjaman`.

Contoh tanpa widget:
    >>> h = simulasi_pinjaman("6.000.000", 12, "1,5", metode="flat")
    >>> h["teks"]
    'Flat: angsuran pertama Rp 590.000, total jasa Rp 1.080.000, bunga efektif 2,6% per bulan (31,7% per tahun).'
"""
from __future__ import annotations

from html import escape

from kopkit.dasar.galat import GalatKopkit
from kopkit.simpan_pinjam.biaya_sebenarnya import bunga_efektif, cek_batas_pinjaman
from kopkit.simpan_pinjam.jadwal import METODE, jadwal_angsuran

__all__ = ["simulasi_pinjaman", "simulator_pinjaman"]

NAMA_METODE = {"flat": "Flat", "efektif": "Efektif (menurun)", "anuitas": "Anuitas"}


def _satu(pokok, tenor, bunga, metode, per, biaya, tahan):
    j = jadwal_angsuran(pokok, tenor, bunga, metode=metode, per=per)
    return j, bunga_efektif(j, biaya_dimuka=biaya, simpanan_ditahan=tahan)


def simulasi_pinjaman(pokok, tenor_bulan: int, bunga, *, metode: str, per: str = "bulan", biaya_dimuka=0,
                      simpanan_ditahan=0, pada=None) -> dict:
    """Hitungan di balik simulator. Tidak menaikkan galat untuk masukan yang salah: pesannya ada di
    ``masalah`` (daftar teks) dan hasil lain kosong.

    Hasil: ``jadwal`` (metode terpilih), ``total_jasa``, ``efektif`` (dict bunga efektif),
    ``perbandingan`` (satu baris per metode), ``batas`` (hasil cek batas bunga bila ``pada`` diberikan),
    ``teks`` (satu kalimat ringkasan) dan ``masalah``.
    """
    import pandas as pd

    from kopkit.dasar.uang import format_persen, format_rupiah, parse_rupiah

    hasil = {"masalah": [], "jadwal": None, "total_jasa": None, "efektif": None, "perbandingan": None,
             "batas": None, "teks": ""}
    try:
        biaya, tahan = parse_rupiah(biaya_dimuka), parse_rupiah(simpanan_ditahan)
        semua = {m: _satu(pokok, tenor_bulan, bunga, m, per, biaya, tahan) for m in METODE}
        jadwal, efektif = semua[metode] if metode in semua else _satu(pokok, tenor_bulan, bunga, metode, per,
                                                                       biaya, tahan)
        if pada is not None:
            hasil["batas"] = cek_batas_pinjaman(jadwal, pada, biaya_dimuka=biaya, simpanan_ditahan=tahan)
    except GalatKopkit as e:
        hasil["masalah"] = [str(e)]
        return hasil
    hasil["jadwal"], hasil["efektif"] = jadwal, efektif
    hasil["total_jasa"] = int(jadwal["jasa"].sum())
    hasil["perbandingan"] = pd.DataFrame({
        "metode": [NAMA_METODE[m] for m in METODE],
        "angsuran_pertama": [int(semua[m][0]["angsuran"].iat[0]) for m in METODE],
        "angsuran_terakhir": [int(semua[m][0]["angsuran"].iat[-1]) for m in METODE],
        "total_jasa": [int(semua[m][0]["jasa"].sum()) for m in METODE],
        "bunga_efektif_per_tahun": [format_persen(semua[m][1]["per_tahun"]) for m in METODE],
    })
    nama = NAMA_METODE.get(str(metode).strip().lower(), str(metode))
    hasil["teks"] = (f"{nama}: angsuran pertama {format_rupiah(int(jadwal['angsuran'].iat[0]))}, total jasa "
                     f"{format_rupiah(hasil['total_jasa'])}, bunga efektif {format_persen(efektif['per_bulan'])} "
                     f"per bulan ({format_persen(efektif['per_tahun'])} per tahun).")
    return hasil


def _tabel_html(df) -> str:
    from kopkit.dasar.uang import format_rupiah

    kepala = "".join(f"<th>{escape(str(k).replace('_', ' '))}</th>" for k in df.columns)
    isi = []
    for baris in df.itertuples(index=False):
        sel = []
        for k, v in zip(df.columns, baris):
            teks = format_rupiah(int(v)) if k in ("pokok", "jasa", "angsuran", "sisa_pokok", "angsuran_pertama",
                                                   "angsuran_terakhir", "total_jasa") else str(v)
            sel.append(f"<td style='text-align:right'>{escape(teks)}</td>")
        isi.append("<tr>" + "".join(sel) + "</tr>")
    return f"<table><thead><tr>{kepala}</tr></thead><tbody>{''.join(isi)}</tbody></table>"


def _gambar(keluaran, pokok, tenor, bunga, per) -> None:
    import matplotlib.pyplot as plt

    from kopkit.dasar.grafik import sumbu_rupiah

    keluaran.clear_output(wait=True)
    with keluaran:
        fig, ax = plt.subplots(figsize=(6, 3))
        for m, warna in zip(METODE, ("#c62828", "#2e7d32", "#1565c0")):
            j = jadwal_angsuran(pokok, tenor, bunga, metode=m, per=per)
            ax.plot(j["angsuran_ke"], j["angsuran"], marker="o", markersize=3, color=warna, label=NAMA_METODE[m])
        sumbu_rupiah(ax)
        ax.set_xlabel("Angsuran ke-")
        ax.set_ylabel("Angsuran per bulan")
        ax.set_title("Angsuran per bulan: flat, efektif, anuitas")
        ax.legend()
        fig.tight_layout()
        plt.show()


def simulator_pinjaman(pokok="10.000.000", tenor_bulan: int = 12, bunga="1,5", *, per: str = "bulan",
                       biaya_dimuka="0", simpanan_ditahan="0", pada=None):
    """Widget simulasi pinjaman untuk kelas. Kontrol: metode, jumlah pinjaman (ketik gaya Indonesia),
    tenor, bunga (persen), satuan bunga, biaya di muka, simpanan yang ditahan. Keluaran: ringkasan,
    perbandingan tiga metode, jadwal, grafik.

    Mengembalikan ``VBox`` dengan atribut ``metode``, ``pokok``, ``tenor``, ``bunga``, ``per``,
    ``biaya``, ``simpanan``, ``ringkasan``, ``perbandingan``, ``tabel``, ``grafik``.
    """
    import ipywidgets as widgets

    from kopkit.dasar.uang import format_angka

    gaya = {"description_width": "170px"}
    lebar = widgets.Layout(width="420px")
    metode = widgets.Dropdown(options=[(NAMA_METODE[m], m) for m in METODE], value="flat", description="Metode",
                              style=gaya, layout=lebar)
    kotak_pokok = widgets.Text(value=str(pokok), description="Jumlah pinjaman (Rp)", style=gaya, layout=lebar,
                               continuous_update=False)
    tenor = widgets.IntSlider(value=int(tenor_bulan), min=1, max=60, description="Tenor (bulan)", style=gaya,
                              layout=lebar, continuous_update=False)
    kotak_bunga = widgets.Text(value=str(bunga), description="Bunga (%)", style=gaya, layout=lebar,
                               continuous_update=False)
    satuan = widgets.Dropdown(options=[("per bulan", "bulan"), ("per tahun", "tahun")], value=per,
                              description="Satuan bunga", style=gaya, layout=lebar)
    biaya = widgets.Text(value=str(biaya_dimuka), description="Provisi + administrasi (Rp)", style=gaya,
                         layout=lebar, continuous_update=False)
    simpanan = widgets.Text(value=str(simpanan_ditahan), description="Simpanan ditahan (Rp)", style=gaya,
                            layout=lebar, continuous_update=False)
    ringkasan, perbandingan, tabel, grafik = widgets.HTML(), widgets.HTML(), widgets.HTML(), widgets.Output()

    def perbarui(*_):
        h = simulasi_pinjaman(kotak_pokok.value, tenor.value, kotak_bunga.value, metode=metode.value,
                              per=satuan.value, biaya_dimuka=biaya.value or "0",
                              simpanan_ditahan=simpanan.value or "0", pada=pada)
        if h["masalah"]:
            ringkasan.value = ("<div style='color:#b00020;font-weight:bold'>⚠ " + escape(" ".join(h["masalah"]))
                               + "</div>")
            perbandingan.value, tabel.value = "", ""
            grafik.clear_output()
            return
        teks = f"<b>{escape(h['teks'])}</b>"
        if h["batas"] is not None:
            b = h["batas"]
            warna, kata = ("#b00020", "MELEWATI") if b["melewati"] else ("#1b5e20", "tidak melewati")
            teks += (f"<div style='color:{warna}'>Bunga efektif {escape(format_angka(b['bunga_persen']))}% "
                     f"per tahun {kata} batas {escape(format_angka(b['batas_persen']))}% per tahun.</div>")
        ringkasan.value = teks
        perbandingan.value = _tabel_html(h["perbandingan"])
        tabel.value = _tabel_html(h["jadwal"])
        _gambar(grafik, kotak_pokok.value, tenor.value, kotak_bunga.value, satuan.value)

    for w in (metode, kotak_pokok, tenor, kotak_bunga, satuan, biaya, simpanan):
        w.observe(perbarui, names="value")
    perbarui()
    kotak = widgets.VBox([widgets.HTML("<b>Simulasi pinjaman</b>"), metode, kotak_pokok, tenor, kotak_bunga, satuan,
                          biaya, simpanan, ringkasan, perbandingan, grafik, tabel])
    kotak.metode, kotak.pokok, kotak.tenor, kotak.bunga, kotak.per = metode, kotak_pokok, tenor, kotak_bunga, satuan
    kotak.biaya, kotak.simpanan = biaya, simpanan
    kotak.ringkasan, kotak.perbandingan, kotak.tabel, kotak.grafik = ringkasan, perbandingan, tabel, grafik
    return kotak
