"""PDF laporan RAT lewat peramban keluarga Chromium yang sudah terpasang — tanpa paket Python baru.

Chrome, Chromium atau Microsoft Edge (Edge ada di setiap Windows 10/11) dijalankan tanpa jendela
(``--headless --print-to-pdf``) atas berkas HTML laporan. Bila tidak ada peramban, atau peramban
gagal, tidak ada PDF dan :func:`cetak_pdf` mengembalikan kalimat cara mencetak HTML-nya sendiri —
tidak pernah galat.

    >>> cetak_pdf("tidak-ada.html", "tidak-ada.pdf", peramban="")[0] is None
    True
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

__all__ = ["cari_peramban", "cetak_pdf", "CARA_CETAK_SENDIRI"]

_NAMA = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "microsoft-edge",
         "microsoft-edge-stable", "msedge", "chrome")
_MAC = ("/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
        "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
        "/Applications/Chromium.app/Contents/MacOS/Chromium")

#: Cara membuat PDF sendiri bila kit tidak dapat (dipakai di keluaran fungsi dan perintah kit).
CARA_CETAK_SENDIRI = ("Buka berkas HTML-nya di peramban apa saja (Chrome, Edge, Firefox), tekan Ctrl+P, pilih "
                      "'Simpan sebagai PDF' dan kertas A4.")


def cari_peramban() -> str | None:
    """Path peramban keluarga Chromium (Chromium, Chrome, Edge), atau None bila tidak ada."""
    for nama in _NAMA:
        p = shutil.which(nama)
        if p:
            return p
    calon = list(_MAC)
    if sys.platform.startswith("win"):
        for akar in (os.environ.get("ProgramFiles(x86)"), os.environ.get("ProgramFiles"),
                     r"C:\Program Files (x86)", r"C:\Program Files", os.environ.get("LOCALAPPDATA")):
            if akar:
                calon += [os.path.join(akar, "Microsoft", "Edge", "Application", "msedge.exe"),
                          os.path.join(akar, "Google", "Chrome", "Application", "chrome.exe")]
    return next((c for c in calon if os.path.isfile(c)), None)


def cetak_pdf(html, pdf, *, peramban: str | None = None, batas_detik: int = 120) -> tuple[Path | None, str]:
    """Cetak ``html`` ke ``pdf`` (A4, tanpa kepala/kaki tanggal dari peramban): ``(path, kalimat)``.

    ``peramban``: path peramban (bawaan: :func:`cari_peramban`; ``""`` = jangan pakai peramban).
    Berkas ``pdf`` yang sudah ada tidak ditimpa. Tanpa peramban atau bila gagal: ``(None, alasan dan
    cara mencetak sendiri)``."""
    html, pdf = Path(html), Path(pdf)
    if pdf.exists():
        return None, f"PDF tidak ditulis: '{pdf.name}' sudah ada dan tidak ditimpa. {CARA_CETAK_SENDIRI}"
    exe = cari_peramban() if peramban is None else peramban
    if not exe:
        return None, f"PDF tidak dibuat: tidak ada peramban Chrome, Chromium atau Edge di komputer ini. {CARA_CETAK_SENDIRI}"
    with tempfile.TemporaryDirectory(prefix="kopkit-pdf-") as tmp:
        sementara = Path(tmp) / "laporan.pdf"
        perintah = [exe, "--headless", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
                    "--disable-extensions", "--disable-background-networking", "--disable-component-update",
                    f"--user-data-dir={Path(tmp) / 'profil'}", "--no-pdf-header-footer", "--print-to-pdf-no-header",
                    f"--print-to-pdf={sementara}", html.resolve().as_uri()]
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            perintah.insert(1, "--no-sandbox")  # Chromium menolak berjalan sebagai root dengan sandbox
        try:
            subprocess.run(perintah, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=batas_detik,
                           check=False)
        except (OSError, subprocess.SubprocessError) as e:
            alasan = "terlalu lama" if isinstance(e, subprocess.TimeoutExpired) else "tidak dapat dijalankan"
            return None, f"PDF tidak dibuat: peramban '{Path(exe).name}' {alasan}. {CARA_CETAK_SENDIRI}"
        if not sementara.is_file() or not sementara.read_bytes()[:5] == b"%PDF-":
            return None, f"PDF tidak dibuat: peramban '{Path(exe).name}' tidak menghasilkan PDF. {CARA_CETAK_SENDIRI}"
        if pdf.exists():
            return None, f"PDF tidak ditulis: '{pdf.name}' sudah ada dan tidak ditimpa. {CARA_CETAK_SENDIRI}"
        shutil.move(str(sementara), pdf)
    return pdf, f"PDF (siap cetak, A4) ditulis dengan {Path(exe).name}."
