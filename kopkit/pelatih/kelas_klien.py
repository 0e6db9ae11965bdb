"""Klien kecil untuk server kelas: masuk lewat HTTP, menyalakan server peserta, menjalankan
notebook lewat Jupyter API (REST + websocket kernel), dan mengukur memori per peserta. Dipakai uji
integrasi dan ``benchmarks/bench_kelas.py``; fasilitator bisa memakainya untuk mencoba kelas
sebelum peserta datang.
"""
from __future__ import annotations

import asyncio
import json
import time
import uuid
from datetime import datetime, timezone
from pathlib import Path

__all__ = ["tunggu_hub", "masuk", "nyalakan_server", "token_peserta", "jalankan_notebook",
           "jalankan_kode", "memori_peserta", "api"]


def api(alamat: str, token: str, metode: str, jalur: str, **kw):
    """Panggil REST API hub/server dengan token; mengembalikan respons ``requests``."""
    import requests

    return requests.request(metode, alamat.rstrip("/") + jalur,
                            headers={"Authorization": f"token {token}"}, timeout=60, **kw)


def tunggu_hub(alamat: str, batas_detik: float = 180) -> float:
    """Tunggu sampai hub menjawab; mengembalikan detik yang dibutuhkan."""
    import requests

    mulai = time.perf_counter()
    while True:
        try:
            if requests.get(alamat.rstrip("/") + "/hub/api/", timeout=5).status_code == 200:
                return time.perf_counter() - mulai
        except requests.RequestException:
            pass
        if time.perf_counter() - mulai > batas_detik:
            raise TimeoutError(f"hub di {alamat} tidak menjawab dalam {batas_detik} detik")
        time.sleep(0.5)


def masuk(alamat: str, akun: str, sandi: str):
    """Masuk lewat formulir login hub seperti browser; mengembalikan (sesi requests, kode HTTP)."""
    import requests

    s = requests.Session()
    s.get(alamat.rstrip("/") + "/hub/login", timeout=30)
    r = s.post(alamat.rstrip("/") + "/hub/login", timeout=60, allow_redirects=False,
               data={"username": akun, "password": sandi, "_xsrf": s.cookies.get("_xsrf", "")})
    return s, r.status_code


def nyalakan_server(alamat: str, token_admin: str, akun: str, batas_detik: float = 180) -> float:
    """Nyalakan server peserta lewat API hub dan tunggu sampai siap; mengembalikan detiknya."""
    mulai = time.perf_counter()
    r = api(alamat, token_admin, "POST", f"/hub/api/users/{akun}/server")
    if r.status_code not in (201, 202, 400):  # 400: sudah berjalan
        raise RuntimeError(f"server {akun} tidak bisa dinyalakan: {r.status_code} {r.text}")
    while True:
        u = api(alamat, token_admin, "GET", f"/hub/api/users/{akun}").json()
        if u.get("servers", {}).get("", {}).get("ready"):
            return time.perf_counter() - mulai
        if time.perf_counter() - mulai > batas_detik:
            raise TimeoutError(f"server {akun} belum siap setelah {batas_detik} detik")
        time.sleep(0.5)


def token_peserta(alamat: str, token_admin: str, akun: str) -> str:
    r = api(alamat, token_admin, "POST", f"/hub/api/users/{akun}/tokens",
            json={"note": "uji kelas kopkit", "expires_in": 3600})
    r.raise_for_status()
    return r.json()["token"]


def _pesan(jenis: str, isi: dict, sesi: str) -> tuple[str, str]:
    msg_id = uuid.uuid4().hex
    return msg_id, json.dumps({
        "header": {"msg_id": msg_id, "username": "kopkit", "session": sesi, "msg_type": jenis,
                   "version": "5.3", "date": datetime.now(timezone.utc).isoformat()},
        "parent_header": {}, "metadata": {}, "content": isi, "channel": "shell", "buffers": []})


async def jalankan_kode(ws, kode: str, sesi: str) -> tuple[dict, list[dict]]:
    """Jalankan satu sel di kernel lewat websocket; (isi execute_reply, daftar keluaran)."""
    msg_id, teks = _pesan("execute_request", {"code": kode, "silent": False, "store_history": True,
                                               "user_expressions": {}, "allow_stdin": False,
                                               "stop_on_error": True}, sesi)
    await ws.write_message(teks)
    balasan, keluaran, diam = None, [], False
    while balasan is None or not diam:
        m = await ws.read_message()
        if m is None:
            raise ConnectionError("websocket kernel tertutup")
        m = json.loads(m)
        if m.get("parent_header", {}).get("msg_id") != msg_id:
            continue
        if m["channel"] == "shell" and m["msg_type"] == "execute_reply":
            balasan = m["content"]
        elif m["channel"] == "iopub":
            if m["msg_type"] == "status" and m["content"]["execution_state"] == "idle":
                diam = True
            elif m["msg_type"] in ("stream", "execute_result", "display_data", "error"):
                keluaran.append(m)
    return balasan, keluaran


async def jalankan_notebook(alamat: str, akun: str, token: str, jalur_nb: str,
                            tambahan: list[str] = ()) -> dict:
    """Buka notebook milik peserta (sesi Jupyter), jalankan semua sel kodenya lalu ``tambahan``.

    Mengembalikan {detik, galat: [(sel, ename, evalue)], keluaran_tambahan: [...], id_kernel}."""
    from tornado.httpclient import HTTPRequest
    from tornado.websocket import websocket_connect

    dasar = f"{alamat.rstrip('/')}/user/{akun}"
    mulai = time.perf_counter()
    nb = await asyncio.to_thread(lambda: api(dasar, token, "GET", f"/api/contents/{jalur_nb}",
                                             params={"content": "1"}).json())
    sesi_api = await asyncio.to_thread(lambda: api(dasar, token, "POST", "/api/sessions", json={
        "path": jalur_nb, "type": "notebook", "name": Path(jalur_nb).name,
        "kernel": {"name": "python3"}}).json())
    id_kernel = sesi_api["kernel"]["id"]
    url = dasar.replace("http", "ws", 1) + f"/api/kernels/{id_kernel}/channels"
    ws = await websocket_connect(HTTPRequest(url, headers={"Authorization": f"token {token}"},
                                             request_timeout=120), max_message_size=64 * 2**20)
    sesi = uuid.uuid4().hex
    galat, hasil_tambahan = [], []
    try:
        kode_sel = ["".join(c["source"]) if isinstance(c["source"], list) else c["source"]
                    for c in nb["content"]["cells"] if c["cell_type"] == "code"]
        for i, kode in enumerate(kode_sel, start=1):
            balasan, keluaran = await jalankan_kode(ws, kode, sesi)
            if balasan["status"] != "ok":
                galat.append((i, balasan.get("ename"), balasan.get("evalue")))
        for kode in tambahan:
            balasan, keluaran = await jalankan_kode(ws, kode, sesi)
            hasil_tambahan.append({"status": balasan["status"], "keluaran": keluaran,
                                   "ename": balasan.get("ename"), "evalue": balasan.get("evalue")})
    finally:
        ws.close()
    return {"detik": time.perf_counter() - mulai, "galat": galat,
            "keluaran_tambahan": hasil_tambahan, "id_kernel": id_kernel}


def memori_peserta(rumah) -> int:
    """Jumlah memori fisik (RSS, bita) semua proses yang folder kerjanya di ``rumah`` (Linux)."""
    rumah = str(Path(rumah).resolve())
    total = 0
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            cwd = str((proc / "cwd").resolve())
            if cwd != rumah and not cwd.startswith(rumah + "/"):
                continue
            for baris in (proc / "status").read_text().splitlines():
                if baris.startswith("VmRSS:"):
                    total += int(baris.split()[1]) * 1024
        except OSError:
            continue
    return total
