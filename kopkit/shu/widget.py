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

__all__ = ["simulasi_shu", "teks_shu_anggota", "teks_jumlah_persen", "tabel_alokasi_html", "gambar_alokasi",
           "simulator_shu"]

#: Label pilihan dasar persen. Keduanya sesuai UU 25/1992 Pasal 45 ayat (2); AD/ART yang memilih,
#: jadi labelnya tidak menilai (isu 11: label netral).
LABEL_DASAR = {"Semua persen dari SHU seluruhnya": "total",
               "Cadangan dulu, pos lain dari SHU setelah cadangan": "setelah_cadangan"}
PENJELASAN_DASAR = {
    "total": "Setiap persen dihitung dari SHU total, jadi semua persen (termasuk cadangan) berjumlah 100%.",
    "setelah_cadangan": ("Cadangan dihitung dari SHU total. Pos lain membagi SISA setelah cadangan, jadi "
                         "persen pos selain cadangan yang berjumlah 100% (cadangan tidak ikut dijumlahkan)."),
}


def teks_jumlah_persen(persen: Mapping, dasar: str = "total", pos_cadangan: str = "cadangan") -> str:
    """Kalimat jumlah persen sesuai dasar pembagian (yang dijumlahkan berbeda per dasar).

    >>> teks_jumlah_persen({"cadangan": 40, "jasa_modal": 50, "jasa_usaha": 50}, "setelah_cadangan")
    'Cadangan 40% dari SHU total; pos lain berjumlah 100% dari SHU setelah cadangan.'
    >>> teks_jumlah_persen({"cadangan": 40, "jasa_modal": 30, "jasa_usaha": 30})
    'Jumlah persen semua pos: 100%.'
    """
    nilai = {p: Decimal(str(q)) for p, q in persen.items()}
    if dasar == "setelah_cadangan":
        lain = sum((q for p, q in nilai.items() if p != pos_cadangan), Decimal(0))
        cad = nilai.get(pos_cadangan, Decimal(0))
        return (f"Cadangan {_teks_angka(cad)}% dari SHU total; pos lain berjumlah {_teks_angka(lain)}% dari "
                "SHU setelah cadangan.")
    return f"Jumlah persen semua pos: {_teks_angka(sum(nilai.values(), Decimal(0)))}%."


def _kata_peserta(pesan: str) -> str:
    """Nama dasar di pesan pustaka ('setelah_cadangan') diganti labelnya di layar."""
    for label, kode in LABEL_DASAR.items():
        pesan = pesan.replace(f"'{kode}'", f"“{label.split(' (')[0]}”")
    return pesan


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

    from kopkit.dasar.uang import parse_angka

    atur = baca_aturan(aturan)
    penggeser, ketikan = {}, {}
    for pos, p in zip(atur["pos"], atur["persen"]):
        # Angka di samping penggeser diketik gaya Indonesia ("37,5") dan dibaca pengurai kit:
        # kotak bawaan penggeser membaca "37,5" sebagai 37.
        penggeser[pos] = widgets.FloatSlider(
            value=float(p), min=0.0, max=100.0, step=langkah, description=pos.replace("_", " "),
            readout=False, continuous_update=False, style={"description_width": "150px"},
            layout=widgets.Layout(width="400px"))
        ketikan[pos] = widgets.Text(value=_teks_angka(Decimal(str(p))), continuous_update=False,
                                    layout=widgets.Layout(width="70px"))
    salah_ketik = widgets.HTML()

    def dari_ketikan(pos):
        def ubah(perubahan):
            try:
                nilai = parse_angka(perubahan["new"])
                if not Decimal(0) <= nilai <= Decimal(100):
                    raise ValueError
            except (GalatKopkit, ValueError):
                salah_ketik.value = (f"<div style='color:#b00020'>⚠ '{escape(str(perubahan['new']))}' bukan "
                                     "persen 0 sampai 100. Tulis mis. 37,5 (koma desimal).</div>")
                return
            salah_ketik.value = ""
            penggeser[pos].value = float(nilai)
        return ubah

    def ke_ketikan(pos):
        def ubah(perubahan):
            teks = _teks_angka(Decimal(repr(perubahan["new"])))
            try:
                sama = parse_angka(ketikan[pos].value) == Decimal(repr(perubahan["new"]))
            except GalatKopkit:
                sama = False
            if not sama:
                ketikan[pos].value = teks
        return ubah

    for pos in penggeser:
        ketikan[pos].observe(dari_ketikan(pos), names="value")
        penggeser[pos].observe(ke_ketikan(pos), names="value")
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
    penjelasan = widgets.HTML()
    tabel = widgets.HTML()
    teks_anggota = widgets.HTML()
    grafik = widgets.Output()

    def perbarui(*_):
        persen = {pos: Decimal(repr(s.value)) for pos, s in penggeser.items()}
        penjelasan.value = f"<i>{escape(PENJELASAN_DASAR[pilihan_dasar.value])}</i>"
        h = simulasi_shu(shu, simpanan, transaksi, persen, dasar=pilihan_dasar.value,
                         id_anggota=pilihan_anggota.value, anggota=anggota, **opsi)
        jumlah = escape(teks_jumlah_persen(persen, pilihan_dasar.value))
        if h["masalah"]:
            info.value = ("<div style='color:#b00020;font-weight:bold'>⚠ " + jumlah + " "
                          + escape(_kata_peserta(" ".join(h["masalah"]))) +
                          " Tabel tidak ditampilkan sampai aturannya sah.</div>")
            tabel.value, teks_anggota.value = "", ""
            grafik.clear_output()
            return
        info.value = f"<div style='color:#1b5e20'>✔ Aturan sah. {jumlah}</div>"
        tabel.value = tabel_alokasi_html(h["alokasi"])
        teks_anggota.value = f"<b>{escape(h['teks_anggota'])}</b>"
        _gambar(grafik, h["alokasi"])

    for s in penggeser.values():
        s.observe(perbarui, names="value")
    pilihan_dasar.observe(perbarui, names="value")
    pilihan_anggota.observe(perbarui, names="value")
    perbarui()
    baris_persen = [widgets.HBox([penggeser[pos], ketikan[pos], widgets.Label("%")]) for pos in penggeser]
    kotak = widgets.VBox([widgets.HTML("<b>Simulasi pembagian SHU</b>"), *baris_persen, salah_ketik,
                          pilihan_dasar, penjelasan, info, widgets.HBox([tabel, grafik]), pilihan_anggota,
                          teks_anggota])
    kotak.penggeser, kotak.pilihan_dasar, kotak.pilihan_anggota = penggeser, pilihan_dasar, pilihan_anggota
    kotak.ketikan, kotak.salah_ketik, kotak.penjelasan = ketikan, salah_ketik, penjelasan
    kotak.info, kotak.tabel, kotak.teks_anggota, kotak.grafik = info, tabel, teks_anggota, grafik
    kotak.perbarui = perbarui
    return kotak


def gambar_alokasi(alokasi):
    """Grafik batang alokasi per pos; tinggi menyesuaikan banyaknya pos dan sumbu rupiah paling
    banyak 4 angka, supaya label tidak saling menimpa. Mengembalikan ``Figure``."""
    import matplotlib.pyplot as plt
    from matplotlib.ticker import MaxNLocator

    from kopkit.dasar.grafik import sumbu_rupiah

    pos = [p.replace("_", " ") for p in alokasi["pos"]][::-1]
    fig, ax = plt.subplots(figsize=(5.5, 1.2 + 0.42 * len(pos)))
    ax.barh(pos, alokasi["jumlah"].tolist()[::-1], color="#2e7d32")
    ax.xaxis.set_major_locator(MaxNLocator(nbins=4, integer=True))
    sumbu_rupiah(ax, "x")
    ax.set_title("Alokasi SHU per pos")
    fig.tight_layout()
    return fig


def _gambar(keluaran, alokasi) -> None:
    import matplotlib.pyplot as plt

    keluaran.clear_output(wait=True)
    with keluaran:
        fig = gambar_alokasi(alokasi)
        plt.show()
        plt.close(fig)  # sudah tampil; jangan menumpuk gambar di memori kernel
