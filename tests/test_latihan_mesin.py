"""Mesin soal: tiga hasil, pembanding, petunjuk bertingkat, penanda ____ yang aman."""
import pandas as pd
import pytest

from kopkit.latihan import ____, SalahUmum, SoalFungsi, SoalNilai, SoalRefleksi
from kopkit.latihan import progres
from kopkit.latihan.mesin import bandingkan


def soal_rupiah(**kw):
    isian = dict(kode="uji.1", variabel="total", benar=lambda: 1_250_000,
                 petunjuk=["Satu.", "Dua."], solusi="total = 1_250_000")
    isian.update(kw)
    return SoalNilai(**isian)


def test_tiga_hasil_rupiah():
    soal = soal_rupiah()
    assert soal.periksa({"total": 1_250_000}).status == "benar"
    assert soal.periksa({}).status == "belum"
    assert soal.periksa({"total": ____}).status == "belum"
    salah = soal.periksa({"total": 1_300_000})
    assert salah.status == "salah" and "terlalu besar" in salah.pesan
    # Alasan tidak membocorkan kunci jawaban.
    assert "1.250.000" not in salah.pesan


def test_rupiah_tepat_menolak_pecahan_dan_teks():
    soal = soal_rupiah()
    assert "pecahan rupiah" in soal.periksa({"total": 1_250_000.4}).pesan
    assert soal.periksa({"total": 1_250_000.0}).status == "benar"
    assert "angka rupiah" in soal.periksa({"total": "1.250.000"}).pesan
    assert soal.periksa({"total": True}).status == "salah"


def test_salah_umum_mendahului_pesan_umum():
    soal = soal_rupiah(salah_umum=[SalahUmum(lambda j, b: j == b * 12, "Itu setahun, bukan sebulan.")])
    assert soal.periksa({"total": 15_000_000}).pesan == "Itu setahun, bukan sebulan."
    # Kondisi yang gagal dijalankan untuk jawaban tertentu tidak merusak pemeriksaan.
    rusak = soal_rupiah(salah_umum=[SalahUmum(lambda j, b: j.tidak_ada, "x")])
    assert rusak.periksa({"total": 1}).status == "salah"


def test_angka_dengan_toleransi():
    soal = SoalNilai(kode="uji.2", variabel="r", benar=0.017907, jenis="angka", toleransi=1e-3)
    assert soal.periksa({"r": 0.0179}).status == "benar"
    assert soal.periksa({"r": 0.02}).status == "salah"


def test_teks_pilihan_dan_kumpulan():
    teks = SoalNilai(kode="uji.3", variabel="jenis", benar="Ekuitas", jenis="teks",
                     pilihan=["Aset", "Liabilitas", "Ekuitas"])
    assert teks.periksa({"jenis": "  ekuitas "}).status == "benar"
    assert "Pilih salah satu" in teks.periksa({"jenis": "modal"}).pesan
    assert teks.periksa({"jenis": "Aset"}).status == "salah"
    kumpulan = SoalNilai(kode="uji.4", variabel="bukti", benar=["B2", "B5"], jenis="kumpulan")
    assert kumpulan.periksa({"bukti": ("B5", "B2")}).status == "benar"
    kurang = kumpulan.periksa({"bukti": ["B2"]})
    assert "1 yang belum" in kurang.pesan and "B5" not in kurang.pesan
    assert "B9 seharusnya tidak" in kumpulan.periksa({"bukti": ["B2", "B5", "B9"]}).pesan


def test_tabel_abaikan_urutan_kolom():
    benar = pd.DataFrame({"akun": ["101", "301"], "saldo": [500, 500]})
    soal = SoalNilai(kode="uji.5", variabel="t", benar=benar, jenis="tabel")
    assert soal.periksa({"t": benar[["saldo", "akun"]]}).status == "benar"
    assert "belum punya kolom: saldo" in soal.periksa({"t": benar[["akun"]]}).pesan
    beda = benar.assign(saldo=[500, 400])
    assert "kolom 'saldo'" in soal.periksa({"t": beda}).pesan
    assert soal.periksa({"t": [1, 2]}).pesan == "Jawaban harus berupa tabel, bukan daftar."


def test_soal_fungsi():
    def acuan(pokok, bulan):
        return pokok // bulan

    soal = SoalFungsi(kode="uji.6", variabel="angsuran_pokok", acuan=acuan,
                      kasus=[(1_200_000, 12), (1_000_000, 10)],
                      solusi="def angsuran_pokok(pokok, bulan):\n    return pokok // bulan")
    assert soal.templat().startswith("def angsuran_pokok(pokok, bulan):")
    assert soal.periksa({"angsuran_pokok": lambda p, b: p // b}).status == "benar"
    assert soal.periksa({"angsuran_pokok": lambda p, b: ____}).status == "belum"
    gagal = soal.periksa({"angsuran_pokok": lambda p, b: p / 0})
    assert gagal.status == "salah" and "pembagian dengan nol" in gagal.pesan
    assert soal.periksa({"angsuran_pokok": lambda p, b: p}).status == "salah"
    assert "harus berupa fungsi" in soal.periksa({"angsuran_pokok": 5}).pesan


def test_refleksi():
    soal = SoalRefleksi(kode="uji.7", variabel="alasan", minimal_kata=4, solusi='alasan = "..."')
    assert soal.periksa({"alasan": "Karena buku digital mudah diperiksa"}).status == "benar"
    assert "terlalu singkat" in soal.periksa({"alasan": "supaya rapi"}).pesan
    assert soal.periksa({"alasan": ____}).status == "belum"


def test_penanda_kosong_tidak_pernah_gagal():
    nilai = (____ + 1) * 2 - ____
    assert repr(nilai) == "____"
    assert repr(____.sum().round(2)) == "____"
    assert repr(____["kolom"]) == "____"
    assert not ____
    with pytest.raises(AttributeError):
        ____._repr_html_  # IPython harus tahu penanda tidak punya tampilan HTML


def test_cek_membaca_globals_pemanggil_dan_mencatat(capsys):
    soal = soal_rupiah(kode="uji.cek")
    ruang = {"soal": soal, "total": 1_250_000}
    exec("soal.cek()", ruang)
    assert "Benar!" in capsys.readouterr().out
    assert progres.baca()["soal"]["uji.cek"]["status"] == "benar"


def test_petunjuk_bertingkat_dan_solusi(capsys):
    soal = soal_rupiah(kode="uji.petunjuk")
    soal.petunjuk()
    keluaran = capsys.readouterr().out
    assert "Satu." in keluaran and "petunjuk(2)" in keluaran and "Dua." not in keluaran
    soal.petunjuk(9)  # di atas jumlah petunjuk: tampilkan yang terakhir, tidak gagal
    assert "Dua." in capsys.readouterr().out
    soal.solusi()
    assert "total = 1_250_000" in capsys.readouterr().out
    catatan = progres.baca()["soal"]["uji.petunjuk"]
    assert catatan["petunjuk"] == 2 and catatan["lihat_solusi"] is True


def test_tampilan_html_aman():
    soal = soal_rupiah(salah_umum=[SalahUmum(lambda j, b: True, "<b>pakai</b> & lihat")])
    html = soal.periksa({"total": 1}).__class__._repr_html_(soal.periksa({"total": 1}))
    assert "&lt;b&gt;pakai&lt;/b&gt; &amp; lihat" in html and "Belum tepat" in html


def test_bulat_tanpa_rp():
    soal = SoalNilai(kode="uji.8", variabel="n", benar=240, jenis="bulat")
    pesan = soal.periksa({"n": 1250}).pesan
    assert pesan == "Jawaban Anda 1.250 terlalu besar." and "Rp" not in pesan
    assert "bukan bilangan bulat" in soal.periksa({"n": 2.5}).pesan


# ------------------------------------------------------------ umpan balik dalam kata peserta
JARGON = ("str", "int", "float", "DataFrame", "Series", "NaT", "NoneType", "list", "Error")


def _tanpa_jargon(pesan: str) -> None:
    import re

    kata = set(re.findall(r"[A-Za-z_]+", pesan))
    assert not kata & set(JARGON), pesan


@pytest.mark.parametrize("jenis, jawaban, harus", [
    ("rupiah", "1.500.000", 'bukan teks ("1.500.000")'),
    ("bulat", [1, 2], "bukan daftar"),
    ("angka", None, "bukan kosong (None)"),
    ("teks", 5, "bukan angka (5)"),
    ("rupiah", 1_000_000.5, "Jawaban 1.000.000,50 memuat pecahan rupiah"),
])
def test_pesan_jenis_nilai_tanpa_jargon(jenis, jawaban, harus):
    alasan = bandingkan(jawaban, 1_000_000 if jenis != "teks" else "aset", jenis)
    assert harus in alasan
    _tanpa_jargon(alasan)


def test_angka_pecahan_ditulis_gaya_indonesia():
    import pandas as pd

    alasan = bandingkan(416.6666666666667, 500, "angka")
    assert alasan == "Jawaban Anda 416,67 terlalu kecil."
    alasan = bandingkan(pd.NaT, "aset", "teks")
    assert "tanggal kosong" in alasan and "NaT" not in alasan
    seri = pd.Series([1, 2])
    soal = SoalNilai(kode="t.s", variabel="s", benar=seri, jenis="tabel")
    pesan = soal.periksa({"s": pd.DataFrame({"a": [1]})}).pesan
    assert "satu kolom tabel" in pesan
    _tanpa_jargon(pesan)


# ------------------------------------------------------------ sel jawaban yang gagal dijalankan
@pytest.fixture
def shell():
    """Kernel IPython sungguhan (tanpa notebook) dengan kait kopkit terpasang."""
    from IPython.core.interactiveshell import InteractiveShell

    from kopkit.latihan import mesin

    ip = InteractiveShell.instance()
    assert mesin.pasang_kait()
    ip.run_cell("from kopkit.latihan.mesin import SoalNilai, ____\n"
                "soal = SoalNilai(kode='uji.1', variabel='total', benar=20_100_000, jenis='rupiah')\n"
                "soal_teks = SoalNilai(kode='uji.2', variabel='jenis', benar='aset', jenis='teks')\n"
                "soal_persen = SoalNilai(kode='uji.3', variabel='persen', benar=5, jenis='angka')")
    yield ip
    mesin._SEL_GAGAL.clear()
    mesin._SEL_TERAKHIR.clear()
    InteractiveShell.clear_instance()


@pytest.mark.parametrize("sel, soal, harus", [
    ("total = 20.100.000", "soal", "tulis 20100000 tanpa titik"),
    ("persen = 5%", "soal_persen", "tulis 5 bukan 5%"),
    ("jenis = aset", "soal_teks", 'tulis di antara tanda kutip: "aset"'),
    ("jenis = aset lancar", "soal_teks", "tulis teks di antara tanda kutip"),
    ("total = Rp 20100000", "soal", "tanpa Rp"),
])
def test_sel_gagal_dinilai_bukan_nilai_lama(shell, sel, soal, harus, capsys):
    from kopkit.latihan import mesin

    variabel = mesin.variabel_di_sel(sel).pop()
    nilai_lama = {"total": 20_100_000, "jenis": "aset", "persen": 5}[variabel]
    shell.run_cell(f"{variabel} = {nilai_lama!r}")  # jawaban lama yang benar
    shell.run_cell(sel)
    keluaran = capsys.readouterr().out
    assert "Python belum mengerti sel ini" in keluaran and harus in keluaran
    hasil = shell.user_ns[soal].periksa(shell.user_ns)
    assert hasil.status == "salah" and "belum berhasil dijalankan" in hasil.pesan and harus in hasil.pesan
    # Setelah diperbaiki, jawaban yang baru yang dinilai.
    shell.run_cell(f"{variabel} = {nilai_lama!r}")
    assert shell.user_ns[soal].periksa(shell.user_ns).status == "benar"


def test_sel_gagal_pada_jawaban_kosong_bukan_belum_dijawab(shell):
    shell.run_cell("total = ____")
    shell.run_cell("total = 20.100.000")
    hasil = shell.user_ns["soal"].periksa(shell.user_ns)
    assert hasil.status == "salah" and "Belum dijawab" not in str(hasil)


def test_titik_ribuan_yang_sah_di_python_dijelaskan():
    """`total = 1.500` berjalan (Python membacanya 1,5): pesan menyebut titik, bukan "pecahan"."""
    soal = SoalNilai(kode="t.r", variabel="total", benar=1_500, jenis="rupiah")
    h = soal.periksa({"total": 1.5}, sumber="total = 1.500")
    assert h.status == "salah" and "Python membaca 1.500 sebagai 1,5" in h.pesan and "Tulis 1500" in h.pesan
    assert soal.periksa({"total": 1_500}, sumber="total = 1500").status == "benar"


def test_penjelasan_indonesia_juga_di_pelajaran(capsys):
    """`import kopkit` di notebook pelajaran (tanpa modul latihan) memasang penjelasan yang sama."""
    from IPython.core.interactiveshell import InteractiveShell

    import kopkit
    from kopkit.latihan import mesin

    ip = InteractiveShell.instance()
    try:
        kopkit._pasang_di_notebook()
        ip.run_cell("persen_cadangan = 25%")
        keluaran = capsys.readouterr().out
        assert "SyntaxError" in keluaran  # pesan Python tetap ada (dengan penunjuk letaknya)
        assert "Python belum mengerti sel ini" in keluaran and "tulis 25 bukan 25%" in keluaran
    finally:
        mesin._SEL_GAGAL.clear()
        InteractiveShell.clear_instance()


@pytest.mark.parametrize("galat, harus", [
    (KeyError("harga"), 'kolom "harga" tidak ada'), (IndexError("list index out of range"), "melebihi"),
    (ZeroDivisionError("division by zero"), "pembagian dengan nol"),
    (TypeError("unsupported operand type(s) for +: 'int' and 'str'"), "jenis nilai tidak cocok"),
])
def test_galat_fungsi_peserta_dijelaskan_tanpa_teks_inggris(galat, harus):
    def fungsi(a):
        raise galat

    soal = SoalFungsi(kode="t.f", variabel="f", acuan=lambda a: a, kasus=[1], jenis="bulat",
                      solusi="def f(a):\n    return a")
    pesan = soal.periksa({"f": fungsi}).pesan
    assert harus in pesan and str(galat.args[0]) not in pesan.replace('"harga"', "")
