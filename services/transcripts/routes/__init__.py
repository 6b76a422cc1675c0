"""The transcripts service's HTTP routes, a module per subject: `transcripts` (transcripts and
`/v1/redact`), `administration` (settings, the audit trail, the tenant's keys). Retention and legal
holds, privacy requests and vCons have their own `routes.py` in their folders."""
