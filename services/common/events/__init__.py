"""Domain events: CloudEvents envelope, transactional outbox, relay to JetStream, idempotent consumers."""
