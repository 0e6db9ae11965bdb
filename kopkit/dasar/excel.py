"""Menulis berkas Excel untuk pengguna dengan aman: tidak pernah menimpa tanpa izin, tidak
pernah meninggalkan berkas setengah jadi.

    >>> import tempfile, pathlib
    >>> tujuan = pathlib.Path(tempfile.mkdtemp()) / "laporan.xlsx"
    >>> periksa_tujuan(tujuan, timpa=False, contoh="laporan_2025.xlsx") == tujuan
    True
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from kopkit.dasar.galat import GalatBerkas

__all__ = ["periksa_tujuan", "simpan_buku_kerja"]


def periksa_tujuan(berkas, *, timpa: bool, contoh: str) -> Path:
    """Pastikan ``berkas`` boleh ditulis: berakhiran .xlsx, foldernya ada, dan belum ada —
    kecuali ``timpa=True``. ``contoh`` adalah nama berkas yang disarankan dalam pesan galat."""
    path = Path(berkas)
    if path.suffix.lower() != ".xlsx":
        raise GalatBerkas(f"Nama berkas '{path.name}' harus berakhiran .xlsx.", berkas=str(path),
                          saran=f"Contoh: {contoh}")
    if path.exists() and not timpa:
        raise GalatBerkas(f"Berkas '{path.name}' sudah ada dan tidak ditimpa.", berkas=str(path),
                          saran="Pakai nama lain, atau timpa=True bila memang ingin mengganti isinya.")
    if not path.parent.exists():
        raise GalatBerkas(f"Folder '{path.parent}' tidak ada.", berkas=str(path),
                          saran="Buat foldernya dulu atau pilih folder lain.")
    return path


def simpan_buku_kerja(wb, path: Path) -> Path:
    """Simpan workbook openpyxl ke berkas sementara di folder yang sama lalu ganti namanya, supaya
    berkas lama tidak rusak bila penyimpanan gagal di tengah jalan (mis. disk penuh)."""
    fd, sementara = tempfile.mkstemp(prefix=".kopkit-", suffix=".xlsx", dir=path.parent)
    os.close(fd)
    try:
        wb.save(sementara)
        os.replace(sementara, path)
    except OSError as e:
        Path(sementara).unlink(missing_ok=True)
        raise GalatBerkas(f"Berkas '{path.name}' tidak dapat ditulis: {e.strerror or e}.",
                          berkas=str(path),
                          saran="Tutup berkas itu di Excel bila sedang terbuka, atau pilih folder lain.") from None
    return path
