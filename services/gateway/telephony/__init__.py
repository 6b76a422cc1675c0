"""Telephony platforms: their signed webhooks in, consent captured by an IVR, recordings stopped.

One module per provider (`twilio`, `telnyx`, `vonage`, `standard`) knows that provider's signature
scheme and payloads and turns a webhook into `model.Inbound`; `inbound` applies it to the consent
service; `stops` asks a provider to stop a recording when consent goes.
"""
