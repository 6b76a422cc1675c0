"""What the gateway calls: the services behind it (`upstreams`, one connection pool each), the consent
service as the telephony webhooks use it (`consent`), and the telephony providers' REST APIs
(`providers`)."""
