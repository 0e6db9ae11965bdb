"""kopkit — perangkat pelatihan dan analisis untuk Bimtek pengurus koperasi.

Modul-modulnya dimuat hanya saat dipakai, supaya ``import kopkit`` tetap ringan di laptop 4 GB
(tanpa matplotlib atau ipywidgets):

    >>> from kopkit import data
    >>> data.muat("anggota").shape[0] > 0
    True
"""
import sys

__version__ = "0.1.0"


def _tampilkan_galat_ringkas(shell, etype, nilai, tb, tb_offset=None):
    """Di notebook, galat kopkit tampil sebagai pesannya saja (apa, di mana, cara memperbaiki),
    tanpa traceback panjang dari dalam kopkit yang membingungkan peserta."""
    stb = [f"\x1b[1;31m{etype.__name__}\x1b[0m: {nilai}"]
    shell._showtraceback(etype, nilai, stb)
    return stb


def _pasang_di_notebook() -> None:
    # Hanya bila IPython sudah dimuat (kernel Jupyter): kopkit sendiri tidak mengimpornya.
    if "IPython" not in sys.modules:
        return
    shell = sys.modules["IPython"].get_ipython()
    if shell is None or not hasattr(shell, "_showtraceback"):
        return
    from .galat import GalatKopkit

    shell.set_custom_exc((GalatKopkit,), _tampilkan_galat_ringkas)


_pasang_di_notebook()
