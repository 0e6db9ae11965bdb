"""Bagian server kelas yang berjalan di dalam JupyterHub, dimuat oleh konfigurasi yang ditulis
:func:`kopkit.pelatih.kelas.tulis_konfigurasi`. Sengaja di luar paket Python kopkit (folder
templat): ia mengimpor jupyterhub, yang hanya terpasang di server kelas, bukan di laptop peserta.

``SpawnerKelas``: server setiap peserta berjalan di ``<folder kelas>/pengguna/<akun>`` (tanpa
akun sistem), salinan bahan dibuat saat mulai dan tidak pernah ditimpa, kemajuan latihan di
``.kopkit/`` folder itu, dan batas memori per proses (``RLIMIT_AS``).
"""
from __future__ import annotations

import os
from pathlib import Path

from jupyterhub.spawner import SimpleLocalProcessSpawner
from traitlets import Integer, Unicode

from kopkit.pelatih.kelas import siapkan_folder_peserta

__all__ = ["SpawnerKelas"]


class SpawnerKelas(SimpleLocalProcessSpawner):
    """Server peserta di folder kelas; satu folder per akun (``home_dir_template``)."""

    akar_kit = Unicode(config=True, help="Folder kit asal salinan pelajaran dan latihan.")
    batas_memori = Integer(0, config=True, help="Batas memori (bita) setiap proses; 0 = tanpa batas.")

    async def start(self):
        rumah = Path(self.home_dir)
        rumah.mkdir(parents=True, exist_ok=True)
        baru = siapkan_folder_peserta(self.akar_kit, rumah)
        self.log.info("kopkit: %d berkas bahan disalin untuk %s", len(baru), self.user.name)
        return await super().start()

    def make_preexec_fn(self, name):
        dasar = super().make_preexec_fn(name)
        batas = self.batas_memori

        def preexec():
            dasar()
            if batas:
                import resource

                resource.setrlimit(resource.RLIMIT_AS, (batas, batas))

        return preexec

    def user_env(self, env):
        env = super().user_env(env)
        env["KOPKIT_DATA_DIR"] = os.path.join(self.home_dir, ".kopkit")
        env["KOPKIT_PESERTA"] = self.user.name
        env["OPENBLAS_NUM_THREADS"] = env["OMP_NUM_THREADS"] = "1"
        return env
