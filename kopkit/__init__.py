"""kopkit — perangkat pelatihan dan analisis untuk Bimtek pengurus koperasi.

Modul-modulnya dimuat hanya saat dipakai, supaya ``import kopkit`` tetap ringan di laptop 4 GB
(tanpa matplotlib atau ipywidgets):

    >>> from kopkit import data
    >>> data.muat("anggota").shape[0] > 0
    True
"""
import importlib
import sys

__version__ = "0.1.0"

# Nama publik -> modul. Dimuat saat pertama dipakai (``kopkit.shu`` tanpa ``import kopkit.shu``).
# ``kopkit.data`` adalah nama pendek untuk fondasi ``kopkit.dasar.data`` yang dipakai di setiap
# pelajaran.
_MODUL = {
    "data": "kopkit.dasar.data",
    "dasar": "kopkit.dasar",
    "buku": "kopkit.buku",
    "shu": "kopkit.shu",
    "simpan_pinjam": "kopkit.simpan_pinjam",
    "kesehatan": "kopkit.kesehatan",
    "pasar": "kopkit.pasar",
    "rat": "kopkit.rat",
    "mulai": "kopkit.mulai",
    "latihan": "kopkit.latihan",
    "kursus": "kopkit.kursus",
    "agenda": "kopkit.agenda",
    "cli": "kopkit.cli",
}
__all__ = sorted(_MODUL)


def __getattr__(nama: str):
    if nama in _MODUL:
        modul = importlib.import_module(_MODUL[nama])
        globals()[nama] = modul
        return modul
    raise AttributeError(f"kopkit tidak punya '{nama}'. Nama yang ada: {', '.join(__all__)}.")


def __dir__():
    return sorted(set(globals()) | set(__all__))


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
    from kopkit.dasar.galat import GalatKopkit

    shell.set_custom_exc((GalatKopkit,), _tampilkan_galat_ringkas)
    # Sel yang tidak dimengerti Python (20.100.000, 5%, teks tanpa kutip): penjelasan Indonesia di
    # bawah pesan Python, di pelajaran maupun latihan.
    from kopkit.latihan.mesin import pasang_kait

    pasang_kait()


_pasang_di_notebook()
