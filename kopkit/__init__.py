"""kopkit — perangkat pelatihan dan analisis untuk Bimtek pengurus koperasi.

Modul-modulnya dimuat hanya saat dipakai, supaya ``import kopkit`` tetap ringan di laptop 4 GB
(tanpa matplotlib atau ipywidgets):

    >>> from kopkit import data
    >>> data.muat("anggota").shape[0] > 0
    True
"""

__version__ = "0.1.0"
