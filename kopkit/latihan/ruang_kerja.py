"""Folder kerja peserta: salinan pelajaran dan latihan di luar folder kit.

JupyterLab menyimpan otomatis setiap suntingan. Karena itu peserta tidak pernah bekerja di folder
kit: ``python kit.py lab`` membuka folder kerja (bawaan ``Dokumen/kopkit`` pengguna, atau
``KOPKIT_FOLDER_KERJA``), yang dibuat pada peluncuran pertama dari ``notebooks/`` dan
``exercises/`` kit **tanpa** kunci jawaban. Berkas yang sudah ada tidak pernah ditimpa; pelajaran
baru dari pembaruan kit ikut disalin. ``python kit.py reset --nama "..."`` mengarsipkan folder
kerja (dan catatan kemajuannya) lalu membuat yang baru untuk peserta berikutnya.

    >>> import tempfile; from pathlib import Path
    >>> kit, kerja = Path(tempfile.mkdtemp()), Path(tempfile.mkdtemp()) / "kopkit"
    >>> (kit / "exercises" / "kunci").mkdir(parents=True)
    >>> _ = (kit / "exercises" / "01.ipynb").write_text("{}")
    >>> _ = (kit / "exercises" / "kunci" / "01.ipynb").write_text("{}")
    >>> [p.as_posix() for p in siapkan(kit, kerja)]
    ['exercises/01.ipynb']
    >>> siapkan(kit, kerja)  # kedua kalinya: tidak ada yang disalin ulang
    []
"""
from __future__ import annotations

import os
import re
import shutil
from datetime import datetime
from pathlib import Path

__all__ = ["folder_kerja", "folder_kunci", "siapkan", "siapkan_kunci", "arsipkan"]

SUMBER = ("notebooks", "exercises", "tes")  # tes: pra-tes dan pasca-tes (kopkit.pelatih)
# Tidak pernah sampai ke peserta: kunci jawaban dan sumber pembangun notebook latihan.
DIKECUALIKAN = {("exercises", "kunci"), ("exercises", "sumber")}
ABAIKAN = {".ipynb_checkpoints", "__pycache__"}
NAMA_FOLDER_KUNCI = "kunci"


def folder_kerja() -> Path:
    """Folder kerja peserta: ``KOPKIT_FOLDER_KERJA`` bila diatur, selain itu ``Dokumen/kopkit``."""
    if os.environ.get("KOPKIT_FOLDER_KERJA"):
        return Path(os.environ["KOPKIT_FOLDER_KERJA"]).expanduser()
    import platformdirs

    return Path(platformdirs.user_documents_dir()) / "kopkit"


def folder_kunci() -> Path:
    """Folder kunci jawaban fasilitator (di samping folder kerja, tidak di dalamnya)."""
    kerja = folder_kerja()
    return kerja.with_name(kerja.name + "-fasilitator") / NAMA_FOLDER_KUNCI


def _berkas_pelajaran(kit: Path):
    for sub in SUMBER:
        akar = kit / sub
        if not akar.is_dir():
            continue
        for dir_, nama_dir, nama_berkas in os.walk(akar):
            relatif = Path(dir_).relative_to(kit)
            nama_dir[:] = sorted(d for d in nama_dir if d not in ABAIKAN
                                 and (relatif.parts + (d,))[:2] not in DIKECUALIKAN)
            for nama in sorted(nama_berkas):
                yield relatif / nama


def _salin_yang_belum_ada(pasangan) -> list[Path]:
    disalin = []
    for asal, tujuan, relatif in pasangan:
        if tujuan.exists():
            continue
        tujuan.parent.mkdir(parents=True, exist_ok=True)
        try:
            # "x": jangan pernah menimpa, walau berkas muncul di antara pemeriksaan dan penulisan.
            with open(asal, "rb") as f_asal, open(tujuan, "xb") as f_tujuan:
                shutil.copyfileobj(f_asal, f_tujuan)
        except FileExistsError:
            continue
        disalin.append(relatif)
    return disalin


def siapkan(kit: Path, tujuan: Path | None = None) -> list[Path]:
    """Buat/lengkapi folder kerja dari pelajaran kit; kembalikan berkas yang baru disalin.

    Berkas yang sudah ada (jawaban peserta) tidak disentuh; kunci jawaban tidak disalin.
    """
    kit, tujuan = Path(kit), Path(tujuan) if tujuan is not None else folder_kerja()
    tujuan.mkdir(parents=True, exist_ok=True)
    return _salin_yang_belum_ada((kit / r, tujuan / r, r) for r in _berkas_pelajaran(kit))


def siapkan_kunci(kit: Path, tujuan: Path | None = None) -> list[Path]:
    """Salin kunci jawaban ``exercises/kunci/`` untuk fasilitator (tanpa menimpa)."""
    kit, tujuan = Path(kit), Path(tujuan) if tujuan is not None else folder_kunci()
    tujuan.mkdir(parents=True, exist_ok=True)
    asal = kit / "exercises" / NAMA_FOLDER_KUNCI
    return _salin_yang_belum_ada((p, tujuan / p.name, Path(p.name))
                                 for p in sorted(asal.glob("*.ipynb")))


def _nama_aman(nama: str) -> str:
    nama = re.sub(r"[^\w\-]+", "-", nama.strip(), flags=re.UNICODE).strip("-")
    return nama[:60] or "tanpa-nama"


def arsipkan(nama: str = "", tujuan: Path | None = None, kit: Path | None = None) -> Path | None:
    """Pindahkan folder kerja (beserta catatan kemajuannya) ke arsip bernama peserta + waktu,
    lalu buat folder kerja baru dari kit. Kembalikan folder arsip (tidak pernah menimpa arsip lain),
    atau None bila belum ada pekerjaan apa pun untuk diarsipkan.
    """
    from . import progres

    tujuan = Path(tujuan) if tujuan is not None else folder_kerja()
    if not tujuan.exists() and not progres.berkas_progres().exists():
        if kit is not None:
            siapkan(kit, tujuan)
        return None
    isi = progres.baca()
    nama = nama or isi.get("peserta") or ""
    waktu = datetime.now().strftime("%Y%m%d-%H%M%S")
    dasar = tujuan.with_name(f"{tujuan.name}-arsip-{_nama_aman(nama)}-{waktu}")
    arsip, n = dasar, 1
    while arsip.exists():
        n += 1
        arsip = dasar.with_name(f"{dasar.name}-{n}")
    if tujuan.exists():
        os.replace(tujuan, arsip)
    else:
        arsip.mkdir(parents=True)
    berkas = progres.berkas_progres()
    if berkas.exists():
        if nama and not isi.get("peserta"):
            isi["peserta"] = nama
            progres.tulis(isi)
        shutil.move(str(berkas), str(arsip / progres.NAMA_BERKAS))
    if kit is not None:
        siapkan(kit, tujuan)
    return arsip
