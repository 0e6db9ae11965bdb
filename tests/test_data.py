"""Pemuat dataset: tipe yang benar, kamus data, galat yang jelas untuk nama atau isi yang salah."""
import pandas as pd
import pytest

from kopkit import data
from kopkit.dasar.galat import GalatData, Masalah, gagal_bila_ada, tabel_masalah

DESKRIPTOR = {
    "name": "contoh", "path": "contoh.csv",
    "schema": {
        "fields": [
            {"name": "id", "type": "string", "constraints": {"required": True, "unique": True,
                                                              "pattern": "A\\d{3}"}},
            {"name": "tanggal", "type": "date", "constraints": {"required": True}},
            {"name": "jenis", "type": "string", "constraints": {"enum": ["pokok", "wajib"]}},
            {"name": "setor", "type": "integer", "unit": "rupiah",
             "constraints": {"required": True, "minimum": 0}},
            {"name": "bunga", "type": "number"},
            {"name": "aktif", "type": "boolean"},
        ],
        "primaryKey": ["id"],
    },
}


def mentah(**ubah):
    kolom = {"id": ["A001", "A002"], "tanggal": ["2025-01-05", "2025-02-05"],
             "jenis": ["pokok", "wajib"], "setor": ["100000", "25000"], "bunga": ["0.015", None],
             "aktif": ["true", "false"]}
    kolom.update(ubah)
    return pd.DataFrame(kolom, dtype="str")


def test_terapkan_skema_memberi_tipe():
    tabel = data.terapkan_skema(mentah(), DESKRIPTOR)
    assert str(tabel["setor"].dtype) == "int64"
    assert tabel["tanggal"].dtype.kind == "M"
    assert isinstance(tabel["jenis"].dtype, pd.CategoricalDtype)
    assert tabel["aktif"].tolist() == [True, False]
    assert pd.isna(tabel["bunga"].iloc[1])


@pytest.mark.parametrize("ubah, kolom, kata", [
    ({"setor": ["100000", "1.250.000"]}, "setor", "bukan bilangan bulat"),
    ({"setor": ["100000", "-5"]}, "setor", "batas minimum"),
    ({"jenis": ["pokok", "deposito"]}, "jenis", "bukan salah satu pilihan"),
    ({"tanggal": ["2025-01-05", "05/02/2025"]}, "tanggal", "bukan tanggal"),
    ({"id": ["A001", "A001"]}, "id", "lebih dari sekali"),
    ({"id": ["A001", "B2"]}, "id", "tidak sesuai pola"),
    ({"tanggal": ["2025-01-05", None]}, "tanggal", "wajib diisi"),
    ({"aktif": ["true", "mungkin"]}, "aktif", "benar/salah"),
])
def test_masalah_menyebut_baris_dan_kolom(ubah, kolom, kata):
    masalah = data.periksa_tabel(mentah(**ubah), DESKRIPTOR, berkas="contoh.csv")
    assert len(masalah) == 1
    m = masalah[0]
    assert (m.baris, m.kolom, m.berkas) == (3, kolom, "contoh.csv")  # baris 1 = judul kolom
    assert kata in m.pesan
    with pytest.raises(GalatData, match="baris 3, kolom " + kolom):
        data.terapkan_skema(mentah(**ubah), DESKRIPTOR, berkas="contoh.csv")


def test_semua_masalah_dikumpulkan():
    buruk = mentah(setor=["x", "-1"], jenis=["lain", "wajib"])
    masalah = data.periksa_tabel(buruk, DESKRIPTOR)
    assert {(m.baris, m.kolom) for m in masalah} == {(2, "setor"), (3, "setor"), (2, "jenis")}
    tabel = tabel_masalah(masalah)
    assert tabel.columns.tolist() == ["pesan", "berkas", "lembar", "baris", "kolom", "saran", "kode"]
    with pytest.raises(GalatData, match="3 masalah"):
        gagal_bila_ada(masalah, "Tabel contoh")
    gagal_bila_ada([], "Tabel kosong masalah")  # tidak ada masalah → tidak ada galat


def test_kolom_tidak_sesuai():
    masalah = data.periksa_tabel(mentah().rename(columns={"setor": "Setoran"}), DESKRIPTOR)
    assert "kurang setor" in masalah[0].pesan and "tidak dikenal Setoran" in masalah[0].pesan


def test_nama_dataset_salah_memberi_saran():
    with pytest.raises(GalatData) as e:
        data.muat("angota")
    pesan = str(e.value)
    assert "'angota' tidak ada" in pesan and "anggota" in pesan and "daftar_dataset" in pesan


def test_muat_selalu_salinan():
    a = data.muat("anggota")
    a.loc[0, "nama"] = "DIUBAH"
    assert data.muat("anggota").loc[0, "nama"] != "DIUBAH"


def test_daftar_kamus_dan_deskripsi():
    daftar = data.daftar_dataset()
    assert {"anggota", "jurnal_umum", "akun"} <= set(daftar["nama"])
    kamus = data.kamus_data("anggota").set_index("kolom")
    assert kamus.loc["simpanan_pokok", "satuan"] == "rupiah"
    assert bool(kamus.loc["id_anggota", "unik"])
    assert "fiktif" in data.deskripsi("anggota").lower()


def test_masalah_str_menyebut_lokasi_dan_saran():
    m = Masalah("Akun 999 tidak dikenal.", berkas="jurnal.xlsx", lembar="Jurnal", baris=4,
                kolom="akun", saran="Pakai kode dari bagan akun.")
    assert str(m) == ("Akun 999 tidak dikenal. (berkas jurnal.xlsx, lembar Jurnal, baris 4, "
                      "kolom akun) Cara memperbaiki: Pakai kode dari bagan akun.")
