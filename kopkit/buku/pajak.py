"""Pajak penghasilan koperasi dari tabel aturan ``pajak_koperasi`` (bertanggal, bersumber).

Fungsi ini menghitung PPh badan menurut UU PPh Pasal 17 dengan pengurangan Pasal 31E, dan
pilihan PPh final PP 55/2022, dengan rupiah bulat dan pecahan tepat. Angka tarif dan batasnya
tidak diketik di kode: dibaca dari tabel menurut tanggal ``pada``.

    >>> h = pph_badan(100_000_000, 3_000_000_000, pada="2025-12-31")
    >>> h["pajak"]  # omzet di bawah Rp 4,8 miliar: seluruh PKP mendapat pengurangan 50% (22% x 50% = 11%)
    11000000
"""
from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from kopkit.dasar.galat import GalatMasukan

__all__ = ["angka_pajak", "pph_badan", "pph_final_omzet"]


def angka_pajak(pada) -> dict[str, Decimal]:
    """Semua angka tabel ``pajak_koperasi`` yang berlaku pada ``pada``: butir -> nilai (Decimal).

    >>> angka_pajak("2025-12-31")["tarif_pph_badan"]
    Decimal('22')
    """
    from kopkit.dasar.aturan import muat_aturan

    t = muat_aturan("pajak_koperasi", pada=pada)
    hasil = {}
    for b, v in zip(t["butir"], t["nilai"]):
        d = Decimal(repr(float(v)))
        hasil[b] = d.quantize(Decimal(1)) if d == d.to_integral_value() else d.normalize()  # 50, bukan 5E+1
    return hasil


def _rupiah(nama: str, nilai) -> int:
    if isinstance(nilai, bool) or not isinstance(nilai, int):
        try:
            if int(nilai) != nilai:
                raise ValueError
            nilai = int(nilai)
        except (TypeError, ValueError):
            raise GalatMasukan(f"{nama} harus rupiah bulat, bukan {nilai!r}.", saran="Tulis angka rupiah tanpa desimal.") from None
    return nilai


def pph_badan(laba_kena_pajak, omzet, *, pada) -> dict[str, int]:
    """PPh badan koperasi setahun: tarif Pasal 17, dengan pengurangan Pasal 31E bila omzet (peredaran
    bruto) tidak melebihi batasnya.

    ``laba_kena_pajak``: SHU sebelum pajak dikurangi pendapatan yang sudah dikenai PPh final (mis.
    jasa giro) dan koreksi fiskal lain; ``omzet``: peredaran bruto tanpa pendapatan final. Penghasilan
    kena pajak (PKP) dibulatkan ke bawah ribuan. Hasil (rupiah): ``pkp``, ``pkp_fasilitas`` (bagian
    yang mendapat pengurangan), ``pajak_fasilitas``, ``pajak_biasa``, ``pajak``.

    >>> pph_badan(500_000_000, 9_600_000_000, pada="2025-12-31")["pkp_fasilitas"]
    250000000
    """
    laba, omzet = _rupiah("Laba kena pajak", laba_kena_pajak), _rupiah("Omzet", omzet)
    if omzet < 0:
        raise GalatMasukan("Omzet (peredaran bruto) tidak boleh negatif.", saran="Periksa jumlah pendapatan.")
    a = angka_pajak(pada)
    pkp = max(0, laba) // 1000 * 1000
    tarif = Fraction(a["tarif_pph_badan"]) / 100
    if omzet > a["batas_omzet_31e"]:
        fasilitas = 0
    elif omzet <= a["bagian_omzet_31e"]:
        fasilitas = pkp
    else:
        fasilitas = int(pkp * Fraction(a["bagian_omzet_31e"]) / omzet)
    tarif_fas = tarif * (1 - Fraction(a["pengurangan_31e"]) / 100)
    p_fas, p_biasa = int(fasilitas * tarif_fas), int((pkp - fasilitas) * tarif)
    return {"pkp": pkp, "pkp_fasilitas": fasilitas, "pajak_fasilitas": p_fas, "pajak_biasa": p_biasa,
            "pajak": p_fas + p_biasa}


def pph_final_omzet(omzet, *, pada) -> dict:
    """Pilihan PPh final PP 55/2022: tarif × omzet, hanya bila omzet setahun tidak melebihi batasnya.
    Hasil: ``boleh`` (True/False), ``pajak`` (rupiah, dibulatkan ke bawah; 0 bila tidak boleh),
    ``batas_omzet`` dan ``tahun_paling_lama`` (untuk koperasi; angka bertanda ? di tabel).

    >>> pph_final_omzet(6_000_000_000, pada="2025-12-31")["boleh"]
    False
    """
    omzet = _rupiah("Omzet", omzet)
    a = angka_pajak(pada)
    boleh = omzet <= a["batas_omzet_pp55"]
    return {"boleh": bool(boleh), "pajak": int(omzet * Fraction(a["tarif_final_pp55"]) / 100) if boleh else 0,
            "batas_omzet": int(a["batas_omzet_pp55"]), "tahun_paling_lama": int(a["tahun_pp55_koperasi"])}
