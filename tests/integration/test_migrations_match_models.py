"""Each service's migrated database matches its SQLModel tables (alembic's `compare_metadata`): every
table a model declares exists with the same columns, types, nullability and keys. Indexes made for
queries (partial, expression) live in the migrations only, and a few tables are reached by SQL alone."""

import importlib
import pprint

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import MetaData, String, Text
from sqlmodel import AutoString, SQLModel

from services.common.db import create_engine
from services.common.settings import SERVICES, Settings

COMMON = "services.common."


def metadata_of(service: str) -> MetaData:
    """The tables of the service's models and of the shared event models, on a metadata of their own."""
    for name in SERVICES:
        importlib.import_module(f"services.{name}.models")
    metadata = MetaData()
    for mapper in SQLModel._sa_registry.mappers:
        if mapper.class_.__module__.startswith((f"services.{service}.", COMMON)):
            mapper.local_table.to_metadata(metadata)
    return metadata


def _compare_type(context, inspected, metadata_column, inspected_type, metadata_type) -> bool | None:
    """SQLModel's `str` (an unbounded VARCHAR) is the migrations' TEXT: the same in PostgreSQL."""
    unbounded = isinstance(metadata_type, AutoString) or (
        type(metadata_type) is String and metadata_type.length is None)
    return False if isinstance(inspected_type, Text) and unbounded else None


def _include(obj, name, type_, reflected, compare_to) -> bool:
    """Tables without a model, and indexes only a migration declares, are not compared."""
    return not (type_ in ("table", "index", "unique_constraint") and reflected and compare_to is None)


@pytest.mark.parametrize("service", SERVICES)
async def test_the_migrated_database_matches_the_models(settings: Settings, service: str):
    engine = create_engine(settings.service_database_url(service, owner=True), pool_size=1)
    metadata = metadata_of(service)
    try:
        async with engine.connect() as conn:
            diff = await conn.run_sync(lambda c: compare_metadata(MigrationContext.configure(c, opts={
                "compare_type": _compare_type, "include_object": _include}), metadata))
    finally:
        await engine.dispose()
    assert diff == [], pprint.pformat(diff, width=200)
    assert len(metadata.tables) >= 3  # the comparison saw the service's tables
