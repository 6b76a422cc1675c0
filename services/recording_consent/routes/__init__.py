"""The consent service's HTTP routes, a module per subject: `calls` (calls, participants, consent
events, decisions, receipts), `registry` (announcements, do-not-record, consent settings, agent sites),
`ledger` (the consent ledger and the public keys). The jurisdiction rules' routes are in `policy/routes.py`."""
