"""vCons (IETF draft-ietf-vcon-vcon-core): a call exported as one, and one imported as a call."""
