"""What the tests share besides fixtures (those live in conftest.py): API wrappers and waiting
(`support`), fakes of third parties' HTTP APIs, oracles written from their specifications, and the
flows several test modules drive (a consenting call, a stored transcript, a data subject's request)."""
