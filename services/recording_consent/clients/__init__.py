"""What the consent service calls besides its database: the object store (`objects`)."""
