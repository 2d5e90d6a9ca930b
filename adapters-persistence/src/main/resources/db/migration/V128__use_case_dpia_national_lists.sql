-- DPIA screening, version 2: the items of the art. 35(4) list of the organisation's supervisory
-- authority (comma-separated codes, BE_1 … FR_14), whether a DPO is designated (art. 37), and the
-- organisation's country when the screening was answered (it picks the list). NULL in screenings
-- of version 1, which still read: their outcome follows from the cases and criteria alone.
ALTER TABLE use_case
    ADD COLUMN dpia_list_items VARCHAR(200) NULL,
    ADD COLUMN dpia_dpo        VARCHAR(20)  NULL,
    ADD COLUMN dpia_country    VARCHAR(2)   NULL;
