"""Jurisdiction policy: the rules file (data), loading it, and resolving a participant to a rule."""
