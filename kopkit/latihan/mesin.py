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
import sys
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Callable

from kopkit.latihan import progres

__all__ = ["____", "masih_kosong", "Hasil", "tampilkan", "bandingkan", "SalahUmum", "Soal", "SoalNilai", "SoalFungsi", "SoalRefleksi"]


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


# --------------------------------------------------------------------------- pembanding nilai
def _rupiah(n) -> str:
    try:
        from kopkit.dasar.uang import format_rupiah

        return format_rupiah(n)
    except ImportError:  # modul uang belum tersedia: tulis dengan titik ribuan sendiri
        return "Rp " + f"{int(n):,}".replace(",", ".")


def _adalah_angka(x) -> bool:
    return isinstance(x, (numbers.Number, Decimal)) and not isinstance(x, bool)


def _ringkas(x, batas: int = 60) -> str:
    teks = repr(x)
    return teks if len(teks) <= batas else teks[: batas - 1] + "…"


def bandingkan(jawaban, benar, jenis: str, toleransi: float = 1e-6) -> str | None:
    """Bandingkan jawaban dengan kunci; kembalikan None bila sama, selain itu alasan (Indonesia).

    Alasannya membantu tanpa menyebut kunci: arah selisih, kolom yang kurang, dan sebagainya.
    """
    if jenis in ("rupiah", "bulat"):
        uang = jenis == "rupiah"
        if not _adalah_angka(jawaban):
            return (f"Jawaban harus berupa {'angka rupiah' if uang else 'bilangan bulat'}, bukan "
                    f"{type(jawaban).__name__} ({_ringkas(jawaban)}).")
        if Decimal(str(jawaban)) != Decimal(int(Decimal(str(jawaban)))):
            return (f"Jawaban {jawaban} memuat pecahan rupiah. Uang dihitung dalam rupiah bulat: "
                    "periksa pembulatan Anda." if uang else
                    f"Jawaban {jawaban} bukan bilangan bulat.")
        if int(jawaban) == int(benar):
            return None
        arah = "terlalu besar" if int(jawaban) > int(benar) else "terlalu kecil"
        tulisan = _rupiah(int(jawaban)) if uang else f"{int(jawaban):,}".replace(",", ".")
        return f"Jawaban Anda {tulisan} {arah}."
    if jenis == "angka":
        if not _adalah_angka(jawaban):
            return f"Jawaban harus berupa angka, bukan {type(jawaban).__name__} ({_ringkas(jawaban)})."
        selisih = abs(float(jawaban) - float(benar))
        if selisih <= toleransi * max(1.0, abs(float(benar))):
            return None
        arah = "terlalu besar" if float(jawaban) > float(benar) else "terlalu kecil"
        return f"Jawaban Anda {jawaban} {arah}."
    if jenis == "teks":
        if not isinstance(jawaban, str):
            return f"Jawaban harus berupa teks dalam tanda kutip, mis. \"...\", bukan {_ringkas(jawaban)}."
        if " ".join(jawaban.split()).casefold() == " ".join(str(benar).split()).casefold():
            return None
        return f"\"{jawaban}\" belum tepat."
    if jenis == "kumpulan":
        if isinstance(jawaban, str) or not hasattr(jawaban, "__iter__"):
            return "Jawaban harus berupa daftar, mis. [\"A\", \"B\"]."
        asli = {_normal(x): x for x in jawaban}  # untuk menampilkan tulisan peserta apa adanya
        jawab, kunci = set(asli), set(map(_normal, benar))
        if jawab == kunci:
            return None
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
            return "Jawaban harus True atau False."
        return None if bool(jawaban) == bool(benar) else "Coba pikirkan lagi."
    raise ValueError(f"jenis pembanding tidak dikenal: {jenis}")


def _normal(x):
    return x.strip().casefold() if isinstance(x, str) else x


def _bandingkan_tabel(jawaban, benar) -> str | None:
    import pandas as pd

    if isinstance(benar, pd.Series):
        if not isinstance(jawaban, pd.Series):
            return f"Jawaban harus berupa Series pandas, bukan {type(jawaban).__name__}."
        jawaban, benar = jawaban.to_frame(), benar.to_frame()
        jawaban.columns = benar.columns
    if not isinstance(jawaban, pd.DataFrame):
        return f"Jawaban harus berupa tabel (DataFrame pandas), bukan {type(jawaban).__name__}."
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
    """Kesalahan yang sering terjadi: bila ``kondisi(jawaban, benar)`` benar, tampilkan ``pesan``."""

    kondisi: Callable[[Any, Any], bool]
    pesan: str

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
                 salah_umum=(), pilihan=None, **kw):
        super().__init__(**kw)
        self._benar, self.jenis, self.toleransi = benar, jenis, toleransi
        self.salah_umum, self.pilihan = list(salah_umum), pilihan

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
                return Hasil("salah", su.pesan)
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
            teks_argumen = ", ".join(map(_ringkas, argumen))
            try:
                keluaran = jawaban(*argumen)
            except Exception as e:  # kode peserta: tunjukkan galatnya sebagai umpan balik
                return Hasil("salah", f"Fungsi Anda gagal untuk masukan ({teks_argumen}): "
                                      f"{type(e).__name__}: {e}")
            if masih_kosong(keluaran):
                return Hasil("belum", "Fungsi Anda masih mengembalikan ____. Lengkapi isinya.")
            harapan = self.acuan(*argumen)
            alasan = bandingkan(keluaran, harapan, self.jenis, self.toleransi)
            if alasan is not None:
                for su in self.salah_umum:
                    if su.cocok(keluaran, harapan):
                        return Hasil("salah", su.pesan)
                return Hasil("salah", f"Untuk masukan ({teks_argumen}) fungsi Anda menghasilkan "
                                      f"{_ringkas(keluaran)}. {alasan}")
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
