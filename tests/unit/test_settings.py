import pytest
from pydantic import SecretStr

from services.common.settings import MissingSetting, Settings


def test_services_connect_where_the_database_url_points_unless_told_otherwise(monkeypatch):
    monkeypatch.setenv("CALLVAULT_DATABASE_URL", "postgresql://admin:s3cr%40t@db.example:6543/postgres")
    monkeypatch.setenv("CALLVAULT_DB_APP_PASSWORD", "app pw/with:odd@chars")
    settings = Settings()
    assert settings.admin_database_url() == "postgresql://admin:s3cr%40t@db.example:6543/postgres"
    assert settings.service_database_url("transcripts") == (
        "postgresql+asyncpg://callvault_app:app%20pw%2Fwith%3Aodd%40chars@db.example:6543/callvault_transcripts"
    )
    monkeypatch.setenv("CALLVAULT_DB_HOST", "pgbouncer")
    assert "@pgbouncer:6543/" in Settings().service_database_url("transcripts")


def test_embedded_defaults_point_at_loopback():
    settings = Settings(_env_file=None, db_app_password=SecretStr("x"))
    assert settings.service_database_url("gateway").endswith(f"@127.0.0.1:{settings.postgres_port}/callvault_gateway")
    assert settings.nats_servers == f"nats://127.0.0.1:{settings.nats_port}"
    assert settings.s3_endpoint == f"http://127.0.0.1:{settings.s3_port}"


def test_a_missing_secret_names_its_variable(monkeypatch):
    monkeypatch.delenv("CALLVAULT_MASTER_KEY", raising=False)
    with pytest.raises(MissingSetting, match="CALLVAULT_MASTER_KEY"):
        Settings().secret("master_key")


def test_pem_keys_may_arrive_on_one_line(monkeypatch):
    monkeypatch.setenv("CALLVAULT_INTERNAL_VERIFY_KEY", "-----BEGIN PUBLIC KEY-----\\nAAAA\\n-----END PUBLIC KEY-----")
    assert Settings().internal_verify_key == "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----"
