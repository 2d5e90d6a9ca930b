-- The declared usage of a generative use case, from which its environmental footprint is estimated
-- (issue 20): "requests=…&input=…&output=…&unit=…&model=…&region=…[&hours=…][&alternative=…]". The
-- estimate itself is computed from the coefficients in the code, never stored.
ALTER TABLE use_case
    ADD COLUMN footprint_inputs TEXT NULL;
