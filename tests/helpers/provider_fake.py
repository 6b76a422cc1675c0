"""Twilio's, Telnyx's and Vonage's REST APIs, faked at the HTTP layer: a local server that answers as
they document (the parts callvault calls) and keeps what it was sent. Runs in a thread of its own, so
one serves the whole test session, whatever event loop a test runs on."""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from services.stack.processes import free_port


class ProviderFake:
    def __init__(self) -> None:
        self.port = free_port()
        self.requests: list[dict] = []
        self.failures: dict[str, list[int]] = {}  # path fragment -> statuses to answer first
        self._lock = threading.Lock()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def _serve(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                body = self.rfile.read(length).decode() if length else ""
                status, answer = fake.answer(self.command, self.path, dict(self.headers), body)
                data = json.dumps(answer).encode() if status != 204 else b""
                self.send_response(status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = do_PUT = do_DELETE = _serve

        self.server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def urls(self) -> dict[str, str]:
        base = f"http://127.0.0.1:{self.port}"
        return {"twilio": f"{base}/twilio", "telnyx": f"{base}/telnyx/v2", "vonage": f"{base}/vonage"}

    def start(self) -> None:
        self.thread.start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def fail(self, fragment: str, *statuses: int) -> None:
        with self._lock:
            self.failures[fragment] = list(statuses)

    def sent(self, fragment: str) -> list[dict]:
        with self._lock:
            return [r for r in self.requests if fragment in r["path"]]

    def answer(self, method: str, raw_path: str, headers: dict, body: str) -> tuple[int, dict]:
        url = urlsplit(raw_path)
        with self._lock:
            self.requests.append({"method": method, "path": url.path, "query": parse_qs(url.query),
                                  "headers": headers, "body": body})
            for fragment, statuses in self.failures.items():
                if fragment in url.path and statuses:
                    return statuses.pop(0), {"message": "the fake is failing on purpose"}
        if method == "DELETE":  # a kept recording deleted (Twilio 204, Telnyx and Vonage 200 or 204)
            return 204, {}
        if url.path.endswith("/Recordings.json"):  # Twilio: the call's in-progress recordings
            call_sid = url.path.split("/Calls/")[1].split("/")[0]
            return 200, {"recordings": [{"sid": "RE" + call_sid[2:], "status": "in-progress"}]}
        if "/Recordings/" in url.path:
            return 200, {"sid": url.path.rsplit("/", 1)[1].removesuffix(".json"),
                         "status": parse_qs(body).get("Status", ["?"])[0]}
        if url.path.endswith("/actions/record_stop"):  # Telnyx
            return 200, {"data": {"result": "ok"}}
        if url.path.endswith("/v1/calls") and method == "GET":  # Vonage: the conversation's legs
            conversation = parse_qs(url.query).get("conversation_uuid", [""])[0]
            return 200, {"_embedded": {"calls": [{"uuid": f"leg-of-{conversation}"}]}}
        if "/v1/calls/" in url.path and method == "PUT":
            return 200, {"message": "Transferred"}
        return 404, {"message": "the fake does not know this path"}
