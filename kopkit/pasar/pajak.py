"""Pajak penghasilan koperasi untuk skenario berjualan daring, supaya dampaknya dibaca pada SHU
**setelah** pajak (UU 25/1992 Pasal 45 ayat 1: SHU = pendapatan dikurangi biaya, penyusutan dan
kewajiban lain termasuk pajak).

Satu hitungan pajak di kit: tarif dan batasnya ada di tabel aturan ``pajak_koperasi`` milik
pembukuan, dihitung oleh :func:`kopkit.buku.pph_badan` dan :func:`kopkit.buku.pph_final_omzet`.
Modul ini hanya memilih perlakuan yang dipakai koperasi:

* ``"umum"`` — UU PPh Pasal 17 dengan pengurangan Pasal 31E;
* ``"final_pp55"`` — PP 55/2022: PPh final atas peredaran bruto, hanya bila omzetnya di bawah batas.

``laba_kena_pajak`` adalah SHU sebelum pajak dikurangi pendapatan yang sudah dikenai PPh final
(mis. jasa giro); ``omzet_tahunan`` peredaran bruto tanpa pendapatan final.

    >>> p = pajak_penghasilan(100_000_000, 4_000_000_000, perlakuan="umum", pada="2025-12-31")
    >>> p["pajak"], p["setelah_pajak"]
    (11000000, 89000000)
"""
from __future__ import annotations

from kopkit.dasar.galat import GalatMasukan

__all__ = ["PERLAKUAN_PAJAK", "pajak_penghasilan"]

#: Perlakuan yang dikenal.
PERLAKUAN_PAJAK = ("umum", "final_pp55")


def pajak_penghasilan(laba_kena_pajak: int, omzet_tahunan: int, *, perlakuan: str, pada) -> dict:
    """PPh koperasi setahun menurut ``perlakuan`` dan tabel ``pajak_koperasi`` pada tanggal ``pada``.

    Hasil: ``pajak``, ``setelah_pajak`` (= laba - pajak), ``perlakuan`` dan ``rumus`` (teks untuk
    dibaca). Laba negatif: pajak umum nol.

        >>> pajak_penghasilan(100_000_000, 4_000_000_000, perlakuan="final_pp55", pada="2025-12-31")["pajak"]
        20000000
    """
    from kopkit.buku import angka_pajak, pph_badan, pph_final_omzet
    from kopkit.dasar.uang import format_persen, format_rupiah

    if perlakuan not in PERLAKUAN_PAJAK:
        raise GalatMasukan(f"Perlakuan pajak '{perlakuan}' tidak dikenal.",
                           saran="Pilih 'umum' (Pasal 17 dan 31E) atau 'final_pp55' (PP 55/2022), sesuai "
                                 "yang dipakai koperasi Anda.")
    a = angka_pajak(pada)
    if perlakuan == "final_pp55":
        h = pph_final_omzet(omzet_tahunan, pada=pada)
        if not h["boleh"]:
            raise GalatMasukan(
                f"Omzet {format_rupiah(omzet_tahunan)} melebihi batas PPh final "
                f"{format_rupiah(h['batas_omzet'])}: koperasi ini tidak boleh memakai PP 55/2022.",
                saran="Pakai perlakuan='umum' (Pasal 17 dan 31E).")
        rumus = f"{format_persen(a['tarif_final_pp55'] / 100, 1)} × peredaran bruto {format_rupiah(omzet_tahunan)}"
    else:
        h = pph_badan(laba_kena_pajak, omzet_tahunan, pada=pada)
        rumus = (f"{format_persen(a['tarif_pph_badan'] / 100, 0)} × laba kena pajak {format_rupiah(h['pkp'])}; bagian "
                 f"{format_rupiah(h['pkp_fasilitas'])} (sebanding dengan peredaran bruto sampai "
                 f"{format_rupiah(int(a['bagian_omzet_31e']))}) mendapat pengurangan "
                 f"{format_persen(a['pengurangan_31e'] / 100, 0)} dari tarif (Pasal 31E)")
    pajak = int(h["pajak"])
    return {"perlakuan": perlakuan, "pajak": pajak, "setelah_pajak": int(laba_kena_pajak) - pajak, "rumus": rumus}
