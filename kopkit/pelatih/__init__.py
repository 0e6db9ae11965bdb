"""Perlengkapan fasilitator: agenda dua hari, pra/pasca-tes, panduan, bahan cetak, sertifikat,
dan server kelas (JupyterHub).

    >>> from kopkit.pelatih import ke_menit
    >>> ke_menit("8.00")
    480
"""
from kopkit.pelatih.agenda import (agenda_html, baca_pelajaran, ke_jam, ke_menit, periksa_menit,
                                   simpan_agenda_excel, susun_agenda_bimtek)
from kopkit.pelatih.tes import (catat_tes, kenaikan_skor, muat_soal, nilai_tes, simpan_kenaikan_excel,
                                skor_tes, tes_widget)

__all__ = ["agenda_html", "baca_pelajaran", "ke_jam", "ke_menit", "periksa_menit",
           "simpan_agenda_excel", "susun_agenda_bimtek", "catat_tes", "kenaikan_skor", "muat_soal",
           "nilai_tes", "simpan_kenaikan_excel", "skor_tes", "tes_widget"]
