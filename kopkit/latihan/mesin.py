"""Mesin soal latihan: ``cek()``, ``petunjuk()`` dan ``solusi()`` di samping jawaban peserta.

Meniru learntools (Kaggle Learn) dalam bahasa Indonesia. Soal ditulis deklaratif:

    >>> from kopkit.latihan.mesin import SoalNilai, SalahUmum
    >>> soal = SoalNilai(kode="contoh.1", variabel="total", benar=lambda: 1_500_000,
    ...                  petunjuk=["Jumlahkan kolom setor."], solusi="total = 1_500_000")
    >>> soal.periksa({"total": 1_500_000}).status
    'benar'
    >>> soal.periksa({}).status
    'belum'
    >>> print(soal.periksa({"total": 1_000_000}))
    ✘ Belum tepat: Jawaban Anda Rp 1.000.000 terlalu kecil.

Tiga hasil: **benar**, **belum** dijawab (variabel masih ``____`` atau belum ada — tidak pernah
NameError), dan **salah** dengan alasan yang membantu tanpa membocorkan jawaban.
"""
from __future__ import annotations

import html
import numbers
import re
import sys
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Callable

from kopkit.latihan import progres

__all__ = ["____", "masih_kosong", "Hasil", "tampilkan", "bandingkan", "SalahUmum", "Soal", "SoalNilai", "SoalFungsi",
           "SoalRefleksi", "variabel_di_sel", "saran_perbaikan", "pasang_kait"]


class _Kosong:
    """Penanda ``____``: jawaban yang belum diisi. Operasi apa pun menghasilkan penanda lagi,
    supaya sel yang belum disentuh tetap bisa dijalankan ("Run All" tidak pernah gagal)."""

    def __repr__(self) -> str:
        return "____"

    def __call__(self, *a, **k):
        return self

    def __getattr__(self, nama):
        if nama.startswith("_"):  # _repr_html_, __array__, dst.: biarkan Python/IPython tahu tidak ada
            raise AttributeError(nama)
        return self

    def __getitem__(self, kunci):
        return self

    def __bool__(self) -> bool:
        return False


def _kembalikan_diri(self, *a, **k):
    return self


for _op in ("add radd sub rsub mul rmul truediv rtruediv floordiv rfloordiv mod rmod pow rpow "
            "neg pos abs round").split():
    setattr(_Kosong, f"__{_op}__", _kembalikan_diri)

____ = _Kosong()


def masih_kosong(nilai) -> bool:
    """Benar bila nilai adalah penanda ``____`` (atau berisi penanda di tingkat atas)."""
    if isinstance(nilai, _Kosong):
        return True
    if isinstance(nilai, (list, tuple, set)):
        return any(isinstance(x, _Kosong) for x in nilai)
    return False


# --------------------------------------------------------------------------- hasil pemeriksaan
_TAMPILAN = {
    "benar": ("✔", "Benar!", "#1b7f3b", "#e8f5ec"),
    "belum": ("✎", "Belum dijawab", "#555555", "#f2f2f2"),
    "salah": ("✘", "Belum tepat", "#b3261e", "#fdecea"),
}


@dataclass(frozen=True)
class Hasil:
    """Hasil satu pemeriksaan: status ``benar``/``belum``/``salah`` dan pesan untuk peserta."""

    status: str
    pesan: str = ""

    def __str__(self) -> str:
        ikon, label, _, _ = _TAMPILAN[self.status]
        pemisah = " " if label.endswith("!") else ": "
        return f"{ikon} {label}" + (pemisah + self.pesan if self.pesan else "")

    __repr__ = __str__

    def _repr_html_(self) -> str:
        ikon, label, warna, latar = _TAMPILAN[self.status]
        pesan = html.escape(self.pesan).replace("\n", "<br>")
        return (f'<div style="border-left:4px solid {warna};background:{latar};padding:6px 10px;'
                f'margin:4px 0;color:#222"><b style="color:{warna}">{ikon} {label}</b>'
                + (f" {pesan}" if pesan else "") + "</div>")


class _Teks:
    """Teks biasa dengan tampilan HTML ringan (untuk petunjuk dan solusi)."""

    def __init__(self, judul: str, isi: str, kode: bool = False):
        self.judul, self.isi, self.kode = judul, isi, kode

    def __repr__(self) -> str:
        return f"{self.judul}\n{self.isi}"

    def _repr_html_(self) -> str:
        isi = html.escape(self.isi)
        isi = f"<pre style='margin:4px 0'>{isi}</pre>" if self.kode else isi.replace("\n", "<br>")
        return (f'<div style="border-left:4px solid #1f5fa8;background:#eef4fb;padding:6px 10px;'
                f'margin:4px 0;color:#222"><b style="color:#1f5fa8">{html.escape(self.judul)}</b> '
                f"{isi}</div>")


def tampilkan(obj) -> None:
    """Tampilkan sebagai HTML di notebook; sebagai teks di luar notebook."""
    if "IPython" in sys.modules:
        from IPython import get_ipython

        if get_ipython() is not None:
            from IPython.display import display

            display(obj)
            return
    print(repr(obj))


# --------------------------------------------------------------------------- sel yang gagal
# Bila sel jawaban gagal dijalankan (mis. `total = 20.100.000`), variabelnya masih berisi nilai
# lama. cek() harus menilai jawaban yang SEKARANG diketik, jadi kait IPython 'post_run_cell'
# mencatat sel terakhir yang gagal per variabel, dan sel yang berhasil menghapusnya.
_SEL_GAGAL: dict[str, tuple[str, BaseException]] = {}
#: Teks sel terakhir yang berhasil mengisi sebuah variabel (untuk ``salah_kode``).
_SEL_TERAKHIR: dict[str, str] = {}
_POLA_TUGAS = re.compile(r"^[ \t]*(?:def[ \t]+([A-Za-z_]\w*)|([A-Za-z_]\w*)[ \t]*(?:=(?!=)|\+=|-=))", re.M)
def _literal_python(teks: str) -> str:
    """Angka gaya Indonesia ('20.100.000', '7,5') sebagai angka Python ('20100000', '7.5'), lewat pengurai kit."""
    from kopkit.dasar.uang import parse_persen

    return format(parse_persen(teks), "f")


_POLA_RIBUAN = re.compile(r"(?<![\w.])\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\w.])")
_POLA_PERSEN = re.compile(r"(\d+(?:[.,]\d+)?)\s*%")
_POLA_RP = re.compile(r"\bRp\.?\s*(?=\d)")


def variabel_di_sel(teks: str) -> set[str]:
    """Nama yang diisi sebuah sel (``nama = ...`` atau ``def nama(...)``), tanpa menjalankannya.

    >>> sorted(variabel_di_sel("total = 20.100.000\\ndef f(x):\\n    y = 1"))
    ['f', 'total', 'y']
    """
    return {a or b for a, b in _POLA_TUGAS.findall(teks)}


def _sebab_galat(e: BaseException) -> str:
    """Sebab galat Python dalam kalimat Indonesia, tanpa teks galat berbahasa Inggris."""
    if isinstance(e, NameError):
        nama = getattr(e, "name", None) or ""
        return (f"nama `{nama}` belum dikenal Python." if nama else "ada nama yang belum dikenal Python.")
    if isinstance(e, ZeroDivisionError):
        return "ada pembagian dengan nol."
    if isinstance(e, KeyError):
        return f"baris atau kolom {_ringkas(e.args[0]) if e.args else ''} tidak ada di tabel."
    if isinstance(e, IndexError):
        return "nomor urut yang diminta melebihi banyaknya isi (baris atau daftar)."
    if isinstance(e, TypeError):
        return "jenis nilai tidak cocok (mis. teks dijumlahkan dengan angka)."
    if isinstance(e, AttributeError):
        return "nilai itu tidak punya perintah yang dipanggil (periksa ejaan setelah titik)."
    if isinstance(e, ValueError):
        return "ada nilai yang tidak dapat dipakai (mis. teks yang bukan angka)."
    from kopkit.dasar.galat import GalatKopkit

    if isinstance(e, GalatKopkit):
        return str(e)
    return f"galat {type(e).__name__}; jalankan sel itu lagi dan baca baris terakhir pesan merahnya."


def saran_perbaikan(teks: str, galat: BaseException) -> str:
    """Kemungkinan perbaikan sel yang gagal, dalam kata peserta.

    >>> saran_perbaikan("total = 20.100.000", SyntaxError("invalid syntax"))
    'tulis 20100000 tanpa titik (bukan 20.100.000): Python memakai titik sebagai tanda desimal.'
    >>> saran_perbaikan("persen = 5%", SyntaxError("invalid syntax"))
    'tulis 5 bukan 5%.'
    """
    kanan = " ".join(t.split("=", 1)[1] if "=" in t else t for t in teks.splitlines()
                     if t.strip() and not t.strip().startswith("#"))
    if isinstance(galat, SyntaxError):
        ribuan = _POLA_RIBUAN.search(kanan)
        if ribuan:
            asli = ribuan.group(0)
            bersih = _literal_python(asli)
            return (f"tulis {bersih} tanpa titik (bukan {asli}): Python memakai titik sebagai tanda "
                    "desimal.")
        persen = _POLA_PERSEN.search(kanan)
        if persen:
            return f"tulis {_literal_python(persen.group(1))} bukan {persen.group(0).replace(' ', '')}."
        if _POLA_RP.search(kanan):
            return "tulis angkanya saja, tanpa Rp dan tanpa titik ribuan, mis. 1500000."
        desimal = re.search(r"(?<![\w.])\d+,\d+(?![\w.])", kanan)
        if desimal:
            return f"tulis {desimal.group(0).replace(',', '.')}: di Python tanda desimal adalah titik."
        if re.search(r"[A-Za-z]\w*\s+[A-Za-z]", kanan) and not re.search(r"[\"']", kanan):
            return "tulis teks di antara tanda kutip, mis. \"Menurut saya ...\"."
        baris = f" di baris {galat.lineno}" if getattr(galat, "lineno", None) else ""
        return (f"periksa tanda kurung, koma dan tanda kutip{baris}: setiap ( [ \" harus ada "
                "pasangannya.")
    if isinstance(galat, NameError):
        nama = getattr(galat, "name", None) or ""
        if nama and re.search(rf"(?<![\"'\w]){re.escape(nama)}(?![\"'\w])", kanan):
            return (f"bila `{nama}` adalah teks, tulis di antara tanda kutip: \"{nama}\". Bila itu nama "
                    "data, jalankan dulu sel persiapan di atas (Run All).")
    return _sebab_galat(galat)


def _setelah_sel(hasil) -> None:
    """Kait IPython 'post_run_cell': catat/hapus sel jawaban yang gagal, dan jelaskan galat tulis."""
    try:
        teks = getattr(getattr(hasil, "info", None), "raw_cell", "") or ""
        galat = getattr(hasil, "error_before_exec", None) or getattr(hasil, "error_in_exec", None)
        for nama in variabel_di_sel(teks):
            if galat is None:
                _SEL_GAGAL.pop(nama, None)
                _SEL_TERAKHIR[nama] = teks
            else:
                _SEL_GAGAL[nama] = (teks, galat)
        if isinstance(galat, (SyntaxError, NameError)):
            tampilkan(_Teks("Python belum mengerti sel ini.",
                            "Kemungkinan perbaikan: " + saran_perbaikan(teks, galat)
                            + "\nLalu jalankan lagi sel ini (Shift + Enter)."))
    except Exception:  # kait tidak boleh mengganggu notebook
        pass


def pasang_kait() -> bool:
    """Pasang kait di kernel IPython yang sedang berjalan (sekali saja); False di luar notebook."""
    if "IPython" not in sys.modules:
        return False
    shell = sys.modules["IPython"].get_ipython()
    if shell is None or not hasattr(shell, "events"):
        return False
    lama = getattr(shell, "_kopkit_kait_sel", None)
    if lama is not None:
        try:
            shell.events.unregister("post_run_cell", lama)
        except ValueError:
            pass
    shell.events.register("post_run_cell", _setelah_sel)
    shell._kopkit_kait_sel = _setelah_sel
    return True


def _periksa_sel_gagal(variabel: str):
    catatan = _SEL_GAGAL.get(variabel)
    if catatan is None:
        return None
    teks, galat = catatan
    return Hasil("salah", f"Sel jawaban `{variabel}` belum berhasil dijalankan, jadi yang tersimpan belum "
                          f"jawaban Anda yang baru. Kemungkinan perbaikan: {saran_perbaikan(teks, galat)} "
                          "Lalu jalankan lagi sel jawaban itu, kemudian periksa lagi.")


# --------------------------------------------------------------------------- pembanding nilai
def _rupiah(n) -> str:
    from kopkit.dasar.uang import format_rupiah

    return format_rupiah(n)


def _adalah_angka(x) -> bool:
    return isinstance(x, (numbers.Number, Decimal)) and not isinstance(x, bool)


def _jenis_nilai(x) -> str:
    """Jenis sebuah nilai dalam kata peserta (bukan nama tipe Python)."""
    import pandas as pd

    if x is None:
        return "kosong (None)"
    if isinstance(x, bool) or type(x).__name__ == "bool_":
        return "True/False"
    if isinstance(x, str):
        return "teks"
    if _adalah_angka(x):
        return "angka"
    if isinstance(x, pd.DataFrame):
        return "tabel"
    if isinstance(x, pd.Series):
        return "satu kolom tabel"
    if x is pd.NaT:
        return "tanggal kosong"
    if isinstance(x, (list, tuple, set)):
        return "daftar"
    if isinstance(x, dict):
        return "kamus (pasangan kunci: nilai)"
    if callable(x):
        return "fungsi"
    return "nilai lain"


def _tulis_nilai(x) -> str:
    """Nilai seperti yang dibaca peserta: angka gaya Indonesia (paling banyak 2 desimal),
    teks dalam tanda kutip, tanggal kosong, atau jenisnya saja untuk tabel."""
    import pandas as pd

    if x is pd.NaT or (isinstance(x, float) and x != x):
        return "kosong" if x is not pd.NaT else "tanggal kosong"
    if _adalah_angka(x):
        from kopkit.dasar.uang import format_angka

        pecahan = Decimal(str(x)) != Decimal(str(x)).to_integral_value()
        return format_angka(x, desimal=2 if pecahan else None)
    if isinstance(x, str):
        return _ringkas(x)
    if isinstance(x, (pd.DataFrame, pd.Series)):
        return f"sebuah {_jenis_nilai(x)} ({len(x)} baris)"
    if isinstance(x, (list, tuple)) and len(x) <= 6:
        isi = ", ".join(_tulis_nilai(v) for v in x)
        return f"[{isi}]" if isinstance(x, list) else f"({isi})"
    return _jenis_nilai(x)


def _ringkas(x, batas: int = 60) -> str:
    teks = f'"{x}"' if isinstance(x, str) else repr(x)
    return teks if len(teks) <= batas else teks[: batas - 1] + "…"


def bandingkan(jawaban, benar, jenis: str, toleransi: float = 1e-6) -> str | None:
    """Bandingkan jawaban dengan kunci; kembalikan None bila sama, selain itu alasan (Indonesia).

    Alasannya membantu tanpa menyebut kunci: arah selisih, kolom yang kurang, dan sebagainya.
    """
    if jenis in ("rupiah", "bulat"):
        uang = jenis == "rupiah"
        if not _adalah_angka(jawaban):
            saran = (" Tulis angkanya tanpa tanda kutip dan tanpa titik ribuan, mis. 1500000."
                     if isinstance(jawaban, str) else "")
            return (f"Jawaban harus berupa {'angka rupiah' if uang else 'bilangan bulat'}, bukan "
                    f"{_jenis_nilai(jawaban)} ({_tulis_nilai(jawaban)}).{saran}")
        if Decimal(str(jawaban)) != Decimal(int(Decimal(str(jawaban)))):
            return (f"Jawaban {_tulis_nilai(jawaban)} memuat pecahan rupiah. Uang dihitung dalam rupiah "
                    "bulat: periksa pembulatan Anda." if uang else
                    f"Jawaban {_tulis_nilai(jawaban)} bukan bilangan bulat.")
        if int(jawaban) == int(benar):
            return None
        arah = "terlalu besar" if int(jawaban) > int(benar) else "terlalu kecil"
        tulisan = _rupiah(int(jawaban)) if uang else _tulis_nilai(int(jawaban))
        return f"Jawaban Anda {tulisan} {arah}."
    if jenis == "angka":
        if not _adalah_angka(jawaban):
            return f"Jawaban harus berupa angka, bukan {_jenis_nilai(jawaban)} ({_tulis_nilai(jawaban)})."
        selisih = abs(float(jawaban) - float(benar))
        if selisih <= toleransi * max(1.0, abs(float(benar))):
            return None
        arah = "terlalu besar" if float(jawaban) > float(benar) else "terlalu kecil"
        return f"Jawaban Anda {_tulis_nilai(jawaban)} {arah}."
    if jenis == "teks":
        if not isinstance(jawaban, str):
            return (f"Jawaban harus berupa teks dalam tanda kutip, mis. \"...\", bukan "
                    f"{_jenis_nilai(jawaban)} ({_tulis_nilai(jawaban)}).")
        if " ".join(jawaban.split()).casefold() == " ".join(str(benar).split()).casefold():
            return None
        return f"\"{jawaban}\" belum tepat."
    if jenis == "kumpulan":
        import pandas as pd

        if isinstance(jawaban, pd.DataFrame):
            # Mengulang tabel menghasilkan NAMA KOLOMNYA: jangan menilai nama kolom sebagai jawaban.
            return ("Jawaban Anda sebuah tabel, padahal yang diminta daftar, mis. [\"A\", \"B\"]. Ambil "
                    "kolom yang berisi jawabannya lalu jadikan daftar: list(tabel[\"nama_kolom\"]).")
        if isinstance(jawaban, str) or not hasattr(jawaban, "__iter__"):
            return "Jawaban harus berupa daftar, mis. [\"A\", \"B\"]."
        asli = {_normal(x): x for x in jawaban}  # untuk menampilkan tulisan peserta apa adanya
        jawab, kunci = set(asli), set(map(_normal, benar))
        if jawab == kunci:
            return None
        kurang_teks = [str(k) for k in kunci - jawab]
        if jawab - kunci and all(any(k.casefold() in str(x).casefold() for k in kurang_teks)
                                 for x in jawab - kunci):
            return ("Yang Anda temukan sudah menyebut jawabannya, tetapi tulis hanya kodenya/nomornya "
                    "(teks pendek), bukan kalimat atau baris lengkapnya.")
        pesan = []
        if kunci - jawab:
            pesan.append(f"masih ada {len(kunci - jawab)} yang belum Anda temukan")
        if jawab - kunci:
            lebih = sorted(str(asli[x]) for x in jawab - kunci)
            pesan.append(f"{', '.join(lebih)} seharusnya tidak termasuk")
        return "Hampir: " + "; ".join(pesan) + "."
    if jenis == "tabel":
        return _bandingkan_tabel(jawaban, benar)
    if jenis == "bool":
        if not isinstance(jawaban, bool) and type(jawaban).__name__ != "bool_":
            return f"Jawaban harus True atau False, bukan {_jenis_nilai(jawaban)}."
        return None if bool(jawaban) == bool(benar) else "Coba pikirkan lagi."
    raise ValueError(f"jenis pembanding tidak dikenal: {jenis}")


def _normal(x):
    return x.strip().casefold() if isinstance(x, str) else x


def _bandingkan_tabel(jawaban, benar) -> str | None:
    import pandas as pd

    if isinstance(benar, pd.Series):
        if not isinstance(jawaban, pd.Series):
            return (f"Jawaban harus berupa satu kolom tabel (mis. tabel[\"kolom\"]), bukan "
                    f"{_jenis_nilai(jawaban)}.")
        jawaban, benar = jawaban.to_frame(), benar.to_frame()
        jawaban.columns = benar.columns
    if not isinstance(jawaban, pd.DataFrame):
        return f"Jawaban harus berupa tabel, bukan {_jenis_nilai(jawaban)}."
    kurang = [k for k in benar.columns if k not in jawaban.columns]
    lebih = [k for k in jawaban.columns if k not in benar.columns]
    if kurang:
        return f"Tabel Anda belum punya kolom: {', '.join(map(str, kurang))}."
    if lebih:
        return f"Tabel Anda punya kolom yang tidak diminta: {', '.join(map(str, lebih))}."
    if len(jawaban) != len(benar):
        return f"Tabel Anda punya {len(jawaban)} baris; periksa lagi (jumlah barisnya belum tepat)."
    jawaban = jawaban[list(benar.columns)].reset_index(drop=True)
    benar = benar.reset_index(drop=True)
    for kolom in benar.columns:
        try:
            pd.testing.assert_series_equal(jawaban[kolom], benar[kolom], check_dtype=False,
                                           check_names=False, check_categorical=False)
        except AssertionError:
            return f"Nilai di kolom '{kolom}' belum tepat (periksa juga urutan barisnya)."
    return None


# --------------------------------------------------------------------------- soal
@dataclass(frozen=True)
class SalahUmum:
    """Kesalahan yang sering terjadi: bila ``kondisi(jawaban, benar)`` benar, tampilkan ``pesan``
    (teks, atau fungsi ``pesan(jawaban) -> teks`` bila pesannya menyebut angka jawaban)."""

    kondisi: Callable[[Any, Any], bool]
    pesan: str | Callable[[Any], str]

    def teks(self, jawaban) -> str:
        return self.pesan(jawaban) if callable(self.pesan) else self.pesan

    def cocok(self, jawaban, benar) -> bool:
        try:
            return bool(self.kondisi(jawaban, benar))
        except Exception:  # kondisi yang tidak berlaku untuk jawaban ini bukan kesalahan umum ini
            return False


class Soal:
    """Induk semua soal. Subkelas mengisi :meth:`_nilai`."""

    jenis_soal = "soal"

    def __init__(self, *, kode: str, variabel: str, judul: str = "", petunjuk=(),
                 solusi: str = "", templat: str | None = None):
        self.kode, self.variabel, self.judul = kode, variabel, judul
        self._petunjuk = list(petunjuk)
        self.kode_solusi = solusi.strip()
        self._templat = templat

    # -- untuk generator notebook
    def templat(self) -> str:
        """Isi sel jawaban untuk salinan peserta."""
        return self._templat if self._templat is not None else f"{self.variabel} = ____"

    # -- pemeriksaan
    def periksa(self, ruang_nama: dict) -> Hasil:
        """Periksa jawaban di ``ruang_nama`` (mis. ``globals()`` notebook) tanpa menampilkan."""
        gagal = _periksa_sel_gagal(self.variabel)
        if gagal is not None:
            return gagal
        if self.variabel not in ruang_nama:
            return Hasil("belum", f"Variabel `{self.variabel}` belum dibuat. Isi sel jawaban lalu "
                                  "jalankan sel itu sebelum memeriksa.")
        jawaban = ruang_nama[self.variabel]
        if masih_kosong(jawaban):
            return Hasil("belum", f"Ganti ____ pada `{self.variabel} = ____` dengan jawaban Anda, "
                                  "jalankan sel itu, lalu periksa lagi.")
        return self._nilai(jawaban)

    def _nilai(self, jawaban) -> Hasil:
        raise NotImplementedError

    def cek(self) -> None:
        """Periksa jawaban Anda dan catat kemajuan."""
        ruang_nama = sys._getframe(1).f_globals
        hasil = self.periksa(ruang_nama)
        progres.catat(self.kode, hasil.status)
        tampilkan(hasil)

    def petunjuk(self, tingkat: int = 1) -> None:
        """Tampilkan petunjuk; ``petunjuk(2)`` lebih jelas daripada ``petunjuk(1)``."""
        if not self._petunjuk:
            tampilkan(_Teks("Petunjuk:", "Soal ini tidak punya petunjuk. Lihat solusi() bila buntu."))
            return
        tingkat = max(1, min(int(tingkat), len(self._petunjuk)))
        lagi = (f"\n(Petunjuk yang lebih jelas: petunjuk({tingkat + 1}))"
                if tingkat < len(self._petunjuk) else "")
        progres.catat(self.kode, "petunjuk")
        tampilkan(_Teks(f"Petunjuk {tingkat}:", self._petunjuk[tingkat - 1] + lagi))

    def solusi(self) -> None:
        """Tampilkan contoh jawaban."""
        progres.catat(self.kode, "solusi")
        tampilkan(_Teks("Solusi:", self.kode_solusi, kode=True))


class SoalNilai(Soal):
    """Soal yang jawabannya sebuah nilai: rupiah atau bulat (tepat), angka (dengan toleransi), teks,
    kumpulan (urutan tidak penting), tabel (urutan kolom tidak penting) atau True/False.

    ``benar`` boleh berupa nilai atau fungsi tanpa argumen (dihitung saat diperiksa, dari data).
    """

    def __init__(self, *, benar, jenis: str = "rupiah", toleransi: float = 1e-6,
                 salah_umum=(), pilihan=None, salah_kode=(), **kw):
        super().__init__(**kw)
        self._benar, self.jenis, self.toleransi = benar, jenis, toleransi
        self.salah_umum, self.pilihan = list(salah_umum), pilihan
        # (pola regex, pesan): cara menghitung yang keliru walau angkanya kebetulan sama, dikenali
        # dari teks sel jawaban (hanya di notebook, tempat teks sel diketahui).
        self.salah_kode = [(re.compile(pola), pesan) for pola, pesan in salah_kode]

    def periksa(self, ruang_nama: dict, sumber: str | None = None) -> Hasil:
        """Seperti :meth:`Soal.periksa`; ``sumber`` = teks sel jawaban (bawaan: sel terakhir yang
        mengisi variabelnya di notebook ini)."""
        hasil = super().periksa(ruang_nama)
        sumber = _SEL_TERAKHIR.get(self.variabel, "") if sumber is None else sumber
        if hasil.status == "salah" and self.jenis in ("rupiah", "bulat", "angka"):
            # "1.500" adalah SAH di Python (1,5): sel berjalan, tetapi nilainya bukan seribu lima ratus.
            titik = re.search(r"(?<![\w.])\d{1,3}\.\d{3}(?![\w.])", sumber.split("=", 1)[-1])
            if titik:
                asli = titik.group(0)
                return Hasil("salah", f"Python membaca {asli} sebagai {_tulis_nilai(float(asli))} (di Python "
                                      f"titik adalah tanda desimal). Tulis {asli.replace('.', '')} tanpa titik.")
        if hasil.status != "benar" or not self.salah_kode:
            return hasil
        for pola, pesan in self.salah_kode:
            if pola.search(sumber):
                return Hasil("salah", pesan)
        return hasil

    def nilai_benar(self):
        return self._benar() if callable(self._benar) else self._benar

    def _nilai(self, jawaban) -> Hasil:
        benar = self.nilai_benar()
        if self.pilihan is not None and _normal(jawaban) not in map(_normal, self.pilihan):
            return Hasil("salah", f"Pilih salah satu dari: {', '.join(map(repr, self.pilihan))}.")
        alasan = bandingkan(jawaban, benar, self.jenis, self.toleransi)
        if alasan is None:
            return Hasil("benar")
        for su in self.salah_umum:
            if su.cocok(jawaban, benar):
                return Hasil("salah", su.teks(jawaban))
        return Hasil("salah", alasan)


class SoalFungsi(Soal):
    """Soal yang jawabannya sebuah fungsi; diuji dengan beberapa kasus terhadap fungsi ``acuan``."""

    jenis_soal = "fungsi"

    def __init__(self, *, acuan: Callable, kasus, jenis: str = "rupiah", toleransi: float = 1e-6,
                 salah_umum=(), **kw):
        super().__init__(**kw)
        self.acuan, self.kasus, self.jenis, self.toleransi = acuan, list(kasus), jenis, toleransi
        self.salah_umum = list(salah_umum)

    def templat(self) -> str:
        if self._templat is not None:
            return self._templat
        import ast

        for simpul in ast.parse(self.kode_solusi).body:
            if isinstance(simpul, ast.FunctionDef) and simpul.name == self.variabel:
                argumen = ", ".join(a.arg for a in simpul.args.args)
                return (f"def {self.variabel}({argumen}):\n"
                        "    # Tulis kode Anda di sini, lalu ganti ____ dengan hasilnya.\n"
                        "    return ____")
        return f"{self.variabel} = ____"

    def _nilai(self, jawaban) -> Hasil:
        if not callable(jawaban):
            return Hasil("salah", f"`{self.variabel}` harus berupa fungsi (def {self.variabel}(...)).")
        for argumen in self.kasus:
            argumen = argumen if isinstance(argumen, tuple) else (argumen,)
            teks_argumen = ", ".join(map(_tulis_nilai, argumen))
            try:
                keluaran = jawaban(*argumen)
            except Exception as e:  # kode peserta: tunjukkan galatnya sebagai umpan balik
                return Hasil("salah", f"Fungsi Anda berhenti dengan galat untuk masukan ({teks_argumen}): "
                                      f"{_sebab_galat(e)}")
            if masih_kosong(keluaran):
                return Hasil("belum", "Fungsi Anda masih mengembalikan ____. Lengkapi isinya.")
            harapan = self.acuan(*argumen)
            alasan = bandingkan(keluaran, harapan, self.jenis, self.toleransi)
            if alasan is not None:
                for su in self.salah_umum:
                    if su.cocok(keluaran, harapan):
                        return Hasil("salah", su.teks(keluaran))
                return Hasil("salah", f"Untuk masukan ({teks_argumen}) fungsi Anda menghasilkan "
                                      f"{_tulis_nilai(keluaran)}. {alasan}")
        return Hasil("benar", f"Fungsi Anda lolos {len(self.kasus)} kasus uji.")


class SoalRefleksi(Soal):
    """Soal terbuka: jawaban berupa kalimat Anda sendiri; dibahas bersama fasilitator."""

    jenis_soal = "refleksi"

    def __init__(self, *, minimal_kata: int = 5, **kw):
        super().__init__(**kw)
        self.minimal_kata = minimal_kata

    def templat(self) -> str:
        if self._templat is not None:
            return self._templat
        return f'{self.variabel} = ____  # tulis jawaban Anda di antara tanda kutip: "..."'

    def _nilai(self, jawaban) -> Hasil:
        if not isinstance(jawaban, str):
            return Hasil("salah", "Tulis jawaban sebagai teks di antara tanda kutip, mis. \"Menurut saya ...\".")
        if len(jawaban.split()) < self.minimal_kata:
            return Hasil("salah", f"Jawaban Anda terlalu singkat; tulis paling sedikit "
                                  f"{self.minimal_kata} kata.")
        return Hasil("benar", "Terima kasih. Bandingkan jawaban Anda dengan solusi() dan bahas "
                              "dengan fasilitator.")


pasang_kait()
