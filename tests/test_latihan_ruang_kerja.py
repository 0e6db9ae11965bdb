"""Folder kerja peserta di luar kit: dibuat dari pelajaran tanpa kunci jawaban, tidak pernah
menimpa jawaban peserta, menerima pelajaran baru, dan diarsipkan untuk peserta berikutnya."""
import json
from pathlib import Path

import pytest

from kopkit.latihan import progres, ruang_kerja

AKAR = Path(__file__).resolve().parents[1]


@pytest.fixture
def kerja(tmp_path, monkeypatch):
    monkeypatch.setenv("KOPKIT_FOLDER_KERJA", str(tmp_path / "Dokumen" / "kopkit"))
    monkeypatch.setenv("KOPKIT_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "Dokumen" / "kopkit"


def test_dibuat_dari_kit_tanpa_kunci_jawaban(kerja):
    baru = ruang_kerja.siapkan(AKAR, kerja)
    nama = {p.as_posix() for p in baru}
    harapan = {p.relative_to(AKAR).as_posix() for p in (AKAR / "notebooks").glob("*.ipynb")}
    harapan |= {p.relative_to(AKAR).as_posix() for p in (AKAR / "exercises").glob("*.ipynb")}
    assert harapan <= nama
    assert not any(n.startswith(("exercises/kunci", "exercises/sumber")) for n in nama)
    assert not (kerja / "exercises" / "kunci").exists()
    assert (kerja / "exercises" / "01_pembukuan.ipynb").read_bytes() == \
        (AKAR / "exercises" / "01_pembukuan.ipynb").read_bytes()


def test_jawaban_peserta_tidak_ditimpa_pelajaran_baru_disalin(kerja, tmp_path):
    kit = tmp_path / "kit"
    (kit / "notebooks").mkdir(parents=True)
    (kit / "notebooks" / "01.ipynb").write_text("asli", encoding="utf-8")
    ruang_kerja.siapkan(kit, kerja)
    (kerja / "notebooks" / "01.ipynb").write_text("jawaban peserta", encoding="utf-8")
    # Pembaruan kit: pelajaran 01 berubah, pelajaran 02 baru.
    (kit / "notebooks" / "01.ipynb").write_text("asli versi 2", encoding="utf-8")
    (kit / "notebooks" / "02.ipynb").write_text("baru", encoding="utf-8")
    assert ruang_kerja.siapkan(kit, kerja) == [Path("notebooks/02.ipynb")]
    assert (kerja / "notebooks" / "01.ipynb").read_text(encoding="utf-8") == "jawaban peserta"
    assert (kerja / "notebooks" / "02.ipynb").read_text(encoding="utf-8") == "baru"


def test_folder_bawaan_di_dokumen_pengguna_bukan_di_kit(monkeypatch, tmp_path):
    import platformdirs

    monkeypatch.delenv("KOPKIT_FOLDER_KERJA", raising=False)
    folder = ruang_kerja.folder_kerja()
    assert folder == Path(platformdirs.user_documents_dir()) / "kopkit"
    assert AKAR not in folder.parents and folder != AKAR


def test_reset_mengarsipkan_dengan_nama_dan_waktu_tanpa_menimpa(kerja):
    ruang_kerja.siapkan(AKAR, kerja)
    (kerja / "exercises" / "00_mulai.ipynb").write_text("jawaban Siti", encoding="utf-8")
    progres.catat("00_mulai.1", "benar")
    arsip1 = ruang_kerja.arsipkan("Siti Aminah", kit=AKAR)
    ruang_kerja.siapkan(AKAR, kerja)
    arsip2 = ruang_kerja.arsipkan("Siti Aminah", kit=AKAR)  # detik yang sama: nama lain
    assert arsip1 != arsip2 and arsip1.exists() and arsip2.exists()
    assert arsip1.name.startswith("kopkit-arsip-Siti-Aminah-")
    assert (arsip1 / "exercises" / "00_mulai.ipynb").read_text(encoding="utf-8") == "jawaban Siti"
    catatan = json.loads((arsip1 / "progres.json").read_text(encoding="utf-8"))
    assert catatan["peserta"] == "Siti Aminah" and catatan["soal"]["00_mulai.1"]["status"] == "benar"
    # Folder kerja baru untuk peserta berikutnya: pelajaran asli, kemajuan kosong.
    assert (kerja / "exercises" / "00_mulai.ipynb").read_bytes() == \
        (AKAR / "exercises" / "00_mulai.ipynb").read_bytes()
    assert progres.baca()["soal"] == {}


def test_kunci_untuk_fasilitator_di_folder_kunci_terpisah(kerja):
    folder = ruang_kerja.folder_kunci()
    ruang_kerja.siapkan_kunci(AKAR, folder)
    assert folder.name == "kunci" and kerja not in folder.parents
    assert sorted(p.name for p in folder.glob("*.ipynb")) == \
        sorted(p.name for p in (AKAR / "exercises" / "kunci").glob("*.ipynb"))


def test_reset_tanpa_pekerjaan_tidak_membuat_arsip_kosong(kerja):
    assert ruang_kerja.arsipkan("Budi", kit=AKAR) is None
    assert [p.name for p in kerja.parent.iterdir()] == ["kopkit"]
    assert (kerja / "exercises" / "00_mulai.ipynb").exists()
