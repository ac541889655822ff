"""Pure domain model: events, entities, appliers, replay, forms, Merkle log, canonical JSON."""
