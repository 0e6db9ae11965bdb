"""Perlengkapan fasilitator: agenda dua hari, pra/pasca-tes, panduan, bahan cetak, sertifikat,
dan server kelas (JupyterHub).

    >>> from kopkit.pelatih import ke_menit
    >>> ke_menit("8.00")
    480
"""
from kopkit.pelatih.agenda import (agenda_html, baca_pelajaran, ke_jam, ke_menit, periksa_menit,
                                   simpan_agenda_excel, susun_agenda_bimtek)

__all__ = ["agenda_html", "baca_pelajaran", "ke_jam", "ke_menit", "periksa_menit",
           "simpan_agenda_excel", "susun_agenda_bimtek"]
