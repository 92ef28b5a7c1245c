"""Many portals in one installation: a site per unit (the province and each commune),
each with its page tree, settings, collection and its own editors and moderators."""
