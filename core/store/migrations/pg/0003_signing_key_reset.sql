-- Schema 14 (SQLite's migration 16): a signing key can be reset (docs/door-protocol.md, "Resetting the
-- signing key"): a new key recorded as a step with no signature, which no door follows. Only
-- porter_rotate_signing_key writes steps, for a holder; an empty signature is a reset.

ALTER TABLE property_key_step DROP CONSTRAINT property_key_step_signature_check;
ALTER TABLE property_key_step ADD CONSTRAINT property_key_step_signature_check
    CHECK (length(signature) IN (0, 64));
