"""Biaya sebenarnya pinjaman: bunga efektif (IRR) sesudah provisi, administrasi dan simpanan yang
ditahan saat pencairan; padanan efektif bunga flat; perbandingan dengan batas bunga.

Bunga efektif per bulan adalah IRR (*internal rate of return*, tingkat pengembalian internal) arus
kas peminjam: uang yang benar-benar diterima saat cair, lalu angsuran setiap bulan. Di Excel:
``=IRR(B1:B13)`` atau ``=RATE(12; -angsuran; pokok)``.

    >>> round(flat_ke_efektif("1", 12) * 100, 2)   # 1 % flat per bulan, 12 bulan
    1.79
"""
from __future__ import annotations

__all__ = ["CARA_UKUR", "arus_kas_peminjam", "batas_bunga", "bunga_efektif", "cek_batas_pinjaman", "flat_ke_efektif"]

from decimal import Decimal

import numpy as np

from kopkit.simpan_pinjam.suku_bunga import bunga_per_bulan

CARA_UKUR = ("efektif", "efektif_majemuk", "nominal")


def _galat(pesan, saran):
    from kopkit.dasar.galat import GalatMasukan

    return GalatMasukan(pesan, saran=saran)


def arus_kas_peminjam(jadwal, *, biaya_dimuka: int = 0, simpanan_ditahan: int = 0,
                      simpanan_kembali_di_akhir: bool = False) -> np.ndarray:
    """Arus kas dari sisi peminjam (rupiah bulat): bulan 0 = pokok − biaya − simpanan ditahan (positif),
    bulan 1..n = −angsuran. Simpanan yang ditahan boleh dianggap kembali bersama angsuran terakhir.

    >>> import pandas as pd
    >>> arus_kas_peminjam(pd.DataFrame({"pokok": [500, 500], "angsuran": [520, 510]}), biaya_dimuka=10).tolist()
    [990, -520, -510]
    """
    from kopkit.dasar.uang import parse_rupiah

    biaya, tahan = parse_rupiah(biaya_dimuka), parse_rupiah(simpanan_ditahan)
    if biaya < 0 or tahan < 0:
        raise _galat("Biaya dan simpanan yang ditahan tidak boleh negatif.", "Tulis 0 bila tidak ada.")
    pokok = int(jadwal["pokok"].sum())
    if biaya + tahan >= pokok:
        raise _galat("Biaya dan simpanan yang ditahan habis memakan pokok pinjaman.",
                     "Periksa jumlah provisi, administrasi dan simpanan yang dipotong.")
    arus = np.concatenate([[pokok - biaya - tahan], -jadwal["angsuran"].to_numpy(np.int64)])
    if simpanan_kembali_di_akhir:
        arus[-1] += tahan
    return arus


def bunga_efektif(jadwal, *, biaya_dimuka: int = 0, simpanan_ditahan: int = 0,
                  simpanan_kembali_di_akhir: bool = False) -> dict:
    """Bunga efektif sebuah jadwal: ``per_bulan`` (IRR), ``per_tahun`` (× 12, seperti bunga yang
    diiklankan) dan ``per_tahun_majemuk`` ((1 + IRR)^12 − 1). Pecahan, mis. 0.0179 = 1,79 %.

    >>> from kopkit.simpan_pinjam import jadwal_angsuran
    >>> b = bunga_efektif(jadwal_angsuran(12_000_000, 12, "1", metode="efektif"))
    >>> round(b["per_bulan"], 6)
    0.01
    """
    import numpy_financial as npf

    arus = arus_kas_peminjam(jadwal, biaya_dimuka=biaya_dimuka, simpanan_ditahan=simpanan_ditahan,
                             simpanan_kembali_di_akhir=simpanan_kembali_di_akhir)
    i = float(npf.irr(arus.astype(np.float64)))
    if not np.isfinite(i):
        raise _galat("Bunga efektif tidak dapat dihitung dari jadwal ini.",
                     "Periksa bahwa angsuran positif dan jumlahnya tidak kurang dari uang yang diterima.")
    return {"per_bulan": i, "per_tahun": 12 * i, "per_tahun_majemuk": (1 + i) ** 12 - 1}


def flat_ke_efektif(bunga, tenor_bulan: int, per: str = "bulan") -> float:
    """Bunga efektif per bulan (pecahan) yang setara dengan bunga flat ``bunga`` selama ``tenor_bulan``,
    tanpa pembulatan rupiah. Di Excel: ``=RATE(n; -(1/n + r); 1)``.

    >>> round(flat_ke_efektif("18", 12, per="tahun") * 100, 3)
    2.643
    """
    import numpy_financial as npf

    r = float(bunga_per_bulan(bunga, per))
    if isinstance(tenor_bulan, bool) or not isinstance(tenor_bulan, (int, np.integer)) or tenor_bulan < 1:
        raise _galat(f"Tenor {tenor_bulan!r} tidak sah.", "Tulis banyaknya bulan, mis. 12.")
    return float(npf.rate(tenor_bulan, -(1 / tenor_bulan + r), 1, 0))


def batas_bunga(jenis: str, pada) -> Decimal:
    """Batas bunga (persen per tahun) ``jenis`` "pinjaman" atau "simpanan" yang berlaku pada tanggal ``pada``,
    dari tabel aturan ``batas_bunga_usp``.

    >>> batas_bunga("pinjaman", "2025-12-31")
    Decimal('24')
    """
    from kopkit.simpan_pinjam._aturan import _muat_aturan

    if jenis not in ("pinjaman", "simpanan"):
        raise _galat(f"Jenis '{jenis}' tidak dikenal.", "Pilih 'pinjaman' atau 'simpanan'.")
    t = _muat_aturan("batas_bunga_usp", pada)
    return t.loc[t["jenis"] == jenis, "batas_persen_per_tahun"].iat[0]


def cek_batas_pinjaman(jadwal, pada, *, cara_ukur: str = "efektif", bunga_nominal=None, per: str = "bulan",
                       biaya_dimuka: int = 0, simpanan_ditahan: int = 0) -> dict:
    """Bandingkan bunga pinjaman dengan batas yang berlaku pada ``pada``.

    Peraturan tidak menyebut cara mengukurnya, maka dipilih lewat ``cara_ukur``:
    ``"efektif"`` (IRR × 12, termasuk biaya — bawaan, paling melindungi anggota),
    ``"efektif_majemuk"`` ((1 + IRR)^12 − 1), atau ``"nominal"`` (bunga tertulis, ``bunga_nominal``).
    Hasil: ``batas_persen``, ``bunga_persen`` (Decimal, 2 angka desimal), ``melewati`` dan ``cara_ukur``.

    >>> from kopkit.simpan_pinjam import jadwal_angsuran
    >>> j = jadwal_angsuran(10_000_000, 12, "1,5", metode="flat")
    >>> h = cek_batas_pinjaman(j, "2025-12-31")
    >>> h["melewati"], str(h["bunga_persen"])
    (True, '31.72')
    """
    if cara_ukur not in CARA_UKUR:
        raise _galat(f"Cara ukur '{cara_ukur}' tidak dikenal.", "Pilih: efektif, efektif_majemuk, nominal.")
    batas = batas_bunga("pinjaman", pada)
    if cara_ukur == "nominal":
        if bunga_nominal is None:
            raise _galat("Cara ukur 'nominal' memerlukan bunga tertulis.", "Beri bunga_nominal='1,5' (dan per=...).")
        r = bunga_per_bulan(bunga_nominal, per)
        nilai = Decimal(r.numerator) * 1200 / Decimal(r.denominator)
    else:
        b = bunga_efektif(jadwal, biaya_dimuka=biaya_dimuka, simpanan_ditahan=simpanan_ditahan)
        nilai = Decimal(repr(b["per_tahun"] if cara_ukur == "efektif" else b["per_tahun_majemuk"])) * 100
    nilai = nilai.quantize(Decimal("0.01"))
    return {"batas_persen": batas, "bunga_persen": nilai, "melewati": nilai > batas, "cara_ukur": cara_ukur}
