"""Bantuan grafik matplotlib bergaya Indonesia (label sumbu rupiah, dll.).

matplotlib hanya dimuat di dalam fungsi, supaya ``import kopkit`` tetap ringan. Label dibuat
dengan :mod:`kopkit.dasar.uang` (data lokal Babel), bukan *locale* sistem operasi atau opsi
``axes.formatter.use_locale`` matplotlib, karena locale ``id_ID`` biasanya tidak terpasang di
laptop peserta.

Contoh:
    >>> f = formatter_rupiah()
    >>> f(1_200_000, 0)
    'Rp 1,2 jt'
    >>> formatter_rupiah(ringkas=False)(1_200_000, 0)
    'Rp 1.200.000'
"""
from __future__ import annotations

from decimal import Decimal

from kopkit.dasar.galat import GalatMasukan
from kopkit.dasar.uang import format_ringkas, format_rupiah

__all__ = ["formatter_rupiah", "sumbu_rupiah"]


def _label_rupiah(x: float, ringkas: bool) -> str:
    """Label satu tik sumbu. Nilai tik adalah float (mis. 1200000.0000000002): bulatkan dulu."""
    bulat = round(x)
    if abs(x - bulat) <= 1e-9 * max(1.0, abs(x)):
        nilai = int(bulat)
    else:
        # Tik pecahan hanya muncul pada rentang yang sangat kecil; tampilkan 2 desimal.
        nilai = Decimal(repr(round(x, 2)))
    if ringkas:
        return format_ringkas(nilai, rupiah=True)
    return format_rupiah(nilai)


def formatter_rupiah(ringkas: bool = True):
    """Pemformat tik matplotlib yang menulis rupiah: ``Rp 1,2 jt`` (ringkas) atau ``Rp 1.200.000``.

    Pasang dengan ``ax.yaxis.set_major_formatter(formatter_rupiah())``, atau lebih mudah
    :func:`sumbu_rupiah`.

    Contoh:
        >>> formatter_rupiah()(2_500_000_000, 0)
        'Rp 2,5 M'
    """
    from matplotlib.ticker import FuncFormatter

    return FuncFormatter(lambda x, pos=None: _label_rupiah(x, ringkas))


def sumbu_rupiah(ax, sumbu: str = "y", ringkas: bool = True):
    """Beri label rupiah pada sumbu ``"y"``, ``"x"`` atau ``"xy"`` (keduanya); kembalikan ``ax``.

    Contoh:
        >>> import matplotlib
        >>> matplotlib.use("Agg")
        >>> import matplotlib.pyplot as plt
        >>> fig, ax = plt.subplots()
        >>> _ = ax.bar(["Toko", "USP"], [1_250_000, 3_000_000])
        >>> _ = ax.set_yticks([0, 1_500_000, 3_000_000])
        >>> _ = sumbu_rupiah(ax)
        >>> fig.canvas.draw()
        >>> [t.get_text() for t in ax.get_yticklabels()]
        ['Rp 0', 'Rp 1,5 jt', 'Rp 3 jt']
        >>> plt.close(fig)
    """
    if sumbu not in ("x", "y", "xy"):
        raise GalatMasukan(f"Sumbu {sumbu!r} tidak dikenal.",
                           saran='Pilih "y" (tegak), "x" (mendatar) atau "xy" (keduanya).')
    # Satu objek Formatter per sumbu: matplotlib mengikat formatter ke sumbunya.
    for nama in sumbu:
        getattr(ax, f"{nama}axis").set_major_formatter(formatter_rupiah(ringkas))
    return ax
