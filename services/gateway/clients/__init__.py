"""What the gateway calls: the services behind it (`upstreams`, one connection pool each), the consent
service as the telephony webhooks use it (`consent`) and for a tenant's consent settings
(`consent_settings`), the transcripts service (`transcripts`), the telephony providers' REST APIs
(`providers`), the tenants' identity providers for their signing keys (`identity_providers`) and the
tenants' webhook receivers (`webhook_receivers`)."""
