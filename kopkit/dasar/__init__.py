"""Fondasi kopkit yang dipakai semua domain; tidak bergantung pada domain mana pun.

========================  =====================================================================
``kopkit.dasar.galat``     satu keluarga galat berbahasa Indonesia (apa, di mana, cara memperbaiki)
``kopkit.dasar.uang``      satu pengurai dan satu pemformat rupiah, angka, persen, tanggal
``kopkit.dasar.pembagian`` pembagian tepat sampai rupiah (sisa terbesar), jumlahnya kembali utuh
``kopkit.dasar.data``      dataset bawaan: daftar, muat bertipe, kamus data, pemeriksa skema
``kopkit.dasar.aturan``    satu pemuat tabel aturan (bertanggal, bersumber, diperiksa skemanya)
``kopkit.dasar.baca``      satu lapisan baca tabel milik pengguna (xlsx/csv, judul, lembar, galat)
``kopkit.dasar.excel``     satu penulis Excel bergaya rumah, aman dari rumus
``kopkit.dasar.grafik``    sumbu rupiah untuk grafik matplotlib
========================  =====================================================================

Modul-modulnya diimpor langsung, mis. ``from kopkit.dasar.uang import format_rupiah``.
"""

__all__ = ["aturan", "baca", "data", "excel", "galat", "grafik", "pembagian", "uang"]
