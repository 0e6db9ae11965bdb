"""Pengaturan uji bersama.

Catatan kemajuan latihan (cek()/petunjuk()) selama uji — termasuk kernel notebook yang
dijalankan nbval, yang mewarisi lingkungan proses ini — ditulis ke folder sementara, tidak
pernah ke folder data pengguna.
"""
import os
import tempfile

_FOLDER_DATA_UJI = tempfile.mkdtemp(prefix="kopkit-uji-")
os.environ["KOPKIT_DATA_DIR"] = _FOLDER_DATA_UJI
os.environ.setdefault("MPLBACKEND", "Agg")
