"""The gateway's own HTTP routes, a module per subject: `public` (the one OpenAPI document, its
documentation, the published keys), `tenants` (tenants, API keys, softphone tokens), `webhooks` (outbound
webhook endpoints). The telephony webhooks and the console have their own `routes.py` in their folders;
everything under a service's prefix is proxied before routing."""
