"""Pajak penghasilan badan koperasi, supaya dampak berjualan daring dibaca pada SHU **setelah**
pajak (UU 25/1992 Pasal 45 ayat 1: SHU = pendapatan dikurangi biaya, penyusutan dan kewajiban
lain termasuk pajak).

Tarif bukan kode: tabel aturan ``pajak_penghasilan_koperasi`` (``kopkit/pasar/aturan/``) memuat
dua perlakuan beserta sumbernya, dan pemanggil **memilih** perlakuannya:

* ``"umum"`` — UU PPh Pasal 17 dengan pengurangan Pasal 31E: tarif badan atas laba, dikurangi
  separuh untuk bagian laba yang berasal dari peredaran bruto sampai batas fasilitas, bila
  peredaran bruto setahun tidak melebihi batas Pasal 31E;
* ``"final_pp55"`` — PP 55/2022: PPh final atas peredaran bruto, hanya untuk koperasi yang
  peredaran brutonya tidak melebihi batasnya dan masih dalam jangka waktunya.

Pajak dihitung dengan ``Decimal``; laba kena pajak dibulatkan ke bawah ke ribuan (kolom
``pembulatan_dasar``) dan setiap bagian pajak dibulatkan ke bawah ke rupiah penuh.

    >>> p = pajak_penghasilan(250_247_924, 6_376_677_720, perlakuan="umum", pada="2025-12-31")
    >>> p["pajak"], p["setelah_pajak"]
    (34333452, 215914472)
"""
from __future__ import annotations

from decimal import ROUND_FLOOR, Decimal

import pandas as pd

from kopkit.dasar.galat import GalatAturan, GalatMasukan

__all__ = ["PERLAKUAN_PAJAK", "pajak_penghasilan"]

#: Perlakuan yang dikenal (kode di tabel aturan ``pajak_penghasilan_koperasi``).
PERLAKUAN_PAJAK = ("umum", "final_pp55")


def _rupiah(nilai, nama: str) -> int:
    if isinstance(nilai, bool) or not hasattr(nilai, "__index__"):
        raise GalatMasukan(f"{nama} harus rupiah penuh (bilangan bulat), bukan {nilai!r}.",
                           saran="Tulis tanpa titik/koma, mis. 250247924.")
    return int(nilai)


def _bawah(x) -> int:
    return int(Decimal(x).quantize(Decimal(1), rounding=ROUND_FLOOR))


def _persen(pecahan: Decimal) -> str:
    from kopkit.pasar.biaya import teks_persen

    return teks_persen(pecahan * 100)


def _angka(x) -> Decimal:
    return Decimal(str(x))


def pajak_penghasilan(laba_sebelum_pajak: int, omzet_tahunan: int, *, perlakuan: str, pada) -> dict:
    """PPh badan koperasi setahun menurut ``perlakuan`` (``"umum"`` atau ``"final_pp55"``) dan
    tabel aturan yang berlaku pada tanggal ``pada`` (akhir tahun buku).

    ``laba_sebelum_pajak``: SHU sebelum pajak (penghasilan kena pajak; koreksi fiskal belum
    dihitung). ``omzet_tahunan``: peredaran bruto setahun (jumlah pendapatan).

    Hasil: ``pajak``, ``setelah_pajak`` (= laba - pajak), ``perlakuan``, ``nama``, ``rumus``
    (teks untuk dibaca) dan ``sumber`` (dari tabel). Laba negatif: pajak umum nol.

        >>> pajak_penghasilan(100_000_000, 4_000_000_000, perlakuan="umum", pada="2025-12-31")["pajak"]
        11000000
        >>> pajak_penghasilan(100_000_000, 4_000_000_000, perlakuan="final_pp55", pada="2025-12-31")["pajak"]
        20000000
    """
    from kopkit.dasar.aturan import muat_aturan
    from kopkit.dasar.uang import format_rupiah

    laba = _rupiah(laba_sebelum_pajak, "Laba sebelum pajak")
    omzet = _rupiah(omzet_tahunan, "Omzet setahun")
    if omzet < 0:
        raise GalatMasukan(f"Omzet setahun tidak boleh negatif ({omzet}).")
    if perlakuan not in PERLAKUAN_PAJAK:
        raise GalatMasukan(f"Perlakuan pajak '{perlakuan}' tidak dikenal.",
                           saran="Pilih 'umum' (Pasal 17 dan 31E) atau 'final_pp55' (PP 55/2022), sesuai "
                                 "yang dipakai koperasi Anda.")
    t = muat_aturan("pajak_penghasilan_koperasi", pada=pada)
    t = t[t["perlakuan"] == perlakuan]
    if t.empty:
        raise GalatAturan(f"Tabel pajak_penghasilan_koperasi tidak punya perlakuan '{perlakuan}' yang berlaku "
                          f"pada {pada}.", saran="Tambahkan baris perlakuan itu beserta sumbernya.")
    r = t.iloc[0]
    tarif = _angka(r["tarif_persen"]) / 100
    batas = r["batas_omzet"]
    if perlakuan == "final_pp55":
        if not pd.isna(batas) and omzet > int(batas):
            raise GalatMasukan(
                f"Omzet {format_rupiah(omzet)} melebihi batas PPh final {format_rupiah(int(batas))}: "
                "koperasi ini tidak boleh memakai PP 55/2022.",
                saran="Pakai perlakuan='umum' (Pasal 17 dan 31E).")
        pajak = _bawah(Decimal(omzet) * tarif)
        rumus = f"{_persen(tarif)} × peredaran bruto {format_rupiah(omzet)}"
    else:
        kelipatan = 1 if pd.isna(r["pembulatan_dasar"]) else int(r["pembulatan_dasar"])
        kena = max(laba, 0) // kelipatan * kelipatan
        fasilitas = 0
        if omzet > 0 and (pd.isna(batas) or omzet <= int(batas)) and not pd.isna(r["batas_omzet_fasilitas"]):
            fasilitas = min(kena, kena * int(r["batas_omzet_fasilitas"]) // omzet)
        potong = 1 - _angka(0 if pd.isna(r["pengurangan_persen"]) else r["pengurangan_persen"]) / 100
        # Setiap bagian dibulatkan ke bawah ke rupiah penuh, lalu dijumlahkan.
        pajak = _bawah(fasilitas * tarif * potong) + _bawah((kena - fasilitas) * tarif)
        rumus = (f"{_persen(tarif)} × laba kena pajak {format_rupiah(kena)}; bagian yang "
                 f"sebanding dengan peredaran bruto sampai {format_rupiah(int(r['batas_omzet_fasilitas']))} "
                 f"({format_rupiah(fasilitas)}) mendapat pengurangan "
                 f"{_persen(1 - potong)} dari tarif (Pasal 31E)")
    pajak_int = int(pajak)
    return {"perlakuan": perlakuan, "nama": str(r["nama"]), "pajak": pajak_int,
            "setelah_pajak": laba - pajak_int, "rumus": rumus, "sumber": str(r["sumber"])}
