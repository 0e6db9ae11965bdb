"""Widget pertama kursus: penggeser bulan yang menampilkan saldo simpanan s.d. bulan itu.

Hanya menyambungkan kontrol ke :func:`kopkit.simpan_pinjam.simpanan.saldo_sampai_bulan`; hasil yang sama
didapat tanpa widget dengan memanggil fungsi itu langsung.
"""
from __future__ import annotations

from kopkit.simpan_pinjam import saldo_sampai_bulan

__all__ = ["teks_saldo", "penggeser_simpanan"]


def teks_saldo(simpanan, bulan: int, jenis: str = "wajib", *, tahun: int) -> str:
    """Kalimat yang ditampilkan widget, mis. 'Simpanan wajib s.d. bulan 3: Rp 18.750.000'."""
    from kopkit.dasar.uang import format_rupiah

    return f"Simpanan {jenis} s.d. bulan {bulan}: {format_rupiah(saldo_sampai_bulan(simpanan, bulan, jenis, tahun=tahun))}"


def penggeser_simpanan(simpanan, jenis: str = "wajib", bulan_awal: int = 1, *, tahun: int):
    """Penggeser "Bulan" (1–12) dan keluaran teks saldo simpanan yang ikut berubah."""
    import ipywidgets as widgets

    penggeser = widgets.IntSlider(value=bulan_awal, min=1, max=12, step=1, description="Bulan")

    def tampilkan(bulan):
        print(teks_saldo(simpanan, bulan, jenis, tahun=tahun))

    keluaran = widgets.interactive_output(tampilkan, {"bulan": penggeser})
    kotak = widgets.VBox([penggeser, keluaran])
    kotak.penggeser, kotak.keluaran = penggeser, keluaran  # untuk uji dan untuk peserta yang penasaran
    return kotak
