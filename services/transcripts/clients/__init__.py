"""What the transcripts service calls besides its database: the consent service (`consent`) and the
object store (`objects`)."""
