"""Tata letak kopkit (lihat ARCHITECTURE.md): fondasi <- domain <- widget/pelajaran.

Diperiksa dari kode sumber (AST), tanpa mengimpor apa pun:
- ``kopkit.dasar`` tidak mengimpor domain mana pun;
- tidak ada nama ``_pribadi`` yang menyeberang batas paket;
- antar domain hanya lewat nama publik paketnya (``from kopkit.buku import ...``), bukan modul dalamnya;
- tidak ada siklus antar paket;
- setiap domain punya ``__init__`` dengan ``__all__``; setiap modul publik punya ``__all__``;
- ``import kopkit`` ringan dan ``kopkit.shu`` dst. dapat dipakai tanpa impor eksplisit.
"""
from __future__ import annotations

import ast
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

AKAR = Path(__file__).resolve().parents[1]
KOPKIT = AKAR / "kopkit"
FONDASI = "dasar"
# Lapisan atas: boleh memakai domain mana pun (antarmuka pengguna, bukan domain).
ATAS = {"latihan", "cli", "agenda", "kursus", "mulai", "__main__", "__init__"}


def _paket(modul: str) -> str:
    """'kopkit.buku.jurnal' -> 'buku'; 'kopkit.cli' -> 'cli'."""
    bagian = modul.split(".")
    return bagian[1] if len(bagian) > 1 else "__init__"


def _nama_modul(p: Path) -> str:
    rel = p.relative_to(AKAR).with_suffix("")
    bagian = list(rel.parts)
    if bagian[-1] == "__init__":
        bagian = bagian[:-1]
    return ".".join(bagian)


def _impor(p: Path):
    """(modul asal, modul tujuan, nama yang diimpor) untuk setiap impor kopkit di berkas p."""
    asal = _nama_modul(p)
    pohon = ast.parse(p.read_text(encoding="utf-8"))
    for simpul in ast.walk(pohon):
        if isinstance(simpul, ast.ImportFrom):
            if simpul.level:
                basis = asal.split(".")
                if p.name != "__init__.py":
                    basis = basis[:-1]
                basis = basis[: len(basis) - (simpul.level - 1)]
                tujuan = ".".join(basis + ([simpul.module] if simpul.module else []))
            else:
                tujuan = simpul.module or ""
            if tujuan.split(".")[0] != "kopkit":
                continue
            for a in simpul.names:
                yield asal, tujuan, a.name
        elif isinstance(simpul, ast.Import):
            for a in simpul.names:
                if a.name.split(".")[0] == "kopkit":
                    yield asal, a.name, None


SEMUA = [(a, t, n) for p in sorted(KOPKIT.rglob("*.py")) if "__pycache__" not in p.parts
         for a, t, n in _impor(p)]


def test_fondasi_tidak_mengimpor_domain():
    salah = [(a, t) for a, t, _ in SEMUA if _paket(a) == FONDASI and _paket(t) not in (FONDASI, "__init__")]
    assert salah == []


def test_tidak_ada_nama_pribadi_menyeberang_paket():
    salah = [(a, t, n) for a, t, n in SEMUA
             if n and n.startswith("_") and n != "__all__" and n != "____" and _paket(a) != _paket(t)]
    assert salah == []


def test_antar_domain_hanya_lewat_paket_publik():
    """Domain lain dipakai lewat ``kopkit.<domain>`` (nama di __all__-nya), bukan modul dalamnya."""
    salah = []
    for a, t, n in SEMUA:
        pa, pt = _paket(a), _paket(t)
        if pa == pt or pt in (FONDASI, "__init__") or pa in ATAS:
            continue
        if t.count(".") > 1:
            salah.append((a, t, n))
    assert salah == []


def test_tidak_ada_siklus_antar_paket():
    graf: dict[str, set[str]] = {}
    for a, t, _ in SEMUA:
        pa, pt = _paket(a), _paket(t)
        if pa != pt and pt != "__init__" and pa != "__init__":
            graf.setdefault(pa, set()).add(pt)

    def kunjungi(simpul, jalur):
        if simpul in jalur:
            return jalur[jalur.index(simpul):] + [simpul]
        for lanjut in sorted(graf.get(simpul, ())):
            siklus = kunjungi(lanjut, jalur + [simpul])
            if siklus:
                return siklus
        return None

    for awal in sorted(graf):
        assert kunjungi(awal, []) is None, f"siklus: {' -> '.join(kunjungi(awal, []))}"


DOMAIN = sorted(p.name for p in KOPKIT.iterdir()
                if p.is_dir() and (p / "__init__.py").is_file() and p.name not in ("latihan", FONDASI))


@pytest.mark.parametrize("domain", DOMAIN)
def test_domain_punya_permukaan_publik(domain):
    pohon = ast.parse((KOPKIT / domain / "__init__.py").read_text(encoding="utf-8"))
    nama = {t.id for s in pohon.body if isinstance(s, (ast.Assign, ast.AnnAssign))
            for t in (s.targets if isinstance(s, ast.Assign) else [s.target]) if isinstance(t, ast.Name)}
    assert "__all__" in nama
    assert ast.get_docstring(pohon), f"kopkit/{domain}/__init__.py tanpa docstring"


def test_setiap_modul_publik_punya_all():
    tanpa = []
    for p in sorted(KOPKIT.rglob("*.py")):
        if "__pycache__" in p.parts or p.name in ("__main__.py",) or p.name.startswith("_") and p.name != "__init__.py":
            continue
        if p.parent.name == "latihan" and p.name.startswith("modul_"):
            continue  # modul soal: __all__ ditulis untuk notebook latihan (lihat latihan/README.md)
        teks = p.read_text(encoding="utf-8")
        if "__all__" not in teks:
            tanpa.append(str(p.relative_to(AKAR)))
    assert tanpa == []


def test_import_kopkit_ringan_dan_malas():
    kode = textwrap.dedent("""
        import sys, kopkit
        sebelum = sorted(m for m in sys.modules if m.startswith("kopkit"))
        tabel = kopkit.shu.alokasi_shu(1_000)          # tanpa 'import kopkit.shu'
        print(sebelum == ["kopkit"], int(tabel["jumlah"].sum()), "pandas" in sys.modules)
    """)
    r = subprocess.run([sys.executable, "-c", kode], cwd=AKAR, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout.split() == ["True", "1000", "True"]


def test_nama_yang_tidak_ada_memberi_pesan_indonesia():
    import kopkit

    with pytest.raises(AttributeError, match="kopkit tidak punya 'shuu'"):
        kopkit.shuu  # noqa: B018
