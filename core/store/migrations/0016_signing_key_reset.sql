-- Migration 16: a signing key can be reset (docs/door-protocol.md, "Resetting the signing key"): a new key
-- recorded as a step with no signature, which no door follows. A step's signature is therefore either
-- empty (a reset) or an Ed25519 signature; anything else is refused, as on the server.
-- (A trigger is written on one line: the migration runner splits statements at line ends.)

CREATE TRIGGER property_key_step_signature BEFORE INSERT ON property_key_step WHEN typeof(NEW.signature) != 'blob' OR length(NEW.signature) NOT IN (0, 64) OR length(NEW.public_key) != 32 BEGIN SELECT RAISE(ABORT, 'a signing key step holds a 32-byte key and a 64-byte signature, or none for a reset'); END;
