"""Server kelas: satu JupyterHub untuk satu ruangan (``python kit.py kelas``, Linux).

JupyterHub dan proxy-nya (versi Python, tanpa Node) dari indeks paket, dipasang dari
``requirements/lock-kelas.txt`` hanya oleh ``kit.py kelas``. Setiap peserta dari daftar nama
mendapat akun; semua masuk dengan sandi ruangan (``SharedPasswordAuthenticator`` bawaan
JupyterHub); salinan pelajaran, latihan (tanpa kunci) dan tes dibuat di folder peserta saat
pertama masuk dan tidak pernah ditimpa; batas memori per proses peserta; server yang menganggur
dihentikan ``jupyterhub-idle-culler``; hanya di 127.0.0.1 kecuali ``--ip`` diberikan. Kemajuan
setiap peserta ada di ``<folder kelas>/pengguna/<nama>/.kopkit/progres.json`` sehingga
``kit.py progres kelas`` membacanya langsung. Lihat ``panduan/server.md``.

    >>> nama_pengguna("Siti Aminah"), nama_pengguna("  Bpk. H. Sutrisno ")
    ('siti-aminah', 'bpk-h-sutrisno')
"""
from __future__ import annotations

import os
import re
import secrets
import sys
from pathlib import Path

from kopkit.dasar.galat import GalatBerkas, GalatMasukan

__all__ = ["nama_pengguna", "baca_peserta", "siapkan_folder_peserta", "tulis_konfigurasi",
           "berkas_progres_kelas", "perintah_kelas", "FOLDER_SALINAN", "BANTUAN_KELAS",
           "MENGANGGUR_MENIT"]

#: Menit menganggur sampai server peserta dihentikan (bawaan ``--menganggur``; juga di
#: panduan/kelas/z2jh-values.yaml, diikat oleh uji).
MENGANGGUR_MENIT = 30

#: Folder kit yang disalin ke setiap peserta (kunci jawaban tidak ikut); sama dengan laptop.
from kopkit.latihan import ruang_kerja as _ruang_kerja  # noqa: E402

FOLDER_SALINAN = _ruang_kerja.SUMBER

BANTUAN_KELAS = """python kit.py kelas --peserta peserta.txt [pilihan]   server kelas (JupyterHub), Linux
  --peserta F      daftar peserta, satu nama per baris (wajib)
  --folder D       folder kelas: data server dan folder peserta (bawaan: kelas/)
  --sandi S        sandi ruangan, minimal 8 huruf (bawaan: dibuat acak dan dicetak)
  --ip A           alamat yang didengar (bawaan 127.0.0.1; jaringan ruangan: --ip 0.0.0.0)
  --port P         port (bawaan 8000)
  --memori 2G      batas memori setiap proses peserta (server dan tiap kernel)
  --menganggur 30  menit sampai server peserta yang menganggur dihentikan
  --pasang-saja    pasang paket server kelas lalu keluar"""


def nama_pengguna(nama: str) -> str:
    """Nama peserta menjadi nama akun: huruf kecil, angka dan tanda hubung."""
    akun = re.sub(r"[^a-z0-9]+", "-", str(nama).strip().lower()).strip("-")
    if not akun:
        raise GalatMasukan(f"Nama peserta '{nama}' tidak bisa dijadikan nama akun.",
                           saran="Tulis nama dengan huruf atau angka.")
    return akun


def baca_peserta(berkas) -> list[tuple[str, str]]:
    """Daftar (nama, akun) dari berkas teks, satu nama per baris (baris kosong dan # dilewati).
    Dua nama yang menjadi akun sama adalah galat."""
    path = Path(berkas)
    if not path.is_file():
        raise GalatBerkas("Daftar peserta tidak ditemukan.", berkas=str(path),
                          saran="Buat berkas teks berisi satu nama peserta per baris.")
    hasil, dipakai = [], {}
    for i, baris in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), start=1):
        nama = baris.split(";")[0].split(",")[0].strip()
        if not nama or nama.startswith("#"):
            continue
        akun = nama_pengguna(nama)
        if akun in dipakai:
            raise GalatMasukan(f"'{nama}' dan '{dipakai[akun]}' menjadi akun yang sama ({akun}).",
                               berkas=str(path), baris=i, saran="Bedakan namanya, mis. tambah angka.")
        dipakai[akun] = nama
        hasil.append((nama, akun))
    if not hasil:
        raise GalatMasukan("Daftar peserta kosong.", berkas=str(path),
                           saran="Tulis satu nama peserta per baris.")
    return hasil


def siapkan_folder_peserta(akar_kit, rumah) -> list[Path]:
    """Salin pelajaran, latihan (tanpa kunci) dan tes ke folder peserta dengan cara yang sama
    seperti folder kerja laptop (:func:`kopkit.latihan.ruang_kerja.siapkan`): berkas yang sudah
    ada tidak pernah ditimpa; berkas baru dari kit ditambahkan. Mengembalikan berkas yang baru
    disalin (jalur lengkap)."""
    return [Path(rumah) / r for r in _ruang_kerja.siapkan(Path(akar_kit), Path(rumah))]


def berkas_progres_kelas(folder_kelas) -> list[Path]:
    """Berkas ``progres.json`` setiap peserta di folder server kelas
    (``<folder_kelas>/pengguna/<akun>/.kopkit/progres.json``), urut nama akun.

    >>> berkas_progres_kelas("/folder/yang/tidak/ada")
    []
    """
    return sorted(Path(folder_kelas).glob("pengguna/*/.kopkit/progres.json"))


def _ukuran_memori(teks: str) -> int:
    cocok = re.fullmatch(r"\s*(\d+(?:[.,]\d+)?)\s*([KMGT]?)B?\s*", str(teks).upper())
    if not cocok:
        raise GalatMasukan(f"Batas memori '{teks}' tidak dikenali.", saran="Tulis seperti 2G atau 1500M.")
    kali = {"": 1, "K": 2**10, "M": 2**20, "G": 2**30, "T": 2**40}[cocok[2]]
    from kopkit.dasar.uang import parse_persen  # pengurai angka kit yang juga menerima titik desimal (1.5G)

    return int(parse_persen(cocok[1]) * kali)


def tulis_konfigurasi(folder_kelas, peserta, *, akar_kit, sandi: str, ip: str = "127.0.0.1",
                      port: int = 8000, memori: str = "2G", menganggur_menit: int = MENGANGGUR_MENIT,
                      token_pelatih: str | None = None) -> Path:
    """Tulis ``jupyterhub_config.py`` untuk kelas di ``folder_kelas`` dan kembalikan jalurnya."""
    folder = Path(folder_kelas).resolve()
    (folder / "pengguna").mkdir(parents=True, exist_ok=True)
    if len(sandi) < 8:
        raise GalatMasukan("Sandi ruangan terlalu pendek.", saran="Pakai minimal 8 huruf/angka.")
    bin_ = Path(sys.executable).parent
    akun = sorted(a for _, a in peserta)
    layanan = [{"name": "pemutus-menganggur",
                "command": [str(bin_ / "jupyterhub-idle-culler"), f"--timeout={int(menganggur_menit) * 60}",
                            "--cull-every=60"]}]
    peran = [{"name": "pemutus-menganggur", "services": ["pemutus-menganggur"],
              "scopes": ["list:users", "read:users:activity", "read:servers", "delete:servers"]}]
    if token_pelatih:
        layanan.append({"name": "pelatih", "api_token": token_pelatih})
        peran.append({"name": "admin", "services": ["pelatih"]})
    isi = f'''# Dibuat oleh kopkit (python kit.py kelas); jangan disunting, buat ulang dengan perintah itu.
c = get_config()  # noqa: F821
c.JupyterHub.ip = {ip!r}
c.JupyterHub.port = {int(port)!r}
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.hub_port = {int(port) + 2!r}
c.ConfigurableHTTPProxy.api_url = "http://127.0.0.1:{int(port) + 1}"
c.ConfigurableHTTPProxy.command = [{str(bin_ / "configurable-http-proxy")!r}]
c.JupyterHub.db_url = {"sqlite:///" + str(folder / "jupyterhub.sqlite")!r}
c.JupyterHub.cookie_secret_file = {str(folder / "jupyterhub_cookie_secret")!r}
c.JupyterHub.pid_file = {str(folder / "jupyterhub.pid")!r}
c.JupyterHub.cleanup_servers = True
c.JupyterHub.authenticator_class = "shared-password"
c.SharedPasswordAuthenticator.user_password = {sandi!r}
c.Authenticator.allowed_users = set({akun!r})
import sys  # noqa: E402
sys.path.insert(0, {str(Path(__file__).resolve().parent / "templat" / "hub")!r})
c.JupyterHub.spawner_class = "spawner_kelas.SpawnerKelas"
c.SpawnerKelas.home_dir_template = {str(folder / "pengguna") + "/{username}"!r}
c.SpawnerKelas.akar_kit = {str(Path(akar_kit).resolve())!r}
c.SpawnerKelas.batas_memori = {_ukuran_memori(memori)!r}
c.Spawner.mem_limit = {memori!r}
c.Spawner.cmd = [{sys.executable!r}, "-m", "jupyterhub.singleuser"]
c.Spawner.default_url = "/lab/tree/notebooks/00_mulai.ipynb"
c.Spawner.args = {["--allow-root"] if hasattr(os, "geteuid") and os.geteuid() == 0 else []!r} + [
                  "--ServerApp.terminals_enabled=False", "--LabApp.news_url=None",
                  "--MappingKernelManager.cull_idle_timeout={int(menganggur_menit) * 60}",
                  "--MappingKernelManager.cull_interval=60"]
c.Spawner.start_timeout = 120
c.Spawner.http_timeout = 120
c.JupyterHub.services = {layanan!r}
c.JupyterHub.load_roles = {peran!r}
'''
    berkas = folder / "jupyterhub_config.py"
    berkas.write_text(isi, encoding="utf-8")
    return berkas


def _opsi(argumen: list[str], nama: str, bawaan=None):
    if nama not in argumen:
        return bawaan
    i = argumen.index(nama)
    if i + 1 >= len(argumen):
        raise GalatMasukan(f"{nama} membutuhkan nilai.", saran=BANTUAN_KELAS)
    nilai = argumen[i + 1]
    del argumen[i:i + 2]
    return nilai


def perintah_kelas(argumen: list[str], akar_kit=None) -> int:
    """Tulis konfigurasi lalu jalankan JupyterHub di latar depan (Ctrl+C menghentikan semuanya).
    Tidak kembali bila hub berhasil dijalankan; kode keluar bukan nol bila masukan salah."""
    from kopkit.dasar.galat import GalatKopkit

    argumen = list(argumen)
    if any(a in ("-h", "--help") for a in argumen):
        print(BANTUAN_KELAS)
        return 0
    if not sys.platform.startswith("linux"):
        print("Server kelas hanya untuk Linux (laptop fasilitator atau server awan). Di Windows/macOS "
              "pakai The Littlest JupyterHub di server awan: lihat panduan/server.md.", file=sys.stderr)
        return 1
    akar_kit = Path(akar_kit) if akar_kit else Path(__file__).resolve().parents[2]
    if not (akar_kit / "notebooks").is_dir():
        print(f"Folder kit {akar_kit} tidak berisi notebooks/. Jalankan dari folder kit: "
              "python kit.py kelas ...", file=sys.stderr)
        return 2
    try:
        berkas_peserta = _opsi(argumen, "--peserta")
        folder = Path(_opsi(argumen, "--folder", "kelas")).resolve()
        sandi = _opsi(argumen, "--sandi") or secrets.token_urlsafe(6)
        kw = dict(ip=_opsi(argumen, "--ip", "127.0.0.1"), port=int(_opsi(argumen, "--port", "8000")),
                  memori=_opsi(argumen, "--memori", "2G"),
                  menganggur_menit=int(_opsi(argumen, "--menganggur", str(MENGANGGUR_MENIT))),
                  token_pelatih=_opsi(argumen, "--token-pelatih"))
        if argumen:
            raise GalatMasukan(f"Argumen tidak dikenal: {' '.join(argumen)}.", saran=BANTUAN_KELAS)
        if not berkas_peserta:
            raise GalatMasukan("Daftar peserta belum diberikan.", saran=BANTUAN_KELAS)
        peserta = baca_peserta(berkas_peserta)
        konfigurasi = tulis_konfigurasi(folder, peserta, akar_kit=akar_kit, sandi=sandi, **kw)
    except GalatKopkit as e:
        print(str(e), file=sys.stderr)
        return 2
    alamat = "127.0.0.1" if kw["ip"] in ("127.0.0.1", "localhost") else kw["ip"]
    print(f"Server kelas untuk {len(peserta)} peserta: http://{alamat}:{kw['port']}/", flush=True)
    print(f"Sandi ruangan: {sandi}", flush=True)
    print("Akun peserta: " + ", ".join(a for _, a in peserta), flush=True)
    print(f"Kemajuan peserta: python kit.py progres kelas {folder}", flush=True)
    print("Hentikan dengan Ctrl+C.", flush=True)
    # JupyterHub menggantikan proses ini: Ctrl+C dan SIGTERM sampai langsung kepadanya, dan ia
    # menghentikan proxy, pemutus, dan server semua peserta sebelum keluar.
    os.chdir(folder)
    os.execv(sys.executable, [sys.executable, "-m", "jupyterhub", "-f", str(konfigurasi)])

if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(perintah_kelas(sys.argv[1:]))
