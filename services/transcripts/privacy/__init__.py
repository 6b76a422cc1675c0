"""Data-subject requests (GDPR and CCPA): access, portability, erasure, restriction, rectification and
objection, with their deadlines, identity verification, the work across both services, and the report."""
