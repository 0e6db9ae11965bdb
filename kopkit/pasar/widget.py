"""Simulator harga jual daring: produk, kanal, harga, diskon, harga pokok -> diterima bersih,
laba, margin, harga minimum dan titik impas.

Widget hanya menyambungkan kontrol ke fungsi murni :func:`simulasi_harga` (yang memanggil
:func:`kopkit.pasar.biaya.rincian_harga`, :func:`~kopkit.pasar.biaya.harga_minimum` dan
:func:`~kopkit.pasar.biaya.titik_impas`). Hasil yang sama didapat tanpa widget dengan memanggil
:func:`simulasi_harga` langsung. ipywidgets hanya dimuat di dalam :func:`simulator_harga`.

Contoh tanpa widget:
    >>> h = simulasi_harga(15_000, 9_000, "shopee", biaya_tetap=1_000_000, tanggal="2026-03-01")
    >>> h["rincian"]["diterima_bersih"], h["rincian"]["laba"], h["titik_impas"]
    (12250, 3250, 308)
"""
from __future__ import annotations

from html import escape

from kopkit.dasar.galat import GalatKopkit

__all__ = ["simulasi_harga", "tabel_harga_html", "simulator_harga"]

_LABEL_BARIS = [("pendapatan", "Dibayar pembeli (harga − diskon)"), ("biaya_komisi", "Komisi / biaya admin"),
                ("biaya_pesanan", "Biaya per pesanan"), ("biaya_mdr", "MDR QRIS"),
                ("biaya_platform", "Jumlah biaya platform"), ("diterima_bersih", "Diterima bersih"),
                ("harga_pokok_total", "Harga pokok"), ("laba", "Laba")]


def simulasi_harga(harga: int, harga_pokok: int, kanal: str, *, diskon: int = 0, jumlah: int = 1,
                   biaya_tetap: int = 0, laba_minimum: int = 0, kategori: str = "fmcg",
                   tanggal="2026-03-01", tabel=None, **opsi) -> dict:
    """Hitungan di balik simulator. Tidak pernah menaikkan galat kopkit untuk masukan yang salah:
    masalahnya dikembalikan di ``hasil["masalah"]`` (daftar teks) dan nilai lain ``None``.

    Hasil: ``rincian`` (dict dari :func:`~kopkit.pasar.biaya.rincian_harga`),
    ``harga_minimum`` (harga terkecil dengan laba per unit >= ``laba_minimum``), ``titik_impas``
    (pesanan untuk menutup ``biaya_tetap``; ``None`` bila laba tidak positif), ``teks``.

        >>> simulasi_harga(5_000, 6_000, "shopee", tanggal="2026-03-01")["titik_impas"] is None
        True
    """
    from kopkit.dasar.uang import format_angka, format_rupiah
    from kopkit.pasar import biaya as bp

    hasil = {"masalah": [], "rincian": None, "harga_minimum": None, "harga_tidak_rugi": None,
             "titik_impas": None, "teks": ""}
    try:
        r = bp.rincian_harga(harga, kanal, harga_pokok=harga_pokok, diskon=diskon, jumlah=jumlah,
                             kategori=kategori, tanggal=tanggal, tabel=tabel, **opsi)
        h_min, h_impas = (bp.harga_minimum(harga_pokok, kanal, laba_minimum=target, diskon=diskon,
                                           jumlah=jumlah, kategori=kategori, tanggal=tanggal, tabel=tabel,
                                           **opsi)
                          for target in (laba_minimum, 0))
        impas = bp.titik_impas(biaya_tetap, r["laba"]) if r["laba"] > 0 else None
    except GalatKopkit as e:
        hasil["masalah"] = [str(e)]
        return hasil
    hasil.update(rincian=r, harga_minimum=h_min, harga_tidak_rugi=h_impas, titik_impas=impas)
    if r["laba"] <= 0:
        teks = (f"Rugi {format_rupiah(-r['laba'])} per pesanan: setiap pesanan mengurangi kas. "
                f"Harga paling rendah agar tidak rugi: {format_rupiah(h_impas)}.")
    else:
        teks = (f"Laba {format_rupiah(r['laba'])} per pesanan (margin {format_angka(r['margin_persen'], desimal=1)}%). "
                f"Harga paling rendah agar tidak rugi: {format_rupiah(h_impas)}.")
    if laba_minimum:
        teks += (f" Harga paling rendah untuk target laba {format_rupiah(int(laba_minimum))} per pesanan: "
                 f"{format_rupiah(h_min)}.")
    if r["laba"] > 0:
        if biaya_tetap:
            teks += f" Biaya tetap {format_rupiah(int(biaya_tetap))} tertutup setelah {impas} pesanan."
    hasil["teks"] = teks
    return hasil


def tabel_harga_html(rincian: dict) -> str:
    """Rincian satu pesanan sebagai tabel HTML sederhana (pos dan rupiah)."""
    from kopkit.dasar.uang import format_rupiah

    baris = "".join(
        f"<tr><td>{escape(label)}</td><td style='text-align:right'>"
        f"{format_rupiah(int(rincian[k]), akuntansi=True)}</td></tr>"
        for k, label in _LABEL_BARIS)
    return f"<table><thead><tr><th>Pos</th><th>Rupiah</th></tr></thead><tbody>{baris}</tbody></table>"


def simulator_harga(produk=None, *, kanal=("toko_offline", "whatsapp", "shopee", "tiktok_tokopedia", "lazada"),
                    tanggal="2026-03-01", biaya_tetap: int = 0, laba_minimum: int = 0, tabel=None, **opsi):
    """Widget simulasi harga untuk kelas.

    Kontrol: pilihan produk (mengisi harga jual dan harga pokok dari tabel ``produk``), kanal,
    harga, diskon penjual, harga pokok, biaya tetap daring, target laba per unit. Keluaran:
    tabel rincian, kalimat laba/harga minimum/titik impas (atau peringatan merah bila masukan salah).

    Mengembalikan ``VBox``; kontrolnya dapat diakses sebagai atribut ``pilihan_produk``,
    ``pilihan_kanal``, ``harga``, ``diskon``, ``harga_pokok``, ``biaya_tetap``, ``laba_minimum``,
    ``tabel``, ``info`` (untuk uji dan peserta yang penasaran). Kotak rupiah yang tampil (``isian``,
dict) menerima ketikan gaya Indonesia, mis. ``25.000`` atau ``Rp 25.000``.
    """
    import ipywidgets as widgets

    from kopkit.pasar.analisis import NAMA_KANAL

    gaya = {"description_width": "170px"}
    tata = widgets.Layout(width="420px")
    if produk is not None and len(produk):
        opsi_produk = [(f"{i} – {n}", str(i)) for i, n in zip(produk["id_produk"], produk["nama"])]
        data_produk = produk.set_index(produk["id_produk"].astype("str"))
        awal = data_produk.iloc[0]
        harga_awal, pokok_awal = int(awal["harga_jual"]), int(awal["harga_pokok"])
    else:
        opsi_produk, data_produk, harga_awal, pokok_awal = [("(isi sendiri)", "")], None, 15_000, 9_000
    pilihan_produk = widgets.Dropdown(options=opsi_produk, value=opsi_produk[0][1], description="Produk",
                                      style=gaya, layout=tata)
    pilihan_kanal = widgets.Dropdown(options=[(NAMA_KANAL.get(k, k), k) for k in kanal], value=kanal[0],
                                     description="Kanal", style=gaya, layout=tata)
    tabel_w = widgets.HTML()
    info = widgets.HTML()
    isian = {}

    def rupiah(kunci, nilai, deskripsi):
        angka, teks = _isian_rupiah(nilai, deskripsi, gaya, tata, info)
        isian[kunci] = teks
        return angka

    harga = rupiah("harga", harga_awal, "Harga jual (Rp)")
    diskon = rupiah("diskon", 0, "Diskon penjual (Rp)")
    harga_pokok = rupiah("harga_pokok", pokok_awal, "Harga pokok (Rp)")
    biaya_tetap_w = rupiah("biaya_tetap", int(biaya_tetap), "Biaya tetap daring (Rp)")
    laba_minimum_w = rupiah("laba_minimum", int(laba_minimum), "Target laba/unit (Rp)")

    def perbarui(*_):
        h = simulasi_harga(harga.value, harga_pokok.value, pilihan_kanal.value, diskon=diskon.value,
                           biaya_tetap=biaya_tetap_w.value, laba_minimum=laba_minimum_w.value,
                           tanggal=tanggal, tabel=tabel, **opsi)
        if h["masalah"]:
            info.value = ("<div style='color:#b00020;font-weight:bold'>⚠ " + escape(" ".join(h["masalah"])) +
                          "</div>")
            tabel_w.value = ""
            return
        warna = "#1b5e20" if h["rincian"]["laba"] > 0 else "#b00020"
        info.value = f"<div style='color:{warna};font-weight:bold'>{escape(h['teks'])}</div>"
        tabel_w.value = tabel_harga_html(h["rincian"])

    def ganti_produk(perubahan):
        if data_produk is None or not perubahan["new"]:
            return
        r = data_produk.loc[perubahan["new"]]
        # Ubah keduanya dulu tanpa memicu hitungan ganda, lalu hitung sekali.
        with harga.hold_trait_notifications(), harga_pokok.hold_trait_notifications():
            harga.unobserve(perbarui, names="value")
            harga_pokok.unobserve(perbarui, names="value")
            harga.value, harga_pokok.value = int(r["harga_jual"]), int(r["harga_pokok"])
            harga.observe(perbarui, names="value")
            harga_pokok.observe(perbarui, names="value")
        perbarui()

    for w in (pilihan_kanal, harga, diskon, harga_pokok, biaya_tetap_w, laba_minimum_w):
        w.observe(perbarui, names="value")
    pilihan_produk.observe(ganti_produk, names="value")
    perbarui()
    kotak = widgets.VBox([widgets.HTML("<b>Simulasi harga jual per kanal</b>"), pilihan_produk, pilihan_kanal,
                          *isian.values(), info, tabel_w])
    kotak.pilihan_produk, kotak.pilihan_kanal, kotak.harga, kotak.diskon = pilihan_produk, pilihan_kanal, harga, diskon
    kotak.harga_pokok, kotak.biaya_tetap, kotak.laba_minimum = harga_pokok, biaya_tetap_w, laba_minimum_w
    kotak.tabel, kotak.info, kotak.perbarui, kotak.isian = tabel_w, info, perbarui, isian
    return kotak


def _isian_rupiah(nilai: int, deskripsi: str, gaya, tata, info):
    """Kotak rupiah yang diketik gaya Indonesia ("25.000", "Rp 25.000") dan dibaca pengurai kit.

    Kotak angka bawaan (IntText) membaca "25.000" sebagai 25. Yang tampil adalah kotak teks;
    nilainya disimpan di IntText tersembunyi (``.value`` berupa rupiah bulat). Ketikan yang tidak
    dapat dibaca tidak mengubah hitungan dan diberi tahu di ``info``.
    """
    import ipywidgets as widgets

    from kopkit.dasar.uang import format_angka, parse_rupiah

    angka = widgets.IntText(value=int(nilai))
    teks = widgets.Text(value=format_angka(int(nilai)), description=deskripsi, style=gaya, layout=tata,
                        continuous_update=False)

    def dari_teks(perubahan):
        try:
            nilai_baru = parse_rupiah(perubahan["new"])
        except GalatKopkit as e:
            info.value = f"<div style='color:#b00020;font-weight:bold'>⚠ {escape(deskripsi)}: {escape(str(e))}</div>"
            return
        angka.value = int(nilai_baru)
        if teks.value != format_angka(angka.value):
            teks.value = format_angka(angka.value)

    def dari_angka(perubahan):
        if teks.value != format_angka(perubahan["new"]):
            teks.value = format_angka(perubahan["new"])

    teks.observe(dari_teks, names="value")
    angka.observe(dari_angka, names="value")
    return angka, teks
